"""Postman environment exported for the Adobe JWT collection: drop `PRIVATE_KEY`, `JWT_TOKEN`; `META_SCOPE`
becomes `SCOPES`. The collection's requests (pre-request script, exchange call) are code: only planned."""
from __future__ import annotations

import re
from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, split_metascopes

_DROP = re.compile(r"^(?:PRIVATE_?KEY|JWT_TOKEN|JWT)$", re.I)
_META = re.compile(r"^META_?SCOPES?$", re.I)
_ADOBE = ("API_KEY", "TECHNICAL_ACCOUNT_ID", "IMS", "IMS_ORG", "CLIENT_SECRET")


def _variables(doc: dict[str, Any]) -> list[dict[str, Any]]:
    values = doc.get("values")
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, dict) and isinstance(v.get("key"), str)]


def detect(path: str, text: str) -> bool:
    """A Postman environment with the Adobe JWT variables."""
    doc = jsonfmt.load_object(text)
    if doc is None:
        return False
    keys = {v["key"].upper() for v in _variables(doc)}
    jwt = any(_DROP.match(k) or _META.match(k) for k in keys)
    return jwt and any(k in keys for k in _ADOBE)


def rewrite(path: str, text: str) -> FixResult:
    """The environment without JWT variables and with `SCOPES`."""
    doc = jsonfmt.load(text)
    variables = _variables(doc)
    has_scopes = any(v["key"].upper() == "SCOPES" for v in variables)
    kept: list[Any] = []
    notes: list[str] = []
    todo: tuple[Placeholder, ...] = ()
    for item in doc["values"]:
        key = item.get("key", "") if isinstance(item, dict) else ""
        if isinstance(key, str) and _META.match(key) and not has_scopes:
            value, todo, more = placeholders.scope_string(f"values[{len(kept)}].value (SCOPES)",
                                                          choose(split_metascopes(item.get("value", ""))))
            kept.append({**item, "key": "SCOPES", "value": value})
            notes.extend(more)
        elif not (isinstance(key, str) and (_DROP.match(key) or _META.match(key))):
            kept.append(item)
        else:
            notes.append(f"variable {key}: removed (JWT only)")
    doc["values"] = kept
    notes.append("collection: replace the JWT pre-request script and /ims/exchange/jwt/ call with a POST to "
                 "/ims/token/v3 (grant_type=client_credentials, client_id, client_secret, scope={{SCOPES}})")
    return FixResult(jsonfmt.rewrite(text, doc), todo, tuple(notes))
