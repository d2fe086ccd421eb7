"""One report from many saved JSON reports (shards of one scan, or scans of different repos)."""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

from auditor import __version__
from auditor.engine import LOW_CONFIDENCE_CAP
from auditor.errors import ReportError
from auditor.model import OAUTH_KIND, Severity
from auditor.report import SCHEMA_VERSION, Report, summarize, validate

Named = tuple[str, Report]  # (where the report came from, for messages; the report)
# Top-level keys merge computes; any other section (gate, baseline, policy, ...) is kept when all reports agree.
COMPUTED = frozenset({"schema_version", "tool", "as_of", "cutoff", "packs", "rules", "findings", "integrations",
                      "repos", "files", "errors", "summary"})


def merge(reports: Sequence[Named], as_of: dt.date | None = None) -> Report:
    """The union of `reports`: duplicates removed, conflicts refused, ordered as `scan` orders them.

    Reports judged at different dates are refused unless `as_of` is given: then every finding is
    re-judged at `as_of` from its rule's severity schedule and its pack's timeline."""
    if not reports:
        raise ReportError("merge: give at least one report")
    if as_of is not None:
        reports = [(name, rejudge(r, as_of, name)) for name, r in reports]
    _check_dates(reports)
    first = reports[0][1]
    merged: Report = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "jwt-audit", "version": __version__},
        "as_of": first["as_of"],
        "cutoff": _agreed(reports, "cutoff"),
        "packs": _packs(reports),
        "rules": _rules(reports),
        "errors": list(dict.fromkeys(e for _, r in reports for e in r["errors"])),
    }
    union, contributing = _repos_union(reports)
    merged.update(union)
    merged["summary"] = summarize(merged)
    merged.update(_meta(contributing))
    out = normalise(merged)
    validate(out)
    return out


def normalise(report: Report) -> Report:
    """`report` with its lists in one deterministic order: the order of a scan over sorted roots."""
    out = dict(report)
    out["findings"] = sorted(report["findings"], key=finding_key)
    out["integrations"] = sorted(report["integrations"], key=lambda i: i["id"])
    out["repos"] = sorted(report["repos"], key=lambda r: r["root"])
    out["rules"] = sorted(report["rules"], key=lambda r: r["id"])
    out["files"] = {"scanned": report["files"]["scanned"],
                    "skipped": sorted(report["files"]["skipped"], key=lambda s: (s.get("repo", ""), s["path"]))}
    return out


def finding_key(f: dict[str, Any]) -> tuple[Any, ...]:
    """Identity of a finding across reports, in the order scan sorts findings."""
    return (f["repo"], f["path"], f["line"], f["column"], f["rule_id"], f["fingerprint"])


# --- re-judging at another date ------------------------------------------------------------------------


def rejudge(report: Report, as_of: dt.date, name: str = "report") -> Report:
    """A copy of `report` with every finding's severity and milestone judged at `as_of`.

    Sections merge does not compute (gate, baseline, ...) were judged at the old date and are left out."""
    out = {k: v for k, v in copy.deepcopy(report).items() if k in COMPUTED}
    rules = {r["id"]: r for r in out["rules"]}
    timelines = {p["name"]: p["timeline"] for p in out["packs"]}
    for f in out["findings"]:
        rule = rules.get(f["rule_id"])
        if rule is None or "severity_schedule" not in rule:
            raise ReportError(f"{name}: rule {f['rule_id']} has no severity schedule (report written by an older "
                              "jwt-audit); scan again to judge it at another date")
        pack = f.get("pack") or rule["pack"]
        if pack not in timelines:
            raise ReportError(f"{name}: finding of {f['rule_id']} names pack {pack!r}, which the report does not list")
        severity, milestone = judge(rule["severity_schedule"], timelines[pack], as_of, f"{name}: {f['rule_id']}")
        if f["confidence"] == "low" and f["kind"] != OAUTH_KIND:
            severity = min(severity, LOW_CONFIDENCE_CAP)
        f["severity"] = severity.label
        f["milestone"] = milestone if f["kind"] != OAUTH_KIND else None
    for repo in out["repos"]:
        repo["counts"] = _counts(f for f in out["findings"] if f["repo"] == repo["root"])
    out["as_of"] = as_of.isoformat()
    out["summary"] = summarize(out)
    return out


def judge(schedule: dict[str, Any], timeline: list[dict[str, Any]], as_of: dt.date,
          where: str) -> tuple[Severity, dict[str, Any] | None]:
    """Severity on `as_of` and the milestone that drove it (the same rule as `timeline.severity_at`)."""
    by_id = {m["id"]: m for m in timeline}
    missing = [s["milestone"] for s in schedule["steps"] if s["milestone"] not in by_id]
    if missing:
        raise ReportError(f"{where}: severity schedule names milestone {missing[0]!r}, not in its pack's timeline")
    steps = sorted(((by_id[s["milestone"]], Severity.parse(s["severity"])) for s in schedule["steps"]),
                   key=lambda p: p[0]["date"])
    passed = [(m, level) for m, level in steps if dt.date.fromisoformat(m["date"]) <= as_of]
    if passed:
        m, level = passed[-1]
        return level, _ref(m, as_of)
    if steps:
        return Severity.parse(schedule["default"]), _ref(steps[0][0], as_of)
    return Severity.parse(schedule["default"]), None


def _ref(m: dict[str, Any], as_of: dt.date) -> dict[str, Any]:
    days = (as_of - dt.date.fromisoformat(m["date"])).days
    return {"id": m["id"], "date": m["date"], "title": m["title"], "days": days}


def _counts(findings: Any) -> dict[str, int]:
    levels = [f["severity"] for f in findings if not f["suppressed"]]
    return {s.label: levels.count(s.label) for s in Severity}


# --- agreeing on what the reports share ----------------------------------------------------------------


def _check_dates(reports: Sequence[Named]) -> None:
    dates = {r["as_of"] for _, r in reports}
    if len(dates) > 1:
        listed = ", ".join(f"{name} {r['as_of']}" for name, r in reports)
        raise ReportError(f"reports judged at different dates ({listed}); pass --as-of YYYY-MM-DD to judge "
                          "them all at one date")


def _agreed(reports: Sequence[Named], key: str) -> Any:
    values = {r.get(key) for _, r in reports}
    if len(values) > 1:
        listed = ", ".join(f"{name} {r.get(key)}" for name, r in reports)
        raise ReportError(f"reports disagree on {key} ({listed}); merge reports scanned with the same --{key}")
    return values.pop()


def _packs(reports: Sequence[Named]) -> list[Report]:
    """Every pack once; one pack in two versions only when the rules both reports used are identical."""
    chosen: dict[str, tuple[str, Report]] = {}
    for name, report in reports:
        for pack in report["packs"]:
            if pack["name"] not in chosen:
                chosen[pack["name"]] = (name, pack)
                continue
            other_name, other = chosen[pack["name"]]
            if pack == other:
                continue
            _same_pack(other_name, other, name, pack, reports)
            if _version_key(pack["version"]) > _version_key(other["version"]):
                chosen[pack["name"]] = (name, pack)
    return [pack for _, pack in chosen.values()]


def _same_pack(a_name: str, a: Report, b_name: str, b: Report, reports: Sequence[Named]) -> None:
    what = f"pack {a['name']}: {a_name} has version {a['version']}, {b_name} has {b['version']}"
    if a["timeline"] != b["timeline"]:
        raise ReportError(f"{what} with a different timeline (or a different --cutoff); scan again with one version")
    rules = {n: {r["id"]: r for r in rep["rules"] if r["pack"] == a["name"]} for n, rep in reports if n in (a_name, b_name)}
    ra, rb = rules.get(a_name, {}), rules.get(b_name, {})
    differ = sorted(i for i in ra.keys() & rb.keys() if ra[i] != rb[i])
    if differ:
        raise ReportError(f"{what}, and rule {differ[0]} differs between them; scan again with one version")


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


def _rules(reports: Sequence[Named]) -> list[Report]:
    rules: dict[str, Report] = {}
    for _, report in reports:
        for rule in report["rules"]:
            rules.setdefault(rule["id"], rule)
    return list(rules.values())


def _meta(reports: Sequence[Named]) -> Report:
    """Other top-level sections (gate, baseline, policy, ...) of the reports that added repos.

    Counts are added up, anything else must be the same in every report; a section that cannot be
    combined so is left out rather than guessed."""
    keys = dict.fromkeys(k for _, r in reports for k in r if k not in COMPUTED)
    out = {}
    for key in keys:
        combined = _combine([r.get(key) for _, r in reports])
        if combined is not None:
            out[key] = combined
    return out


def _combine(values: list[Any]) -> Any:
    if any(v is None for v in values):
        return None
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return sum(values)
    if all(isinstance(v, dict) for v in values) and all(v.keys() == values[0].keys() for v in values):
        parts = {k: _combine([v[k] for v in values]) for k in values[0]}
        return None if any(p is None for p in parts.values()) else parts
    return values[0] if all(v == values[0] for v in values) else None


# --- repos and what belongs to them --------------------------------------------------------------------


def _slice(report: Report, root: str) -> Report:
    """Everything `report` says about one repo."""
    return {
        "repo": next(r for r in report["repos"] if r["root"] == root),
        "findings": sorted((f for f in report["findings"] if f["repo"] == root), key=finding_key),
        "integrations": sorted((i for i in report["integrations"] if i["repo"] == root), key=lambda i: i["id"]),
        "skipped": sorted((s for s in report["files"]["skipped"] if s.get("repo") == root), key=lambda s: s["path"]),
    }


def _repos_union(reports: Sequence[Named]) -> tuple[Report, list[Named]]:
    """Findings, integrations, repos and files of every repo once, and the reports that added a repo.

    The same repo with other results in two reports is refused."""
    seen: dict[str, tuple[str, Report]] = {}
    contributing: list[Named] = []
    for name, report in reports:
        _check_owned(name, report)
        if not report["repos"] or any(r["root"] not in seen for r in report["repos"]):
            contributing.append((name, report))
        for repo in report["repos"]:
            piece = _slice(report, repo["root"])
            if repo["root"] not in seen:
                seen[repo["root"]] = (name, piece)
            elif seen[repo["root"]][1] != piece:
                raise ReportError(f"repo {repo['root']} is in {seen[repo['root']][0]} and {name} with different "
                                  "results; merge reports of distinct repos, or compare them with `diff`")
    pieces = [piece for _, piece in seen.values()]
    findings = {finding_key(f): f for p in pieces for f in p["findings"]}
    return {
        "findings": list(findings.values()),
        "integrations": [i for p in pieces for i in p["integrations"]],
        "repos": [p["repo"] for p in pieces],
        "files": {"scanned": _scanned(contributing, pieces), "skipped": [s for p in pieces for s in p["skipped"]]
                  + _unowned_skips(reports)},
    }, contributing


def _unowned_skips(reports: Sequence[Named]) -> list[Report]:
    """Skipped files that name no repo (older reports), each once."""
    unowned = {(s["path"], s["reason"]): s for _, r in reports for s in r["files"]["skipped"] if "repo" not in s}
    return list(unowned.values())


def _check_owned(name: str, report: Report) -> None:
    """Every finding, integration and skipped file must belong to a repo the report lists."""
    roots = {r["root"] for r in report["repos"]}
    strays = ([f["repo"] for f in report["findings"]] + [i["repo"] for i in report["integrations"]]
              + [s["repo"] for s in report["files"]["skipped"] if "repo" in s])
    stray = next((r for r in strays if r not in roots), None)
    if stray is not None:
        raise ReportError(f"{name}: names repo {stray!r}, which is not in its repos list; cannot merge it")


def _scanned(reports: Sequence[Named], pieces: list[Report]) -> int:
    """Files scanned, counted once per repo when every repo says how many it had."""
    if all("files_scanned" in p["repo"] for p in pieces):
        return sum(int(p["repo"]["files_scanned"]) for p in pieces)
    return sum(int(r["files"]["scanned"]) for _, r in reports)
