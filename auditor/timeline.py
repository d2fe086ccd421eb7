"""Deadlines and the as-of date -> a finding's severity, and the milestone that set it."""
from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import Milestone, MilestoneRef, Pack, Rule, Severity


def with_cutoff(pack: Pack, cutoff: dt.date | None) -> Pack:
    """The pack with its primary milestone moved to `cutoff` (timeline kept in date order)."""
    if cutoff is None or pack.primary is None:
        return pack
    moved = [dataclasses.replace(m, date=cutoff) if m.primary else m for m in pack.timeline]
    moved.sort(key=lambda m: m.date)
    return dataclasses.replace(pack, timeline=tuple(moved))


def severity_at(rule: Rule, pack: Pack, as_of: dt.date) -> tuple[Severity, MilestoneRef | None]:
    """Severity of `rule`'s findings on `as_of`, and the milestone that drove it."""
    steps = sorted(((pack.milestone(s.milestone), s.severity) for s in rule.schedule), key=lambda p: p[0].date)
    current: tuple[Milestone, Severity] | None = None
    upcoming: Milestone | None = None
    for milestone, level in steps:
        if milestone.date <= as_of:
            current = (milestone, level)
        elif upcoming is None:
            upcoming = milestone
    if current is not None:
        m, level = current
        return level, _ref(m, (as_of - m.date).days)
    if upcoming is not None:
        return rule.base_severity, _ref(upcoming, (as_of - upcoming.date).days)
    return rule.base_severity, None


def _ref(m: Milestone, days: int) -> MilestoneRef:
    return MilestoneRef(id=m.id, date=m.date.isoformat(), title=m.title, days=days)


def describe(ref: MilestoneRef | None) -> str:
    """`cutoff 2025-01-01, 697 days ago` style text."""
    if ref is None:
        return ""
    when = f"{ref.days} days ago" if ref.days > 0 else ("today" if ref.days == 0 else f"in {-ref.days} days")
    return f"{ref.title} ({ref.date}, {when})"
