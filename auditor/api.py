"""The library entry point: `scan(ScanRequest) -> ScanResult`; the CLI is a thin layer over it."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from auditor import engine, gate, integrations
from auditor.discovery import DEFAULT_MAX_SIZE, DiscoveryOptions, Root, discover
from auditor.model import JWT_KINDS, Finding, Rule, ScanResult, SkippedFile
from auditor.ruleset import RuleSet, load_rules
from auditor.timeline import with_cutoff

Progress = Callable[[int, int, str, int, int], None]  # files done/total, repo, repos done/total


@dataclass(frozen=True)
class ScanRequest:
    """Everything a scan needs; the date is an argument, never read from the clock below the CLI."""

    paths: Sequence[str]
    as_of: dt.date
    cutoff: dt.date | None = None
    rules: Sequence[Path] = ()
    packs: Sequence[str] = ()
    builtin_rules: bool = True
    jobs: int = 0
    include_vendored: bool = False
    include_docs: bool = False  # also match code examples in Markdown, reST, AsciiDoc and text documentation
    max_file_size: int = DEFAULT_MAX_SIZE
    excludes: Sequence[str] = ()
    file_budget: float = 30.0
    progress: Progress | None = field(default=None, compare=False)
    # PR gate: suppressions, baseline, --diff, severity overrides, gates, policy (auditor.gate)
    gate: gate.GateOptions = field(default_factory=gate.GateOptions)


def scan(request: ScanRequest, ruleset: RuleSet | None = None) -> ScanResult:
    """Scan every path of the request and return findings, integrations and per-repo summaries."""
    started = time.monotonic()
    # No paths is a valid, empty scan: e.g. a CI shard that got no repository of a small org.
    rs = ruleset or load_rules(request.rules, request.packs, builtin=request.builtin_rules)
    rs = dataclasses.replace(rs, rules=gate.select_rules(rs.rules, request.gate))
    packs = {p.name: with_cutoff(p, request.cutoff) for p in rs.packs}
    matcher = engine.Matcher(rs.rules, packs, request.as_of, request.max_file_size, request.file_budget,
                             include_docs=request.include_docs)
    roots = discover(request.paths, DiscoveryOptions(
        include_vendored=request.include_vendored, max_size=request.max_file_size, excludes=tuple(request.excludes),
    ))
    _skip_loaded_packs(roots, rs)
    files = sum(len(r.files) for r in roots)
    jobs = (request.jobs or os.cpu_count() or 1) if files >= engine.Workers.MIN_TASKS else 1  # few files: no pool
    tasks = [(c.repo, c.root, c.rel) for r in roots for c in r.files]
    with engine.Workers(matcher, jobs, tasks) as workers:
        run = _run(workers, roots, request)
    facts, skipped, scanned = run.facts, run.skipped, run.scanned
    findings = engine.resolve_repo_contexts(run.findings, run.signals)
    findings = _libraries_of_exempt_credentials(corroborated(findings, {r.id: r for r in rs.rules}))
    findings = _dedupe_fingerprints(findings)
    findings, meta = gate.apply(findings, roots, request.gate, request.as_of, request.max_file_size, run.marked)
    repo_files = {r.repo: [c.rel for c in r.files] for r in roots}
    grouped, ints = integrations.group(findings, facts, packs, repo_files, request.as_of)
    per_root = [(r.repo, scanned.get(r.repo, 0), sum(s.repo == r.repo and not s.member for s in skipped))
                for r in roots]
    return ScanResult(
        as_of=request.as_of, findings=tuple(sorted(grouped, key=Finding.sort_key)), integrations=tuple(ints),
        repos=tuple(integrations.repo_summaries(per_root, grouped, ints)), scanned=sum(scanned.values()),
        skipped=tuple(skipped), packs=tuple(packs.values()), rules=rs.rules, cutoff=request.cutoff,
        elapsed=time.monotonic() - started, meta=meta, errors=tuple(n for r in roots for n in r.notices),
    )


@dataclass
class _Run:
    """What the workers sent back, gathered in task order."""

    findings: list[Finding] = field(default_factory=list)
    facts: dict[tuple[str, str], integrations.FileFacts] = field(default_factory=dict)
    skipped: list[SkippedFile] = field(default_factory=list)
    scanned: dict[str, int] = field(default_factory=dict)
    marked: set[tuple[str, str]] = field(default_factory=set)  # files holding an inline-ignore comment
    signals: dict[str, set[int]] = field(default_factory=dict)  # `within: repo` contexts found, per repo


def _run(workers: engine.Workers, roots: list[Root], request: ScanRequest) -> _Run:
    sizes = [c.size for r in roots for c in r.files]
    acc = _Run(skipped=[s for r in roots for s in r.skipped])
    ends = list(itertools.accumulate(len(r.files) for r in roots))  # a repo is done when its last file is
    for r in roots:  # every file counts as scanned unless its outcome says otherwise
        acc.scanned[r.repo] = acc.scanned.get(r.repo, 0) + len(r.files)
    total = len(workers.tasks)
    for done, outcomes in workers.run(sizes):
        if request.progress is not None and done:
            request.progress(done, total, workers.tasks[done - 1][0], bisect.bisect_right(ends, done), len(roots))
        for _, out in outcomes:
            acc.findings.extend(out.findings)
            acc.skipped.extend(SkippedFile(path, reason, out.repo, member=path != out.path)
                               for path, reason in out.skipped)
            if not out.scanned:
                acc.scanned[out.repo] -= 1
            if out.facts is not None:
                acc.facts[(out.repo, out.path)] = out.facts
            if out.marked:
                acc.marked.add((out.repo, out.path))
            if out.signals:
                acc.signals.setdefault(out.repo, set()).update(out.signals)
    return acc


def _skip_loaded_packs(roots: list[Root], rs: RuleSet) -> None:
    """Rule pack files this scan loaded are listed as skipped, not matched against their own rules."""
    loaded = {os.path.realpath(p.source) for p in rs.packs}
    names = {os.path.basename(p) for p in loaded}
    for root in roots:
        top = os.path.join(os.path.realpath(root.path), "")
        if not any(p.startswith(top) for p in loaded):  # the usual case: the packs live elsewhere
            continue
        keep = []
        for c in root.files:
            if os.path.basename(c.rel) in names and os.path.realpath(c.abspath) in loaded:
                root.skipped.append(SkippedFile(c.rel, "rule pack loaded by this scan", root.repo))
            else:
                keep.append(c)
        root.files = keep


def corroborated(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """Drop matches of `corroborate` rules in repos with no other JWT-side finding of the same pack."""
    strong = {(f.repo, f.pack) for f in findings
              if f.kind in JWT_KINDS and f.confidence != "low" and not _weak(rules.get(f.rule_id))}
    return [f for f in findings if not _weak(rules.get(f.rule_id)) or (f.repo, f.pack) in strong]


def _libraries_of_exempt_credentials(findings: list[Finding]) -> list[Finding]:
    """A JWT library in a repo whose only JWT use is an exempt credential (AEM as a Cloud Service service
    credentials are exchanged with @adobe/jwt-auth) serves that credential: exempt too. A repo with any other
    JWT finding of the pack keeps the dependency as a finding."""
    exempt = {(f.repo, f.pack) for f in findings if f.kind == "exempt"}
    other = {(f.repo, f.pack) for f in findings if f.kind in JWT_KINDS and f.kind != "jwt-dependency"}
    return [engine.as_exempt(f, "exempted_by_repo")
            if f.kind == "jwt-dependency" and (f.repo, f.pack) in exempt - other else f for f in findings]


def _weak(rule: Rule | None) -> bool:
    return rule is not None and rule.match.corroborate


def _dedupe_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Identical lines in one file get distinct fingerprints by occurrence order, stable when lines move.

    Counted per repo: a repo's fingerprints must not depend on which other repos share the scan (shards)."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in sorted(findings, key=Finding.sort_key):
        n = seen.get((f.repo, f.fingerprint), 0)
        seen[(f.repo, f.fingerprint)] = n + 1
        out.append(dataclasses.replace(f, fingerprint=f"{f.fingerprint}:{n}") if n else f)
    return out
