"""What `fix` prints: the diff, the values to fill in, the notes to check, the code that needs a hand."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from auditor.fix import render_diff
from auditor.fix.model import CODE, SKIPPED, FileFix


def _todo_lines(fixes: Sequence[FileFix]) -> list[str]:
    items = [(fix.path, item) for fix in fixes if fix.changed for item in fix.todo]
    if not items:
        return []
    out = [f"Fill in ({len(items)}): each placeholder names the environment variable that holds the value"]
    for path, item in items:
        out.append(f"  {path}: {item.key_path} = {item.value}")
        out.append(f"      {item.hint}")
    return out


def _note_lines(fixes: Sequence[FileFix]) -> list[str]:
    notes = [(fix.path, note) for fix in fixes if fix.changed for note in fix.notes]
    return ["Check:", *(f"  {path}: {note}" for path, note in notes)] if notes else []


def _planned_lines(fixes: Sequence[FileFix], fixer: str, title: str) -> list[str]:
    plans = [(fix.path, note) for fix in fixes if fix.fixer == fixer for note in fix.notes]
    return [title, *(f"  {path}: {note}" for path, note in plans)] if plans else []


def render_text(fixes: Sequence[FileFix], written: Sequence[str] | None) -> str:
    """Human-readable output; `written` is None in diff mode."""
    changed = [fix for fix in fixes if fix.changed]
    parts: list[str] = []
    if written is None and changed:
        parts.append(render_diff(changed).rstrip("\n"))
    sections = [_todo_lines(fixes), _note_lines(fixes), _planned_lines(fixes, CODE, "Code (not rewritten):"),
                _planned_lines(fixes, SKIPPED, "Skipped:")]
    parts.extend("\n".join(section) for section in sections if section)
    parts.append(_summary(changed, written))
    return "\n\n".join(parts) + "\n"


def _summary(changed: Sequence[FileFix], written: Sequence[str] | None) -> str:
    if not changed:
        return "No config to rewrite."
    if written is None:
        return f"{len(changed)} file(s) would change. Nothing was written; run with --apply to write them."
    return f"Wrote {len(written)} file(s)."


def _file_json(fix: FileFix) -> dict[str, Any]:
    return {
        "path": fix.path.replace("\\", "/"),
        "family": fix.fixer,
        "changed": fix.changed,
        "todo": [{"key_path": t.key_path, "placeholder": t.value, "env": t.env, "hint": t.hint} for t in fix.todo],
        "notes": list(fix.notes),
    }


def render_json(fixes: Sequence[FileFix], written: Sequence[str] | None) -> str:
    """Machine-readable output (no file contents; the diff is redacted)."""
    payload = {
        "applied": written is not None,
        "written": list(written or []),
        "files": [_file_json(fix) for fix in fixes if fix.changed],
        "code": [{"path": fix.path.replace("\\", "/"), "plan": list(fix.notes)} for fix in fixes if fix.is_code],
        "skipped": [{"path": fix.path.replace("\\", "/"), "reason": note} for fix in fixes if fix.fixer == SKIPPED
                    for note in fix.notes],
        "diff": render_diff(fixes) if written is None else "",
    }
    return json.dumps(payload, indent=2) + "\n"


RENDERERS = {"text": render_text, "json": render_json}
