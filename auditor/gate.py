"""The pull-request gate, applied once after matching and before findings are grouped into integrations:
severity overrides, inline/sidecar/config suppressions, the baseline, `--diff`, and deadline-aware gates.
`exit_code` is the one place that turns a report into an exit code.

Gates (config `gates:`): for each finding the gates are read in order; each one that applies (its
`kind` matches and the as-of date is after `after` and not after `until`) may set the outcome for
`new` findings, for `existing` ones, or both (`any`), and the last one wins. Defaults: new `fail`,
existing `off`. A finding is new when no baseline entry accepts it and (with --diff) it is on a changed
line. Outcomes: `fail` fails the run when the finding is at or above the gate's `fail_on` (default the
effective --fail-on); `warn` keeps it in the report without failing; `off` accepts it: an existing one
is marked suppressed (kind `baseline`) or, off the --diff lines, dropped and counted; a new one is
marked suppressed (kind `config`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import posixpath
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor import baseline as baselines
from auditor import gitdiff, suppress
from auditor.discovery import Root, display_path
from auditor.engine import read_file
from auditor.errors import EXIT_FINDINGS, EXIT_OK
from auditor.model import JWT_KINDS, Finding, Severity
from auditor.scanners.documents import decode

OUTCOMES = ("fail", "warn", "off")


@dataclass(frozen=True)
class Gate:
    kinds: tuple[str, ...] = ("*",)
    after: dt.date | None = None
    until: dt.date | None = None
    new: str | None = None
    existing: str | None = None
    fail_on: str | None = None

    def applies(self, kind: str, as_of: dt.date) -> bool:
        kind_ok = "*" in self.kinds or kind in self.kinds or ("jwt" in self.kinds and kind in JWT_KINDS)
        return kind_ok and (self.after is None or as_of > self.after) and (self.until is None or as_of <= self.until)


@dataclass(frozen=True)
class GateOptions:
    """Everything after matching that decides what is reported and what fails (see config.py for sources)."""

    fail_on: str = "high"
    diff_ref: str | None = None
    baseline: str | None = None
    inline_ignores: bool = True
    require_reason: bool = False
    forbidden_by: str = ""
    severity: Mapping[str, str] = field(default_factory=dict)
    severity_raise_only: bool = False
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    gates: tuple[Gate, ...] = ()
    suppressions: tuple[suppress.Ignore, ...] = ()
    policy: Mapping[str, Any] | None = None
    want_keys: bool = False  # baseline create: structural keys of every finding, even with no baseline given


def parse_gates(items: Iterable[Mapping[str, Any]]) -> tuple[Gate, ...]:
    """Gates from validated config data (dates as ISO strings)."""
    out = []
    for g in items:
        kinds = (g["kind"],) if isinstance(g.get("kind"), str) else tuple(g.get("kind") or ("*",))
        date = {k: dt.date.fromisoformat(g[k]) if g.get(k) else None for k in ("after", "until")}
        out.append(Gate(kinds, date["after"], date["until"], g.get("new", g.get("any")),
                        g.get("existing", g.get("any")), g.get("fail_on")))
    return tuple(out)


def decide(gates: Sequence[Gate], kind: str, new: bool, as_of: dt.date) -> tuple[str, str | None, int | None]:
    """(outcome, fail_on of the deciding gate, index of the deciding gate or None for the default)."""
    outcome, threshold, by = ("fail" if new else "off"), None, None
    for i, g in enumerate(gates):
        if not g.applies(kind, as_of):
            continue
        chosen = g.new if new else g.existing
        if chosen is not None:
            outcome, by = chosen, i
        threshold = g.fail_on or threshold
    return outcome, threshold, by


def select_rules(rules: tuple[Any, ...], opts: GateOptions) -> tuple[Any, ...]:
    """Rules left after `disable` and (when set) the `enable` allow-list."""
    wanted = {r.upper() for r in opts.enable}
    dropped = {r.upper() for r in opts.disable}
    return tuple(r for r in rules if r.id not in dropped and (not wanted or r.id in wanted))


# ---- reading what the findings' files say ------------------------------------------------------------


class Texts:
    """File texts by (repo, rel), read at most once; None for archive members and unreadable files."""

    def __init__(self, roots: Sequence[Root], max_size: int) -> None:
        self.roots = {r.repo: r for r in roots}
        self.max_size = max_size
        self._cache: dict[tuple[str, str], str | None] = {}

    def get(self, repo: str, rel: str) -> str | None:
        key = (repo, rel)
        if key not in self._cache:
            root = self.roots.get(repo)
            data = None if root is None or "!/" in rel else read_file(os.path.join(root.path, rel), self.max_size)[0]
            self._cache[key] = decode(data)[0] if data is not None else None
        return self._cache[key]


def find_ignores(roots: Sequence[Root], texts: Texts, marked_files: set[tuple[str, str]]) -> list[suppress.Ignore]:
    """Inline and sidecar ignores of every scanned file (so unused ones show as stale).

    `marked_files` are the files the engine's prefilter pass saw holding the marker (it is one of the
    prefilter's keywords, so no file holding it is missed): only those are read again."""
    out: list[suppress.Ignore] = []
    for root in roots:
        shown = {rel for repo, rel in marked_files if repo == root.repo}  # most repos: none, no walk below
        marked = {c.rel for c in root.files if display_path(c.rel) in shown} if shown else set()
        for rel in sorted(marked):
            text = texts.get(root.repo, rel)
            if text is not None:
                out.extend(dataclasses.replace(i, repo=root.repo) for i in suppress.find_ignores(text, rel))
        for c in root.files:
            if c.rel.endswith(suppress.SIDECAR_SUFFIX) and (text := texts.get(root.repo, c.rel)) is not None:
                out.extend(dataclasses.replace(i, repo=root.repo)
                           for i in suppress.find_sidecar_ignores(text, c.rel))
    return out


def where(f: Finding) -> str:
    """The path a baseline or a config glob sees: relative to the root, or as given for a file root.

    Pre-commit passes each staged file as its own root (`src/auth.py`, path `auth.py`); keyed by the
    path as given, it matches a baseline created from the repository root."""
    if os.path.isdir(f.repo) or f.repo == ".":
        return f.path
    return posixpath.normpath(posixpath.join(posixpath.dirname(f.repo), f.path))


def keys_of(findings: Sequence[Finding], texts: Texts) -> dict[str, baselines.Key]:
    by_file: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[(f.repo, f.path)].append(f)
    keys: dict[str, baselines.Key] = {}
    for (repo, path), fs in by_file.items():
        keys.update(baselines.keys_for(fs, texts.get(repo, path), where(fs[0])))
    return keys


# ---- the pipeline -------------------------------------------------------------------------------------


def apply(findings: list[Finding], roots: Sequence[Root], opts: GateOptions, as_of: dt.date,
          max_size: int, marked: set[tuple[str, str]]) -> tuple[list[Finding], dict[str, Any]]:
    """Suppress, baseline, diff and gate `findings`; the report sections that say what happened."""
    texts = Texts(roots, max_size)
    findings = _override_severity(findings, opts)
    rules = suppress.Rules(as_of, opts.inline_ignores, opts.require_reason, opts.forbidden_by,
                           "the policy" if opts.policy and opts.policy.get("require_reason") else "config")
    ignores = find_ignores(roots, texts, marked) + list(opts.suppressions)
    # Structural keys (a config's key path per finding) cost a parse of each file with findings: only
    # baselines and key-path suppressions (`at=KEY.PATH`) need them.
    if opts.baseline or opts.want_keys or any(ig.at and not ig.at.isdigit() for ig in ignores):
        keys = keys_of(findings, texts)
        located = {fp: (k[2][4:] if k[2].startswith("key:") else None, k[1]) for fp, k in keys.items()}
    else:
        keys = {}
        located = {f.fingerprint: (None, where(f)) for f in findings}
    findings, verdicts = suppress.apply(findings, ignores, rules, located)
    meta: dict[str, Any] = {"suppressions": suppress.summary(verdicts, rules), "baseline_keys": keys}
    matched: set[str] = set()
    if opts.baseline:
        base = baselines.load(opts.baseline)
        matched, stale = baselines.compare([f for f in findings if not f.suppressed], keys, base)
        meta["baseline"] = {"file": opts.baseline, "created_as_of": base.as_of, "entries": sum(base.counts.values()),
                            "matched": len(matched), "stale": stale}
    changes = _changes(roots, opts.diff_ref) if opts.diff_ref else None
    findings, meta["gate"], dropped = _gate(findings, matched, changes, opts, as_of)
    if changes is not None:
        meta["diff"] = {"ref": opts.diff_ref, "base": {r: c.base for r, c in changes.items()},
                        "files_changed": sum(len(c.files) for c in changes.values()), "filtered_out": dropped}
    meta["suppressions"]["counts"] = _counts(findings)
    if opts.policy is not None:
        meta["policy"] = dict(opts.policy)
    return findings, meta


def _override_severity(findings: list[Finding], opts: GateOptions) -> list[Finding]:
    if not opts.severity:
        return findings
    levels = {k.upper(): Severity.parse(v) for k, v in opts.severity.items()}
    out = []
    for f in findings:
        level = levels.get(f.rule_id)
        if level is not None:
            level = max(level, f.severity) if opts.severity_raise_only else level
            f = dataclasses.replace(f, severity=level, details={**f.details, "severity_override": level.label})
        out.append(f)
    return out


def _changes(roots: Sequence[Root], ref: str) -> dict[str, gitdiff.Changes]:
    out = {}
    for root in roots:
        only = () if os.path.isdir(root.repo) else tuple(c.rel for c in root.files)
        out[root.repo] = gitdiff.changed_lines(root.path, ref, only)
    return out


def _gate(findings: list[Finding], matched: set[str], changes: Mapping[str, gitdiff.Changes] | None,
          opts: GateOptions, as_of: dt.date) -> tuple[list[Finding], dict[str, Any], int]:
    out, dropped, tally = [], 0, {"fail": 0, "warn": 0}
    base_info = {"kind": "baseline", "reason": "accepted in the baseline", "until": None, "line": None,
                 "source": opts.baseline}
    for f in findings:
        if f.suppressed:
            out.append(f)
            continue
        in_diff = changes is None or (f.repo in changes and changes[f.repo].touches(f.path, f.line, f.end_line))
        new = in_diff and f.fingerprint not in matched
        outcome, threshold, by = decide(opts.gates, f.kind, new, as_of)
        if outcome == "off" and not in_diff:
            dropped += 1
            continue
        if outcome == "off":
            info = base_info if not new else {**base_info, "kind": "config", "reason": f"gate {by} is off"}
            out.append(dataclasses.replace(f, suppressed=True, suppression={**info, "rule": f.rule_id}))
            continue
        if outcome == "fail" and f.severity < Severity.parse(threshold or _floor(opts.fail_on)):
            outcome = "pass"
        if opts.gates:
            f = dataclasses.replace(f, details={**f.details, "gate": {"outcome": outcome, "new": new, "by": by}})
        tally[outcome] = tally.get(outcome, 0) + 1
        out.append(f)
    return out, {"gates": [dataclasses.asdict(g) | _iso(g) for g in opts.gates], "fail_on": opts.fail_on,
                 "failed": tally["fail"], "warned": tally["warn"]}, dropped


def _floor(fail_on: str) -> str:
    return "critical" if fail_on == "never" else fail_on


def _iso(g: Gate) -> dict[str, Any]:
    return {"kinds": list(g.kinds), "after": g.after.isoformat() if g.after else None,
            "until": g.until.isoformat() if g.until else None}


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = {"inline": 0, "sidecar": 0, "config": 0, "baseline": 0}
    for f in findings:
        if f.suppressed and f.suppression:
            counts[f.suppression["kind"]] = counts.get(f.suppression["kind"], 0) + 1
    return counts


def exit_code(report: Mapping[str, Any], fail_on: str) -> int:
    """1 when an unsuppressed finding fails: by its gate outcome when gates are set, else at or above fail_on."""
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity.parse(fail_on)
    for f in report["findings"]:
        if f["suppressed"]:
            continue
        gate = (f.get("details") or {}).get("gate")
        if gate["outcome"] == "fail" if isinstance(gate, dict) else Severity.parse(f["severity"]) >= threshold:
            return EXIT_FINDINGS
    return EXIT_OK
