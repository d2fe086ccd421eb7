"""Writing fixes: refuse files git cannot restore, then replace each file atomically.

A file is "safe to overwrite" when it is outside any git work tree, or tracked and unchanged. A file
with staged or unstaged changes, an untracked file and a git-ignored file (`.env`!) are refused unless
`force`: git holds no copy of their current content to go back to."""
from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import tempfile

TEMP_SUFFIX = ".jwt-audit-tmp"


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None


def uncommitted(path: str) -> bool:
    """True when `path` is in a git work tree and is modified, staged, untracked or ignored."""
    directory = os.path.dirname(os.path.abspath(path))
    inside = _git(["rev-parse", "--is-inside-work-tree"], directory)
    if inside is None or inside.returncode != 0 or inside.stdout.strip() != "true":
        return False
    status = _git(["status", "--porcelain", "--ignored", "--untracked-files=all", "--",
                   os.path.basename(path)], directory)
    return status is None or status.returncode != 0 or bool(status.stdout.strip())


def atomic_write(path: str, data: bytes) -> None:
    """Write `data` to a temporary file next to `path`, keep the mode, then rename it over `path`."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = stat.S_IMODE(os.stat(path).st_mode)
    fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
