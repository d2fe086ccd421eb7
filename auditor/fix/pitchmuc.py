"""aanalytics2 / aepp / cjapy config JSON: drop `tech_id`, `pathToKey`, `private_key`; add `scopes`;
keep `org_id`, `client_id`, `secret` (the libraries switch to OAuth when `scopes` is present)."""
from __future__ import annotations

from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult
from auditor.fix.scopes import choose, find_metascopes, is_exempt

_JWT_ONLY = ("tech_id", "pathToKey", "private_key")


def _is_jwt_config(doc: dict[str, Any]) -> bool:
    has_ids = "org_id" in doc and ("client_id" in doc or "api_key" in doc) and "secret" in doc
    return has_ids and any(key in doc for key in _JWT_ONLY)


def detect(path: str, text: str) -> bool:
    """A pitchmuc-library config with the JWT keys."""
    doc = jsonfmt.load_object(text)
    return doc is not None and _is_jwt_config(doc) and not is_exempt(find_metascopes(text))


def rewrite(path: str, text: str) -> FixResult:
    """The OAuth V2 form of the config: `scopes` right after `secret`."""
    doc = jsonfmt.load(text)
    choice = choose(find_metascopes(text))
    value, todo, notes = placeholders.scope_string("scopes", choice)
    gone = [key for key in _JWT_ONLY if key in doc]
    jsonfmt.edit(doc, {key: None for key in _JWT_ONLY})
    if "scopes" not in doc:
        jsonfmt.insert_after(doc, "secret", "scopes", value)
    else:
        todo, notes = (), ()
    notes = (*notes, f"removed JWT keys {', '.join(gone)}; the library now uses OAuth Server-to-Server "
             "(aanalytics2 >= 0.4, aepp >= 0.3)", placeholders.kept_secret_note("secret"))
    return FixResult(jsonfmt.rewrite(text, doc), tuple(todo), notes)
