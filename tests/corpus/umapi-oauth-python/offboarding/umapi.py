"""Remove leavers from the Adobe Admin Console."""
from __future__ import annotations

import keyring
import yaml
from umapi_client import Connection, OAuthS2S, UserAction


def connect(path: str = "connector-umapi.yml") -> Connection:
    with open(path, encoding="utf-8") as fh:
        ent = yaml.safe_load(fh)["enterprise"]
    secret = keyring.get_password("user_sync", ent["secure_client_secret_key"])
    auth = OAuthS2S(client_id=ent["client_id"], client_secret=secret)
    return Connection(org_id=ent["org_id"], auth=auth)


def remove(conn: Connection, emails: list[str]) -> int:
    for email in emails:
        conn.execute_single(UserAction(id_type="federatedID", email=email).remove_from_organization())
    return len(emails)
