"""`gitlab`: a GitLab Code Quality report (JSON array of issues) for merge-request widgets."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import full_message, split_archive, workspace_path

SEVERITY = {"info": "info", "low": "minor", "medium": "major", "high": "critical", "critical": "blocker"}

Json = dict[str, Any]


def render(report: Report, options: RenderOptions) -> str:
    """Suppressed findings are left out: Code Quality has no notion of an accepted issue."""
    rules = {r["id"]: r for r in report["rules"]}
    seen: set[str] = set()
    issues = [_issue(f, rules.get(f["rule_id"]), seen) for f in report["findings"] if not f["suppressed"]]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def fingerprint(f: Json, seen: set[str]) -> str:
    """sha256 of repo and the finding's content fingerprint; made unique when a merged report repeats one."""
    base = f"{f['repo']}\0{f['fingerprint']}"
    value, n = hashlib.sha256(base.encode()).hexdigest(), 0
    while value in seen:
        n += 1
        value = hashlib.sha256(f"{base}\0{n}".encode()).hexdigest()
    seen.add(value)
    return value


def _issue(f: Json, rule: Json | None, seen: set[str]) -> Json:
    outer, member = split_archive(f["path"])
    begin, end = (1, 1) if member else (f["line"], max(f["end_line"], f["line"]))  # a member's lines are not the archive's
    issue: Json = {
        "type": "issue",
        "engine_name": "jwt-audit",
        "check_name": f["rule_id"],
        "description": f"[{f['rule_id']}] {full_message(f)}",
        "categories": ["Security"],
        "severity": SEVERITY[f["severity"]],
        "fingerprint": fingerprint(f, seen),
        "location": {"path": workspace_path(f["repo"], outer),
                     "lines": {"begin": begin, "end": end}},
    }
    body = _body(f, rule)
    if body:
        issue["content"] = {"body": body}
    return issue


def _body(f: Json, rule: Json | None) -> str:
    """The remediation, as Markdown: summary, steps, links."""
    if rule is None:
        return f.get("remediation", "")
    rem = rule["remediation"]
    parts = [rem["summary"], "\n".join(f"{i}. {s}" for i, s in enumerate(rem.get("steps", []), 1)),
             "\n".join(f"- {link}" for link in rem.get("links", []))]
    return "\n\n".join(p for p in parts if p)
