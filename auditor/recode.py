"""Compiled regexes from their cached bytecode: the rule packs' ~160 patterns cost ~25 ms to compile.

`re.compile` parses a pattern and translates it to the bytecode of CPython's regex engine (both in Python),
then hands that code to `_sre.compile`. The code is a list of integers, a pure function of the pattern, the
flags and the engine's version. A cached rule pack keeps it (`code_of`), and `compile_code` rebuilds the
pattern from it in microseconds: compiling every rule before the process pool forks then costs ~1 ms, and no
worker compiles anything.

The translation is CPython's own (`re._parser`, `re._compiler`), reached through their internal names. So
`code_of` checks its result: the pattern it rebuilds must equal `re.compile`'s (patterns compare by their
code), or nothing is cached. A cached code carries the interpreter and engine version it was made by, and is
refused by any other, which then compiles as usual.
"""
from __future__ import annotations

import array
import importlib
import marshal
import re
import sys
from typing import Any

try:
    import _sre

    _PARSER: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
    _COMPILER: Any = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")
    TAG: tuple[Any, ...] | None = (sys.implementation.name, tuple(sys.version_info[:3]),
                                   getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
except (ImportError, AttributeError):  # another implementation: compile as usual
    TAG = None
_WORD = {2: "H", 4: "I", 8: "Q"}


def code_of(pattern: str, flags: int = 0) -> bytes | None:
    """`re.compile(pattern, flags)` as a blob `compile_code` rebuilds it from; None if that cannot be proven."""
    if TAG is None or getattr(_sre, "CODESIZE", None) not in _WORD:
        return None
    try:
        parsed = _PARSER.parse(pattern, flags)
        code = _COMPILER._code(parsed, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name  # type: ignore[call-overload]
        args = (pattern, int(flags | parsed.state.flags), array.array(_WORD[_sre.CODESIZE], code).tobytes(),
                int(parsed.state.groups - 1), groupindex, tuple(indexgroup))
        blob = marshal.dumps((TAG, args))
        if compile_code(blob) != re.compile(pattern, flags):
            return None
        return blob
    except Exception:  # noqa: BLE001 - any surprise in CPython's internals: no cache, compile as usual
        return None


def compile_code(blob: bytes) -> re.Pattern[str] | None:
    """The pattern a `code_of` blob describes; None when it was made by another interpreter or is damaged."""
    try:
        tag, (pattern, flags, code, groups, groupindex, indexgroup) = marshal.loads(blob)
        if TAG is None or tuple(tag) != TAG:
            return None
        words = array.array(_WORD[_sre.CODESIZE])
        words.frombytes(code)
        compiled: re.Pattern[str] = _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)
        return compiled
    except Exception:  # noqa: BLE001 - a damaged cache entry: compile as usual
        return None
