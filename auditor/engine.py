"""Drive the scanners over files (in parallel) and apply the rules: bytes in, located findings out."""
from __future__ import annotations

import bisect
import contextlib
import dataclasses
import hashlib
import itertools
import os
import pickle
import re
import signal
import stat
import struct
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor import anchors, languages, regexguard, suppress
from auditor.discovery import display_path, globs_match, stat_reason
from auditor.integrations import FileFacts
from auditor.model import Context, Finding, LazyRegex, Pack, Rule, Severity
from auditor.redact import redact, redact_window
from auditor.scanners import keys
from auditor.scanners.documents import UTF16_BOMS, ZIP_MAGIC, Document, decode, expand, is_zip, utf16_codec
from auditor.timeline import severity_at

IGNORE_MARKER = suppress.MARKER.lower()  # the prefilter keeps keywords lower-case
O_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
SNIPPET_WIDTH = 160
READ_BUFFER = 256 * 1024  # files up to this size are read into one reused buffer; bigger ones by read_file
LOW_CONFIDENCE_CAP = Severity.LOW


@dataclass(frozen=True)
class FileOutcome:
    """What scanning one file produced: findings, or the reason it (or a part of it) was not scanned."""

    repo: str
    path: str
    findings: tuple[Finding, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    scanned: bool = True
    facts: FileFacts | None = None
    marked: bool = False  # holds a `jwt-audit:` ignore comment
    signals: frozenset[int] = frozenset()  # the `within: repo` contexts (Matcher.repo_contexts) this file holds


@dataclass
class Matcher:
    """Compiled rules plus the prefilter; built once and shipped to each worker process."""

    rules: tuple[Rule, ...]
    packs: dict[str, Pack]
    as_of: Any
    max_size: int
    file_budget: float = 30.0
    include_docs: bool = False  # match code examples in Markdown, reST, AsciiDoc and README-like files (--docs)
    _prefilter: Any = None
    _regexes: list[LazyRegex] = field(default_factory=list)  # every regex a file may need (`warm`)
    _literals: Any = None
    _buffer: bytearray | None = None  # each process reads into its own (made on first use, after the fork)
    _folder: _Folder = field(default_factory=lambda: _Folder())
    repo_contexts: list[Context] = field(default_factory=list)  # distinct `within: repo` contexts, by id
    _repo_ids: dict[tuple[str, int], int] = field(default_factory=dict)
    _by_keyword: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from auditor.prefilter import Prefilter

        for i, rule in enumerate(self.rules):
            for kw in rule.match.keywords:
                self._by_keyword.setdefault(kw, []).append(i)
        # The inline-ignore marker rides along in the same pass: the gate then reads only marked files.
        self._prefilter = Prefilter([*self._by_keyword, IGNORE_MARKER], starts=(ZIP_MAGIC, *UTF16_BOMS))
        self._severity = {r.id: severity_at(r, self.packs[r.pack], self.as_of) for r in self.rules}
        self._metascopes = {name: _metascope_regex(p) for name, p in self.packs.items() if p.api_map}
        # Regexes run over a whole text (anchored: anchors.py), and those only searched in a few lines' window.
        whole = [rx for r in self.rules for rx in (r.match.regex, *(c.regex for c in (*r.match.context, *r.match.unless)
                                                                     if c.within is None))]
        whole += [rx for p in self.packs.values() for rx in p.id_patterns] + list(self._metascopes.values())
        windowed = [c.regex for r in self.rules for c in (*r.match.context, *r.match.unless) if c.within is not None]
        globs = [rx for r in self.rules for rx in (*(r.match.files_rx or ()), *(r.match.exclude_rx or ()))]
        self._regexes = whole + windowed + globs
        self._literals = Prefilter([lit for rx in whole for lit, _, _ in rx.anchors or ()])  # anchors.py
        repo_contexts = {(c.regex.pattern, c.regex.flags): c for r in self.rules for c in r.match.context if c.repo}
        self.repo_contexts = [repo_contexts[k] for k in sorted(repo_contexts)]
        self._repo_ids = {k: i for i, k in enumerate(sorted(repo_contexts))}

    def warm(self) -> None:
        """Compile (or load) the Hyperscan databases and the regexes now: before a fork, so workers share them.
        A cached pack holds its regexes' compiled code (auditor/recode.py): ~1 ms for all of them."""
        for rx in self._regexes:
            _ = rx.compiled
        self._prefilter.hits(b"")
        self._prefilter.needs_scan(b"")
        self._literals.hits(b"")
        self._literals.positions("", 0)

    def facts(self, repo: str, rel: str, docs: Sequence[Document], findings: Sequence[Finding],
              indexes: Mapping[int, _LineIndex] | None = None) -> FileFacts:
        """Client ids and metascopes in a file that has findings, for grouping into integrations."""
        ids: list[tuple[str, str]] = []
        scopes: list[tuple[str, str]] = []
        for name in sorted({f.pack for f in findings}):
            pack = self.packs[name]
            for doc in docs:
                index = _LineIndex(_near_findings(doc, findings, (indexes or {}).get(id(doc))), self._literals)
                ids.extend((name, m.group("id")) for rx in pack.id_patterns for m in _finditer(rx, index))
                if name in self._metascopes:
                    scopes.extend((name, m.group(1)) for m in _finditer(self._metascopes[name], index))
        return FileFacts(repo, rel, tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(scopes)))

    def rules_for(self, hits: frozenset[str], path: str) -> list[Rule]:
        idx = sorted({i for kw in hits for i in self._by_keyword.get(kw, ())})
        target = path.rsplit("!/", 1)[-1]
        return [self.rules[i] for i in idx if self._applies(self.rules[i], target)]

    def _applies(self, rule: Rule, path: str) -> bool:
        m = rule.match
        if m.files and not globs_match(m.files, m.files_rx, path):
            return False
        return not (m.exclude and globs_match(m.exclude, m.exclude_rx, path))

    def scan_one(self, repo: str, root: str, rel: str) -> FileOutcome | None:
        """`scan_path`, with None for a file scanned with nothing to report. The common case (a readable text
        file holding no rule keyword) is one open, one read into a reused buffer and one prefilter pass;
        anything else (a file too big for the buffer, a symlink, an error) takes the careful path."""
        buf = self._buffer
        if buf is None:
            buf = self._buffer = bytearray(min(READ_BUFFER, self.max_size + 1))
        folder = self._folder
        try:
            # O_NOFOLLOW: a symlink fails here, and is explained below. Relative to the root's open folder: no
            # path to join, and the kernel does not walk the root's own path again for each file.
            if root == folder.root and folder.fd >= 0:
                fd = os.open(rel, O_FLAGS, dir_fd=folder.fd)  # rel is relative: listed under the root
            else:
                fd = folder.open(root, rel)
        except OSError:
            return _interesting(self.scan_path(repo, root, rel))
        try:
            n = os.readv(fd, (buf,))  # a directory (a submodule) or a FIFO (O_NONBLOCK) fails here
        except OSError:
            n = -1
        finally:
            os.close(fd)
        if n <= 0 or n == len(buf):
            # Unreadable, empty, or bigger than the buffer: the careful path stats the file. So does anything that
            # is not a regular file: a directory fails to read, a FIFO (opened non-blocking) or /dev/null reads
            # nothing, /dev/zero fills the buffer. Only a FIFO whose writer is already writing is read as text.
            return _interesting(self.scan_path(repo, root, rel))
        if self._prefilter.needs_scan(memoryview(buf)[:n]) or (
                rel.endswith(_YAML_ENDINGS) and _maybe_secret_yaml(rel, buf, n)):
            return _interesting(self._scan_data(repo, display_path(rel), bytes(buf[:n])))
        return None

    def scan_path(self, repo: str, root: str, rel: str) -> FileOutcome:
        """Read one file and match every applicable rule; never raises on a bad file."""
        path, shown = os.path.join(root, rel), display_path(rel)  # reports show non-UTF-8 bytes escaped
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return FileOutcome(repo, shown, skipped=((shown, "vanished during the scan"),), scanned=False)
        except OSError as exc:
            return FileOutcome(repo, shown, skipped=((shown, f"cannot read: {exc.strerror or exc}"),), scanned=False)
        reason = stat_reason(root, rel, st, self.max_size)
        if reason:
            return FileOutcome(repo, shown, skipped=((shown, reason),), scanned=False)
        rel = shown
        data, reason = read_file(path, self.max_size)
        if data is None:
            return FileOutcome(repo, rel, skipped=((rel, reason),), scanned=False)
        return self._scan_data(repo, rel, data)

    def _scan_data(self, repo: str, rel: str, data: bytes) -> FileOutcome:
        try:
            return self.scan_bytes(repo, rel, data)
        except regexguard.RegexTimeout:
            reason = f"timed out after {self.file_budget:g} s"
        except RecursionError:
            reason = "too deeply nested to scan"
        except Exception as exc:  # noqa: BLE001 - the per-file boundary: one bad file never ends the scan
            reason = f"internal error while scanning ({type(exc).__name__}); please report it"  # no message: it may quote the file
        return FileOutcome(repo, rel, skipped=((rel, reason),), scanned=False)

    def scan_bytes(self, repo: str, rel: str, data: bytes) -> FileOutcome:
        deadline = time.monotonic() + self.file_budget
        docs, skipped = self._documents(rel, data)
        if docs is None:
            return FileOutcome(repo, rel, skipped=tuple(skipped), scanned=False)
        marked = any(IGNORE_MARKER in hits for _, hits in docs)
        docs = [(d, h) for d, h in docs if len(h) > (IGNORE_MARKER in h)]
        if not docs:  # the prefilter found no rule keyword: nothing to match, no timer to arm
            return FileOutcome(repo, rel, skipped=tuple(skipped), marked=marked)
        with regexguard.deadline(self.file_budget):  # interrupts even one slow regex match
            out = self._match_documents(repo, rel, docs, skipped, deadline)
        return dataclasses.replace(out, marked=marked) if marked else out

    def _match_documents(self, repo: str, rel: str, docs: list[tuple[Document, frozenset[str]]],
                         skipped: list[tuple[str, str]], deadline: float) -> FileOutcome:
        findings: list[Finding] = []
        signals: set[int] = set()
        indexes: dict[int, _LineIndex] = {}
        for doc, hits in docs:
            if not self.include_docs and languages.is_prose_markup(doc.path):
                continue  # documentation describes usages, it is not one (--docs matches its code examples)
            found: list[Finding] = []
            index = indexes[id(doc)] = _LineIndex(doc.text, self._literals, doc.around)
            for rule in self.rules_for(hits, doc.path):
                found.extend(self._match(rule, doc, repo, index))
                if time.monotonic() > deadline:
                    return FileOutcome(repo, rel, skipped=((rel, f"timed out after {self.file_budget:g} s"),),
                                       scanned=False)
            findings.extend(_exempted(found))
            if self.repo_contexts and not languages.is_documentation(doc.path):  # prose defines nothing
                signals.update(i for i, c in enumerate(self.repo_contexts) if _context_hit(c, doc.text, index, 0))
        findings.sort(key=Finding.sort_key)
        facts = self.facts(repo, rel, [d for d, _ in docs], findings, indexes) if findings else None
        return FileOutcome(repo, rel, tuple(findings), tuple(skipped), facts=facts, signals=frozenset(signals))

    def _documents(self, rel: str, data: bytes) -> tuple[list[tuple[Document, frozenset[str]]] | None, list[tuple[str, str]]]:
        """Documents worth matching, with their keyword hits; None when the file was not scanned at all."""
        head = data[:8192]
        special = is_zip(rel, data) or utf16_codec(head) is not None or _maybe_secret_yaml(rel, data)
        if not special:
            if b"\0" in head:  # not UTF-16 (that was special): NUL bytes mean binary
                return None, [(rel, "binary file")]
            hits = self._prefilter.hits(data)
            if not hits:
                return [], []
            text, enc = decode(data)
            if rel[-6:].lower() == ".ipynb":
                text = languages.notebook_view(text)
            return [(Document(rel, text, enc), hits)], []
        exp = expand(rel, data)
        if not exp.documents and exp.skipped and exp.skipped[0][0] == rel:
            return None, exp.skipped
        docs = [(d, self._prefilter.hits_text(d.text)) for d in exp.documents]
        return [(d, h) for d, h in docs if h], exp.skipped

    def _match(self, rule: Rule, doc: Document, repo: str, index: _LineIndex) -> Iterator[Finding]:
        """One finding per rule and line: the first match on it that its context allows."""
        pending = _file_contexts(rule, doc.text, index)  # decided once per file, before any regex runs
        if pending is None:
            return
        elsewhere = tuple(self._repo_ids[(c.regex.pattern, c.regex.flags)] for c in pending)
        done: set[int] = set()
        for m in _finditer(rule.match.regex, index):
            line = index.line_of(m.start())
            if line in done or not _contexts_ok(rule, doc.text, index, line) or _prose(doc, index, line):
                continue
            done.add(line)
            finding = self._finding(rule, doc, repo, index, m, line)
            if any(_context_hit(c, doc.text, index, line) for c in rule.match.unless if c.exempt):
                finding = as_exempt(finding, "exempted_by_context")
            if elsewhere:  # kept only if another file of the repository holds these contexts
                finding = dataclasses.replace(finding, details={**finding.details, PENDING: elsewhere})
            yield finding
            if rule.match.per_file:
                return

    def _finding(self, rule: Rule, doc: Document, repo: str, index: _LineIndex, m: re.Match[str], line: int) -> Finding:
        col = m.start() - index.start_of(line) + 1
        end_line = index.line_of(max(m.end() - 1, m.start()))
        text = index.line_text(line)
        severity, milestone = self._severity[rule.id]
        head = text[:len(text) - len(text.lstrip()) + 64] if text[:1].isspace() else text[:64]  # no 100 MB copy
        confidence, details = _confidence(rule, doc, head, col)
        if confidence == "low" and rule.kind != "oauth-s2s":
            severity = min(severity, LOW_CONFIDENCE_CAP)
        details.update(keys.details_for(rule, doc.text, m.start()))
        kind = rule.kind
        if kind == "key-material" and (doc.anchor_line is not None or text[:col - 1].strip()):
            kind = "jwt-config"  # a key inside a config value (`"value": "-----BEGIN`, a Secret's data) is setting data
            details["inline_key"] = True
        if kind == "jwt-config" and details.get("commented"):
            kind = "deprecated-jwt"  # a commented-out JWT setting is left-over JWT code, not live configuration
        if doc.anchor_line is not None:
            details["decoded_from"] = doc.origin
            line, end_line, col = doc.anchor_line, doc.anchor_line, 1
        snippet = _snippet(text, col if doc.anchor_line is None else 1)
        return Finding(
            rule_id=rule.id, pack=rule.pack, kind=kind, severity=severity, confidence=confidence,
            message=_message(rule, m.group(0)), path=doc.path, line=line, column=col, end_line=end_line,
            snippet=snippet, fingerprint=_fingerprint(rule.id, doc.path, m.group(0), text), repo=repo,
            milestone=milestone if rule.kind != "oauth-s2s" else None, details=details,
        )


FAR_LINES = 256  # a line this far from every known one is looked up in a full list of line starts
FACTS_WHOLE_FILE = 32 * 1024
FACTS_WINDOW = 40


def _metascope_regex(pack: Pack) -> LazyRegex:
    """Any of a pack's metascope names as a word. Its anchors are the names themselves (a match is one of
    them), set here rather than analysed: the pattern is built at every start."""
    names = [ms for ms, _, _ in pack.api_map]
    known = all(ms.isascii() and len(ms) >= anchors.MIN_LITERAL for ms in names)
    return LazyRegex(r"(?<![\w])(" + "|".join(re.escape(ms) for ms in names) + r")(?![\w])",
                     anchors=tuple(dict.fromkeys((ms.lower(), 0, 0) for ms in names)) if known else False)


def _near_findings(doc: Document, findings: Sequence[Finding], index: _LineIndex | None = None) -> str:
    """The text to read client ids and metascopes from: the whole file, or for big files (lock files, bundles)
    only the lines around its findings, which is where an integration's own settings sit. `index`: the one the
    matching used, which knows where the findings' lines start."""
    if len(doc.text) <= FACTS_WHOLE_FILE:
        return doc.text
    index = index or _LineIndex(doc.text)
    lines = sorted({f.line for f in findings if f.path == doc.path})
    return "\n".join(index.window(n, FACTS_WINDOW) for n in lines)


def _exempted(found: list[Finding]) -> list[Finding]:
    """Where an `exempt` rule matched (e.g. credentials that are not deprecated), the file's other findings of
    that pack describe the exempt integration too: reported as exempt, at info, never failing a gate."""
    packs = {f.pack for f in found if f.kind == "exempt"}
    if packs:
        found = [as_exempt(f, "exempted_by_file") if f.pack in packs and f.kind != "exempt" else f for f in found]
    # A line an exempt rule already describes needs no second, converted finding.
    native = {(f.line, f.pack) for f in found if f.kind == "exempt" and not _converted(f)}
    return [f for f in found if not (_converted(f) and (f.line, f.pack) in native)]


def _converted(f: Finding) -> bool:
    return bool(f.details.get("exempted_by_context") or f.details.get("exempted_by_file"))


def as_exempt(f: Finding, why: str) -> Finding:
    """The finding reported as exempt: info, no milestone, with the reason in its details."""
    return dataclasses.replace(f, kind="exempt", severity=Severity.INFO, milestone=None, details={**f.details, why: True})


_YAML_ENDINGS = ("l", "L")  # a cheap first look: every .yaml and .yml name ends so


def _maybe_secret_yaml(rel: str, data: bytes | bytearray, end: int | None = None) -> bool:
    """A Kubernetes Secret may hold base64 data: decoded and scanned, even when its raw bytes hit no keyword."""
    end = len(data) if end is None else end
    return rel[-5:].lower().endswith((".yaml", ".yml")) and data.find(b"Secret", 0, end) >= 0 and (
        data.find(b"data:", 0, end) >= 0)


class _Folder:
    """The open folder of the root being scanned, which files are opened relative to (where `os.open` takes
    `dir_fd`; elsewhere a joined path). Reopened when the root changes, closed with the matcher."""

    __slots__ = ("fd", "root")

    def __init__(self) -> None:
        self.root: str | None = None
        self.fd = -1

    def open(self, root: str, rel: str) -> int:
        if root != self.root:
            self.close()
            if os.open in os.supports_dir_fd:
                try:
                    self.fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
                except OSError:
                    self.fd = -1
            self.root = root
        if self.fd < 0 or rel.startswith("/"):
            return os.open(os.path.join(root, rel), O_FLAGS)
        return os.open(rel, O_FLAGS, dir_fd=self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
        self.fd, self.root = -1, None

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            self.close()

    def __reduce__(self) -> tuple[type[_Folder], tuple[()]]:  # a process it is sent to opens its own
        return (_Folder, ())


class _LineIndex:
    """Offset <-> line of a text, from the line starts found so far (checkpoints, each where a match was): a
    lookup counts the newlines from the nearest one, in C. A 6.8 MB lock file with a match at its end no longer
    has all its 250,000 line starts listed (28 ms); the matches' own lines are all that is kept."""

    def __init__(self, text: str, literals: Any = None, around: str = "") -> None:
        self.text = text
        self.around = around  # Document.around: where file-level contexts of a decoded value are also looked for
        self._literals = literals  # a Prefilter of the rules' anchor literals
        self._occurrences: Any = False  # not looked for yet
        self.code_lines: frozenset[int] | None = None  # of a documentation file, once asked for
        self.prose_lines: frozenset[int] | None = None  # of a notebook, once asked for
        self._offs = [0]  # offsets of known line starts, ascending
        self._lines = [1]  # their line numbers
        self._all: list[int] | None = None  # every line start, if a lookup ever needs a line far from the others
        self.file_context: dict[object, bool] = {}

    def _remember(self, i: int, start: int, line: int) -> None:
        if i >= len(self._offs) or self._offs[i] != start:
            self._offs.insert(i, start)
            self._lines.insert(i, line)

    def occurrences(self) -> anchors.Occurrences | None:
        """Where the rules' anchor literals occur in the text (each found when first asked for), or None."""
        if self._occurrences is False:
            present, found = None, None
            if self._literals is not None and len(self.text) > ONE_PASS_TEXT:  # one pass, not one per literal
                # A literal found too often maps to None: only the regexes anchored on it run over the whole text.
                # Past the total, each literal is looked for on its own, when a regex needs it.
                found = self._literals.positions(self.text, anchors.MAX_OCCURRENCES)
            if found is None and self._literals is not None:
                present = self._literals.hits_text(self.text)
            self._occurrences = anchors.occurrences(self.text, present, found)
        return self._occurrences

    def line_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._offs, offset) - 1
        base, line = self._offs[i], self._lines[i]
        newlines = self.text.count("\n", base, offset)
        if newlines:
            line += newlines
            self._remember(i + 1, self.text.rfind("\n", base, offset) + 1, line)
        return line

    def start_of(self, line: int) -> int:
        """The offset where `line` starts (past the last line: where the last line starts)."""
        text = self.text
        i = bisect.bisect_right(self._lines, line) - 1
        off, at = self._offs[i], self._lines[i]
        if at == line:
            return off
        if min(line - at, (self._lines[i + 1] - line) if i + 1 < len(self._lines) else line) > FAR_LINES:
            return self._start_far(line)
        if i + 1 < len(self._lines) and self._lines[i + 1] - line < line - at:  # nearer from above: walk back
            off, at = self._offs[i + 1], self._lines[i + 1]
            while at > line:
                off, at = text.rfind("\n", 0, off - 1) + 1, at - 1
            self._remember(i + 1, off, at)
            return off
        while at < line:
            nxt = text.find("\n", off)
            if nxt < 0:
                return off
            off, at = nxt + 1, at + 1
        self._remember(i + 1, off, at)
        return off

    def _start_far(self, line: int) -> int:
        """A line far from every checkpoint: from the list of every line start (built once, in C)."""
        if self._all is None:
            self._all = list(itertools.accumulate((len(part) + 1 for part in self.text.split("\n")), initial=0))[:-1]
        return self._all[min(line, len(self._all)) - 1]

    def _end_of(self, line: int) -> int:
        end = self.text.find("\n", self.start_of(line))
        return len(self.text) if end < 0 else end

    def line_text(self, line: int) -> str:
        return self.text[self.start_of(line):self._end_of(line)]

    def window(self, line: int, within: int) -> str:
        return self.text[self.start_of(max(1, line - within)):self._end_of(line + within)]


def _file_contexts(rule: Rule, text: str, index: _LineIndex) -> tuple[Context, ...] | None:
    """The whole-file contexts (and unless-contexts) of a rule, which hold or fail for every match alike: None
    when they fail, else the `within: repo` contexts this file lacks (another file of the repo must hold them)."""
    need = [c for c in rule.match.context if c.within is None]
    deny = [c for c in rule.match.unless if c.within is None and not c.exempt]
    if not need and not deny:
        return ()
    if any(_context_hit(c, text, index, 0) for c in deny):
        return None
    missing = tuple(c for c in need if not _context_hit(c, text, index, 0))
    return None if any(not c.repo for c in missing) else missing


PENDING = "_repo_context"  # a finding's details while it waits for `resolve_repo_contexts`


def resolve_repo_contexts(findings: Iterable[Finding], signals: Mapping[str, set[int] | frozenset[int]]) -> list[Finding]:
    """Keep the findings whose `within: repo` contexts another file of their repository holds (`signals`: the
    context ids found per repo), marked `context_elsewhere`; drop the others."""
    out = []
    for f in findings:
        wanted = f.details.get(PENDING)
        if wanted is None:
            out.append(f)
        elif set(wanted) <= signals.get(f.repo, frozenset()):
            details = {k: v for k, v in f.details.items() if k != PENDING}
            out.append(dataclasses.replace(f, details={**details, "context_elsewhere": True}))
    return out


def _context_hit(ctx: Any, text: str, index: _LineIndex, line: int) -> bool:
    # Rules share contexts (the same Adobe markers): each (pattern, window) is searched once per document.
    key = (ctx.regex.pattern, ctx.regex.flags, None if ctx.within is None else line, ctx.within)
    hit = index.file_context.get(key)
    if hit is None:
        if ctx.within is None:
            hit = next(_finditer(ctx.regex, index), None) is not None or (
                bool(index.around) and ctx.regex.search(index.around) is not None)
        else:
            hit = ctx.regex.search(index.window(line, ctx.within)) is not None
        index.file_context[key] = hit
    return hit


def _prose(doc: Document, index: _LineIndex, line: int) -> bool:
    """A line of prose: in a documentation file (README, CHANGELOG, docs/*.md) anything but its code; in a
    notebook, a markdown cell or a cell's output. Mentions and printed results, not usages."""
    if doc.path.lower().endswith(".ipynb"):
        if index.prose_lines is None:
            index.prose_lines = languages.notebook_prose_lines(doc.text)
        return line in index.prose_lines
    if not languages.is_prose_markup(doc.path):
        return False
    if index.code_lines is None:
        index.code_lines = languages.documentation_code_lines(doc.text, doc.path)
    return line not in index.code_lines


ONE_PASS_TEXT = 256 * 1024  # characters: past this the anchor literals are all found in one Hyperscan pass
MAX_STARTS = 50000  # positions to try one by one before running the regex over the whole text instead


def _finditer(rx: LazyRegex, index: _LineIndex) -> Iterator[re.Match[str]]:
    """`rx.finditer(index.text)`, trying only the positions its anchors allow (auditor/anchors.py)."""
    if rx.anchors:
        occurrences = index.occurrences()
        if occurrences is not None:
            positions = anchors.starts(rx.anchors, index.text, occurrences, MAX_STARTS)
            if positions is not None:
                return anchors.finditer(rx.compiled, index.text, positions)
    return rx.finditer(index.text)


def _contexts_ok(rule: Rule, text: str, index: _LineIndex, line: int) -> bool:
    def found(ctx: Any) -> bool:
        return _context_hit(ctx, text, index, line)

    return all(found(c) for c in rule.match.context if not c.repo) and not any(
        found(c) for c in rule.match.unless if not c.exempt)


def _confidence(rule: Rule, doc: Document, line_text: str, col: int) -> tuple[str, dict[str, Any]]:
    """Rule confidence, lowered to `low` in comments and documentation (still reported, never fails a gate)."""
    if languages.is_documentation(doc.path):
        return "low", {"documentation": True}
    if languages.is_comment(doc.path, line_text, col):
        return "low", {"commented": True}
    return rule.confidence, {}


def _message(rule: Rule, matched: str) -> str:
    shown = redact(matched.strip())
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return rule.message.replace("{match}", shown) if rule.message else f"{rule.title}: {shown}"


def _snippet(line: str, col: int) -> str:
    text = line.rstrip()
    if len(text) > SNIPPET_WIDTH:  # redacted before it is cut: an edge must not part a key from its value
        shown, before, after = redact_window(text, col, SNIPPET_WIDTH)
        return ("…" if before else "") + shown.strip() + ("…" if after else "")
    return redact(text.strip())


def _fingerprint(rule_id: str, path: str, matched: str, line: str) -> str:
    """Stable when lines move: rule, path and the whitespace-free matched line, not its number."""
    h = hashlib.sha256(f"{rule_id}\0{path}\0".encode("utf-8", "surrogatepass"))
    text = matched if not line or line.isspace() else line
    for i in range(0, len(text), 1 << 20):  # by chunks: a minified line can be 100 MB, and \s is one character
        h.update(re.sub(r"\s+", "", text[i:i + (1 << 20)]).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:24]


def read_file(path: str, max_size: int) -> tuple[bytes | None, str]:
    """File bytes (at most max_size + 1 read), or None and the reason it cannot be read."""
    try:
        fd = os.open(path, O_FLAGS)
    except FileNotFoundError:
        return None, "vanished during the scan"
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, "not a regular file"
        chunk = os.read(fd, min(st.st_size, max_size) + 1)  # the whole file in one buffer: no copy to join
        if len(chunk) <= st.st_size <= max_size:  # all of it (or it shrank): no second read to find the end
            return chunk, ""
        chunks, total = [chunk], len(chunk)
        while chunk and total <= max_size:  # it grew since fstat
            chunk = os.read(fd, min(1 << 20, max_size + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_size:
            return None, f"larger than the size limit ({max_size} bytes; see --max-file-size)"
        return b"".join(chunks), ""
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"
    finally:
        os.close(fd)


# ---- running over many files -------------------------------------------------------------------------

_WORKER: Matcher | None = None
_TASKS: Sequence[Task] = ()  # set before a fork: the workers read their batches from it, nothing is pickled
Task = tuple[str, str, str]  # (repo, root, rel)
Batch = tuple[int, int, "Sequence[Task] | None"]  # [lo, hi) of the task list; its tasks when not inherited
Outcomes = list[tuple[int, "FileOutcome"]]  # (task index, outcome) of the files with something to report


def _init_worker(matcher: Matcher) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool, no worker tracebacks
    _WORKER = matcher  # regexes and path filters compile on first use: a worker only builds those its files need


def _scan_batch(batch: Batch) -> Outcomes:
    """The outcomes worth sending back: most files are scanned with nothing to say, and are not sent at all."""
    assert _WORKER is not None
    lo, hi, tasks = batch
    scan = _WORKER.scan_one
    return [(lo + i, o) for i, task in enumerate(_TASKS[lo:hi] if tasks is None else tasks)
            if (o := scan(*task)) is not None]


def _interesting(o: FileOutcome) -> FileOutcome | None:
    return None if o.scanned and not (o.findings or o.skipped or o.marked or o.facts or o.signals) else o


def batches(sizes: Sequence[int], jobs: int) -> list[tuple[int, int]]:
    """Split the task list into [lo, hi) ranges of similar byte counts: several per worker, so the pool stays busy."""
    out: list[tuple[int, int]] = []
    if sizes and max(sizes) < 0:  # none stat'ed yet (a git listing): batches of equal counts, at once
        target = max(len(sizes) * 8192 // (jobs * 16), 1 << 20)
        step = min(512, max(1, -(-target // 8192)))
        out = [(lo, min(lo + step, len(sizes))) for lo in range(0, len(sizes), step)]
    else:
        total = sum(size if size >= 0 else 8192 for size in sizes) or 1  # not yet stat'ed: a typical source file
        target = max(total // (jobs * 16), 1 << 20)
        lo, acc = 0, 0
        for i, size in enumerate(sizes):
            if (acc >= target or i - lo >= 512) and i > lo:
                out.append((lo, i))
                lo, acc = i, 0
            acc += size if size >= 0 else 8192
        if len(sizes) > lo:
            out.append((lo, len(sizes)))
    # The last batches in quarters: a worker left with a big one at the end keeps the others waiting.
    head, tail = out[:-2 * jobs], out[-2 * jobs:]
    for a, b in tail:
        step = max(1, (b - a + 3) // 4)
        head.extend((i, min(i + step, b)) for i in range(a, b, step))
    return head


class _Forked:
    """Worker processes forked from this one, fed through pipes: no pool threads, no task queue.

    The parent writes every batch (its position and task range, three 32-bit integers) into one pipe the
    workers share; each worker reads one at a time (a 12-byte read from a pipe is never split between readers),
    scans it and writes the pickled outcomes, length-prefixed, to a pipe of its own. A worker that dies is
    noticed by the end of its pipe arriving before its batches' outcomes."""

    def __init__(self, matcher: Matcher, jobs: int) -> None:
        self.pids: list[int] = []
        self.results: list[int] = []
        work_r, self.work_w = os.pipe()
        try:
            for _ in range(jobs):
                res_r, res_w = os.pipe()
                pid = os.fork()
                if pid == 0:  # the worker: never returns
                    os.close(self.work_w)
                    os.close(res_r)
                    for fd in self.results:  # the other workers' pipes, inherited
                        os.close(fd)
                    _worker_main(matcher, work_r, res_w)
                os.close(res_w)
                self.pids.append(pid)
                self.results.append(res_r)
        except BaseException:  # a fork refused (no memory, no processes left): no worker is left waiting
            self.close()
            raise
        finally:
            os.close(work_r)

    def run(self, parts: list[tuple[int, int]]) -> Iterator[Outcomes]:
        """The outcomes of each batch, in batch order."""
        import selectors

        payload = b"".join(struct.pack("<III", k, lo, hi) for k, (lo, hi) in enumerate(parts))
        os.set_blocking(self.work_w, False)
        sel = selectors.DefaultSelector()
        sel.register(self.work_w, selectors.EVENT_WRITE)
        for fd in self.results:
            sel.register(fd, selectors.EVENT_READ)
        buffers = {fd: bytearray() for fd in self.results}
        done: dict[int, Outcomes] = {}
        next_part, sent, open_pipes = 0, 0, len(self.results)
        try:
            while next_part < len(parts):
                if next_part in done:
                    yield done.pop(next_part)
                    next_part += 1
                    continue
                if open_pipes == 0:
                    raise RuntimeError("a scanning process ended before its work was done")
                for key, _ in sel.select():
                    fd = key.fd
                    if fd == self.work_w:
                        try:
                            sent += os.write(fd, payload[sent:sent + 65536])
                        except BlockingIOError:
                            continue
                        if sent >= len(payload):  # all written: the workers stop at the pipe's end
                            sel.unregister(fd)
                            os.close(fd)
                            self.work_w = -1
                        continue
                    chunk = os.read(fd, 1 << 20)
                    if not chunk:
                        sel.unregister(fd)
                        open_pipes -= 1
                        continue
                    buf = buffers[fd]
                    buf += chunk
                    while len(buf) >= 8:
                        size = int.from_bytes(buf[:8], "little")
                        if len(buf) < 8 + size:
                            break
                        index, outcomes = pickle.loads(buf[8:8 + size])
                        del buf[:8 + size]
                        if index < 0:
                            raise RuntimeError(f"a scanning process failed: {outcomes}")
                        done[index] = outcomes
        finally:
            sel.close()

    def close(self) -> None:
        if self.work_w >= 0:
            os.close(self.work_w)
            self.work_w = -1
        for fd in self.results:
            with contextlib.suppress(OSError):
                os.close(fd)
        self.results = []
        for pid in self.pids:  # done by now, or interrupted: either way, gone
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        self.pids = []


def _worker_main(matcher: Matcher, work: int, results: int) -> None:
    """A forked worker: scan the batches read from `work`, write their outcomes to `results`, exit."""
    status = 0
    try:
        _init_worker(matcher)
        while True:
            message = os.read(work, _MESSAGE)
            if len(message) < _MESSAGE:
                break
            index, lo, hi = struct.unpack("<III", message)
            data = pickle.dumps((index, _scan_batch((lo, hi, None))), protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(results, len(data).to_bytes(8, "little") + data)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the scan
        status = 1
        with contextlib.suppress(BaseException):
            data = pickle.dumps((-1, f"{type(exc).__name__}"))
            _write_all(results, len(data).to_bytes(8, "little") + data)
    finally:
        os._exit(status)


_MESSAGE = struct.calcsize("<III")  # a batch: its position, its first task and the task after its last


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Workers:
    """The worker processes (forked where the platform can: workers inherit the compiled databases and the task
    list; else a spawned multiprocessing pool). `run` streams, in task order, (files done, outcomes) with only the
    files that have something to report: a file missing from the outcomes was scanned with nothing to say."""

    MIN_TASKS = 256  # below this the pool costs more than it saves: the parent scans alone

    def __init__(self, matcher: Matcher, jobs: int, tasks: Sequence[Task] = ()) -> None:
        global _TASKS
        self.matcher = matcher
        self._pool: Any = None
        self._forked: _Forked | None = None
        self.jobs = jobs
        self.tasks = tasks
        if jobs > 1 and len(tasks) >= self.MIN_TASKS:
            matcher.warm()  # before the fork: workers inherit the compiled databases
            if hasattr(os, "fork"):
                _TASKS = tasks
                self._forked = _Forked(matcher, jobs)
            else:  # Windows: a spawned pool (multiprocessing is imported only here: 7 ms a start-up elsewhere)
                import multiprocessing

                self._pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker, initargs=(matcher,))

    def run(self, sizes: Sequence[int]) -> Iterator[tuple[int, Outcomes]]:
        """Scan the tasks given to the constructor; `sizes` are their byte counts (-1: not known)."""
        tasks = self.tasks
        if self._forked is None and self._pool is None:
            for i, task in enumerate(tasks):
                out = self.matcher.scan_one(*task)
                yield i + 1, [] if out is None else [(i, out)]
            return
        ranges = batches(sizes, self.jobs)
        if self._forked is not None:
            for (_, hi), outcomes in zip(ranges, self._forked.run(ranges), strict=True):
                yield hi, outcomes
            return
        parts: list[Batch] = [(lo, hi, tasks[lo:hi]) for lo, hi in ranges]
        for (_, hi, _), outcomes in zip(parts, self._pool.imap(_scan_batch, parts), strict=True):
            yield hi, outcomes

    def close(self) -> None:
        global _TASKS
        _TASKS = ()
        if self._forked is not None:
            self._forked.close()
            self._forked = None
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

