"""`.env` variable sets: App Builder contexts (`AIO_ims_contexts_<ctx>_meta__scopes` / `_private__key` ->
`_scopes` / `_client__secrets`) and generic JWT-only variables (`*PRIVATE_KEY*`, `*META_SCOPE*`, `JWT_TOKEN`).

Removed variables are deleted (they are listed in the notes, not commented out: a commented private key
is still a committed private key). `TECHNICAL_ACCOUNT_ID` is kept: OAuth credentials keep the same
technical account (knowledge §2.10 marks it "both")."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

from auditor.fix import lines, placeholders
from auditor.fix.model import FixResult, Placeholder
from auditor.fix.scopes import choose, find_metascopes, is_exempt, split_metascopes

_AIO = re.compile(r"^(?P<prefix>AIO_ims_contexts_(?P<ctx>.+?)_)(?P<key>client__id|client__secrets?|technical__account"
                  r"__(?:id|email)|ims__org__id|meta__scopes|private__key|passphrase|scopes)$", re.I)
_AIO_JWT = ("meta__scopes", "private__key")
_PRIVATE = re.compile(r"PRIVATE_?_?KEY|PRIV_KEY", re.I)
_META = re.compile(r"^(?P<prefix>.*?)(?:_?META_?SCOPES?|_?METASCOPES?)$", re.I)
_JWT_TOKEN = re.compile(r"^(?:\w+_)?JWT_TOKEN$", re.I)
# Adobe context: identifiers, or variable names starting ADOBE_/AIO_/IMS_ (not the word "Adobe" in a comment).
_ADOBE = re.compile(r"adobelogin\.com|@AdobeOrg|@techacct\.adobe\.com|\bent_[a-z_]+_sdk\b"
                    r"|^[ \t]*(?:export[ \t]+)?(?:ADOBE|AIO|IMS)_\w*[ \t]*=", re.M)


def is_dotenv_name(path: str) -> bool:
    """`.env`, `.env.local`, `.env.example`, `prod.env`, ..."""
    name = os.path.basename(path)
    return name == ".env" or name.startswith(".env.") or name.endswith(".env")


@dataclass
class _Plan:
    physical: list[str]
    edits: dict[int, list[str]] = field(default_factory=dict)
    spans: dict[int, int] = field(default_factory=dict)
    todo: list[Placeholder] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def newline(self) -> str:
        return lines.newline_of(self.physical)

    def replace(self, entry: lines.Entry, pairs: list[tuple[str, str]]) -> None:
        self.edits[entry.start] = lines.block(entry, pairs, self.newline)
        self.spans[entry.start] = entry.end

    def add_after(self, entry: lines.Entry, pairs: list[tuple[str, str]]) -> None:
        kept = lines.original(self.physical, entry, self.newline)
        self.edits[entry.start] = kept + lines.block(entry, pairs, self.newline)
        self.spans[entry.start] = entry.end


def _aio_contexts(found: list[lines.Entry]) -> dict[str, dict[str, lines.Entry]]:
    groups: dict[str, dict[str, lines.Entry]] = {}
    for entry in found:
        match = _AIO.match(entry.name)
        if match:
            groups.setdefault(match.group("ctx"), {})[match.group("key").lower()] = entry
    return {ctx: keys for ctx, keys in groups.items() if any(key in keys for key in _AIO_JWT)}


def _generic_jwt(found: list[lines.Entry], text: str) -> list[lines.Entry]:
    if not _ADOBE.search(text) or is_exempt(find_metascopes(text)):
        return []
    return [e for e in found if not _AIO.match(e.name) and (_PRIVATE.search(e.name) or _META.match(e.name)
                                                             or _JWT_TOKEN.match(e.name))]


def detect(path: str, text: str) -> bool:
    """A dotenv file that carries App Builder JWT contexts or Adobe JWT-only variables."""
    if not is_dotenv_name(path):
        return False
    found = lines.entries(lines.split(text), "quote")
    return bool(_aio_contexts(found) or _generic_jwt(found, text))


def _unquote(value: str) -> str:
    return value.strip().strip("\"'")


def _json_style(entries: dict[str, lines.Entry]) -> bool:
    meta = entries.get("meta__scopes")
    return meta is None or _unquote(meta.value).startswith("[")


def _as_value(values: list[str], json_style: bool) -> str:
    return json.dumps(values) if json_style else ",".join(values)


def _fix_context(ctx: str, keys: dict[str, lines.Entry], plan: _Plan, suffix: str) -> None:
    first = next(iter(keys.values()))
    prefix = _AIO.match(first.name).group("prefix")  # type: ignore[union-attr]
    json_style = _json_style(keys)
    for key in ("private__key", "passphrase"):
        if key in keys:
            plan.replace(keys[key], [])
    _fix_context_scopes(keys, plan, prefix, json_style)
    _fix_context_secret(keys, plan, prefix, suffix, json_style)
    plan.notes.append(f"context {ctx}: removed JWT variables "
                      + ", ".join(keys[k].name for k in ("meta__scopes", "private__key", "passphrase") if k in keys)
                      + "; re-run `aio app use` after migrating the credential")


def _fix_context_secret(keys: dict[str, lines.Entry], plan: _Plan, prefix: str, suffix: str,
                        json_style: bool) -> None:
    if "client__secrets" in keys:
        if "client__secret" in keys:
            plan.replace(keys["client__secret"], [])
        return
    secret = placeholders.client_secret(f"{prefix}client__secrets",
                                        placeholders.env_name(placeholders.CLIENT_SECRET_ENV, suffix))
    pairs = [(prefix + "client__secrets", _as_value([secret.value], json_style))]
    plan.todo.append(secret)
    if "technical__account__email" not in keys:
        email = placeholders.tech_email(f"{prefix}technical__account__email",
                                        placeholders.env_name(placeholders.TECH_EMAIL_ENV, suffix))
        pairs.append((prefix + "technical__account__email", email.value))
        plan.todo.append(email)
    if "client__secret" in keys:
        plan.replace(keys["client__secret"], pairs)
        return
    anchor = keys.get("client__id") or keys.get("ims__org__id")
    if anchor is not None:
        plan.add_after(anchor, pairs)
    elif "private__key" in keys:
        plan.replace(keys["private__key"], pairs)


def _fix_context_scopes(keys: dict[str, lines.Entry], plan: _Plan, prefix: str, json_style: bool) -> None:
    meta = keys.get("meta__scopes")
    if meta is None or "scopes" in keys:
        if meta is not None:
            plan.replace(meta, [])
        return
    choice = choose(split_metascopes(_unquote(meta.value)))
    values, todo, notes = placeholders.scope_list(prefix + "scopes", choice)
    plan.replace(meta, [(prefix + "scopes", _as_value(values, json_style))])
    plan.todo.extend(todo)
    plan.notes.extend(notes)


def _fix_generic(entry: lines.Entry, names: set[str], plan: _Plan) -> None:
    meta = _META.match(entry.name)
    if not meta or _PRIVATE.search(entry.name):
        plan.replace(entry, [])
        plan.notes.append(f"{entry.name}: removed (JWT only)")
        return
    target = meta.group("prefix") + ("_SCOPES" if meta.group("prefix") else "SCOPES")
    target = target.lower() if entry.name.islower() else target
    if target in names:
        plan.replace(entry, [])
        plan.notes.append(f"{entry.name}: removed (JWT only; {target} already set)")
        return
    choice = choose(split_metascopes(_unquote(entry.value)))
    value, todo, notes = placeholders.scope_string(target, choice)
    plan.replace(entry, [(target, value)])
    plan.todo.extend(todo)
    plan.notes.extend((*notes, f"{entry.name}: replaced by {target}"))


def rewrite(path: str, text: str) -> FixResult:
    """The dotenv file with JWT variables replaced by their OAuth counterparts; other lines untouched."""
    physical = lines.split(text)
    found = lines.entries(physical, "quote")
    plan = _Plan(physical)
    contexts = _aio_contexts(found)
    for ctx, keys in contexts.items():
        _fix_context(ctx, keys, plan, ctx if len(contexts) > 1 else "")
    names = {entry.name for entry in found}
    for entry in _generic_jwt(found, text):
        _fix_generic(entry, names, plan)
    return FixResult(lines.apply(physical, plan.edits, plan.spans), tuple(plan.todo), tuple(plan.notes))
