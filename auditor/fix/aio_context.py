"""aio-lib-ims JWT contexts (a context file, or `ims.contexts.<ctx>` in aio config) and the
Cloud Manager plugin context (`oauth_enabled`), rewritten to the OAuth Server-to-Server context shape."""
from __future__ import annotations

from typing import Any

from auditor.fix import jsonfmt, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, is_exempt, split_metascopes

_JWT_ONLY = ("private_key", "passphrase")


def _is_jwt_context(obj: Any) -> bool:
    # Require the technical account: a Google service account also has client_id + private_key.
    if not isinstance(obj, dict) or "client_id" not in obj or "technical_account_id" not in obj:
        return False
    jwt_keys = "meta_scopes" in obj or "private_key" in obj or obj.get("oauth_enabled") is False
    return jwt_keys and not is_exempt(split_metascopes(obj.get("meta_scopes", "")))


def contexts(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(key path, context name, context) of every JWT context: the document itself or ims.contexts.*."""
    if _is_jwt_context(doc):
        return [("", "", doc)]
    ims = doc.get("ims")
    table = ims.get("contexts") if isinstance(ims, dict) else None
    if not isinstance(table, dict):
        return []
    return [(f"ims.contexts.{name}", name, ctx) for name, ctx in table.items() if _is_jwt_context(ctx)]


def detect(path: str, text: str) -> bool:
    """A JSON document holding at least one aio-lib-ims JWT context."""
    doc = jsonfmt.load_object(text)
    return doc is not None and bool(contexts(doc))


def detect_cloudmanager(path: str, text: str) -> bool:
    """A JWT context that carries the Cloud Manager plugin's `oauth_enabled` flag."""
    doc = jsonfmt.load_object(text)
    return doc is not None and any("oauth_enabled" in ctx for _, _, ctx in contexts(doc))


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def convert(ctx: dict[str, Any], prefix: str, env_suffix: str) -> tuple[tuple[Placeholder, ...], tuple[str, ...]]:
    """Turn one JWT context into an OAuth S2S context in place; return (todo, notes)."""
    todo: list[Placeholder] = []
    notes: list[str] = []
    before = set(ctx)
    changes: dict[str, tuple[str, Any] | None] = {key: None for key in _JWT_ONLY}
    changes.update(_secret_change(ctx, prefix, env_suffix, todo))
    changes.update(_scopes_change(ctx, prefix, todo, notes))
    if "oauth_enabled" in ctx:
        changes["oauth_enabled"] = ("oauth_enabled", True)
    jsonfmt.edit(ctx, changes)
    _ensure_email(ctx, prefix, env_suffix, todo)
    gone = [key for key in ("client_secret", "meta_scopes", *_JWT_ONLY) if key in before and key not in ctx]
    key_file = "; delete the private key file and every copy of it" if "private_key" in gone else ""
    notes.append(f"{prefix or '(top level)'}: removed JWT keys {', '.join(gone)}{key_file}")
    return tuple(todo), tuple(notes)


def _secret_change(ctx: dict[str, Any], prefix: str, env_suffix: str,
                   todo: list[Placeholder]) -> dict[str, tuple[str, Any] | None]:
    if "client_secrets" in ctx:
        return {"client_secret": None}
    item = placeholders.client_secret(_join(prefix, "client_secrets[0]"),
                                      placeholders.env_name(placeholders.CLIENT_SECRET_ENV, env_suffix))
    todo.append(item)
    if "client_secret" not in ctx:
        jsonfmt.insert_after(ctx, "client_id", "client_secrets", [item.value])
        return {}
    return {"client_secret": ("client_secrets", [item.value])}


def _scopes_change(ctx: dict[str, Any], prefix: str, todo: list[Placeholder],
                   notes: list[str]) -> dict[str, tuple[str, Any] | None]:
    if "scopes" in ctx or "meta_scopes" not in ctx:
        if "scopes" not in ctx:
            todo_item = placeholders.scopes_todo(_join(prefix, "scopes"), choose(()))
            todo.append(todo_item)
            ctx["scopes"] = [todo_item.value]
        return {"meta_scopes": None}
    choice = choose(split_metascopes(ctx["meta_scopes"]))
    value, more_todo, more_notes = placeholders.scope_list(_join(prefix, "scopes"), choice)
    todo.extend(more_todo)
    notes.extend(more_notes)
    return {"meta_scopes": ("scopes", value)}


def _ensure_email(ctx: dict[str, Any], prefix: str, env_suffix: str, todo: list[Placeholder]) -> None:
    if "technical_account_email" in ctx:
        return
    item = placeholders.tech_email(_join(prefix, "technical_account_email"),
                                   placeholders.env_name(placeholders.TECH_EMAIL_ENV, env_suffix))
    todo.append(item)
    anchor = "technical_account_id" if "technical_account_id" in ctx else "ims_org_id"
    jsonfmt.insert_before(ctx, anchor, "technical_account_email", item.value)


def rewrite(path: str, text: str) -> FixResult:
    """The document with every JWT context converted."""
    doc = jsonfmt.load(text)
    found = contexts(doc)
    todo: list[Placeholder] = []
    notes: list[str] = []
    for prefix, name, ctx in found:
        more_todo, more_notes = convert(ctx, prefix, name if len(found) > 1 else "")
        todo.extend(more_todo)
        notes.extend(more_notes)
    return FixResult(jsonfmt.rewrite(text, doc), tuple(todo), tuple(notes))
