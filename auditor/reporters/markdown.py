"""`markdown`: a compact report for a pull-request comment or a job summary: totals first, details folded."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, NamedTuple

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import (
    SEVERITIES,
    by_severity,
    full_message,
    located_message,
    strip_control,
    suppression_reason,
    workspace_path,
)

LIMIT = 65536        # GitHub's maximum comment body, in characters
BUDGET = LIMIT - 2048  # room kept for the truncation note and the closing sections
TOP = 15             # findings in the top table
CELL = 160           # characters at most in one table cell
ICONS = {"critical": "🟥", "high": "🟧", "medium": "🟨", "low": "🟦", "info": "⬜"}
_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")

Json = dict[str, Any]


def cell(text: Any, width: int = CELL) -> str:
    """Text safe inside a table cell: one line, markdown and HTML neutralised, `|` and backticks escaped."""
    value = " ".join(strip_control(text).split())
    if len(value) > width:
        value = value[:width - 1] + "…"
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", value)


class Section(NamedTuple):
    """A folded section: rows (the first `keep` are table headers), joined by `sep`, cut to fit the budget."""

    title: str
    rows: list[str]
    what: str
    keep: int = 0
    sep: str = "\n"


def render(report: Report, options: RenderOptions) -> str:
    text = "\n\n".join([_totals(report, options), _top(report)])
    sections = _details(report)
    left_out = []
    for i, section in enumerate(sections):
        room = BUDGET - len(text)
        body = _fit(section, room if i == len(sections) - 1 else room // 2)
        if body is None:
            left_out.append(section.title)
        else:
            text += f"\n\n<details>\n<summary>{section.title}</summary>\n\n{body}\n\n</details>"
    if left_out:
        text += (f"\n\n> **Truncated** to stay under GitHub's {LIMIT}-character limit: {', '.join(left_out)} left "
                 "out; run `jwt-audit report REPORT.json -f text` for everything.")
    return text + "\n"


# --- totals ---------------------------------------------------------------------------------------------


def _totals(report: Report, options: RenderOptions) -> str:
    s = report["summary"]
    n, by = s["findings"], s["by_severity"]
    headline = f"**{n} finding{'s' if n != 1 else ''}** as of {report['as_of']}"
    headline += f" ({s['suppressed']} suppressed)" if s["suppressed"] else ""
    table = ["| " + " | ".join(f"{ICONS[sev]} {sev}" for sev in reversed(SEVERITIES)) + " |",
             "|" + "---:|" * len(SEVERITIES),
             "| " + " | ".join(str(by.get(sev, 0)) for sev in reversed(SEVERITIES)) + " |"]
    files = report["files"]
    packs = ", ".join(f"{p['name']} {p['version']}" for p in report["packs"]) or "none"
    facts = [f"- **Integrations:** {_counts(s.get('integrations_by_status', {}))}",
             f"- **Repositories:** {_counts(s.get('repos_by_status', {}))}",
             f"- **Scanned:** {files['scanned']} files, {len(files['skipped'])} not scanned, "
             f"{len(report['errors'])} errors; rule packs: {cell(packs, 300)}"]
    return "\n\n".join([f"## {cell(options.title, 200)}", headline, "\n".join(table), "\n".join(facts)])


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {status}" for status, n in counts.items() if n) or "none"


def _top(report: Report) -> str:
    active = by_severity([f for f in report["findings"] if not f["suppressed"]])
    if not active:
        return "No JWT findings. :tada:"
    rows = ["| severity | rule | location | message | deadline |", "|---|---|---|---|---|",
            *(_row(f) for f in active[:TOP])]
    table = _fit(Section("", rows, "findings", keep=2), BUDGET // 4) or ""
    more = f"\n\n_{len(active) - TOP} more in the details below._" if len(active) > TOP else ""
    return "### Top findings\n\n" + table + more


def _row(f: Json) -> str:
    where = f"{workspace_path(f['repo'], f['path'])}:{f['line']}"
    m = f.get("milestone") if f["kind"] != "oauth-s2s" else None
    deadline = "-" if not m else f"{m['date']} ({m['days']} days ago)" if m["days"] >= 0 else \
        f"{m['date']} (in {-m['days']} days)"
    return (f"| {ICONS[f['severity']]} {f['severity']} | {cell(f['rule_id'])} | {cell(where)} | "
            f"{cell(located_message(f))} | {cell(deadline)} |")


# --- folded details -------------------------------------------------------------------------------------


def _details(report: Report) -> list[Section]:
    active = [f for f in report["findings"] if not f["suppressed"]]
    suppressed = [f for f in report["findings"] if f["suppressed"]]
    skipped = report["files"]["skipped"]
    candidates = [
        (active, lambda: _by_file(active)),
        (report["integrations"], lambda: _integrations(report)),
        (report["rules"], lambda: _remediation(report)),
        (suppressed, lambda: _suppressed(suppressed)),
        (report["errors"], lambda: Section(f"Errors ({len(report['errors'])})",
                                           [f"- {cell(e, 300)}" for e in report["errors"]], "errors")),
        (skipped, lambda: Section(f"Not scanned ({len(skipped)})", [
            f"- {cell(workspace_path(s.get('repo', '.'), s['path']) + ': ' + s['reason'], 300)}" for s in skipped],
            "files")),
    ]
    return [build() for items, build in candidates if items]


def _by_file(findings: list[Json]) -> Section:
    files: dict[str, list[Json]] = defaultdict(list)
    for f in findings:
        files[workspace_path(f["repo"], f["path"])].append(f)
    rows = ["| file | line | severity | rule | message | snippet |", "|---|---:|---|---|---|---|"]
    for path in sorted(files):
        rows += [f"| {cell(path)} | {f['line']} | {f['severity']} | {cell(f['rule_id'])} | "
                 f"{cell(full_message(f))} | {cell(f['snippet'])} |" for f in files[path]]
    return Section(f"All findings by file ({len(findings)})", rows, "findings", keep=2)


def _integrations(report: Report) -> Section:
    ints = report["integrations"]
    rows = ["| repo | integration | status | APIs | OAuth scopes | deadline | files |", "|---|---|---|---|---|---|---:|"]
    rows += [f"| {cell(i['repo'])} | {cell(i.get('label') or i['id'])} | {i['status']} | {cell(', '.join(i['apis']) or '-')} "
             f"| {cell(', '.join(i['scopes']) or '-')} | {i['deadline'] or '-'} | {len(i['files'])} |" for i in ints]
    return Section(f"Integrations ({len(ints)})", rows, "integrations", keep=2)


def _remediation(report: Report) -> Section:
    parts = []
    for rule in sorted(report["rules"], key=lambda r: r["id"]):
        rem = rule["remediation"]
        lines = [f"**{cell(rule['id'])}** {cell(rule['title'])}: {cell(rem['summary'], 400)}"]
        lines += [f"{i}. {cell(step, 400)}" for i, step in enumerate(rem.get("steps", []), 1)]
        lines += [f"- <{link}>" for link in rem.get("links", []) if re.match(r"^https?://[^\s<>]+$", link)]
        parts.append("\n".join(lines))
    return Section("How to fix", parts, "rules", sep="\n\n")


def _suppressed(findings: list[Json]) -> Section:
    rows = ["| file | line | rule | reason |", "|---|---:|---|---|"]
    rows += [f"| {cell(workspace_path(f['repo'], f['path']))} | {f['line']} | {cell(f['rule_id'])} | "
             f"{cell(suppression_reason(f))} |" for f in findings]
    return Section(f"Suppressed ({len(findings)})", rows, "suppressed findings", keep=2)


def _fit(section: Section, budget: int) -> str | None:
    """The section's rows up to `budget` characters with a note on how many were cut; None when none fit."""
    budget -= len(section.title) + 200  # the <details> wrapping and the note
    out: list[str] = []
    size = 0
    for i, row in enumerate(section.rows):
        if size + len(row) + len(section.sep) > budget:
            if i <= section.keep:
                return None
            return section.sep.join(out) + f"\n\n_…{len(section.rows) - i} more {section.what} not shown (size limit)._"
        out.append(row)
        size += len(row) + len(section.sep)
    return section.sep.join(out)
