"""`sarif`: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers, one run per report."""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from auditor.reporters import RenderOptions, Report
from auditor.reporters._common import SEVERITIES, full_message, split_archive

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://jwt-audit.dev/"
FINGERPRINT_KEY = "jwtAudit/v1"  # our own partialFingerprints key: the report's content fingerprint
SRCROOT = "%SRCROOT%"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
IN_SOURCE = frozenset({"inline", "insource", "in-source", "comment", "source"})

Json = dict[str, Any]


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(sarif_log(report, options), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report, options: RenderOptions) -> Json:
    """The SARIF log as a dict: one run, rules used, one result per finding, skips and errors as notifications."""
    bases = base_ids(report)
    rules = _rules(report)
    index = {r["id"]: i for i, r in enumerate(rules)}
    run: Json = {
        "tool": {"driver": _driver(report, rules)},
        "invocations": [_invocation(report, bases)],
        "automationDetails": {"id": category(report, options)},
        "originalUriBaseIds": _original_uri_base_ids(bases),
        "columnKind": "utf16CodeUnits",
        "results": [_result(f, index[f["rule_id"]], bases) for f in report["findings"]],
        "properties": {"asOf": report["as_of"], "cutoff": report.get("cutoff"),
                       "packs": [{"name": p["name"], "version": p["version"]} for p in report["packs"]]},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def category(report: Report, options: RenderOptions) -> str:
    """`runAutomationDetails.id`: the given category, else `jwt-audit/<packs>/`; GitHub reads up to the last `/`."""
    cat = options.category or "jwt-audit/" + ("+".join(sorted(p["name"] for p in report["packs"])) or "none")
    return cat if cat.endswith("/") else cat + "/"


# --- where files are: one uriBaseId per repo ------------------------------------------------------------


def base_ids(report: Report) -> dict[str, str]:
    """Repo root -> uriBaseId: `.` is %SRCROOT%, every other repo REPO0, REPO1... in report order."""
    roots = [r["root"] for r in report["repos"]]
    seen = [f["repo"] for f in report["findings"]] + [s.get("repo", ".") for s in report["files"]["skipped"]]
    roots += sorted(set(seen) - set(roots))
    others = [r for r in dict.fromkeys(roots) if r not in (".", "")]
    return {".": SRCROOT, "": SRCROOT, **{root: f"REPO{i}" for i, root in enumerate(others)}}


def _original_uri_base_ids(bases: dict[str, str]) -> Json:
    out: Json = {SRCROOT: {"description": {"text": "The folder jwt-audit ran in; repository roots are relative to it."}}}
    for root, base in bases.items():
        if base != SRCROOT:
            out[base] = {**_root_location(root), "description": {"text": f"Repository {root}"}}
    return out


def _root_location(root: str) -> Json:
    """An absolute root becomes a file URI; a relative one is relative to %SRCROOT%. Always ends with `/`."""
    posix = root.replace("\\", "/").rstrip("/")
    if posix.startswith("/"):
        return {"uri": "file://" + quote(posix, safe="/") + "/"}
    if re.match(r"^[A-Za-z]:/", posix):
        return {"uri": "file:///" + posix[:2] + quote(posix[2:], safe="/") + "/"}
    return {"uri": quote(posix, safe="/") + "/", "uriBaseId": SRCROOT}


def artifact(repo: str, path: str, bases: dict[str, str]) -> Json:
    """A repo-relative, percent-encoded POSIX uri with its repo's base id; archive members point at the archive."""
    outer, _ = split_archive(path)
    return {"uri": quote(outer.lstrip("/"), safe="/"), "uriBaseId": bases.get(repo, SRCROOT)}


# --- rules ----------------------------------------------------------------------------------------------


def _rules(report: Report) -> list[Json]:
    """One descriptor per rule id used by a finding, sorted by id."""
    known = {r["id"]: r for r in report["rules"]}
    worst: dict[str, str] = {}
    for f in report["findings"]:
        prev = worst.get(f["rule_id"], "info")
        worst[f["rule_id"]] = max(prev, f["severity"], key=SEVERITIES.index)
        known.setdefault(f["rule_id"], _stub_rule(f))
    return [_descriptor(known[rid], worst[rid]) for rid in sorted(worst)]


def _stub_rule(f: Json) -> Json:
    """A rule a finding names but the report does not describe (a merged report, say)."""
    return {"id": f["rule_id"], "title": f["rule_id"], "pack": f.get("pack", ""), "kind": f["kind"],
            "confidence": f["confidence"], "remediation": {"summary": f.get("remediation") or "See the rule pack."}}


def _descriptor(rule: Json, severity: str) -> Json:
    rem = rule["remediation"]
    out: Json = {
        "id": rule["id"],
        "name": rule.get("name") or rule["id"],
        "shortDescription": {"text": rule["title"]},
        "fullDescription": {"text": rule.get("description") or rule["title"]},
        "help": {"text": _help_text(rem), "markdown": _help_markdown(rem)},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {
            "security-severity": SECURITY_SEVERITY[severity],
            "tags": list(dict.fromkeys(["security", rule["kind"], rule["pack"], *rule.get("tags", [])])),
            "precision": rule.get("confidence", "medium"),
            "kind": rule["kind"],
            "pack": rule["pack"],
        },
    }
    if rem.get("links"):
        out["helpUri"] = rem["links"][0]
    return out


def _help_text(rem: Json) -> str:
    parts = [rem["summary"]]
    if rem.get("steps"):
        parts.append("Steps:\n" + "\n".join(f"{i}. {s}" for i, s in enumerate(rem["steps"], 1)))
    if rem.get("links"):
        parts.append("Links:\n" + "\n".join(f"- {link}" for link in rem["links"]))
    return "\n\n".join(parts)


def _help_markdown(rem: Json) -> str:
    parts = [f"**{rem['summary']}**"]
    if rem.get("steps"):
        parts.append("\n".join(f"{i}. {s}" for i, s in enumerate(rem["steps"], 1)))
    if rem.get("links"):
        parts.append("\n".join(f"- <{link}>" for link in rem["links"]))
    return "\n\n".join(parts)


def _driver(report: Report, rules: list[Json]) -> Json:
    version = report["tool"]["version"]
    return {"name": "jwt-audit", "version": version, "semanticVersion": version,
            "informationUri": INFORMATION_URI, "rules": rules}


# --- results ----------------------------------------------------------------------------------------------


def _result(f: Json, rule_index: int, bases: dict[str, str]) -> Json:
    out: Json = {
        "ruleId": f["rule_id"],
        "ruleIndex": rule_index,
        "level": LEVELS[f["severity"]],
        "message": {"text": full_message(f)},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(f["repo"], f["path"], bases),
                                            "region": _region(f)}}],
        "partialFingerprints": {FINGERPRINT_KEY: f["fingerprint"]},
    }
    if f["suppressed"]:
        out["suppressions"] = [_suppression(f.get("suppression"))]
    out["properties"] = _properties(f)
    return out


def _region(f: Json) -> Json:
    """Lines and columns (>= 1) with the redacted snippet; for an archive member, the archive's first line."""
    if split_archive(f["path"])[1]:
        return {"startLine": 1, "startColumn": 1, "endLine": 1}
    line = max(int(f["line"]), 1)
    region: Json = {"startLine": line, "startColumn": max(int(f["column"]), 1),
                    "endLine": max(int(f["end_line"]), line)}
    if f["snippet"]:
        region["snippet"] = {"text": f["snippet"]}
    return region


def _suppression(info: Json | None) -> Json:
    """inSource for an inline ignore comment, external for config, sidecar or baseline; with a justification."""
    info = info or {}
    how = str(info.get("kind") or "inline")
    justification = str(info.get("reason") or info.get("justification") or "no reason given")
    if info.get("source"):
        justification += f" (ignored at {info['source']})"
    return {"kind": "inSource" if how.lower() in IN_SOURCE else "external", "status": "accepted",
            "justification": justification}


def _properties(f: Json) -> Json:
    props: Json = {"severity": f["severity"], "confidence": f["confidence"], "kind": f["kind"],
                   "integration": f.get("integration"), "milestone": f.get("milestone"), "repo": f["repo"]}
    member = split_archive(f["path"])[1]
    if member:
        props["archiveMember"] = member
    return props


# --- invocation: what was not scanned, what went wrong ------------------------------------------------------


def _invocation(report: Report, bases: dict[str, str]) -> Json:
    notes = [_skip_note(s, bases) for s in report["files"]["skipped"]]
    notes += [{"level": "error", "message": {"text": err}, "descriptor": {"id": "scan-error"}}
              for err in report["errors"]]
    return {"executionSuccessful": True, "toolExecutionNotifications": notes,
            "properties": {"filesScanned": report["files"]["scanned"], "filesSkipped": len(report["files"]["skipped"])}}


def _skip_note(skipped: Json, bases: dict[str, str]) -> Json:
    loc = {"physicalLocation": {"artifactLocation": artifact(skipped.get("repo", "."), skipped["path"], bases)}}
    return {"level": "note", "message": {"text": f"Not scanned: {skipped['path']}: {skipped['reason']}"},
            "descriptor": {"id": "file-skipped"}, "locations": [loc]}
