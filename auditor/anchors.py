"""Run a regex only where it can match: at the few positions its literal anchors allow.

Python's `re` tries a pattern at every position of a text. On a 60 KB source file a case-insensitive pattern
that starts with a lookbehind or an alternation costs milliseconds, and the rules hold dozens of them.
Most of that work is wasted: almost every pattern holds a literal (`adobelogin`, `jwt_token`, `/ims/`) that
each match must contain, at an offset from the match's start that the pattern bounds.

`anchors(pattern, flags)` proves such a set statically, from the parsed pattern: a list of
`(literal, lo, hi)` such that every match starting at `s` contains some `literal` (compared
case-insensitively) at an offset in `[lo, hi]` from `s`; `hi` is None when unbounded, and then the text
between `s` and the literal cannot hold a newline. The literals' occurrences (found by one multi-literal
pass) give the only positions where a match may start, and `Anchored.finditer` tries `match` there, in
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

ANALYSIS = "2"  # part of the pack cache key: bump when `anchors()` would return something else
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
        if _chars(items[i]) is not None:  # a run of literals and small classes (`/[cs]/` is "/c/" or "/s/")
            run: list[frozenset[str]] = []
            while i < len(items) and (chars := _chars(items[i])) is not None:
                run.append(chars)
                i += 1
            if hi is not None or nl_free:
                for k, strings in _literal_windows(run):
                    if hi is None and any("\n" in c for c in run[:k]):
                        break  # an unbounded prefix must stay on the literal's line
                    best = _better(best, [(text, lo + k, None if hi is None else hi + k) for text in strings])
            nl_free = nl_free and not any("\n" in c for c in run)
            lo, hi = lo + len(run), None if hi is None else hi + len(run)
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


def _chars(node: tuple[Any, Any]) -> frozenset[str] | None:
    """The lower-case characters one pattern item matches, when it is a literal or a small class of them."""
    op, av = node
    if op is C.LITERAL and av < 128:
        return frozenset(chr(av).lower())
    if op is C.IN and 0 < len(av) <= 4 and all(o is C.LITERAL and a < 128 for o, a in av):
        return frozenset(chr(a).lower() for _, a in av)
    return None


def _literal_windows(run: list[frozenset[str]]) -> list[tuple[int, list[str]]]:
    """For each start k in the run, the longest window from k (at least MIN_LITERAL long) whose expansion stays
    within MAX_EXPANSION strings: (k, strings)."""
    out = []
    for k in range(len(run) - MIN_LITERAL + 1):
        strings = [""]
        for chars in run[k:]:
            grown = [s + c for s in strings for c in sorted(chars)]
            if len(grown) > MAX_EXPANSION:
                break
            strings = grown
        if len(strings[0]) >= MIN_LITERAL:
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
            if _can_newline(av[1], dotall):
                return True
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


def starts(anchors: Sequence[Anchor], text: str, occurrences: dict[str, list[int]], limit: int) -> list[int] | None:
    """Sorted positions where a match may start, given where the literals occur; None past `limit`."""
    out: set[int] = set()
    for lit, lo, hi in anchors:
        for o in occurrences.get(lit, ()):
            first = text.rfind("\n", 0, o) + 1 if hi is None else max(0, o - hi)
            out.update(range(first, o - lo + 1))
            if len(out) > limit:
                return None
    return sorted(out)


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
