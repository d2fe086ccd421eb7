"""Two saved reports compared (`diff`: new, fixed, still open, progress) and many over time (`trend`)."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from auditor.errors import ReportError
from auditor.model import SEVERITY_NAMES
from auditor.report import Report

STATUSES = ("not-started", "in-progress", "migrated")
SEVERITIES_DESC = tuple(reversed(SEVERITY_NAMES))
Named = tuple[str, Report]


# --- diff ----------------------------------------------------------------------------------------------


def diff(old: Report, new: Report) -> Report:
    """What changed from `old` to `new`; repos scanned in only one of them are listed, never counted as fixed."""
    both = {r["root"] for r in old["repos"]} & {r["root"] for r in new["repos"]}
    return {
        "kind": "jwt-audit-diff",
        "old": _side(old), "new": _side(new),
        "days": (_date(new) - _date(old)).days,
        "findings": _finding_changes(old, new, both),
        "integrations": _integration_changes(old, new, both),
        "repos": _repo_changes(old, new),
        "progress": _progress(old, new, both),
    }


def _date(report: Report) -> dt.date:
    return dt.date.fromisoformat(report["as_of"])


def _side(report: Report) -> Report:
    return {"as_of": report["as_of"], "tool": report["tool"]["version"], "repos": len(report["repos"]),
            "findings": report["summary"]["findings"], "integrations": len(report["integrations"])}


def match_key(f: dict[str, Any]) -> tuple[str, str, str, str]:
    """A finding is the same finding when its repo, path, rule and fingerprint are (lines may move)."""
    return (f["repo"], f["path"], f["rule_id"], f["fingerprint"])


def _active(report: Report) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    return {match_key(f): f for f in report["findings"] if not f["suppressed"]}


def _finding_changes(old: Report, new: Report, both: set[str]) -> Report:
    before, after = _active(old), _active(new)
    return {
        "new": [f for k, f in after.items() if k not in before],
        "fixed": [f for k, f in before.items() if k not in after and f["repo"] in both],
        "open": [f for k, f in after.items() if k in before],
        "not_rescanned": [f for k, f in before.items() if f["repo"] not in both],
    }


def _brief(i: dict[str, Any]) -> Report:
    return {"id": i["id"], "repo": i["repo"], "label": i.get("label", i["id"]), "status": i["status"],
            "deadline": i["deadline"]}


def _integration_changes(old: Report, new: Report, both: set[str]) -> Report:
    before = {i["id"]: i for i in old["integrations"]}
    after = {i["id"]: i for i in new["integrations"]}
    moved = [{**_brief(i), "from": before[k]["status"], "to": i["status"]}
             for k, i in after.items() if k in before and before[k]["status"] != i["status"]]
    return {
        "new": [_brief(i) for k, i in after.items() if k not in before],
        "removed": [_brief(i) for k, i in before.items() if k not in after and i["repo"] in both],
        "moved": moved,
        "open": [_brief(i) for k, i in after.items() if k in before and i["status"] != "migrated"],
        "not_rescanned": [_brief(i) for k, i in before.items() if i["repo"] not in both],
    }


def _repo_changes(old: Report, new: Report) -> Report:
    before = {r["root"]: r["status"] for r in old["repos"]}
    after = {r["root"]: r["status"] for r in new["repos"]}
    return {
        "added": sorted(after.keys() - before.keys()),
        "dropped": sorted(before.keys() - after.keys()),
        "moved": [{"root": r, "from": before[r], "to": s} for r, s in sorted(after.items())
                  if r in before and before[r] != s],
    }


def _progress(old: Report, new: Report, both: set[str]) -> Report:
    before = {i["id"]: i for i in old["integrations"]}
    after = {i["id"] for i in new["integrations"]}
    migrated = [i["id"] for i in new["integrations"]
                if i["status"] == "migrated" and i["id"] in before and before[i["id"]]["status"] != "migrated"]
    gone = [k for k, i in before.items() if i["status"] != "migrated" and k not in after and i["repo"] in both]
    return {
        "migrated": len(migrated), "removed": len(gone),
        "integrations": {"old": by_status(old), "new": by_status(new)},
        "open_integrations": {"old": open_integrations(old), "new": open_integrations(new)},
        "findings": {"old": old["summary"]["by_severity"], "new": new["summary"]["by_severity"]},
    }


def by_status(report: Report) -> dict[str, int]:
    counts = Counter(i["status"] for i in report["integrations"])
    return {s: counts.get(s, 0) for s in STATUSES}


def open_integrations(report: Report) -> int:
    return sum(i["status"] != "migrated" for i in report["integrations"])


# --- trend ---------------------------------------------------------------------------------------------


def trend(reports: Sequence[Named]) -> Report:
    """One point per report, in as-of order: integrations by status, open findings by severity, repos."""
    if not reports:
        raise ReportError("trend: give at least one report")
    ordered = sorted(reports, key=lambda nr: nr[1]["as_of"])
    dates = [r["as_of"] for _, r in ordered]
    repeated = sorted({d for d in dates if dates.count(d) > 1})
    if repeated:
        names = ", ".join(n for n, r in ordered if r["as_of"] == repeated[0])
        raise ReportError(f"trend: {names} are all as of {repeated[0]}; merge them first (jwt-audit merge)")
    return {"kind": "jwt-audit-trend", "points": [_point(name, r) for name, r in ordered]}


def _point(name: str, report: Report) -> Report:
    return {
        "as_of": report["as_of"], "source": name, "integrations": by_status(report),
        "open_integrations": open_integrations(report), "findings": dict(report["summary"]["by_severity"]),
        "open_findings": report["summary"]["findings"], "repos": len(report["repos"]),
        "repos_not_migrated": sum(r["status"] in ("not-started", "in-progress") for r in report["repos"]),
    }


# --- rendering -----------------------------------------------------------------------------------------


def render_diff(result: Report, fmt: str) -> str:
    return _renderer(fmt, _diff_text, _diff_markdown, "render_diff")(result)


def render_trend(result: Report, fmt: str) -> str:
    return _renderer(fmt, _trend_text, _trend_markdown, "render_trend")(result)


def _renderer(fmt: str, text: Callable[[Report], str], markdown: Callable[[Report], str],
              html_name: str) -> Callable[[Report], str]:
    if fmt == "json":
        return lambda r: json.dumps(r, indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        import auditor.reporters.html as page

        return page.render_diff if html_name == "render_diff" else page.render_trend
    if fmt in ("text", "markdown"):
        return text if fmt == "text" else markdown
    raise ReportError(f"unknown format {fmt!r}; choose one of: text, json, markdown, html")


def headline(result: Report) -> str:
    p, f = result["progress"], result["findings"]
    opened = p["open_integrations"]
    return (f"{p['migrated']} integration(s) migrated and {p['removed']} removed since {result['old']['as_of']}; "
            f"open integrations {opened['old']} -> {opened['new']}. Findings: {len(f['new'])} new, "
            f"{len(f['fixed'])} fixed, {len(f['open'])} still open.")


def _finding_rows(findings: list[dict[str, Any]]) -> list[list[str]]:
    return [[f["severity"], f["rule_id"], f"{f['repo']}/{f['path']}:{f['line']}", f["message"]] for f in findings]


def _integration_rows(items: list[dict[str, Any]], moved: bool = False) -> list[list[str]]:
    return [[i["repo"], i["label"], f"{i['from']} -> {i['to']}" if moved else i["status"], i["deadline"] or "-"]
            for i in items]


def _diff_sections(result: Report) -> list[tuple[str, list[str], list[list[str]]]]:
    f, i = result["findings"], result["integrations"]
    fh, ih = ["severity", "rule", "where", "message"], ["repo", "integration", "status", "deadline"]
    return [
        ("Integrations whose status moved", ih, _integration_rows(i["moved"], moved=True)),
        ("New integrations", ih, _integration_rows(i["new"])),
        ("Integrations gone (no longer found)", ih, _integration_rows(i["removed"])),
        ("Integrations still open", ih, _integration_rows(i["open"])),
        ("New findings", fh, _finding_rows(f["new"])),
        ("Fixed findings", fh, _finding_rows(f["fixed"])),
        ("Still open findings", fh, _finding_rows(f["open"])),
        ("Repos in OLD only (not rescanned, not counted as fixed)", ["repo"], [[r] for r in result["repos"]["dropped"]]),
        ("Repos in NEW only", ["repo"], [[r] for r in result["repos"]["added"]]),
    ]


def _diff_text(result: Report) -> str:
    head = f"jwt-audit diff: {result['old']['as_of']} -> {result['new']['as_of']} ({result['days']} days)"
    parts = [head, headline(result)]
    parts += [f"{title} ({len(rows)})\n{text_table(hdr, rows)}" for title, hdr, rows in _diff_sections(result) if rows]
    return "\n\n".join(parts) + "\n"


def _diff_markdown(result: Report) -> str:
    parts = [f"## jwt-audit diff: {result['old']['as_of']} → {result['new']['as_of']} ({result['days']} days)",
             md_escape(headline(result))]
    parts += [f"### {title} ({len(rows)})\n\n{md_table(hdr, rows)}" for title, hdr, rows in _diff_sections(result)
              if rows]
    return "\n\n".join(parts) + "\n"


def _trend_rows(result: Report) -> tuple[list[str], list[list[str]]]:
    headers = ["as of", *STATUSES, "open integrations", *SEVERITIES_DESC, "repos not migrated"]
    rows = [[p["as_of"], *(str(p["integrations"][s]) for s in STATUSES), str(p["open_integrations"]),
             *(str(p["findings"].get(s, 0)) for s in SEVERITIES_DESC), f"{p['repos_not_migrated']}/{p['repos']}"]
            for p in result["points"]]
    return headers, rows


def _trend_text(result: Report) -> str:
    return "jwt-audit trend: integrations by status, open findings by severity\n" + text_table(*_trend_rows(result)) + "\n"


def _trend_markdown(result: Report) -> str:
    return "## jwt-audit trend\n\n" + md_table(*_trend_rows(result)) + "\n"


def text_table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell (wide CJK characters count twice); the last column is left ragged."""
    widths = [max(_width(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(str(c) + " " * (w - _width(str(c))) for c, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def md_escape(text: str) -> str:
    """Markdown-inert text: pipes, backticks, asterisks and other markup characters escaped."""
    out = str(text).replace("\\", "\\\\")
    for ch in "|`*_[]<#":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", " ")


def md_table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(md_escape(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
