"""App Builder / Developer Console workspace JSON: a credential with `integration_type: service` and a
`jwt` object becomes `integration_type: oauth_server_to_server` with an `oauth_server_to_server` object."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, is_exempt, split_metascopes


def _is_jwt_credential(obj: Any) -> bool:
    # `integration_type: service` alone is also a Home Assistant manifest value: require the `jwt` object.
    if not isinstance(obj, dict) or obj.get("integration_type") != "service":
        return False
    jwt = obj.get("jwt")
    return isinstance(jwt, dict) and not is_exempt(split_metascopes(jwt.get("meta_scopes", "")))


def credentials(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(key path, credential) of every JWT credential anywhere in the document."""
    if _is_jwt_credential(node):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from credentials(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from credentials(value, f"{path}[{index}]")


def detect(path: str, text: str) -> bool:
    """A JSON document with a Service Account (JWT) credential entry."""
    doc = jsonfmt.load_object(text)
    return doc is not None and any(True for _ in credentials(doc))


def _oauth_block(jwt: dict[str, Any], where: str, env_suffix: str) -> tuple[dict[str, Any], list[Placeholder],
                                                                             list[str]]:
    secret = placeholders.client_secret(f"{where}.client_secrets[0]",
                                        placeholders.env_name(placeholders.CLIENT_SECRET_ENV, env_suffix))
    choice = choose(split_metascopes(jwt.get("meta_scopes", "")))
    scopes, todo, notes = placeholders.scope_list(f"{where}.scopes", choice)
    block = dict(jwt)
    jsonfmt.edit(block, {"client_secret": ("client_secrets", [secret.value]), "meta_scopes": ("scopes", scopes),
                         "private_key": None, "passphrase": None})
    items = [secret, *todo]
    if "client_secrets" not in block:
        jsonfmt.insert_after(block, "client_id", "client_secrets", [secret.value])
    if "technical_account_email" not in block:
        email = placeholders.tech_email(f"{where}.technical_account_email",
                                        placeholders.env_name(placeholders.TECH_EMAIL_ENV, env_suffix))
        jsonfmt.insert_before(block, "technical_account_id", "technical_account_email", email.value)
        items.append(email)
    if "scopes" not in block:
        jsonfmt.insert_after(block, None, "scopes", scopes)
    return block, items, list(notes)


def convert(cred: dict[str, Any], where: str, env_suffix: str) -> tuple[list[Placeholder], list[str]]:
    """Rewrite one credential entry in place; return (todo, notes)."""
    block, todo, notes = _oauth_block(cred["jwt"], f"{where}.oauth_server_to_server", env_suffix)
    jsonfmt.edit(cred, {"integration_type": ("integration_type", "oauth_server_to_server"),
                        "jwt": ("oauth_server_to_server", block)})
    notes.append(f"{where}: Service Account (JWT) credential rewritten as OAuth Server-to-Server; "
                 "re-download the workspace JSON after migrating in the Developer Console")
    return todo, notes


def rewrite(path: str, text: str) -> FixResult:
    """The document with every JWT credential entry converted."""
    doc = jsonfmt.load(text)
    found = list(credentials(doc))
    todo: list[Placeholder] = []
    notes: list[str] = []
    for where, cred in found:
        suffix = str(cred.get("name", "")) if len(found) > 1 else ""
        more_todo, more_notes = convert(cred, where, suffix)
        todo.extend(more_todo)
        notes.extend(more_notes)
    return FixResult(jsonfmt.rewrite(text, doc), tuple(todo), tuple(notes))
