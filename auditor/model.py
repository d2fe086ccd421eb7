"""Frozen dataclasses shared by every layer: rules, findings, integrations, the scan result."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """Severity levels, lowest first."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.strip().upper()]

    @property
    def label(self) -> str:
        return self.name.lower()


SEVERITY_NAMES = [s.label for s in Severity]
CONFIDENCES = ("low", "medium", "high")

# Kinds of finding on the JWT side of a migration; oauth-s2s is the replacement, exempt is neither.
JWT_KINDS = frozenset({"deprecated-jwt", "jwt-config", "jwt-dependency", "key-material"})
OAUTH_KIND = "oauth-s2s"


@dataclass(frozen=True)
class Milestone:
    """A dated step of a pack's deprecation timeline."""

    id: str
    date: dt.date
    title: str
    source: str = ""
    note: str = ""
    primary: bool = False
    hard_stop: bool = False


@dataclass(frozen=True)
class ScheduleStep:
    """From `milestone` on, findings of the rule have `severity`."""

    milestone: str
    severity: Severity


@dataclass(frozen=True)
class Remediation:
    summary: str
    steps: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


_UNKNOWN = False  # anchors not computed yet (they are None or a non-empty tuple)


class LazyRegex:
    """A regex compiled on first use: a scan that never reaches a rule never pays for compiling it, and a
    cached rule pack loads without recompiling every pattern. Its anchors (auditor/anchors.py), computed
    once, travel with it: pickled into the pack cache and to worker processes."""

    __slots__ = ("pattern", "flags", "_compiled", "_anchors", "_code")

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern[str] | None = None,
                 anchors: tuple[tuple[str, int, int | None], ...] | None | bool = _UNKNOWN) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled = compiled
        self._anchors: Any = anchors  # known already when the caller built the pattern from literals
        self._code: bytes | None = None  # its compiled code, cached with the pack (auditor/recode.py)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self._code is not None:
                from auditor.recode import compile_code

                self._compiled = compile_code(self._code)
                self._code = None
            if self._compiled is None:
                self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def keep_code(self) -> None:
        """Translate the pattern now, so that pickling keeps its code (for a cached rule pack)."""
        if self._code is None:
            from auditor.recode import code_of

            self._code = code_of(self.pattern, self.flags)

    @property
    def anchors(self) -> tuple[tuple[str, int, int | None], ...] | None:
        """Literals every match holds, with their offsets from its start; None if none was proven."""
        if self._anchors is _UNKNOWN:
            from auditor.anchors import anchors

            self._anchors = anchors(self.pattern, self.flags)
        return self._anchors

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def __getstate__(self) -> tuple[str, int, Any, bytes | None]:
        return (self.pattern, self.flags, self._anchors, self._code)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.pattern, self.flags = state[0], state[1]
        self._anchors = state[2] if len(state) > 2 else _UNKNOWN
        self._code = state[3] if len(state) > 3 else None
        self._compiled = None

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"


@dataclass(frozen=True)
class Context:
    """A regex that must (or must not) match within `within` lines (None: anywhere in the file; with `repo`,
    anywhere in the file or, failing that, in another file of the same repository)."""

    regex: LazyRegex
    within: int | None = None
    exempt: bool = False  # an `unless` that turns the match into an exempt finding instead of dropping it
    repo: bool = False  # `within: repo` (a `context` only): a setting defined in one file, used in another


@dataclass(frozen=True)
class Match:
    keywords: tuple[str, ...]
    regex: LazyRegex
    files: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    context: tuple[Context, ...] = ()
    # The regexes pathspec translates `files` and `exclude` to (None: the globs alone decide; see
    # discovery.glob_regexes): a cached pack matches paths without importing pathspec.
    files_rx: tuple[LazyRegex, ...] | None = None
    exclude_rx: tuple[LazyRegex, ...] | None = None
    unless: tuple[Context, ...] = ()
    per_file: bool = False
    corroborate: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    title: str
    description: str
    pack: str
    kind: str
    confidence: str
    match: Match
    base_severity: Severity
    schedule: tuple[ScheduleStep, ...]
    remediation: Remediation
    tags: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    message: str = ""


@dataclass(frozen=True)
class Pack:
    name: str
    version: str
    title: str
    description: str
    timeline: tuple[Milestone, ...]
    references: tuple[str, ...] = ()
    remediation: Remediation | None = None
    id_patterns: tuple[LazyRegex, ...] = ()
    api_map: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (metascope, api, oauth scopes)
    source: str = ""
    migration_steps: tuple[str, ...] = ()
    snippets: tuple[tuple[str, str], ...] = ()  # (language, code)
    unknown_scope_note: str = ""
    opt_in: bool = False  # loaded only when asked for by name

    def milestone(self, mid: str) -> Milestone:
        for m in self.timeline:
            if m.id == mid:
                return m
        raise KeyError(mid)

    @property
    def primary(self) -> Milestone | None:
        return next((m for m in self.timeline if m.primary), None)

    @property
    def hard_stop(self) -> Milestone | None:
        return next((m for m in self.timeline if m.hard_stop), None)


@dataclass(frozen=True)
class MilestoneRef:
    """The milestone that set a finding's severity, and how far the as-of date is from it."""

    id: str
    date: str
    title: str
    days: int  # positive: days since; negative: days until the next step


@dataclass(frozen=True)
class Finding:
    rule_id: str
    pack: str
    kind: str
    severity: Severity
    confidence: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    snippet: str
    fingerprint: str
    repo: str = "."
    integration: str = ""
    suppressed: bool = False
    suppression: dict[str, Any] | None = None
    milestone: MilestoneRef | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple[str, str, int, int, str]:
        return (self.repo, self.path, self.line, self.column, self.rule_id)


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str
    repo: str = "."
    member: bool = False  # a part of a scanned file (an archive member): detail, not a file of its own


@dataclass(frozen=True)
class Integration:
    id: str
    repo: str
    status: str  # not-started | in-progress | migrated
    label: str
    apis: tuple[str, ...]
    scopes: tuple[str, ...]
    unknown_scopes: tuple[str, ...]
    files: tuple[str, ...]
    deadline: str | None
    deadline_reason: str
    jwt_findings: int
    oauth_findings: int
    languages: tuple[str, ...] = ()
    certificates: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class RepoSummary:
    root: str
    status: str  # not-started | in-progress | migrated | clean
    counts: dict[str, int]
    integrations: int
    files_scanned: int
    files_skipped: int
    nearest_deadline: str | None


@dataclass(frozen=True)
class ScanResult:
    as_of: dt.date
    findings: tuple[Finding, ...]
    integrations: tuple[Integration, ...]
    repos: tuple[RepoSummary, ...]
    scanned: int
    skipped: tuple[SkippedFile, ...]
    packs: tuple[Pack, ...]
    rules: tuple[Rule, ...]
    errors: tuple[str, ...] = ()
    cutoff: dt.date | None = None
    elapsed: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def active(self) -> tuple[Finding, ...]:
        """Findings that count: not suppressed."""
        return tuple(f for f in self.findings if not f.suppressed)
