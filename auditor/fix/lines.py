"""Line-based files (`.env`, `.properties`): logical entries with their physical line span, and edits
that leave every untouched byte as it was."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ASSIGN = re.compile(r"^(?P<lead>[ \t]*(?:export[ \t]+)?)(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)(?P<sep>[ \t]*[=:][ \t]*)"
                     r"(?P<value>.*?)(?P<eol>\r?\n)?$", re.S)


@dataclass(frozen=True)
class Entry:
    """One `NAME=value` assignment spanning lines[start:end]."""

    start: int
    end: int
    lead: str
    name: str
    sep: str
    value: str
    eol: str


def split(text: str) -> list[str]:
    """Physical lines with their line endings."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _span_end(lines: list[str], start: int, value: str, continuation: str) -> int:
    if continuation == "quote" and value[:1] in ("'", '"') and not _closed(value):
        return _quote_end(lines, start, value[0])
    end = start + 1
    if continuation == "backslash":
        while end < len(lines) and lines[end - 1].rstrip("\r\n").endswith("\\"):
            end += 1
    return end


def _quote_end(lines: list[str], start: int, quote: str) -> int:
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip().endswith(quote):
            return end + 1
    return len(lines)


def _closed(value: str) -> bool:
    body = value.rstrip()
    return len(body) > 1 and body.endswith(body[0])


def entries(lines: list[str], continuation: str) -> list[Entry]:
    """Assignments in order; `continuation` is "quote" (.env multi-line values) or "backslash" (.properties)."""
    found: list[Entry] = []
    index = 0
    while index < len(lines):
        match = _ASSIGN.match(lines[index])
        if not match or lines[index].lstrip().startswith(("#", "!")):
            index += 1
            continue
        end = _span_end(lines, index, match.group("value"), continuation)
        eol = lines[end - 1][len(lines[end - 1].rstrip("\r\n")):]
        found.append(Entry(index, end, match.group("lead"), match.group("name"), match.group("sep"),
                           match.group("value").rstrip("\r\n"), eol))
        index = end
    return found


def render(entry: Entry, name: str, value: str) -> str:
    """The entry's line with a new name and value, same lead, separator and line ending."""
    return f"{entry.lead}{name}{entry.sep}{value}{entry.eol}"


def block(entry: Entry, pairs: list[tuple[str, str]], newline: str) -> list[str]:
    """Lines for `pairs` in the entry's style; only the last one takes the entry's own line ending."""
    out = [f"{entry.lead}{name}{entry.sep}{value}{newline}" for name, value in pairs]
    if out:
        out[-1] = out[-1][: -len(newline)] + entry.eol
    return out


def original(lines: list[str], entry: Entry, newline: str) -> list[str]:
    """The entry's physical lines, ending with a newline even when it was the file's unterminated last line."""
    kept = lines[entry.start:entry.end]
    if kept and not kept[-1].endswith("\n"):
        kept = [*kept[:-1], kept[-1] + newline]
    return kept


def apply(lines: list[str], edits: dict[int, list[str]], spans: dict[int, int]) -> str:
    """Replace lines[start:spans[start]] by edits[start] for each edited entry; the rest is untouched."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in edits:
            out.extend(edits[index])
            index = spans[index]
            continue
        out.append(lines[index])
        index += 1
    return "".join(out)


def newline_of(lines: list[str]) -> str:
    """The line ending the file uses."""
    return "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
