"""The `jwt-audit` entry point: start `git ls-files` for a scan's folders, then load the tool.

Listing a work tree with git (`--others` walks every folder) takes about as long as Python takes to import
jwt-audit, so the two run side by side: the child process starts here, before the heavy imports, and
discovery picks up its output (auditor/discovery.py). Only a guess at the command line is needed: a listing
nobody asks for is killed at exit, and a folder the guess missed is listed as usual.
"""
from __future__ import annotations

import atexit
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from typing import IO

_STARTED: dict[tuple[str, ...], tuple[subprocess.Popen[bytes], IO[bytes], IO[bytes]]] = {}


def git_ls_files(path: str) -> list[str]:
    """The one listing command discovery runs: tracked plus untracked-not-ignored files under `path`."""
    return ["git", "-C", path, "-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others",
            "--exclude-standard", "--deduplicate", "--", "."]


def prestart(argv: Sequence[str]) -> None:
    """For `scan`, start listing each folder named on the command line (or `.`)."""
    if not argv or argv[0] != "scan" or os.environ.get("JWT_AUDIT_NO_PRESTART"):
        return
    folders = [a for a in argv[1:] if not a.startswith("-") and os.path.isdir(a)] or ["."]
    for folder in dict.fromkeys(folders[:8]):  # a guess: an org-wide --repos-file scan lists as it goes
        cmd = git_ls_files(folder)
        # Output to files, not pipes: nobody reads until discovery, and a full pipe would stall git.
        out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 - closed in take/_discard
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError:  # no git: discovery walks the folder
            out.close()
            err.close()
            return
        _STARTED[tuple(cmd)] = (proc, out, err)
    if _STARTED:
        atexit.register(_discard)


def take(cmd: Sequence[str], timeout: float) -> subprocess.CompletedProcess[bytes] | None:
    """The result of the listing started for exactly this command, if any (each is used once)."""
    started = _STARTED.pop(tuple(cmd), None)
    if started is None:
        return None
    proc, out, err = started
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise
    finally:
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        out.close()
        err.close()
    return subprocess.CompletedProcess(list(cmd), proc.returncode, stdout, stderr)


def _discard() -> None:
    for proc, out, err in _STARTED.values():
        proc.kill()
        proc.wait()
        out.close()
        err.close()
    _STARTED.clear()


def main() -> None:
    prestart(sys.argv[1:])
    from auditor.cli import main as cli_main

    cli_main()
