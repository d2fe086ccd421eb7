"""Chart geometry for the HTML reports: plain numbers and labels, drawn as inline SVG by the templates."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

CHAR_WIDTH = 7.0  # generous width of one bold 12px character, to lay out labels without a font engine
LABEL_CHARS = 36   # longer milestone titles are cut (the full title stays in the tooltip)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    css: str
    y: float
    width: float


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int
    title: str


def bar_chart(items: Sequence[tuple[str, int, str]], title: str, width: int = 360) -> BarChart:
    """Horizontal bars, one per (label, value, css class), scaled to the largest value."""
    label_width, bar_height, gap = 78, 22, 10
    top = max((v for _, v, _ in items), default=0) or 1
    room = width - label_width - 48
    bars = tuple(Bar(label, value, css, y=i * (bar_height + gap), width=round(room * value / top, 1))
                 for i, (label, value, css) in enumerate(items))
    return BarChart(bars, width, len(items) * (bar_height + gap), label_width, bar_height, title)


@dataclass(frozen=True)
class Arc:
    label: str
    value: int
    css: str
    path: str  # SVG path data: numbers only


@dataclass(frozen=True)
class Donut:
    arcs: tuple[Arc, ...]
    legend: tuple[tuple[str, int, str], ...]
    total: int
    size: int
    title: str


def donut(items: Sequence[tuple[str, int, str]], title: str, size: int = 180) -> Donut:
    """A ring cut into one arc per non-zero (label, value, css class)."""
    total = sum(v for _, v, _ in items)
    arcs, start = [], 0.0
    for label, value, css in items:
        if value <= 0:
            continue
        sweep = 2 * math.pi * value / total
        arcs.append(Arc(label, value, css, _ring_path(size / 2, size / 2 - 4, size / 2 - 34, start, sweep)))
        start += sweep
    return Donut(tuple(arcs), tuple(items), total, size, title)


def _ring_path(c: float, outer: float, inner: float, start: float, sweep: float) -> str:
    """Path data of one ring segment; a full ring is drawn as two halves (SVG arcs cannot close on themselves)."""
    if sweep >= 2 * math.pi - 1e-9:
        return _ring_path(c, outer, inner, 0, math.pi) + " " + _ring_path(c, outer, inner, math.pi, math.pi)
    end = start + sweep
    large = 1 if sweep > math.pi else 0

    def pt(r: float, a: float) -> str:
        return f"{c + r * math.sin(a):.2f} {c - r * math.cos(a):.2f}"

    return (f"M {pt(outer, start)} A {outer} {outer} 0 {large} 1 {pt(outer, end)} "
            f"L {pt(inner, end)} A {inner} {inner} 0 {large} 0 {pt(inner, start)} Z")


# --- a time axis ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class TimeScale:
    start: dt.date
    end: dt.date
    left: float
    right: float

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.start).days, 1)
        return round(self.left + (self.right - self.left) * (day - self.start).days / span, 1)

    def ticks(self) -> tuple[Tick, ...]:
        """Year starts, or quarter starts when the axis spans under three years."""
        months = (1,) if (self.end - self.start).days > 3 * 366 else (1, 4, 7, 10)
        out = []
        for year in range(self.start.year, self.end.year + 1):
            for month in months:
                day = dt.date(year, month, 1)
                if self.start <= day <= self.end:
                    out.append(Tick(self.x(day), str(year) if month == 1 else f"{year}-{month:02d}"))
        return tuple(out)


def time_scale(days: Sequence[dt.date], left: float, right: float, pad: float = 0.04,
               right_pad: float | None = None) -> TimeScale:
    """From the first to the last day, with `pad` (a share of the span, at least a day) on each side."""
    lo, hi = min(days), max(days)
    span = (hi - lo).days

    def margin(share: float) -> dt.timedelta:
        return dt.timedelta(days=max(1, round(span * share)) if span else 15)

    return TimeScale(lo - margin(pad), hi + margin(pad if right_pad is None else right_pad), left, right)


# --- the deadline timeline -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    x: float
    title: str
    date: str
    css: str   # milestone | primary | hard-stop | as-of
    row: int   # label row, so that labels do not overlap
    anchor: str = "start"  # "end": the label sits left of its line (near the right edge)

    @property
    def text_x(self) -> float:
        return self.x + 4 if self.anchor == "start" else self.x - 4

    @property
    def label(self) -> str:
        return self.title if len(self.title) <= LABEL_CHARS else self.title[: LABEL_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True)
class Segment:
    y: float
    height: float
    css: str
    count: int


@dataclass(frozen=True)
class Stack:
    """Integrations due on one date, one segment per status."""

    x: float
    date: str
    total: int
    segments: tuple[Segment, ...]
    names: str  # for the tooltip


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    axis_y: float
    plot_top: float
    markers: tuple[Marker, ...]
    ticks: tuple[Tick, ...]
    stacks: tuple[Stack, ...]
    late_from: float | None      # x where the primary cutoff starts the late zone
    stop_from: float | None      # x of the hard stop
    right: float
    as_of_x: float
    undated: int = 0
    title: str = "Deadlines"
    label_rows: int = 1
    unit: float = 0.0
    statuses: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Due:
    """An integration that has a deadline: when, its status, and a name for the tooltip."""

    date: dt.date
    status: str
    name: str


def timeline(milestones: Sequence[tuple[str, dt.date, str]], due: Sequence[Due], as_of: dt.date,
             statuses: Sequence[str], undated: int = 0, width: int = 1060) -> Timeline:
    """Milestones (title, date, css) and as-of as vertical markers; integrations stacked at their deadlines."""
    days = [d for _, d, _ in milestones] + [d.date for d in due] + [as_of]
    scale = time_scale(days, 24, width - 24, right_pad=0.12)  # room for the last labels
    marks = sorted([(t, d, css) for t, d, css in milestones] + [("As of", as_of, "as-of")], key=lambda m: m[1])
    markers = _place_labels([(scale.x(d), t, d.isoformat(), css) for t, d, css in marks], width)
    rows = max((m.row for m in markers), default=0) + 1
    plot_top = 20 + rows * 30
    plot_height = 150.0
    axis_y = plot_top + plot_height
    stacks, unit = _stacks(due, scale, statuses, axis_y, plot_height)
    primary = next((d for _, d, css in milestones if css == "primary"), None)
    stop = next((d for _, d, css in milestones if css == "hard-stop"), None)
    return Timeline(
        width=width, height=int(axis_y + 34), axis_y=axis_y, plot_top=plot_top, markers=tuple(markers),
        ticks=scale.ticks(), stacks=stacks, late_from=scale.x(primary) if primary else None,
        stop_from=scale.x(stop) if stop else None, right=scale.right, as_of_x=scale.x(as_of), undated=undated,
        label_rows=rows, unit=unit, statuses=tuple(statuses),
    )


def _place_labels(marks: Sequence[tuple[float, str, str, str]], width: float) -> list[Marker]:
    """Greedy rows: a label goes on the first row where it does not overlap the one before it.

    A label that would run past the right edge is drawn to the left of its line instead."""
    row_end: list[float] = []
    out = []
    for x, title, date, css in marks:
        text = max(min(len(title), LABEL_CHARS), len(date)) * CHAR_WIDTH
        anchor = "end" if x + text + 4 > width else "start"
        start, end = (x - text - 8, x) if anchor == "end" else (x, x + text + 8)
        row = next((i for i, taken in enumerate(row_end) if start - 4 > taken), len(row_end))
        if row == len(row_end):
            row_end.append(0.0)
        row_end[row] = end
        out.append(Marker(x, title, date, css, row, anchor))
    return out


def _stacks(due: Sequence[Due], scale: TimeScale, statuses: Sequence[str], axis_y: float,
            plot_height: float) -> tuple[tuple[Stack, ...], float]:
    by_date: dict[dt.date, list[Due]] = {}
    for d in due:
        by_date.setdefault(d.date, []).append(d)
    tallest = max((len(v) for v in by_date.values()), default=1)
    unit = (plot_height - 16) / tallest
    stacks = []
    for day, items in sorted(by_date.items()):
        y, segments = axis_y, []
        for status in statuses:
            n = sum(d.status == status for d in items)
            if n:
                y -= n * unit
                segments.append(Segment(round(y, 1), round(n * unit, 1), status, n))
        names = "\n".join(sorted(d.name for d in items)[:20]) + ("\n…" if len(items) > 20 else "")
        stacks.append(Stack(scale.x(day), day.isoformat(), len(items), tuple(segments), names))
    return tuple(stacks), unit


# --- a line chart over dates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: int
    date: str


@dataclass(frozen=True)
class Series:
    label: str
    css: str
    points: tuple[Point, ...]

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'} {p.x} {p.y}" for i, p in enumerate(self.points))


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    series: tuple[Series, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[tuple[float, int], ...]
    title: str


def line_chart(dates: Sequence[dt.date], series: Sequence[tuple[str, str, Sequence[int]]], title: str,
               width: int = 1060, height: int = 320) -> LineChart:
    """One line per (label, css class, values), values aligned with `dates`; y from 0 to a round maximum."""
    left, right, top, bottom = 48.0, width - 16.0, 16.0, height - 36.0
    scale = time_scale(dates, left, right, pad=0.03)
    top_value = _nice_max(max((v for _, _, vs in series for v in vs), default=0))

    def y(v: int) -> float:
        return round(bottom - (bottom - top) * v / top_value, 1)

    lines = tuple(Series(label, css, tuple(Point(scale.x(d), y(v), v, d.isoformat()) for d, v in zip(dates, vs, strict=True)))
                  for label, css, vs in series)
    step = max(1, top_value // 5)
    y_ticks = tuple((y(v), v) for v in range(0, top_value + 1, step))
    x_ticks = _date_ticks(dates, scale)
    return LineChart(width, height, left, right, top, bottom, lines, x_ticks, y_ticks, title)


def _date_ticks(dates: Sequence[dt.date], scale: TimeScale) -> tuple[Tick, ...]:
    """A tick per report date while they fit, else the axis' own ticks."""
    if len(dates) <= 8:
        return tuple(Tick(scale.x(d), d.isoformat()) for d in dates)
    return scale.ticks()


def _nice_max(value: int) -> int:
    """The smallest of 5, 10, 20, 50, 100, ... at or above `value` (at least 5)."""
    for magnitude in (10 ** k for k in range(0, 12)):
        for m in (1, 2, 5):
            if m * magnitude >= max(value, 5):
                return m * magnitude
    return value
