"""The one placeholder convention: `<set from env NAME>`, plus the unknown-scopes text.

New values are never invented. A value the user must supply is written as `<set from env NAME>`,
meaning: put the value of environment variable NAME here (or wire NAME into your secret store), and
the todo list names the file, the key path and what NAME must hold. Scopes come from the §3 table
when every metascope in the file is mapped; otherwise the value is UNKNOWN_SCOPES.
"""
from __future__ import annotations

import re

from auditor.fix.model import Placeholder
from auditor.fix.scopes import ScopeChoice

UNKNOWN_SCOPES = "<copy the scopes from the credential's Scopes tab in the Developer Console>"
CLIENT_SECRET_ENV = "ADOBE_CLIENT_SECRET"
TECH_EMAIL_ENV = "ADOBE_TECHNICAL_ACCOUNT_EMAIL"
_PLACEHOLDER = re.compile(r"^<(set from env [A-Za-z0-9_]+|copy the scopes [^>]*)>$")


def from_env(env: str) -> str:
    """The text written in place of a value the user must supply."""
    return f"<set from env {env}>"


def is_placeholder(value: str) -> bool:
    """True for a value written by this package as a placeholder."""
    return bool(_PLACEHOLDER.match(value.strip().strip("\"'")))


def env_name(base: str, context: str = "") -> str:
    """`ADOBE_CLIENT_SECRET` or, for a named context among several, `ADOBE_CLIENT_SECRET_MYCTX`."""
    if not context:
        return base
    return f"{base}_{re.sub(r'[^A-Za-z0-9]+', '_', context).strip('_').upper()}"


def client_secret(key_path: str, env: str = CLIENT_SECRET_ENV) -> Placeholder:
    """The new credential's own client secret."""
    return Placeholder(key_path, from_env(env), "client secret of the OAuth Server-to-Server credential "
                       "(Developer Console > project > OAuth Server-to-Server > Retrieve client secret)", env)


def tech_email(key_path: str, env: str = TECH_EMAIL_ENV) -> Placeholder:
    """The technical account email shown on the OAuth credential."""
    return Placeholder(key_path, from_env(env), "technical account email of the OAuth Server-to-Server "
                       "credential (Developer Console > credential overview)", env)


def scopes_todo(key_path: str, choice: ScopeChoice) -> Placeholder:
    """The todo entry for scopes that could not be mapped."""
    if choice.unknown:
        why = f"no known OAuth scopes for metascope(s) {', '.join(choice.unknown)}"
    else:
        why = "no metascope in the file to map from"
    return Placeholder(key_path, UNKNOWN_SCOPES, f"OAuth scopes ({why}): copy them from the credential's "
                       "Scopes tab in the Developer Console")


def scopes_note(key_path: str, choice: ScopeChoice) -> str:
    """A review note for scopes filled in from the mapping table."""
    return (f"{key_path}: scopes mapped from metascope(s) {', '.join(choice.metascopes)}; "
            "compare with the credential's Scopes tab in the Developer Console")


def scope_list(key_path: str, choice: ScopeChoice) -> tuple[list[str], tuple[Placeholder, ...], tuple[str, ...]]:
    """(value as a list, todo, notes) for a scopes key."""
    if choice.scopes is None:
        return [UNKNOWN_SCOPES], (scopes_todo(key_path, choice),), ()
    return list(choice.scopes), (), (scopes_note(key_path, choice),)


def scope_string(key_path: str, choice: ScopeChoice, sep: str = ",") -> tuple[str, tuple[Placeholder, ...],
                                                                              tuple[str, ...]]:
    """(value as a separated string, todo, notes) for a scopes key."""
    values, todo, notes = scope_list(key_path, choice)
    return sep.join(values), todo, notes


def kept_secret_note(key_path: str) -> str:
    """Why an existing client secret is left in place."""
    return (f"{key_path}: kept the existing client secret; if the OAuth credential shows a different "
            "secret, replace it")
