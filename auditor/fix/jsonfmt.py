"""JSON that keeps its key order, indentation, line endings and trailing newline through a rewrite."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_INDENT = re.compile(r"^[ \t]*[\{\[]\s*\r?\n([ \t]+)\S")
_INLINE_LIST = re.compile(r"\[[ \t]*(?:\"[^\"\n]*\"|[-\d.eE+]+|true|false|null)[^\n\[\]{}]*\]")
_MULTILINE_LIST = re.compile(r"\[[ \t]*\r?\n[ \t]*(?:\"|[-\d]|true|false|null)")


@dataclass(frozen=True)
class JsonStyle:
    indent: str | None = "  "
    colon: str = ": "
    comma: str = ", "
    newline: str = "\n"
    final_newline: bool = True
    inline_lists: bool = False
    ensure_ascii: bool = False


def detect_style(text: str) -> JsonStyle:
    """The indentation, separators and line ending a JSON document was written with."""
    body = text.strip()
    multiline = "\n" in body
    indent = _INDENT.match(body)
    colon = re.search(r"\"\s*:\s*", body)
    return JsonStyle(
        indent=(indent.group(1) if indent else "  ") if multiline else None,
        colon=colon.group(0)[1:] if colon else ": ",
        comma=", " if not multiline and re.search(r",\s", body) else ",",
        newline="\r\n" if "\r\n" in text else "\n",
        final_newline=text.endswith("\n"),
        inline_lists=bool(_INLINE_LIST.search(body)) and not _MULTILINE_LIST.search(body),
        ensure_ascii=bool(re.search(r"\\u[0-9a-fA-F]{4}", body)),
    )


def load(text: str) -> Any:
    """Parse JSON, keeping key order; raises ValueError."""
    return json.loads(text)


def load_object(text: str) -> dict[str, Any] | None:
    """The top-level object of a JSON document, or None when it is not a JSON object."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def dump(value: Any, style: JsonStyle) -> str:
    """Serialise `value` in `style`."""
    out = _dump(value, style, 0)
    if style.final_newline:
        out += "\n"
    return out.replace("\n", style.newline) if style.newline != "\n" else out


def _scalar(value: Any, style: JsonStyle) -> str:
    return json.dumps(value, ensure_ascii=style.ensure_ascii)


def _dump(value: Any, style: JsonStyle, level: int) -> str:
    if isinstance(value, dict):
        return _dump_dict(value, style, level)
    if isinstance(value, list):
        return _dump_list(value, style, level)
    return _scalar(value, style)


def _dump_dict(value: dict[str, Any], style: JsonStyle, level: int) -> str:
    if not value:
        return "{}"
    items = [f"{_scalar(k, style)}{style.colon}{_dump(v, style, level + 1)}" for k, v in value.items()]
    return _wrap("{", "}", items, style, level)


def _dump_list(value: list[Any], style: JsonStyle, level: int) -> str:
    if not value:
        return "[]"
    items = [_dump(v, style, level + 1) for v in value]
    if style.indent is not None and style.inline_lists and not any(isinstance(v, (dict, list)) for v in value):
        return "[" + ", ".join(items) + "]"
    return _wrap("[", "]", items, style, level)


def _wrap(open_: str, close: str, items: list[str], style: JsonStyle, level: int) -> str:
    if style.indent is None:
        return open_ + style.comma.join(items) + close
    pad = style.indent * (level + 1)
    body = ",\n".join(pad + item for item in items)
    return f"{open_}\n{body}\n{style.indent * level}{close}"


def edit(obj: dict[str, Any], changes: dict[str, tuple[str, Any] | None]) -> None:
    """Rename/revalue (`(new_key, value)`) or drop (`None`) keys of `obj` in place, keeping order."""
    items = list(obj.items())
    obj.clear()
    for key, value in items:
        if key not in changes:
            obj.setdefault(key, value)
            continue
        change = changes[key]
        if change is not None:
            obj[change[0]] = change[1]


def insert_at(obj: dict[str, Any], index: int, key: str, value: Any) -> None:
    """Insert `key` at position `index`, in place."""
    items = [(k, v) for k, v in obj.items() if k != key]
    items.insert(index, (key, value))
    obj.clear()
    obj.update(items)


def insert_after(obj: dict[str, Any], anchor: str | None, key: str, value: Any) -> None:
    """Insert `key` right after `anchor` (at the end when the anchor is missing)."""
    keys = list(obj)
    insert_at(obj, keys.index(anchor) + 1 if anchor in keys else len(keys), key, value)


def insert_before(obj: dict[str, Any], anchor: str, key: str, value: Any) -> None:
    """Insert `key` right before `anchor` (at the end when the anchor is missing)."""
    keys = list(obj)
    insert_at(obj, keys.index(anchor) if anchor in keys else len(keys), key, value)


def rewrite(text: str, value: Any) -> str:
    """`value` serialised in the style of the document `text`."""
    return dump(value, detect_style(text))
