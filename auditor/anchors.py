"""Run a regex only where it can match: at the few positions its literal anchors allow.

Python's `re` tries a pattern at every position of a text. On a 60 KB source file a case-insensitive pattern
that starts with a lookbehind or an alternation costs milliseconds, and the rules hold dozens of them.
Most of that work is wasted: almost every pattern holds a literal (`adobelogin`, `jwt_token`, `/ims/`) that
each match must contain, at an offset from the match's start that the pattern bounds.

`anchors(pattern, flags)` proves such a set statically, from the parsed pattern: a list of
`(literal, lo, hi)` such that every match starting at `s` contains some `literal` (compared
case-insensitively) at an offset in `[lo, hi]` from `s`; `hi` is None when unbounded, and then the text
between `s` and the literal cannot hold a newline. The literals' occurrences (each found once per text,
when first needed) give the only positions where a match may start, and `Anchored.finditer` tries `match` there, in
order, reproducing `finditer` exactly: the same matches, the same non-overlapping walk.

When no such set can be proven (no literal every branch must contain, or a pattern that can match
the empty string), the regex runs over the whole text as before. Four non-ASCII characters match ASCII
letters case-insensitively in Python (`İ ı ſ K`); a text holding one is matched whole as well.
"""
from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

# The parser behind re.compile: re._parser since Python 3.11, sre_parse before (same structures).
C: Any = importlib.import_module("re._constants" if sys.version_info >= (3, 11) else "sre_constants")
P: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

ANALYSIS = "5"  # part of the pack cache key: bump when `anchors()` would return something else
MIN_LITERAL = 3  # shorter literals (a quote, `=`) occur everywhere: no better than running the regex whole
_NL = ord("\n")
_UNBOUNDED = int(C.MAXREPEAT)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_NL_CATEGORIES = frozenset(getattr(C, name) for name in (
    "CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK", "CATEGORY_UNI_SPACE",
    "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK", "CATEGORY_LOC_NOT_WORD",
) if hasattr(C, name))

Anchor = tuple[str, int, "int | None"]  # (lower-case literal, min offset, max offset or None: unbounded)


class _NoAnchor(Exception):
    """The pattern holds something this analysis does not model: run the regex over the whole text."""


def anchors(pattern: str, flags: int = 0) -> tuple[Anchor, ...] | None:
    """Literals every match contains, with their offset from the match start; None when none is proven."""
    try:
        parsed = P.parse(pattern, flags)
        if parsed.getwidth()[0] == 0:  # an empty match would need finditer's empty-match rules
            return None
        found = _sequence(list(parsed), 0, 0, True, bool(parsed.state.flags & re.DOTALL), parsed.state)
    except (_NoAnchor, re.error, RecursionError, OverflowError, IndexError, KeyError, TypeError):
        return None
    return tuple(dict.fromkeys(found)) if found else None


def _width(items: Sequence[Any], state: Any) -> tuple[int, int | None]:
    lo, hi = P.SubPattern(state, list(items)).getwidth()
    return lo, (None if hi >= _UNBOUNDED else hi)


def _sequence(items: list[Any], lo: int, hi: int | None, nl_free: bool,
              dotall: bool, state: Any) -> list[Anchor] | None:
    """The best anchor set of a sequence whose first item starts at offset [lo, hi] from the match start;
    `nl_free`: no newline can occur between the match start and here."""
    best: list[Anchor] | None = None
    i = 0
    while i < len(items):
        op, av = items[i]
        if _chars(items[i], state) is not None:  # literals, small classes, short alternations (`/[cs]/`: "/c/", "/s/")
            run: list[frozenset[str]] = []
            while i < len(items) and (chars := _chars(items[i], state)) is not None:
                run.append(chars)
                i += 1
            offsets = [0]
            for chars in run:
                offsets.append(offsets[-1] + len(next(iter(chars))))
            shortest = longest = offsets[-1]
            if i < len(items) and (tail := _chars(items[i], state, same_length=False)) is not None:
                run.append(tail)  # alternatives of several lengths end the run: `pfx(?:path|_path|file)`
                shortest, longest = offsets[-1] + min(map(len, tail)), offsets[-1] + max(map(len, tail))
                i += 1
            if hi is not None or nl_free:
                for k, strings in _literal_windows(run):
                    if hi is None and any("\n" in c for part in run[:k] for c in part):
                        break  # an unbounded prefix must stay on the literal's line
                    at = offsets[k]
                    best = _better(best, [(text, lo + at, None if hi is None else hi + at) for text in strings])
            nl_free = nl_free and not any("\n" in c for part in run for c in part)
            lo, hi = lo + shortest, None if hi is None else hi + longest
            continue
        inner: list[Anchor] | None = None
        if op is C.SUBPATTERN or op is _ATOMIC:
            body = av[-1] if op is C.SUBPATTERN else av
            inner = _sequence(list(body), lo, hi, nl_free, dotall, state)
        elif op is C.BRANCH:
            sets = [_sequence(list(b), lo, hi, nl_free, dotall, state) for b in av[1]]
            inner = None if any(s is None for s in sets) else [a for s in sets for a in s or ()]
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence(list(av[2]), lo, hi, nl_free, dotall, state)
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            raise _NoAnchor
        if inner:
            best = _better(best, inner)
        wlo, whi = _width([items[i]], state)
        nl_free = nl_free and not _can_newline([items[i]], dotall)
        lo, hi = lo + wlo, (None if hi is None or whi is None else hi + whi)
        i += 1
    return best


MAX_EXPANSION = 16  # literal strings one run may stand for (`[cs]` twice: 4)


def _chars(node: tuple[Any, Any], state: Any, same_length: bool = True) -> frozenset[str] | None:
    """The lower-case strings, all of one length unless `same_length` is False, that one pattern item matches:
    a literal, a small class of them, or a group or alternation of such sequences (`(?:RS|ES|PS)`)."""
    op, av = node
    if op is C.LITERAL and av < 128:
        return frozenset(chr(av).lower())
    if op is C.IN and 0 < len(av) <= 4 and all(o is C.LITERAL and a < 128 for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)
    if op is C.SUBPATTERN:
        return _strings(list(av[-1]), state)
    if op is C.BRANCH:
        alternatives = [_strings(list(b), state) for b in av[1]]
        if any(a is None for a in alternatives):
            return None
        union = frozenset(s for a in alternatives for s in a or ())
        if len(union) > MAX_EXPANSION or (same_length and len({len(s) for s in union}) != 1):
            return None
        return union
    return None


def _strings(items: list[Any], state: Any) -> frozenset[str] | None:
    """The strings a sequence of `_chars` items matches (None when one is not, or there are too many)."""
    strings = frozenset([""])
    for item in items:
        chars = _chars(item, state)
        if chars is None:
            return None
        strings = frozenset(s + c for s in strings for c in chars)
        if len(strings) > MAX_EXPANSION:
            return None
    return strings if strings != frozenset([""]) else None


def _literal_windows(run: list[frozenset[str]]) -> list[tuple[int, list[str]]]:
    """For each start k in the run, the longest window from k (at least MIN_LITERAL long) whose expansion stays
    within MAX_EXPANSION strings: (k, strings)."""
    out = []
    for k in range(len(run)):
        strings = [""]
        for chars in run[k:]:
            grown = [s + c for s in strings for c in sorted(chars)]
            if len(grown) > MAX_EXPANSION:
                break
            strings = grown
        if min(map(len, strings)) >= MIN_LITERAL:
            out.append((k, strings))
    return out


def _better(a: list[Anchor] | None, b: list[Anchor]) -> list[Anchor]:
    """Prefer bounded offsets (fewer positions to try), then longer literals (fewer occurrences)."""
    if a is None:
        return b

    def score(s: list[Anchor]) -> tuple[bool, int, int]:
        return (all(h is not None for _, _, h in s), min(len(lit) for lit, _, _ in s), -len(s))

    return b if score(b) > score(a) else a


def _can_newline(items: Sequence[Any], dotall: bool) -> bool:
    for op, av in items:
        if op is C.LITERAL:
            if av == _NL:
                return True
        elif op is C.NOT_LITERAL:
            if av != _NL:
                return True
        elif op is C.ANY:
            if dotall:
                return True
        elif op is C.IN:
            if _set_has_newline(av):
                return True
        elif op is C.CATEGORY:
            if av in _NL_CATEGORIES:
                return True
        elif op in _REPEATS:
            if _can_newline(av[2], dotall):
                return True
        elif op is C.SUBPATTERN:
            if _can_newline(av[-1], dotall):
                return True
        elif op is _ATOMIC:
            if _can_newline(av, dotall):
                return True
        elif op is C.BRANCH:
            if any(_can_newline(b, dotall) for b in av[1]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            continue  # a lookaround consumes nothing: it puts no newline inside the match
        elif op is not C.AT:
            return True  # anything else: assume it can
    return False


def _set_has_newline(items: Sequence[Any]) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or av == _NL
        elif op is C.RANGE:
            hit = hit or av[0] <= _NL <= av[1]
        elif op is C.CATEGORY:
            hit = hit or av in _NL_CATEGORIES
        else:
            hit = True
    return hit != negate


# ---- where the literals occur, and the positions they allow ----------------------------------------------

FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # match i, i, s, k under re.IGNORECASE
MAX_OCCURRENCES = 5000  # past this (a lock file full of `ims`), run the regex over the whole text instead


class Occurrences:
    """Where lower-case ASCII literals occur in one text, case-insensitively (as `str` offsets).

    Each literal is looked for the first time a regex asks for it, and only if it is among the literals
    `present` in the text (found for all of them at once by one multi-literal pass): a file pays only for the
    literals of the regexes its rules run, not for every common word (`import`, `key`) some rule elsewhere is
    anchored on. The search is `str.find` on a lower-cased copy, or for a very big text (a 100 MB minified
    bundle), where that copy would cost as much memory again, a case-insensitive regex over the text itself."""

    __slots__ = ("_all", "_found", "_low", "_present", "_text")

    def __init__(self, text: str, present: frozenset[str] | None = None,
                 found: dict[str, list[int] | None] | None = None) -> None:
        self._text = text
        self._all = found  # every literal's offsets, found beforehand in one pass (a big text)
        self._low = text.lower() if found is None and len(text) <= LOWER_COPY_LIMIT else None
        self._present = present
        self._found: dict[str, list[int] | None] = {}

    def get(self, lit: str) -> list[int] | None:
        """The offsets of `lit`; None when there are too many to be worth trying one by one."""
        if self._all is not None:
            return self._all.get(lit, [])
        if self._present is not None and lit not in self._present:
            return []
        if lit in self._found:
            return self._found[lit]
        found: list[int] = []
        if self._low is not None:
            find, append = self._low.find, found.append
            i = find(lit)
            while i >= 0:
                append(i)
                if len(found) > MAX_OCCURRENCES:  # too many to try one by one
                    break
                i = find(lit, i + 1)
        else:
            for m in re.finditer("(?=" + re.escape(lit) + ")", self._text, re.IGNORECASE):
                found.append(m.start())
                if len(found) > MAX_OCCURRENCES:
                    break
        out = found if len(found) <= MAX_OCCURRENCES else None
        self._found[lit] = out
        return out


LOWER_COPY_LIMIT = 4 << 20  # characters: past this, literals are searched for without a lower-cased copy


def occurrences(text: str, present: frozenset[str] | None = None,
                found: dict[str, list[int] | None] | None = None) -> Occurrences | None:
    """The literal finder of a text (`present`: the literals known to occur, None: unknown; `found`: all their
    offsets, when known); None when offsets cannot be trusted: a character that folds to ASCII under
    re.IGNORECASE (the Kelvin sign), or that `lower()` turns into two."""
    if not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
        return None
    return Occurrences(text, present, found)


def starts(anchors: Sequence[Anchor], text: str, occurrences: Occurrences, limit: int) -> list[int] | None:
    """Sorted positions where a match may start, given where the literals occur; None past `limit`."""
    out: list[int] = []
    extend = out.extend
    for lit, lo, hi in anchors:
        found = occurrences.get(lit)
        if found is None:
            return None
        if lo == hi:  # one position per occurrence, the common case
            extend(found if lo == 0 else [o - lo for o in found if o >= lo])
        else:
            rfind = text.rfind
            for o in found:
                first = rfind("\n", 0, o) + 1 if hi is None else max(0, o - hi)
                if o - lo + 1 - first > limit:  # a minified line: one range alone is too many
                    return None
                extend(range(first, o - lo + 1))
                if len(out) > limit:
                    return None
        if len(out) > limit:  # duplicates counted: a little earlier than needed, never later
            return None
    return sorted(set(out))


def finditer(regex: re.Pattern[str], text: str, positions: Sequence[int]) -> Iterator[re.Match[str]]:
    """Exactly `regex.finditer(text)`, given every position a match may start at (see `starts`)."""
    pos = 0
    match = regex.match
    for p in positions:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()  # never empty: anchors() refuses patterns that can match ''
