"""Developer Console "Download JSON" of a Service Account (JWT) credential -> the OAuth S2S download shape
(`CLIENT_ID`, `CLIENT_SECRETS`, `ORG_ID`, `SCOPES`, `TECHNICAL_ACCOUNT_ID`, `TECHNICAL_ACCOUNT_EMAIL`)."""
from __future__ import annotations

import re
from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, is_exempt, split_metascopes

_PRIVATE = re.compile(r"^PRIVATE_?KEY", re.I)
_META = re.compile(r"^META_?SCOPES?$", re.I)


def _is_jwt_download(doc: dict[str, Any]) -> bool:
    if "CLIENT_SECRETS" in doc or not ("ORG_ID" in doc or "CLIENT_SECRET" in doc):
        return False
    return "PUBLIC_KEYS_WITH_EXPIRY" in doc or ("API_KEY" in doc and "TECHNICAL_ACCOUNT_ID" in doc)


def detect(path: str, text: str) -> bool:
    """The JWT credential download (PUBLIC_KEYS_WITH_EXPIRY, or API_KEY + TECHNICAL_ACCOUNT_ID)."""
    doc = jsonfmt.load_object(text)
    return doc is not None and _is_jwt_download(doc) and not is_exempt(_metascopes(doc))


def _metascopes(doc: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for key, value in doc.items():
        if _META.match(key):
            found.extend(split_metascopes(value))
    return tuple(found)


def _changes(doc: dict[str, Any], scopes: list[str], secret: str) -> dict[str, tuple[str, Any] | None]:
    changes: dict[str, tuple[str, Any] | None] = {key: None for key in doc if _PRIVATE.match(key) or _META.match(key)}
    changes["PUBLIC_KEYS_WITH_EXPIRY"] = ("SCOPES", scopes)
    changes["CLIENT_SECRET"] = ("CLIENT_SECRETS", [secret])
    if "API_KEY" in doc:
        changes["API_KEY"] = None if "CLIENT_ID" in doc else ("CLIENT_ID", doc["API_KEY"])
    return changes


def rewrite(path: str, text: str) -> FixResult:
    """The download in the OAuth Server-to-Server shape; key order kept, new keys where the old ones were."""
    doc = jsonfmt.load(text)
    secret = placeholders.client_secret("CLIENT_SECRETS[0]")
    scopes, todo, notes = placeholders.scope_list("SCOPES", choose(_metascopes(doc)))
    items: list[Placeholder] = [secret, *todo]
    jsonfmt.edit(doc, _changes(doc, scopes, secret.value))
    if "CLIENT_SECRETS" not in doc:
        jsonfmt.insert_after(doc, "CLIENT_ID", "CLIENT_SECRETS", [secret.value])
    if "SCOPES" not in doc:
        jsonfmt.insert_after(doc, "ORG_ID", "SCOPES", scopes)
    if "TECHNICAL_ACCOUNT_EMAIL" not in doc:
        email = placeholders.tech_email("TECHNICAL_ACCOUNT_EMAIL")
        jsonfmt.insert_after(doc, "TECHNICAL_ACCOUNT_ID", "TECHNICAL_ACCOUNT_EMAIL", email.value)
        items.append(email)
    notes = (*notes, "Service Account (JWT) download rewritten in the OAuth Server-to-Server shape; "
             "the private key and certificate are no longer needed")
    return FixResult(jsonfmt.rewrite(text, doc), tuple(items), notes)
