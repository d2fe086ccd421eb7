"""Lines added or changed since a git ref, for pull-request gating.

`changed_lines(root, ref)` compares the merge base of REF and HEAD (what a pull request changes) with
the work tree, staged and unstaged changes included: `git diff --unified=0 --find-renames BASE`.
Added and changed lines count on the new side; an untracked (not ignored) file is new as a whole; a
renamed file counts only its changed lines; a deleted file has none; a changed binary file counts whole.
"""
from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field

from auditor.errors import UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_BINARY = re.compile(r"^Binary files (?:\S.*) and (b/.*|\"b/.*\") differ$")
WHOLE = None  # marker: every line of the file is new


@dataclass
class Changes:
    """Changed lines per path relative to the scanned root; a path mapped to None is new as a whole."""

    ref: str
    base: str
    files: dict[str, set[int] | None] = field(default_factory=dict)

    def touches(self, path: str, line: int, end_line: int) -> bool:
        if path not in self.files:
            return False
        lines = self.files[path]
        return lines is None or any(n in lines for n in range(line, max(line, end_line) + 1))


def _git(root: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", root, "-c", "core.quotepath=off", *args], capture_output=True,
                              timeout=600, env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"})
    except (OSError, subprocess.SubprocessError) as exc:
        raise UsageError(f"--diff: cannot run git in {root}: {exc}") from None


def changed_lines(root: str, ref: str, only: Sequence[str] = ()) -> Changes:
    """What changed under `root` since `ref`; `only` limits it to these paths relative to root."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        raise UsageError(f"--diff {ref}: {root} is not inside a git repository")
    if ref.startswith("-") or _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise UsageError(f"--diff: unknown git ref {ref!r} in {root} (fetch it first, e.g. git fetch origin main)")
    base = _merge_base(root, ref)
    spec = ["--", *only] if only else ["--", "."]
    diff = _git(root, "diff", "--relative", "--unified=0", "--find-renames", "--no-color", "--no-ext-diff",
                "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", base, *spec)
    if diff.returncode != 0:
        raise UsageError(f"--diff {ref}: git diff failed: {diff.stderr.decode(errors='replace').strip()}")
    changes = Changes(ref, base, parse_diff(diff.stdout.decode("utf-8", "surrogateescape")))
    untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard", *spec)
    for name in untracked.stdout.split(b"\0"):
        if name:
            changes.files[os.fsdecode(name)] = WHOLE
    return changes


def _merge_base(root: str, ref: str) -> str:
    """The commit a branch forked from REF, like a pull request; REF itself when there is none (no HEAD)."""
    mb = _git(root, "merge-base", ref, "HEAD")
    return mb.stdout.decode().strip() if mb.returncode == 0 and mb.stdout.strip() else ref


def parse_diff(text: str) -> dict[str, set[int] | None]:
    """Added/changed new-side line numbers per file from `git diff --unified=0` output."""
    files: dict[str, set[int] | None] = {}
    current: str | None = None
    for line in text.split("\n"):
        if line.startswith("diff --git "):
            current = None
        elif line.startswith("+++ "):
            current = _path(line[4:])
            if current is not None:
                files.setdefault(current, set())
        elif line.startswith("@@") and current is not None:
            m = _HUNK.match(line)
            lines = files[current]
            if m is not None and lines is not None:
                start, count = int(m.group(1)), int(m.group(2) if m.group(2) is not None else 1)
                lines.update(range(start, start + count))
        else:
            b = _BINARY.match(line)
            if b is not None and (path := _path(b.group(1))) is not None:
                files[path] = WHOLE
    return files


def _path(raw: str) -> str | None:
    """The new-side path of a `+++` line; None for /dev/null (a deleted file)."""
    raw = raw.rstrip("\t")
    if raw.startswith('"') and raw.endswith('"'):
        raw = _unquote(raw[1:-1])
    if raw == "/dev/null" or not raw.startswith("b/"):
        return None
    return raw[2:]


def _unquote(s: str) -> str:
    """git's C-style quoting of unusual file names (octal escapes are UTF-8 bytes)."""
    out = bytearray()
    i = 0
    simple = {"n": b"\n", "t": b"\t", '"': b'"', "\\": b"\\", "a": b"\a", "b": b"\b", "f": b"\f", "r": b"\r",
              "v": b"\v"}
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            if s[i + 1] in simple:
                out += simple[s[i + 1]]
                i += 2
                continue
            if re.match(r"[0-7]{3}", s[i + 1:i + 4]):
                out.append(int(s[i + 1:i + 4], 8))
                i += 4
                continue
        out += s[i].encode("utf-8", "surrogateescape")
        i += 1
    return out.decode("utf-8", "surrogateescape")
