"""aio-lib-java workspace properties: drop `aio_meta_scopes`, `aio_technical_account_id`, `aio_encoded_pkcs8`,
`aio_pkcs12_*`; add `aio_oauth_scopes` where `aio_meta_scopes` was. Line based: other lines untouched."""
from __future__ import annotations

import re

from auditor.fix import lines, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, split_metascopes

_JWT_ONLY = re.compile(r"^(?:aio_meta_scopes|aio_technical_account_id|aio_encoded_pkcs8|aio_pkcs12_\w+)$")
_JWT_MARKER = re.compile(r"^[ \t]*(?:aio_meta_scopes|aio_encoded_pkcs8|aio_pkcs12_\w+)[ \t]*[=:]", re.M)
_PROPERTY = re.compile(r"^[ \t]*(?:[#!].*|[\w.\-]+[ \t]*[=:].*|)$")


def _looks_like_properties(path: str, text: str) -> bool:
    if path.endswith(".properties"):
        return True
    physical = [line for line in text.splitlines() if not line.rstrip().endswith("\\")]
    return all(_PROPERTY.match(line) for line in physical)


def detect(path: str, text: str) -> bool:
    """A Java properties file with aio-lib-java JWT settings."""
    return bool(_JWT_MARKER.search(text)) and _looks_like_properties(path, text)


def _scopes_entry(found: list[lines.Entry]) -> lines.Entry | None:
    """Where `aio_oauth_scopes` goes: in place of `aio_meta_scopes`, else of the first JWT-only key."""
    if any(e.name == "aio_oauth_scopes" for e in found):
        return None
    jwt = [e for e in found if _JWT_ONLY.match(e.name)]
    meta = [e for e in jwt if e.name == "aio_meta_scopes"]
    candidates = meta or jwt
    return candidates[0] if candidates else None


def rewrite(path: str, text: str) -> FixResult:
    """The OAuth form of the workspace properties."""
    physical = lines.split(text)
    found = lines.entries(physical, "backslash")
    newline = lines.newline_of(physical)
    target = _scopes_entry(found)
    edits: dict[int, list[str]] = {}
    spans: dict[int, int] = {}
    todo: tuple[Placeholder, ...] = ()
    notes: list[str] = []
    for entry in (e for e in found if _JWT_ONLY.match(e.name)):
        spans[entry.start] = entry.end
        edits[entry.start] = []
        notes.append(f"{entry.name}: removed (JWT only)")
        if entry is target:
            metascopes = split_metascopes(entry.value) if entry.name == "aio_meta_scopes" else ()
            value, todo, more = placeholders.scope_string("aio_oauth_scopes", choose(metascopes))
            edits[entry.start] = lines.block(entry, [("aio_oauth_scopes", value)], newline)
            notes.extend(more)
    if any(e.name == "aio_client_secret" for e in found):
        notes.append(placeholders.kept_secret_note("aio_client_secret"))
    notes.append("code: build the Workspace with OAuthContext instead of JwtContext (aio-lib-java >= 1.1)")
    return FixResult(lines.apply(physical, edits, spans), todo, tuple(notes))
