"""`markdown`: a compact report for a pull-request comment or a job summary: totals first, details folded."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import (
    SEVERITIES,
    by_severity,
    full_message,
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


def render(report: Report, options: RenderOptions) -> str:
    head = "\n\n".join([_totals(report, options), _top(report)])
    tail = [_section(title, body) for title, body in _details(report)]
    text = head
    for i, part in enumerate(tail):
        if len(text) + len(part) + 2 > BUDGET:
            text += f"\n\n> **Truncated:** {len(tail) - i} more section(s) left out to stay under GitHub's " \
                    f"{LIMIT}-character limit; run `jwt-audit report REPORT.json -f text` for everything."
            break
        text += "\n\n" + part
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
    rows = ["| severity | rule | location | message |", "|---|---|---|---|", *(_row(f) for f in active[:TOP])]
    more = f"\n\n_{len(active) - TOP} more in the details below._" if len(active) > TOP else ""
    return "### Top findings\n\n" + _fit(rows, "findings", BUDGET // 4) + more


def _row(f: Json) -> str:
    where = f"{workspace_path(f['repo'], f['path'])}:{f['line']}"
    return f"| {ICONS[f['severity']]} {f['severity']} | {cell(f['rule_id'])} | {cell(where)} | {cell(full_message(f))} |"


# --- folded details -------------------------------------------------------------------------------------


def _section(title: str, body: str) -> str:
    return f"<details>\n<summary>{title}</summary>\n\n{body}\n\n</details>"


def _details(report: Report) -> list[tuple[str, str]]:
    active = [f for f in report["findings"] if not f["suppressed"]]
    suppressed = [f for f in report["findings"] if f["suppressed"]]
    sections = [(f"All findings by file ({len(active)})", _by_file(active))] if active else []
    if report["integrations"]:
        sections.append((f"Integrations ({len(report['integrations'])})", _integrations(report)))
    if report["rules"]:
        sections.append(("How to fix", _remediation(report)))
    if suppressed:
        sections.append((f"Suppressed ({len(suppressed)})", _suppressed(suppressed)))
    skipped = report["files"]["skipped"]
    if skipped:
        sections.append((f"Not scanned ({len(skipped)})", _list(
            f"{workspace_path(s.get('repo', '.'), s['path'])}: {s['reason']}" for s in skipped)))
    if report["errors"]:
        sections.append((f"Errors ({len(report['errors'])})", _list(report["errors"])))
    return sections


def _by_file(findings: list[Json]) -> str:
    files: dict[str, list[Json]] = defaultdict(list)
    for f in findings:
        files[workspace_path(f["repo"], f["path"])].append(f)
    rows = ["| file | line | severity | rule | message | snippet |", "|---|---:|---|---|---|---|"]
    for path in sorted(files):
        rows += [f"| {cell(path)} | {f['line']} | {f['severity']} | {cell(f['rule_id'])} | "
                 f"{cell(full_message(f))} | {cell(f['snippet'])} |" for f in files[path]]
    return _fit(rows, "findings")


def _integrations(report: Report) -> str:
    rows = ["| repo | integration | status | APIs | OAuth scopes | deadline | files |", "|---|---|---|---|---|---|---:|"]
    rows += [f"| {cell(i['repo'])} | {cell(i.get('label') or i['id'])} | {i['status']} | {cell(', '.join(i['apis']) or '-')} "
             f"| {cell(', '.join(i['scopes']) or '-')} | {i['deadline'] or '-'} | {len(i['files'])} |"
             for i in report["integrations"]]
    return _fit(rows, "integrations")


def _remediation(report: Report) -> str:
    parts = []
    for rule in sorted(report["rules"], key=lambda r: r["id"]):
        rem = rule["remediation"]
        lines = [f"**{cell(rule['id'])}** {cell(rule['title'])}: {cell(rem['summary'], 400)}"]
        lines += [f"{i}. {cell(step, 400)}" for i, step in enumerate(rem.get("steps", []), 1)]
        lines += [f"- <{link}>" for link in rem.get("links", []) if re.match(r"^https?://[^\s<>]+$", link)]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _suppressed(findings: list[Json]) -> str:
    rows = ["| file | line | rule | reason |", "|---|---:|---|---|"]
    rows += [f"| {cell(workspace_path(f['repo'], f['path']))} | {f['line']} | {cell(f['rule_id'])} | "
             f"{cell(suppression_reason(f))} |" for f in findings]
    return _fit(rows, "suppressed findings")


def _list(items: Any) -> str:
    return _fit([f"- {cell(item, 300)}" for item in items], "entries")


def _fit(rows: list[str], what: str, budget: int = BUDGET // 2) -> str:
    """Rows up to `budget` characters, then a note saying how many were left out."""
    out: list[str] = []
    size = 0
    for i, row in enumerate(rows):
        if size + len(row) + 1 > budget:
            return "\n".join(out) + f"\n\n_…{len(rows) - i} more {what} not shown (size limit)._"
        out.append(row)
        size += len(row) + 1
    return "\n".join(out)
