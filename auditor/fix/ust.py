"""User Sync Tool `connector-umapi.yml` / `connector-adobe-console.yml`: `authentication_method: oauth`,
no technical account or private key settings, no JWT exchange endpoint; comments and order kept."""
from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from auditor.fix import placeholders, yamlrt
from auditor.fix.model import FixResult

_BLOCKS = ("enterprise", "integration")
_JWT_ONLY = ("tech_acct_id", "tech_acct", "priv_key_path", "priv_key_data", "priv_key_pass",
             "secure_priv_key_data_key", "secure_priv_key_pass_key")
_JWT_ENDPOINTS = ("ims_endpoint_jwt", "auth_endpoint")
_PREFILTER = ("tech_acct", "priv_key", "ims_endpoint_jwt", "authentication_method")


def _blocks(data: CommentedMap) -> list[tuple[str, CommentedMap]]:
    return [(name, data[name]) for name in _BLOCKS if isinstance(data.get(name), CommentedMap)]


def _is_jwt(data: Any) -> bool:
    if not isinstance(data, CommentedMap):
        return False
    blocks = [block for _, block in _blocks(data) if "org_id" in block]
    if not blocks:
        return False
    has_jwt_keys = any(key in block for block in blocks for key in _JWT_ONLY)
    method = str(data.get("authentication_method", "jwt")).strip().lower()
    return has_jwt_keys or method == "jwt"


def detect(path: str, text: str) -> bool:
    """A UST connector config that authenticates with JWT (explicitly, or by default with JWT keys)."""
    if not any(word in text for word in _PREFILTER) or "org_id" not in text:
        return False
    doc = yamlrt.load(text)
    return doc is not None and _is_jwt(doc.data)


def _set_method(data: CommentedMap) -> None:
    if "authentication_method" in data:
        yamlrt.set_value(data, "authentication_method", "oauth")
    else:
        yamlrt.insert(data, 0, "authentication_method", "oauth", blank_after=True)


def _fix_block(name: str, block: CommentedMap) -> list[str]:
    gone = [key for key in _JWT_ONLY if key in block]
    for key in gone:
        yamlrt.delete_key(block, key)
    if "api_key" in block and "client_id" not in block:
        yamlrt.rename_key(block, "api_key", "client_id")
    notes = [f"{name}: removed JWT keys {', '.join(gone)}"] if gone else []
    if "client_secret" in block:
        notes.append(placeholders.kept_secret_note(f"{name}.client_secret"))
    return notes


def _fix_server(data: CommentedMap) -> list[str]:
    server = data.get("server")
    if not isinstance(server, CommentedMap):
        return []
    gone = [key for key in _JWT_ENDPOINTS if key in server and "exchange" in str(server[key])]
    if gone and len(gone) == len(server):
        # An emptied map cannot be written back in block style: drop the section with its comments.
        yamlrt.delete_key(data, "server")
        return [f"server: removed the section (it only set the JWT endpoint {', '.join(gone)}; "
                "OAuth uses the default /ims/token/v2)"]
    for key in gone:
        yamlrt.delete_key(server, key)
    return [f"server: removed JWT endpoint {', '.join(gone)} (OAuth uses the default /ims/token/v2)"] if gone else []


def rewrite(path: str, text: str) -> FixResult:
    """The OAuth form of the connector config."""
    doc = yamlrt.load(text)
    if doc is None:
        return FixResult(text)
    notes: list[str] = []
    _set_method(doc.data)
    for name, block in _blocks(doc.data):
        notes.extend(_fix_block(name, block))
    notes.extend(_fix_server(doc.data))
    notes.append("needs User Sync Tool >= 2.9.0; run it in test mode (-t) first, then delete the private key "
                 "(and its keyring entries)")
    return FixResult(yamlrt.dump(doc), (), tuple(notes))
