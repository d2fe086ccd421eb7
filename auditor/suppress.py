"""Inline suppressions: `jwt-audit: ignore[RULE-ID,...] reason until=YYYY-MM-DD` in a comment.

Where an ignore applies (the exact rule, tested in tests/test_suppress.py):
- The marker must sit in a comment of the file's language (`auditor.languages` knows the tokens); in a
  file whose language is unknown, `#`, `//`, `/*`, `<!--`, `--`, `;` and `..` count as comment starts.
  JSON has no comments: use a sidecar `<file>.jwt-audit-ignore` (`find_sidecar_ignores`, kind `sidecar`).
- A trailing ignore (code before the comment on line L) covers the statement that starts on line L.
- An ignore on a comment-only line covers the statement that starts on the next line that is not a
  comment (stacked ignore comments for different rules are allowed); a blank line ends the search.
- A statement runs from its first line until round, square and curly brackets opened on it are
  closed again and the line does not end with a backslash (at most MAX_STATEMENT lines).
- A finding is covered when its first line lies in the statement, or its span contains line L (so a
  finding on the comment line itself is covered too).
- `ignore[*]` covers every rule; `until=DATE` stops the ignore from applying after DATE.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pathspec


from auditor import languages
from auditor.model import Finding

MARKER = "jwt-audit:"
SIDECAR_SUFFIX = ".jwt-audit-ignore"
MAX_STATEMENT = 50
IN_REPO = frozenset({"inline", "sidecar"})  # written in the scanned repo's files: --no-inline-ignores and the policy
FALLBACK_TOKENS = ("#", "//", "/*", "<!--", "--", ";", "..")
NO_COMMENTS = frozenset({".json", ".ipynb", ".jsonl"})
_DIRECTIVE = re.compile(r"jwt-audit:\s*ignore\[(?P<rules>[^\]]*)\](?P<rest>.*)$")
_UNTIL = re.compile(r"(?:^|\s)until=(?P<date>\S+)")
_AT = re.compile(r"(?:^|\s)(?:at|line)=(?P<at>\S+)")
_CLOSERS = ("*/", "-->", "%>", "#}")
_LINE_START_ONLY = frozenset({"* ", "*/", "rem ", "::", "'", "!", ".."})
_OPEN, _CLOSE = "([{", ")]}"


@dataclass(frozen=True)
class Ignore:
    """One suppression: which rules, which lines of which file, why, and until when."""

    rules: tuple[str, ...]
    path: str
    line: int = 0                  # line of the comment; 0 for sidecar and config entries
    first: int = 0                 # covered lines; 0..0 with `at` unset means the whole file
    last: int = 0
    reason: str = ""
    until: dt.date | None = None
    kind: str = "inline"           # inline | sidecar | config
    source: str = ""               # where it was written, `path:line`
    at: str | None = None          # config key path (sidecar/config) or `line=N` as a number string
    error: str = ""                # why it cannot be used (a malformed date, no rule)
    repo: str = ""                 # the scanned root it belongs to; "" for config entries (any root)

    def names(self, rule_id: str) -> bool:
        return "*" in self.rules or rule_id in self.rules

    def covers(self, finding: Finding, key_path: str | None = None, where: str = "") -> bool:
        """True when this ignore is about `finding` (rule and location), whatever its validity.

        `where` is the path config globs see (see gate.where); inline ignores compare the finding's path."""
        if not self.names(finding.rule_id) or (self.repo and finding.repo != self.repo):
            return False
        if self.kind == "config":
            if not _glob(self.path).match_file(where or finding.path):
                return False
        elif finding.path != self.path:
            return False
        if self.at is not None:
            return str(finding.line) == self.at if self.at.isdigit() else key_path == self.at
        if self.first == 0:
            return True
        return self.first <= finding.line <= self.last or finding.line <= self.line <= finding.end_line

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "line": self.line or None, "rules": list(self.rules),
                "reason": self.reason or None, "until": self.until.isoformat() if self.until else None,
                "source": self.source, "at": self.at}


@dataclass(frozen=True)
class Verdict:
    """How an ignore fared: applied to some findings, stale, expired or rejected (with why)."""

    ignore: Ignore
    status: str                    # used | stale | expired | rejected
    findings: int = 0
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = self.ignore.to_dict() | {"findings": self.findings}
        return out | ({"why": self.why} if self.why else {})


@dataclass(frozen=True)
class Rules:
    """What may suppress: the knobs set by --no-inline-ignores, the config and the org policy."""

    as_of: dt.date
    inline: bool = True
    require_reason: bool = False
    forbidden_by: str = ""         # non-empty: inline ignores are forbidden, by this (e.g. the policy file)
    reason_required_by: str = field(default="config")


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> pathspec.GitIgnoreSpec:
    from auditor.discovery import gitignore_spec

    return gitignore_spec([pattern])


def from_config(entries: Sequence[dict[str, Any]], source: str) -> list[Ignore]:
    """Ignores from a config `suppressions` list (path globs, optional key path or line)."""
    out = []
    for i, e in enumerate(entries):
        rules = (e["rule"],) if isinstance(e["rule"], str) else tuple(e["rule"])
        at = e.get("at") or (str(e["line"]) if e.get("line") else None)
        until = dt.date.fromisoformat(e["until"]) if e.get("until") else None
        out.append(Ignore(tuple(r.upper() if r != "*" else r for r in rules), e["path"], reason=e.get("reason", ""),
                          until=until, kind="config", source=f"{source} suppressions[{i}]", at=at))
    return out


def comment_tokens(path: str) -> tuple[str, ...]:
    ext = posixpath.splitext(path.rsplit("!/", 1)[-1].lower())[1]
    if ext in NO_COMMENTS:
        return ()
    return languages.comment_tokens(path) or FALLBACK_TOKENS


def find_ignores(text: str, path: str) -> list[Ignore]:
    """Every inline ignore in `text` (a file at `path`), with the lines each one covers."""
    if MARKER not in text:
        return []
    tokens = comment_tokens(path)
    if not tokens:
        return []
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines, 1):
        if MARKER not in line:
            continue
        start = _comment_start(line, tokens)
        m = _DIRECTIVE.search(line, start) if start >= 0 else None
        if m is None:
            continue
        own_line = not line[:start].strip()
        first = _next_code_line(lines, i, tokens) if own_line else i
        last = _statement_end(lines, first) if first else 0
        out.append(_parse(m, path, i, first or i, last or i, f"{path}:{i}"))
    return out


def find_sidecar_ignores(text: str, sidecar: str) -> list[Ignore]:
    """Ignores in a sidecar `<file>.jwt-audit-ignore`, one `ignore[...] [at=KEY.PATH|line=N] reason` a line."""
    target = sidecar[: -len(SIDECAR_SUFFIX)]
    out = []
    for i, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _DIRECTIVE.search(stripped if stripped.startswith(MARKER) else f"{MARKER} {stripped}")
        if m is None:
            out.append(Ignore((), target, i, source=f"{sidecar}:{i}", error="not an `ignore[RULE-ID] reason` line"))
            continue
        out.append(dataclasses.replace(_parse(m, target, 0, 0, 0, f"{sidecar}:{i}", allow_at=True), kind="sidecar"))
    return out


def _parse(m: re.Match[str], path: str, line: int, first: int, last: int, source: str,
           allow_at: bool = False) -> Ignore:
    rules = tuple(r.strip().upper() if r.strip() != "*" else "*" for r in m.group("rules").split(",") if r.strip())
    rest = m.group("rest")
    for closer in _CLOSERS:
        rest = rest.replace(closer, " ")
    until, error = None, "" if rules else "no rule id between the brackets"
    um = _UNTIL.search(rest)
    if um is not None:
        rest = rest[: um.start()] + " " + rest[um.end():]
        try:
            until = dt.date.fromisoformat(um.group("date"))
        except ValueError:
            error = f"until={um.group('date')} is not a date as YYYY-MM-DD"
    at = None
    am = _AT.search(rest) if allow_at else None
    if am is not None:
        rest = rest[: am.start()] + " " + rest[am.end():]
        at = am.group("at")
    reason = " ".join(rest.split()).strip(" -:—")
    return Ignore(rules, path, line, first, last, reason, until, "inline", source, at, error)


def _comment_start(line: str, tokens: Sequence[str]) -> int:
    """Offset of the comment that holds the marker: the line's own comment, or a trailing one outside strings."""
    lead = len(line) - len(line.lstrip())
    if _is_comment_line(line, tokens):
        return lead
    inline = [t for t in tokens if t not in _LINE_START_ONLY]
    marker = line.find(MARKER)
    quote = ""
    i = 0
    while i < marker:
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'`":
            quote = ch
        elif any(line.startswith(t, i) for t in inline):
            return i
        i += 1
    return -1


def _is_comment_line(line: str, tokens: Sequence[str]) -> bool:
    s = line.lstrip().lower()
    return bool(s) and any(s.startswith(t) or s == t.rstrip() for t in tokens)


def _next_code_line(lines: list[str], i: int, tokens: Sequence[str]) -> int:
    """1-based number of the first code line after comment line `i`; 0 when a blank line or EOF comes first."""
    for j in range(i, len(lines)):
        if not lines[j].strip():
            return 0
        if not _is_comment_line(lines[j], tokens):
            return j + 1
    return 0


def _statement_end(lines: list[str], first: int) -> int:
    """Last line of the statement starting at `first`: brackets balanced, no trailing backslash."""
    depth = 0
    last = min(len(lines), first + MAX_STATEMENT - 1)
    for n in range(first, last + 1):
        text = _strip_strings(lines[n - 1])
        depth += sum(text.count(c) for c in _OPEN) - sum(text.count(c) for c in _CLOSE)
        if depth <= 0 and not lines[n - 1].rstrip().endswith("\\"):
            return n
    return last


def _strip_strings(line: str) -> str:
    return re.sub(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'", '""', line)


def judge(ig: Ignore, rules: Rules) -> str:
    """Why `ig` may not suppress anything (empty when it may)."""
    if ig.error:
        return ig.error
    if ig.kind in IN_REPO and rules.forbidden_by:
        return f"inline ignores are forbidden by {rules.forbidden_by}"
    if ig.kind in IN_REPO and not rules.inline:
        return "inline ignores are turned off (--no-inline-ignores or config inline_ignores: false)"
    if rules.require_reason and not ig.reason:
        return f"a reason is required (require_reason in {rules.reason_required_by})"
    return ""


def apply(findings: Iterable[Finding], ignores: Sequence[Ignore], rules: Rules,
          located: dict[str, tuple[str | None, str]] | None = None) -> tuple[list[Finding], list[Verdict]]:
    """Mark findings covered by a usable, unexpired ignore as suppressed; one verdict per ignore.

    `located` maps a fingerprint to the finding's key path (configs) and the path config globs see."""
    located = located or {}
    problems = [judge(ig, rules) for ig in ignores]
    counts = [0] * len(ignores)
    out = []
    for f in findings:
        hit = None
        if not f.suppressed:
            hit = next((k for k, ig in enumerate(ignores) if not problems[k] and _live(ig, rules.as_of)
                        and ig.covers(f, *located.get(f.fingerprint, (None, "")))), None)
        if hit is None:
            out.append(f)
            continue
        counts[hit] += 1
        out.append(suppressed(f, ignores[hit]))
    return out, [_verdict(ig, problems[k], counts[k], rules.as_of) for k, ig in enumerate(ignores)]


def suppressed(f: Finding, ig: Ignore) -> Finding:
    info = {"kind": ig.kind, "rule": "*" if "*" in ig.rules else f.rule_id, "reason": ig.reason or None,
            "until": ig.until.isoformat() if ig.until else None, "line": ig.line or None, "source": ig.source}
    return dataclasses.replace(f, suppressed=True, suppression=info)


def _live(ig: Ignore, as_of: dt.date) -> bool:
    return ig.until is None or as_of <= ig.until


def _verdict(ig: Ignore, problem: str, count: int, as_of: dt.date) -> Verdict:
    if problem:
        return Verdict(ig, "rejected", 0, problem)
    if not _live(ig, as_of):
        return Verdict(ig, "expired", 0, f"expired on {ig.until}")
    return Verdict(ig, "used" if count else "stale", count)


def summary(verdicts: Sequence[Verdict], rules: Rules) -> dict[str, Any]:
    """The report's `suppressions` section: every ignore listed, by status."""
    by: dict[str, list[dict[str, Any]]] = {"used": [], "stale": [], "expired": [], "rejected": []}
    for v in sorted(verdicts, key=lambda v: (v.ignore.path, v.ignore.line, v.ignore.source)):
        by[v.status].append(v.to_dict())
    return {"inline_ignores": rules.inline and not rules.forbidden_by, "require_reason": rules.require_reason,
            **by}
