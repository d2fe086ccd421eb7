"""Rules cannot hang a scan: a static check of rule regexes at load, and a per-file deadline at run time.

Two layers, because neither is enough alone:

1. **Static check at load** (`problem(pattern)`, applied by `ruleset` to every regex of every pack,
   built-in and user-supplied). The pattern is parsed with the standard library's own regex parser
   (`re._parser`, `sre_parse` before 3.11) and the tree is searched for the shapes that make a
   backtracking engine exponential:

   * a variable-length quantifier inside another quantifier that can repeat, with nothing in
     between that must consume a character the inner one cannot: `(a+)+`, `(a*)*`, `(\\w+\\s?)+`,
     `(.*a){10}`, `(?:x|a+)+`. `(?:[a-z]+\\.)+` passes: every round must consume a `.`, which
     `[a-z]+` cannot, so there is only one way to split the input into rounds;
   * an alternation inside a repeating quantifier whose branches can start with the same
     character, again unless a mandatory, disjoint neighbour fixes the split: `(a|aa)+`,
     `(\\w|\\d)*`, `(a|a)*`.

   Character sets are over-approximated (Unicode classes count as "any non-ASCII character"), so
   the check errs on the side of rejecting. Possessive quantifiers and atomic groups never
   backtrack and are exempt. A rejected regex is a RuleError naming file:line, rule id and the
   offending fragment.

2. **Per-file deadline at run time** (`deadline(seconds)`, used by the engine around each file).
   The static check cannot see every slow shape (polynomial ones such as `a*a*a*a*b` on a long run
   of `a`), so each file gets a time budget (`ScanRequest.file_budget`, 30 s by default). Python's
   `re` engine checks for signals every few thousand steps, so a SIGALRM interval timer interrupts
   even a single long-running match; the file is then skipped as "timed out after N s" and the scan
   goes on. Where a timer cannot be used (not the main thread, no SIGALRM, or the caller already runs
   an interval timer) the engine falls back to checking the clock between rules.

The alternative, the third-party `regex` module with its `timeout=` argument, was not chosen: it
would make every rule run on a second regex dialect and add a dependency, for a guarantee the
timer already gives with the standard library.
"""
from __future__ import annotations

import contextlib
import importlib
import re
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

# The standard library's own regex parser: re._parser on 3.11+, sre_parse (deprecated there) before.
_NEW = sys.version_info >= (3, 11)
_p: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")

MAXCHAR = 0x10FFFF
Ranges = tuple[tuple[int, int], ...]
FULL: Ranges = ((0, MAXCHAR),)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_POSSESSIVE = {getattr(_c, "POSSESSIVE_REPEAT", None), getattr(_c, "ATOMIC_GROUP", None)} - {None}
_UNI_SPACE: Ranges = ((0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
                      (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000))


_SCOPED_I = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)-]")


class RegexTimeout(Exception):
    """Raised inside a `deadline` block when its time is up."""


# ---- static check --------------------------------------------------------------------------------


def problem(pattern: str, flags: int = 0) -> str:
    """Why `pattern` can backtrack catastrophically, or "" when no such shape was found."""
    try:
        tree = _p.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, ValueError):
        return ""  # compiling it reports the real error
    fold = bool((tree.state.flags | flags) & re.IGNORECASE) or _SCOPED_I.search(pattern) is not None
    checker = _Checker(pattern, fold)
    try:
        checker.walk(list(tree))
    except RecursionError:
        return "regex nested too deeply to check"
    return checker.found


class _Checker:
    def __init__(self, pattern: str, fold: bool) -> None:
        self.pattern = pattern
        self.fold = fold
        self.found = ""

    def walk(self, seq: list[Any]) -> None:
        """Visit every repeat in the tree and test its body."""
        for op, av in seq:
            if self.found:
                return
            if op in _REPEATS and (av[1] == _c.MAXREPEAT or av[1] > 1):
                self._check_repeat(av[2])
            for sub in _children(op, av):
                self.walk(sub)

    def _check_repeat(self, body: Any) -> None:
        for inner, path_siblings in _inner_parts(list(body), []):
            op, av = inner
            empty_alts = sum(all(_nullable(x) for x in alt) for alt in av[1]) if op is _c.BRANCH else 0
            if empty_alts >= 2:  # two ways to match nothing, in every round: no neighbour helps
                self.found = "repeated alternation with two empty branches (like (a|a)*)"
                return
            guarded = any(not _nullable(s) and not _intersects(self._chars(s), self._chars(inner))
                          for s in path_siblings)
            if guarded:
                continue
            if op in _REPEATS and av[0] != av[1]:
                self.found = "nested quantifier: a variable-length repeat inside a repeat (like (a+)+)"
                return
            if op is _c.BRANCH and (empty_alts or self._branches_overlap(av[1])):
                self.found = "repeated alternation whose branches overlap (like (a|aa)+)"
                return

    def _branches_overlap(self, alternatives: list[Any]) -> bool:
        firsts = [self._first(list(alt)) for alt in alternatives]
        return any(_intersects(a, b) for i, a in enumerate(firsts) for b in firsts[i + 1:])

    def _first(self, seq: list[Any]) -> Ranges:
        out: Ranges = ()
        for item in seq:
            out = _union(out, self._first_of(item))
            if not _nullable(item):
                break
        return out

    def _first_of(self, item: Any) -> Ranges:
        op, av = item
        if op is _c.BRANCH:
            return _union_all(self._first(list(alt)) for alt in av[1])
        subs = _children(op, av) if op not in (_c.ASSERT, _c.ASSERT_NOT) else []
        if op is _c.GROUPREF_EXISTS or len(subs) > 1:
            return _union_all(self._first(s) for s in subs)
        if subs:
            return self._first(subs[0])
        return self._chars(item)

    def _chars(self, item: Any) -> Ranges:
        ranges = _chars(item)
        return _fold(ranges) if self.fold else ranges


def _children(op: Any, av: Any) -> list[list[Any]]:
    """Sub-sequences of a node, in pattern order."""
    if op in _REPEATS or op in _POSSESSIVE and op is not getattr(_c, "ATOMIC_GROUP", None):
        return [list(av[2])]
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [list(av)]
    if op is _c.SUBPATTERN:
        return [list(av[3])]
    if op is _c.BRANCH:
        return [list(alt) for alt in av[1]]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [list(av[1])]
    if op is _c.GROUPREF_EXISTS:
        return [list(av[1])] + ([list(av[2])] if av[2] is not None else [])
    return []


def _inner_parts(seq: list[Any], siblings: list[Any]) -> Iterator[tuple[Any, list[Any]]]:
    """Repeats and alternations inside a repeat body, each with the items beside it on its path.

    Possessive repeats, atomic groups and lookarounds are not entered: they do not backtrack into
    the enclosing repeat."""
    for i, item in enumerate(seq):
        op, av = item
        here = siblings + seq[:i] + seq[i + 1:]
        if op in _REPEATS or op is _c.BRANCH:
            yield item, here
        if op in _POSSESSIVE or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        for sub in _children(op, av):
            yield from _inner_parts(sub, here)


def _nullable(item: Any) -> bool:
    """Whether the node can match the empty string."""
    op, av = item
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
        return False
    if op in _REPEATS or op in _POSSESSIVE and op is not getattr(_c, "ATOMIC_GROUP", None):
        return av[0] == 0 or all(_nullable(x) for x in av[2])
    if op is _c.BRANCH or op is _c.GROUPREF_EXISTS:
        return any(all(_nullable(x) for x in sub) for sub in _children(op, av))
    if op is _c.SUBPATTERN or op is getattr(_c, "ATOMIC_GROUP", None):
        return all(_nullable(x) for x in _children(op, av)[0])
    return True  # anchors, lookarounds, backreferences (may be empty)


def _chars(item: Any) -> Ranges:
    """Every character the node can consume (an over-approximation)."""
    op, av = item
    if op is _c.LITERAL:
        return ((av, av),)
    if op is _c.NOT_LITERAL:
        return _minus(FULL, ((av, av),))
    if op is _c.ANY or op is _c.GROUPREF:
        return FULL
    if op is _c.IN:
        return _in_set(av)
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return ()
    return _union_all(_union_all(_chars(x) for x in sub) for sub in _children(op, av))


def _in_set(items: list[Any]) -> Ranges:
    negate = bool(items) and items[0][0] is _c.NEGATE
    out: Ranges = ()
    for op, av in items[1:] if negate else items:
        if op is _c.LITERAL:
            out = _union(out, ((av, av),))
        elif op is _c.RANGE:
            out = _union(out, ((av[0], av[1]),))
        elif op is _c.CATEGORY:
            out = _union(out, _category(av))
        else:
            out = FULL
    return _minus(FULL, out) if negate else out


def _category(cat: Any) -> Ranges:
    name = str(cat).rsplit("_", 1)[-1]
    negated = "NOT" in str(cat)
    ascii_sets: dict[str, Ranges] = {
        "DIGIT": ((0x30, 0x39),), "WORD": ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)),
        "SPACE": ((0x09, 0x0D), (0x1C, 0x20)), "LINEBREAK": ((0x0A, 0x0A),),
    }
    base = ascii_sets.get(name, FULL)
    if negated:
        return _minus(FULL, base)
    if name == "SPACE":
        return _union(base, _UNI_SPACE)
    if name in ("DIGIT", "WORD"):
        return _union(base, _minus(((0x80, MAXCHAR),), _UNI_SPACE))
    return base


def _fold(ranges: Ranges) -> Ranges:
    extra: list[tuple[int, int]] = []
    for lo, hi in ranges:
        for a, z, shift in ((0x41, 0x5A, 32), (0x61, 0x7A, -32)):
            if lo <= z and hi >= a:
                extra.append((max(lo, a) + shift, min(hi, z) + shift))
    return _union(ranges, tuple(extra))


def _union(a: Ranges, b: Ranges) -> Ranges:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(a + b):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def _union_all(parts: Iterator[Ranges] | Any) -> Ranges:
    out: Ranges = ()
    for p in parts:
        out = _union(out, p)
    return out


def _minus(a: Ranges, b: Ranges) -> Ranges:
    out: list[tuple[int, int]] = []
    for lo, hi in a:
        cur = lo
        for blo, bhi in b:
            if bhi < cur or blo > hi:
                continue
            if blo > cur:
                out.append((cur, blo - 1))
            cur = max(cur, bhi + 1)
        if cur <= hi:
            out.append((cur, hi))
    return tuple(out)


def _intersects(a: Ranges, b: Ranges) -> bool:
    return any(alo <= bhi and blo <= ahi for alo, ahi in a for blo, bhi in b)


# ---- run-time deadline ---------------------------------------------------------------------------


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[bool]:
    """Raise RegexTimeout in the block after `seconds`; yields whether a timer could be armed.

    Uses SIGALRM, so it only arms in the main thread, where the platform has it, and when no other
    interval timer is running; otherwise it yields False and the caller must check the clock."""
    if not _can_arm():
        yield False
        return
    state = {"active": True}

    def on_alarm(_signum: int, _frame: Any) -> None:
        if state["active"]:
            raise RegexTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
        yield True
    finally:
        state["active"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_arm() -> bool:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
