"""Which files `fix` looks at: the given files, and the files under the given directories minus
dependency and VCS directories. (Plain os.walk on purpose: `.env` files are usually git-ignored and
are exactly what `fix` must see.)"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

VCS_DIRS = frozenset({".git", ".hg", ".svn"})
VENDORED_DIRS = frozenset({"node_modules", "vendor", ".venv", "venv", "site-packages", "__pycache__", ".tox",
                           "bower_components", ".mypy_cache", ".pytest_cache", ".ruff_cache"})
MAX_BYTES = 2 * 1024 * 1024


def iter_files(paths: Iterable[str], include_vendored: bool = False) -> Iterator[str]:
    """Regular files (no symlinks) under `paths`, each directory walked in sorted order."""
    seen: set[str] = set()
    for path in paths:
        candidates = _walk(path, include_vendored) if os.path.isdir(path) else iter([path])
        for candidate in candidates:
            real = os.path.realpath(candidate)
            if real not in seen and os.path.isfile(candidate) and not os.path.islink(candidate):
                seen.add(real)
                yield candidate


def _walk(root: str, include_vendored: bool) -> Iterator[str]:
    skip = VCS_DIRS if include_vendored else VCS_DIRS | VENDORED_DIRS
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in skip and not os.path.islink(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            yield os.path.join(dirpath, name)


def read_text(path: str) -> tuple[str, bool] | None:
    """(text, had a UTF-8 BOM), or None for binary, oversized, unreadable or non-UTF-8 files."""
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return None
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if b"\0" in data:
        return None
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data[3 if bom else 0 :].decode("utf-8"), bom
    except UnicodeDecodeError:
        return None
