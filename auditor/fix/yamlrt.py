"""ruamel.yaml round trip that keeps comments, key order, quotes and indentation, plus key edits that
keep the comments of the surrounding keys."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken


@dataclass(frozen=True)
class Document:
    """A loaded YAML document and the settings that write it back the way it was."""

    data: Any
    indent: int
    offset: int
    explicit_start: bool
    crlf: bool


def _yaml(indent: int = 2, offset: int = 0) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=indent, sequence=max(indent, offset + 2), offset=offset)
    return yaml


def load(text: str) -> Document | None:
    """The round-trip document, or None when `text` is not a single YAML mapping."""
    plain = text.replace("\r\n", "\n")
    indent, offset = guess_indent(plain)
    try:
        data = _yaml(indent, offset).load(plain)
    except (YAMLError, ValueError, TypeError):
        return None
    if not isinstance(data, CommentedMap):
        return None
    start = plain.lstrip().startswith("---")
    return Document(data, indent, offset, start, "\r\n" in text)


_KEY_ONLY = re.compile(r"^( *)[^\s#-][^#]*:[ \t]*(?:#.*)?$")


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, sequence dash offset) used by the document; (2, 0) when it shows neither."""
    lines = [line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    mapping: int | None = None
    offset: int | None = None
    for line, following in zip(lines, lines[1:], strict=False):
        head = _KEY_ONLY.match(line)
        step = len(following) - len(following.lstrip(" ")) - len(head.group(1)) if head else -1
        if step < 0:
            continue
        if following.lstrip().startswith("- "):
            offset = step if offset is None else offset
        elif step > 0 and mapping is None:
            mapping = step
    return mapping or 2, offset or 0


def dump(doc: Document) -> str:
    """Serialise `doc` with its original indentation and line endings."""
    yaml = _yaml(doc.indent, doc.offset)
    yaml.explicit_start = doc.explicit_start
    out = io.StringIO()
    yaml.dump(doc.data, out)
    text = out.getvalue()
    return text.replace("\n", "\r\n") if doc.crlf else text


Owner = tuple[Any, Any, int]


def _tail_owner(container: Any, key: Any) -> Owner:
    """(container, key, slot) of the comment that follows the value of `container[key]`."""
    value = container[key]
    if isinstance(value, CommentedMap) and len(value):
        return _tail_owner(value, list(value.keys())[-1])
    if isinstance(value, CommentedSeq) and len(value):
        return _tail_owner(value, len(value) - 1)
    return container, key, 0 if isinstance(container, CommentedSeq) else 2


def _append_comment(owner: Owner, text: str, like: CommentToken) -> None:
    container, key, index = owner
    slot = container.ca.items.setdefault(key, [None, None, None, None])
    if slot[index] is None:
        slot[index] = CommentToken("\n" + text, like.start_mark, None)
    else:
        slot[index].value += text


def _following_comment(mapping: CommentedMap, key: Any) -> tuple[CommentToken | None, bool]:
    """The comment token after the value of `mapping[key]`, and whether all of it follows the value."""
    value = mapping[key]
    if isinstance(value, (CommentedMap, CommentedSeq)) and len(value):
        container, inner, index = _tail_owner(mapping, key)
        slot = container.ca.items.get(inner)
        token = slot[index] if slot else None
        return (token if isinstance(token, CommentToken) else None), False
    slot = mapping.ca.items.get(key)
    token = slot[2] if slot and len(slot) > 2 else None
    # A block scalar ends with its own newline: everything in its token comes after it.
    return (token if isinstance(token, CommentToken) else None), isinstance(
        value, (LiteralScalarString, FoldedScalarString))


def delete_key(mapping: CommentedMap, key: Any) -> None:
    """Delete `key`, keeping comment lines that follow its value (they belong to what comes next)."""
    keys = list(mapping.keys())
    index = keys.index(key)
    token, whole = _following_comment(mapping, key)
    mapping.ca.items.pop(key, None)
    del mapping[key]
    if token is None:
        return
    rest = token.value if whole else token.value.split("\n", 1)[1] if "\n" in token.value else ""
    if rest and index > 0:
        _append_comment(_tail_owner(mapping, keys[index - 1]), rest, token)
    elif rest and index == 0 and len(mapping):
        first = list(mapping.keys())[0]
        mapping.yaml_set_comment_before_after_key(first, before=_strip_hashes(rest), indent=token.column)


def _strip_hashes(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line[1:].lstrip() if line.startswith("#") else line for line in lines if line)


def rename_key(mapping: CommentedMap, old: Any, new: Any, value: Any = None) -> None:
    """Rename `old` to `new` at the same position, keeping its comments (and optionally a new value)."""
    index = list(mapping.keys()).index(old)
    slot = mapping.ca.items.pop(old, None)
    current = mapping.pop(old)
    mapping.insert(index, new, current if value is None else value)
    if slot is not None:
        mapping.ca.items[new] = slot


def set_value(mapping: CommentedMap, key: Any, value: Any) -> None:
    """Replace the value of `key`, keeping the key's position and comments."""
    mapping[key] = value


def insert(mapping: CommentedMap, index: int, key: Any, value: Any, blank_after: bool = False) -> None:
    """Insert a new key at `index` (followed by an empty line when `blank_after`)."""
    mapping.insert(index, key, value)
    if blank_after:
        mapping.ca.items[key] = [None, None, CommentToken("\n\n", CommentMark(0), None), None]
