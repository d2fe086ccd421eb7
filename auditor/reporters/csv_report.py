"""`csv`: one row per finding, for spreadsheets; RFC 4180 quoting and no formula injection."""
from __future__ import annotations

import csv
import io
from typing import Any

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import strip_control

COLUMNS = ("repo", "path", "line", "column", "end_line", "rule_id", "kind", "severity", "confidence", "message",
           "snippet", "integration", "integration_status", "deadline", "milestone", "milestone_date", "days",
           "suppressed", "fingerprint", "remediation")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Json = dict[str, Any]


def guard(value: Any) -> Any:
    """Control characters dropped; a text cell a spreadsheet would read as a formula gets a leading `'`.

    Numbers stay numbers (a negative `days` is not text)."""
    if not isinstance(value, str):
        return value
    value = strip_control(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def render(report: Report, options: RenderOptions) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    integrations = {i["id"]: i for i in report["integrations"]}
    for f in report["findings"]:
        row = _row(f, integrations.get(f.get("integration") or ""))
        writer.writerow([guard(row[c]) for c in COLUMNS])
    return out.getvalue()


def _row(f: Json, integration: Json | None) -> Json:
    m = f.get("milestone") or {}
    return {
        **{k: f[k] for k in ("repo", "path", "line", "column", "end_line", "rule_id", "kind", "severity",
                             "confidence", "message", "snippet", "fingerprint")},
        "integration": f.get("integration") or "",
        "integration_status": integration["status"] if integration else "",
        "deadline": (integration or {}).get("deadline") or "",
        "milestone": m.get("title", ""),
        "milestone_date": m.get("date", ""),
        "days": m.get("days", ""),
        "suppressed": "true" if f["suppressed"] else "false",
        "remediation": f.get("remediation", ""),
    }
