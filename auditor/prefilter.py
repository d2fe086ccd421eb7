"""The cheap first pass: which rule keywords occur in a file's raw bytes, before anything is decoded."""
from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from typing import Any

_hs: Any
_ac: Any
try:  # Hyperscan where its wheels exist (the default dependency on linux x86_64): the fastest engine.
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _hs = None
try:  # Aho-Corasick in Rust: the dependency on other platforms, ~10x slower than Hyperscan here.
    import ahocorasick_rs as _ac
except ImportError:  # pragma: no cover
    _ac = None


class Prefilter:
    """Multi-pattern, case-insensitive literal search returning the set of keywords present."""

    def __init__(self, keywords: Sequence[str], engine: str = "auto", starts: Sequence[bytes] = ()) -> None:
        self.starts = tuple(starts)  # file starts that always need a full scan (needs_scan)
        self.keywords = tuple(dict.fromkeys(k.lower() for k in keywords))
        self._lower = tuple(k.encode("utf-8") for k in self.keywords)
        self.engine = _pick(engine)
        self._db: Any = None
        self._all_db: Any = None  # without single-match: every occurrence (positions)
        self._gate_db: Any = None  # the keywords, the `starts` and a NUL byte (needs_scan)
        self._anchors = _anchors(self._lower) if self.engine == "find" else []  # only `find` uses them

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_db"] = state["_all_db"] = state["_gate_db"] = None  # compiled databases do not pickle; each process compiles its own
        return state

    def hits(self, data: bytes) -> frozenset[str]:
        """Keywords (lower-case) that occur in `data`, compared case-insensitively."""
        if not self.keywords:
            return frozenset()
        if self.engine == "hyperscan":
            return self._hits_hs(data)
        if self.engine == "ahocorasick":
            return self._hits_ac(data.lower())
        return self._hits_find(data.lower())

    def needs_scan(self, data: bytes | memoryview) -> bool:
        """Whether a file's raw bytes need more than this pass: a keyword, a NUL byte (binary, or UTF-16 without
        a BOM) or one of the `starts` given to the constructor (an archive, a BOM). One Hyperscan pass where it
        is installed."""
        if self.engine != "hyperscan" or not self.keywords:
            raw = bytes(data)
            return raw.startswith(self.starts) or b"\0" in raw[:8192] or bool(self.hits(raw))
        if self._gate_db is None:
            starts = b"|".join(_hs_escape(s) for s in self.starts)
            special = ([rb"\A(?:" + starts + rb")"] if starts else []) + [rb"\x00"]
            self._gate_db = _cached_db(self._lower, _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_SINGLEMATCH, special)
        try:
            self._gate_db.scan(data, match_event_handler=_stop)
        except _hs.ScanTerminated:
            return True
        return False

    def positions(self, text: str, limit: int, total: int | None = None) -> dict[str, list[int] | None] | None:
        """Every occurrence of every keyword in `text` (as `str` offsets), in one Hyperscan pass: for a big text,
        where looking for each keyword on its own means as many passes. A keyword found more than `limit` times
        maps to None (too many to be worth trying one by one); past `total` matches in all (default 20 x
        `limit`), or without Hyperscan, the answer is None."""
        if self.engine != "hyperscan" or not self.keywords:
            return None
        if self._all_db is None:
            self._all_db = _cached_db(self._lower, _hs.HS_FLAG_CASELESS)
        ascii_text = text.isascii()
        data = text.encode("ascii") if ascii_text else text.encode("utf-8", "surrogatepass")
        sizes = [len(k) for k in self._lower]
        hits: list[tuple[int, int]] = []
        counts = [0] * len(self._lower)
        cap = 20 * limit if total is None else total
        seen = [0]

        def on_match(kid: int, _start: int, end: int, _flags: int, _ctx: Any) -> bool | None:
            seen[0] += 1
            counts[kid] += 1
            if counts[kid] <= limit:
                hits.append((end - sizes[kid], kid))
            return seen[0] > cap or None

        try:
            self._all_db.scan(data, match_event_handler=on_match)
        except _hs.ScanTerminated:
            return None
        if not ascii_text:  # byte offsets to str offsets; each keyword starts with an ASCII byte, a char boundary
            hits.sort()
            chars, last, fixed = 0, 0, []
            for b, kid in hits:
                chars += len(data[last:b].decode("utf-8", "surrogatepass"))
                last = b
                fixed.append((chars, kid))
            hits = fixed
        out: dict[str, list[int] | None] = {}
        for pos, kid in hits:
            if counts[kid] <= limit:
                out.setdefault(self.keywords[kid], []).append(pos)  # type: ignore[union-attr]
        out.update((self.keywords[kid], None) for kid, n in enumerate(counts) if n > limit)
        return out

    def _hits_ac(self, low: bytes) -> frozenset[str]:
        if self._db is None:
            self._db = _ac.BytesAhoCorasick(list(self._lower), matchkind=_ac.MatchKind.Standard)
        return frozenset(self.keywords[i] for i, _s, _e in self._db.find_matches_as_indexes(low, overlapping=True))

    def hits_text(self, text: str) -> frozenset[str]:
        return self.hits(text.encode("utf-8", "surrogatepass"))

    def _hits_find(self, low: bytes) -> frozenset[str]:
        found: set[str] = set()
        for anchor, members in self._anchors:
            if anchor in low:
                found.update(self.keywords[i] for i in members if self._lower[i] in low)
        return frozenset(found)

    def _hits_hs(self, data: bytes) -> frozenset[str]:
        if self._db is None:
            self._db = _compile_hs(self._lower)
        ids: set[int] = set()

        def on_match(kid: int, _start: int, _end: int, _flags: int, _ctx: Any) -> bool | None:
            ids.add(kid)
            return len(ids) == len(self._lower) or None  # stop early once every keyword was seen

        with contextlib.suppress(_hs.ScanTerminated):  # stopped early on purpose: every keyword seen
            self._db.scan(data, match_event_handler=on_match)
        return frozenset(self.keywords[i] for i in ids)


def _stop(*_args: Any) -> bool:
    return True  # stop the scan at the first match


def _pick(engine: str) -> str:
    """`auto`: the fastest engine installed; an engine asked for by name falls back to `find` if missing."""
    available = {"hyperscan": _hs is not None, "ahocorasick": _ac is not None, "find": True}
    if engine != "auto":
        return engine if available.get(engine) else "find"
    return next(name for name in ("hyperscan", "ahocorasick", "find") if available[name])


def _compile_hs(literals: Sequence[bytes]) -> Any:
    assert _hs is not None
    return _cached_db(literals, _hs.HS_FLAG_CASELESS | _hs.HS_FLAG_SINGLEMATCH)


def _hs_escape(lit: bytes) -> bytes:
    return b"".join(b"\\x%02x" % b for b in lit)


def _anchors(literals: Sequence[bytes]) -> list[tuple[bytes, list[int]]]:
    """Group keywords under a few short shared substrings, so most files need only a few searches."""
    remaining = set(range(len(literals)))
    groups: list[tuple[bytes, list[int]]] = []
    while remaining:
        counts: dict[bytes, set[int]] = {}
        for i in remaining:
            lit = literals[i]
            for n in (4, 3):
                for j in range(max(1, len(lit) - n + 1)):
                    counts.setdefault(lit[j:j + n], set()).add(i)
        best = max(counts.items(), key=lambda kv: (len(kv[1]) * len(kv[0]), kv[0]))
        groups.append((best[0], sorted(best[1])))
        remaining -= best[1]
    return groups




def _cached_db(exprs: Sequence[bytes], flags: int, patterns: Sequence[bytes] = ()) -> Any:
    """A Hyperscan database of literals (and of raw `patterns` after them), loaded from the on-disk cache when
    it was compiled before."""
    from auditor import cachedir

    blob = repr((getattr(_hs, "__version__", ""), flags, list(exprs), list(patterns))).encode("utf-8")
    key = hashlib.sha256(blob).hexdigest()
    cached = cachedir.read("hyperscan", key)
    if cached is not None:
        try:
            db = _hs.loadb(cached, _hs.HS_MODE_BLOCK)
            db.scratch = _hs.Scratch(db)  # a loaded database has none: scanning without one fails
            return db
        except _hs.error:
            pass
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    expressions = [_hs_escape(e) for e in exprs] + list(patterns)
    db.compile(expressions=expressions, ids=list(range(len(expressions))), flags=[flags] * len(expressions))
    cachedir.write("hyperscan", key, _hs.dumpb(db))
    return db
