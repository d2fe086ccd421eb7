"""The JSON report contract (schema_version 1): ScanResult -> dict, and loading a saved report back."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.errors import ReportError
from auditor.model import Finding, Integration, Milestone, Pack, RepoSummary, Rule, ScanResult, Severity
from auditor.remediation import plan
from auditor.ruleset import load_schema

SCHEMA_VERSION = 1
Report = dict[str, Any]


def to_dict(result: ScanResult) -> Report:
    """The report every reporter renders from; deterministic (no timings, no clock)."""
    used = {f.rule_id for f in result.findings}
    packs = {p.name: p for p in result.packs}
    rules = {r.id: r for r in result.rules}
    report: Report = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jwt-audit", "version": __version__},
        "as_of": result.as_of.isoformat(),
        "cutoff": result.cutoff.isoformat() if result.cutoff else None,
        "packs": [_pack(p) for p in result.packs],
        "rules": [_rule(r) for r in result.rules if r.id in used],
        "findings": [_finding(f, result.rules) for f in result.findings],
        "integrations": [_integration(i, plan(i, result.findings, packs, rules)) for i in result.integrations],
        "repos": [_repo(r) for r in result.repos],
        "files": {
            "scanned": result.scanned,
            "skipped": [{"path": s.path, "reason": s.reason, "repo": s.repo, **({"member": True} if s.member else {})}
                        for s in result.skipped],
        },
        "errors": list(result.errors),
    }
    report["summary"] = summarize(report)
    report.update({k: v for k, v in result.meta.items() if k in ("suppressions", "baseline", "diff", "policy", "gate")})
    return report


def summarize(report: Report) -> Report:
    """Totals derived from the findings: by severity, by kind, suppressed, the highest severity."""
    active = [f for f in report["findings"] if not f["suppressed"]]
    by_sev = Counter(f["severity"] for f in active)
    top = max((Severity.parse(f["severity"]) for f in active), default=None)
    return {
        "findings": len(active),
        "suppressed": len(report["findings"]) - len(active),
        "by_severity": {s.label: by_sev.get(s.label, 0) for s in Severity},
        "by_kind": dict(sorted(Counter(f["kind"] for f in active).items())),
        "max_severity": top.label if top is not None else None,
        "repos_by_status": dict(sorted(Counter(r["status"] for r in report["repos"]).items())),
        "integrations_by_status": dict(sorted(Counter(i["status"] for i in report["integrations"]).items())),
    }


def _milestone(m: Milestone) -> Report:
    return {"id": m.id, "date": m.date.isoformat(), "title": m.title, "source": m.source, "note": m.note,
            "primary": m.primary, "hard_stop": m.hard_stop}


def _pack(p: Pack) -> Report:
    return {"name": p.name, "version": p.version, "title": p.title, "timeline": [_milestone(m) for m in p.timeline]}


def _rule(r: Rule) -> Report:
    return {
        "id": r.id, "name": r.name, "title": r.title, "description": r.description, "pack": r.pack,
        "kind": r.kind, "confidence": r.confidence, "tags": list(r.tags),
        "remediation": {"summary": r.remediation.summary, "steps": list(r.remediation.steps),
                        "links": list(r.remediation.links)},
        "severity_schedule": {"default": r.base_severity.label, "steps": [
            {"milestone": s.milestone, "severity": s.severity.label} for s in r.schedule]},
    }


def _finding(f: Finding, rules: tuple[Rule, ...]) -> Report:
    rule = next((r for r in rules if r.id == f.rule_id), None)
    return {
        "rule_id": f.rule_id, "pack": f.pack, "kind": f.kind, "severity": f.severity.label,
        "confidence": f.confidence, "message": f.message, "path": f.path, "line": f.line, "column": f.column,
        "end_line": f.end_line, "snippet": f.snippet, "fingerprint": f.fingerprint, "repo": f.repo,
        "integration": f.integration or None, "suppressed": f.suppressed, "suppression": f.suppression,
        "milestone": None if f.milestone is None else {
            "id": f.milestone.id, "date": f.milestone.date, "title": f.milestone.title, "days": f.milestone.days},
        "remediation": rule.remediation.summary if rule else "",
        "details": f.details,
    }


def _integration(i: Integration, migration: Report) -> Report:
    return {
        "id": i.id, "repo": i.repo, "status": i.status, "label": i.label, "apis": list(i.apis),
        "scopes": list(i.scopes), "unknown_scopes": list(i.unknown_scopes), "files": list(i.files),
        "deadline": i.deadline, "deadline_reason": i.deadline_reason, "jwt_findings": i.jwt_findings,
        "oauth_findings": i.oauth_findings, "languages": list(i.languages), "certificates": list(i.certificates),
        "plan": migration,
    }


def _repo(r: RepoSummary) -> Report:
    return {"root": r.root, "status": r.status, "counts": r.counts, "integrations": r.integrations,
            "files_scanned": r.files_scanned, "files_skipped": r.files_skipped,
            "nearest_deadline": r.nearest_deadline}


def validate(report: Report) -> None:
    """Raise ReportError when `report` does not follow schemas/report.schema.json."""
    import jsonschema  # imported only to validate: slow to import

    validator = jsonschema.Draft202012Validator(load_schema("report.schema.json"))
    err = jsonschema.exceptions.best_match(validator.iter_errors(report))
    if err is not None:
        where = "/".join(map(str, err.absolute_path)) or "(top level)"
        raise ReportError(f"not a jwt-audit report: {where}: {err.message}")


def load(path: Path) -> Report:
    """A saved JSON report, validated; a clear error when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReportError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise ReportError(f"{path}: not a jwt-audit report with schema_version {SCHEMA_VERSION}")
    try:
        validate(data)
    except ReportError as exc:
        raise ReportError(f"{path}: {exc.message}") from None
    return data


def dumps(report: Report) -> str:
    """The report as JSON: the top two levels indented, each finding, integration, skipped file or rule on one
    line of its own (readable, greppable, diffable), written by the C encoder: `indent=2` throughout runs the
    pure-Python encoder, twice as slow on a big report."""
    return _layout(report, 0, json.JSONEncoder(ensure_ascii=False).encode) + "\n"


def _layout(value: Any, depth: int, encode: Callable[[Any], str]) -> str:
    pad, end = "  " * (depth + 1), "  " * depth
    if isinstance(value, dict) and value and depth < 2:
        items = ",\n".join(f"{pad}{encode(k)}: {_layout(v, depth + 1, encode)}" for k, v in value.items())
        return "{\n" + items + "\n" + end + "}"
    if isinstance(value, list) and value and depth < 3:
        return "[\n" + ",\n".join(pad + encode(v) for v in value) + "\n" + end + "]"
    return encode(value)
