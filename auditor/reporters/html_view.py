"""What the HTML report shows, computed from the JSON report: headline, charts, tables and migration plans."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from auditor.model import SEVERITY_NAMES
from auditor.reporters import Report, charts

SEVERITIES_DESC = tuple(reversed(SEVERITY_NAMES))
STATUS_ORDER = ("not-started", "in-progress", "migrated", "clean")
OPEN = ("not-started", "in-progress")


def report_view(report: Report) -> Report:
    """Everything the page template needs, in display order; no markup here, the template escapes it all."""
    as_of = dt.date.fromisoformat(report["as_of"])
    cutoff = primary_cutoff(report)
    ints = {i["id"]: i for i in report["integrations"]}
    rows = [_finding_row(f, ints) for f in report["findings"]]
    names = short_names([r["root"] for r in report["repos"]])
    rules = {r["id"]: r for r in report["rules"]}
    members: dict[str, list[dict[str, Any]]] = {}
    for f in report["findings"]:
        if f["integration"] and not f["suppressed"]:
            members.setdefault(f["integration"], []).append(f)
    return {
        "as_of": report["as_of"], "tool": report["tool"], "packs": report["packs"],
        "headline": _headline(report, as_of, cutoff),
        "severity_chart": charts.bar_chart([(s, report["summary"]["by_severity"].get(s, 0), s) for s in SEVERITIES_DESC],
                                           "Open findings by severity"),
        "repo_chart": charts.donut([(s, _count(report["repos"], s), s) for s in STATUS_ORDER], "Repositories by status"),
        "integration_chart": charts.donut([(s, _count(report["integrations"], s), s) for s in STATUS_ORDER[:3]],
                                          "Integrations by status"),
        "timeline": _timeline(report, as_of),
        "repos": [_repo_row(r, as_of) for r in sorted(report["repos"], key=_repo_order)],
        "plans": [_plan(i, members.get(i["id"], []), rules, as_of)
                  for i in sorted(report["integrations"], key=lambda i: _int_order(i, as_of))],
        "findings": rows, "filters": _filters(rows), "names": names, "repo_base": base_folder(names),
        "skipped": report["files"]["skipped"], "scanned": report["files"]["scanned"],
        "errors": report["errors"], "summary": report["summary"],
    }


def short_names(roots: list[str]) -> dict[str, str]:
    """Repo roots without the folder they all share (`/src/org/a`, `/src/org/b` -> `a`, `b`)."""
    parts = [r.split("/") for r in roots]
    if len(parts) < 2:
        return {r: r for r in roots}
    common = 0
    while all(len(p) > common + 1 and p[common] == parts[0][common] for p in parts):
        common += 1
    return {r: "/".join(p[common:]) for r, p in zip(roots, parts, strict=True)}


def base_folder(names: dict[str, str]) -> str:
    """The folder `short_names` removed, or "" when it removed nothing."""
    root, short = next(iter(names.items()), ("", ""))
    return root[: len(root) - len(short)].rstrip("/") if root != short else ""


def _count(items: Iterable[dict[str, Any]], status: str) -> int:
    return sum(i["status"] == status for i in items)


def primary_cutoff(report: Report) -> dt.date | None:
    """The date integrations are late after: --cutoff when given, else the primary milestone of the first
    pack that has findings."""
    if report.get("cutoff"):
        return dt.date.fromisoformat(report["cutoff"])
    for pack in used_packs(report):
        for m in pack["timeline"]:
            if m.get("primary"):
                return dt.date.fromisoformat(m["date"])
    return None


def due(deadline: str | None, as_of: dt.date, status: str) -> dict[str, Any]:
    """`overdue by 12 days` / `due in 30 days` and a css tone for a deadline."""
    if not deadline or status == "migrated":
        return {"text": "", "tone": "none", "days": None}
    days = (dt.date.fromisoformat(deadline) - as_of).days
    if days < 0:
        return {"text": f"overdue by {-days} day{'s' if days != -1 else ''}", "tone": "late", "days": days}
    if days == 0:
        return {"text": "due today", "tone": "late", "days": 0}
    return {"text": f"due in {days} day{'s' if days != 1 else ''}", "tone": "soon" if days <= 90 else "ok", "days": days}


def _headline(report: Report, as_of: dt.date, cutoff: dt.date | None) -> Report:
    repos, ints = report["repos"], report["integrations"]
    overdue = [i for i in ints if due(i["deadline"], as_of, i["status"])["tone"] == "late"]
    return {
        "repos_total": len(repos), "repos_open": sum(r["status"] in OPEN for r in repos),
        "ints_total": len(ints), "ints_open": sum(i["status"] in OPEN for i in ints),
        "ints_overdue": len(overdue), "findings": report["summary"]["findings"],
        "cutoff": cutoff.isoformat() if cutoff else None,
        "days_since_cutoff": (as_of - cutoff).days if cutoff else None,
        "late": bool(cutoff and as_of >= cutoff),
    }


def used_packs(report: Report) -> list[Report]:
    """The packs that found something (all of them when none did): other packs' dates would only be noise."""
    used = {f.get("pack") for f in report["findings"] if not f["suppressed"]}
    return [p for p in report["packs"] if p["name"] in used] or report["packs"]


def _timeline(report: Report, as_of: dt.date) -> charts.Timeline:
    milestones = []
    for pack in used_packs(report):
        for m in pack["timeline"]:
            css = "primary" if m.get("primary") else "hard-stop" if m.get("hard_stop") else "milestone"
            milestones.append((m["title"], dt.date.fromisoformat(m["date"]), css))
    milestones = sorted(set(milestones), key=lambda m: (m[1], m[0]))
    dated = [charts.Due(dt.date.fromisoformat(i["deadline"]), i["status"], f"{i['repo']}: {i.get('label', i['id'])}")
             for i in report["integrations"] if i["deadline"]]
    undated = sum(not i["deadline"] for i in report["integrations"])
    return charts.timeline(milestones, dated, as_of, STATUS_ORDER[:3], undated)


def _repo_order(r: dict[str, Any]) -> tuple[int, str, str]:
    return (STATUS_ORDER.index(r["status"]), r.get("nearest_deadline") or "9999", r["root"])


def _int_order(i: dict[str, Any], as_of: dt.date) -> tuple[int, str, str, str]:
    return (STATUS_ORDER.index(i["status"]), i["deadline"] or "9999", i["repo"], i["id"])


def _repo_row(r: dict[str, Any], as_of: dt.date) -> Report:
    return {**r, "due": due(r.get("nearest_deadline"), as_of, r["status"]),
            "counts_desc": [(s, r["counts"].get(s, 0)) for s in SEVERITIES_DESC]}


def _finding_row(f: dict[str, Any], ints: dict[str, dict[str, Any]]) -> Report:
    integration = ints.get(f["integration"] or "")
    m = f.get("milestone")
    when = "" if not m else f"{m['title']} ({m['date']}), " + (
        f"{m['days']} days ago" if m["days"] > 0 else "today" if m["days"] == 0 else f"in {-m['days']} days")
    return {
        **f, "rank": SEVERITY_NAMES.index(f["severity"]), "sort_where": f"{f['repo']} {f['path']} {f['line']:09d}",
        "status": integration["status"] if integration else "none",
        "integration_label": integration.get("label", integration["id"]) if integration else "",
        "when": when if f["kind"] != "oauth-s2s" else "",
    }


def _filters(rows: list[dict[str, Any]]) -> Report:
    """The choices of the findings table's filters: only values that occur."""
    present = {f["severity"] for f in rows}
    statuses = {f["status"] for f in rows}
    return {
        "severities": [s for s in SEVERITIES_DESC if s in present],
        "repos": sorted({f["repo"] for f in rows}),
        "statuses": [s for s in (*STATUS_ORDER[:3], "none") if s in statuses],
        "suppressed": sum(f["suppressed"] for f in rows),
        "total": len(rows),
    }


# --- migration plans -----------------------------------------------------------------------------------


def _plan(i: dict[str, Any], findings: list[dict[str, Any]], rules: dict[str, Report], as_of: dt.date) -> Report:
    """What to do for one integration: its scopes, the rules' remediation, a detailed plan if any, its files."""
    used = [rules[rid] for rid in dict.fromkeys(f["rule_id"] for f in findings) if rid in rules]
    plan = i.get("plan")
    detailed: dict[str, Any] = plan if isinstance(plan, dict) else {}
    return {
        **i, "label": i.get("label", i["id"]), "due": due(i["deadline"], as_of, i["status"]),
        "anchor": "int-" + slug(i["id"]),
        "changes": _changes(detailed.get("changes"), rules) or _rule_changes(findings, rules),
        "scopes_note": str(detailed.get("scopes_note") or ""),
        "links": list(dict.fromkeys(u for r in used for u in r["remediation"].get("links", []))),
        "files_detail": _files(findings, i["files"]),
        "plan_steps": _plan_steps(detailed.get("steps")),
        "snippets": _snippets(detailed.get("snippets")),
        "scopes_line": ",".join(i["scopes"]),
    }


def slug(text: str) -> str:
    """An id attribute value made of letters, digits and dashes."""
    return "".join(c if c.isalnum() else "-" for c in text).strip("-").lower()


def _files(findings: list[dict[str, Any]], files: list[str]) -> list[Report]:
    """Each file of the integration with the lines to change."""
    lines: dict[str, list[dict[str, Any]]] = {p: [] for p in files}
    for f in findings:
        lines.setdefault(f["path"], []).append(f)
    return [{"path": p, "findings": sorted(fs, key=lambda f: (f["line"], f["column"])),
             "done": bool(fs) and all(f["kind"] == "oauth-s2s" for f in fs)} for p, fs in lines.items()]


def _changes(changes: Any, rules: dict[str, Report]) -> list[Report]:
    """Rule-specific changes of a detailed plan (what, in which files), with the rule's steps (how)."""
    return [{"title": str(c.get("title") or ""), "summary": str(c.get("summary") or ""),
             "files": [str(f) for f in c.get("files") or []],
             "steps": _rule_steps(rules.get(str(c.get("rule_id"))))}
            for c in (changes if isinstance(changes, list) else []) if isinstance(c, dict)]


def _rule_changes(findings: list[dict[str, Any]], rules: dict[str, Report]) -> list[Report]:
    """Without a detailed plan: each rule that found the old credential, its remedy and its files."""
    files: dict[str, list[str]] = {}
    for f in findings:
        if f["kind"] not in ("oauth-s2s", "exempt") and f["rule_id"] in rules:
            files.setdefault(f["rule_id"], [])
            if f["path"] not in files[f["rule_id"]]:
                files[f["rule_id"]].append(f["path"])
    return [{"title": rules[rid]["title"], "summary": rules[rid]["remediation"]["summary"], "files": paths,
             "steps": _rule_steps(rules[rid])} for rid, paths in files.items()]


def _rule_steps(rule: Report | None) -> list[str]:
    return [str(s) for s in rule["remediation"].get("steps", [])] if rule else []


def _plan_steps(steps: Any) -> list[Report]:
    """Steps of a detailed plan: strings, or objects with a title and detail (shape kept loose on purpose)."""
    out = []
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, dict):
            title = step.get("title") or step.get("step") or step.get("summary") or ""
            detail = step.get("detail") or step.get("details") or step.get("text") or step.get("description") or ""
            out.append({"title": str(title), "detail": str(detail)})
        else:
            out.append({"title": str(step), "detail": ""})
    return out


def _snippets(snippets: Any) -> list[Report]:
    """Code snippets of a detailed plan: a list of objects, or a mapping of language -> code."""
    if isinstance(snippets, dict):
        snippets = [{"language": k, "code": v} for k, v in snippets.items()]
    out = []
    for s in snippets if isinstance(snippets, list) else []:
        if not isinstance(s, dict):
            s = {"code": s}
        lang = str(s.get("language") or s.get("lang") or "")
        out.append({
            "title": str(s.get("title") or s.get("label") or s.get("path") or lang or "Snippet"), "language": lang,
            "code": _text(s.get("code") or s.get("snippet")), "before": _text(s.get("before")),
            "after": _text(s.get("after")), "note": _text(s.get("note") or s.get("description")),
        })
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    return "\n".join(map(str, value)) if isinstance(value, list) else str(value)
