"""Where jwt-audit keeps what it can rebuild (validated packs, compiled Hyperscan databases)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir(kind: str) -> Path | None:
    """`$XDG_CACHE_HOME/jwt-audit/<kind>` (default ~/.cache); None when JWT_AUDIT_NO_CACHE is set."""
    if os.environ.get("JWT_AUDIT_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jwt-audit" / kind


def read(kind: str, name: str) -> bytes | None:
    folder = cache_dir(kind)
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write(kind: str, name: str, data: bytes) -> None:
    """Atomically (a concurrent reader sees the old file or the new one); a read-only home is no error."""
    folder = cache_dir(kind)
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, folder / name)
    except OSError:
        return
