"""`text`: a table per file (severity, rule, line, message, what to do), integrations, and a totals line."""
from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any

from tabulate import tabulate

from auditor.reporters import RenderOptions, Report

COLORS = {"critical": "1;31", "high": "31", "medium": "33", "low": "36", "info": "2"}
STATUS_COLORS = {"not-started": "31", "in-progress": "33", "migrated": "32", "clean": "32"}


def _paint(text: str, code: str, on: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if on and code else text


def render(report: Report, options: RenderOptions) -> str:
    parts = [_findings(report, options), _integrations(report, options), _repos(report, options),
             _skipped(report, options), _totals(report, options)]
    return "\n".join(p for p in parts if p) + "\n"


def _findings(report: Report, options: RenderOptions) -> str:
    shown = [f for f in report["findings"] if not f["suppressed"]]
    if not shown:
        return "No JWT findings."
    blocks = []
    for (repo, path), items in groupby(shown, key=lambda f: (f["repo"], f["path"])):
        rows = [_row(f, options) for f in items]
        head = path if repo in (".", "") else f"{repo}/{path}" if not path.startswith(repo) else path
        head = head.encode("unicode_escape").decode("ascii") if not head.isprintable() else head
        blocks.append(_paint(head, "1", options.color) + "\n" + tabulate(
            rows, headers=["severity", "rule", "line", "message", "what to do"], tablefmt="simple",
            maxcolwidths=[None, None, None, 60, 60]))
    return "\n\n".join(blocks) + "\n"


def _row(f: dict[str, Any], options: RenderOptions) -> list[Any]:
    sev = _paint(f["severity"], COLORS.get(f["severity"], ""), options.color)
    msg = f["message"]
    if f.get("milestone") and f["kind"] != "oauth-s2s":
        m = f["milestone"]
        when = f"{m['days']} days ago" if m["days"] >= 0 else f"in {-m['days']} days"
        msg += f" [{m['title']}, {m['date']}, {when}]"
    details = f.get("details") or {}
    if details.get("commented"):
        msg += " (in a comment: low confidence)"
    elif details.get("documentation"):
        msg += " (in documentation: low confidence)"
    elif f["confidence"] == "low":
        msg += " (low confidence)"
    return [sev, f["rule_id"], f"{f['line']}:{f['column']}", msg, f.get("remediation", "")]


def _integrations(report: Report, options: RenderOptions) -> str:
    ints = report["integrations"]
    if not ints:
        return ""
    rows = [[
        i["repo"], i.get("label", i["id"]), _paint(i["status"], STATUS_COLORS.get(i["status"], ""), options.color),
        ", ".join(i["apis"]) or "-", ", ".join(i["scopes"]) or ("unknown: copy from the console" if i["apis"] else "-"),
        i["deadline"] or "-", len(i["files"]),
    ] for i in ints]
    return "Integrations\n" + tabulate(
        rows, headers=["repo", "integration", "status", "APIs", "OAuth scopes to request", "deadline", "files"],
        tablefmt="simple", maxcolwidths=[None, None, None, 30, 40, None, None]) + "\n" + _deadline_notes(ints)


def _deadline_notes(ints: list[dict[str, Any]]) -> str:
    notes = [f"  {i.get('label', i['id'])}: {i['deadline_reason']}" for i in ints
             if i.get("deadline_reason", "").startswith("certificate")]
    return ("Deadlines moved by certificates:\n" + "\n".join(notes) + "\n") if notes else ""


def _repos(report: Report, options: RenderOptions) -> str:
    if len(report["repos"]) < 2:
        return ""
    rows = [[r["root"], _paint(r["status"], STATUS_COLORS.get(r["status"], ""), options.color),
             *(r["counts"].get(s, 0) for s in ("critical", "high", "medium", "low", "info")),
             r.get("integrations", 0), r.get("nearest_deadline") or "-"] for r in report["repos"]]
    return "Repositories\n" + tabulate(
        rows, headers=["repo", "status", "critical", "high", "medium", "low", "info", "integrations", "deadline"],
        tablefmt="simple") + "\n"


def _skipped(report: Report, options: RenderOptions) -> str:
    skipped = report["files"]["skipped"]
    if not skipped:
        return ""
    reasons: dict[str, int] = defaultdict(int)
    for s in skipped:
        reasons[s["reason"].split(" (")[0]] += 1
    lines = [f"  {n} x {r}" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))]
    detail = [f"  {s['path']}: {s['reason']}" for s in skipped] if options.verbose else []
    return "Not scanned (use -f json for the full list):\n" + "\n".join(lines + detail) + "\n"


def _totals(report: Report, options: RenderOptions) -> str:
    s = report["summary"]
    by = ", ".join(f"{n} {sev}" for sev, n in reversed(list(s["by_severity"].items())) if n) or "none"
    ints = len(report["integrations"])
    return (f"{s['findings']} findings ({by}); {s['suppressed']} suppressed; {ints} integrations; "
            f"{report['files']['scanned']} files scanned, {len(report['files']['skipped'])} not scanned; "
            f"as of {report['as_of']}")
