"""`jwt-audit fix`: rewrite configs whose OAuth Server-to-Server form is known; plan (never rewrite) code.

plan_fixes -> render_diff (redacted, changes nothing) -> apply_fixes (atomic, refuses files git cannot
restore unless forced). See `placeholders` for the convention used for values the user must fill in.
"""
from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Sequence

from auditor.errors import UsageError
from auditor.fix import code, mask, walk, write
from auditor.fix.model import CODE, SKIPPED, FileFix, Fixer, FixResult, Placeholder
from auditor.fix.registry import FIXERS, find_fixer

__all__ = ["CODE", "FIXERS", "SKIPPED", "FileFix", "FixResult", "Fixer", "Placeholder", "apply_fixes", "plan_file",
           "plan_fixes", "render_diff"]


def plan_file(path: str, text: str, bom: bool = False) -> FileFix | None:
    """The fix for one file's text, or None when no fixer (and no code marker) applies."""
    if code.language(path) is not None:
        pointer = code.plan(path, text)
        return FileFix(path, CODE, text, None, (), (pointer,), bom) if pointer else None
    fixer = find_fixer(path, text)
    if fixer is None:
        return None
    try:
        result = fixer.rewrite(path, text)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        # A shape the fixer did not foresee: leave the file alone and say so, never abort the run.
        note = f"not rewritten: the {fixer.name} fixer could not handle this file ({type(exc).__name__}: {exc})"
        return FileFix(path, SKIPPED, text, None, (), (note,), bom)
    return FileFix(path, fixer.name, text, result.new_text, result.todo, result.notes, bom)


def plan_fixes(paths: Sequence[str], include_vendored: bool = False) -> list[FileFix]:
    """Plans for every file under `paths` that a fixer recognises or that is code with JWT markers."""
    for path in paths:
        if not os.path.exists(path):
            raise UsageError(f"{path}: no such file or directory")
    fixes: list[FileFix] = []
    for path in walk.iter_files(paths, include_vendored):
        loaded = walk.read_text(path)
        fix = plan_file(path, *loaded) if loaded else None
        if fix is not None:
            fixes.append(fix)
    return fixes


def _diff_one(fix: FileFix) -> list[str]:
    old = [line.rstrip("\r\n") for line in fix.old_text.splitlines()]
    new = [line.rstrip("\r\n") for line in (fix.new_text or "").splitlines()]
    name = fix.path.replace(os.sep, "/")
    before, after = (name, name) if os.path.isabs(fix.path) else (f"a/{name}", f"b/{name}")
    diff = list(difflib.unified_diff(old, new, before, after, lineterm=""))
    return list(mask.redact_lines(diff, mask.known_secrets(fix.old_text)))


def render_diff(fixes: Iterable[FileFix]) -> str:
    """A unified diff of every planned change, with secret values shown as `****`."""
    out: list[str] = []
    for fix in fixes:
        if fix.changed:
            out.extend(_diff_one(fix))
    return "\n".join(out) + ("\n" if out else "")


def _refusals(changed: list[FileFix], force: bool) -> list[str]:
    refused: list[str] = []
    for fix in changed:
        current = walk.read_text(fix.path)
        if current is None or current[0] != fix.old_text:
            refused.append(f"{fix.path} (changed since it was read)")
        elif not force and write.uncommitted(fix.path):
            refused.append(f"{fix.path} (uncommitted changes, untracked or git-ignored)")
    return refused


def apply_fixes(fixes: Iterable[FileFix], force: bool = False) -> list[str]:
    """Write every changed file atomically; nothing is written when any file is refused."""
    changed = [fix for fix in fixes if fix.changed]
    refused = _refusals(changed, force)
    if refused:
        listing = "\n  ".join(refused)
        raise UsageError(f"refusing to rewrite {len(refused)} file(s) git cannot restore; commit them first or "
                         f"use --force:\n  {listing}")
    for fix in changed:
        data = (fix.new_text or "").encode("utf-8")
        write.atomic_write(fix.path, (b"\xef\xbb\xbf" if fix.bom else b"") + data)
    return [fix.path for fix in changed]
