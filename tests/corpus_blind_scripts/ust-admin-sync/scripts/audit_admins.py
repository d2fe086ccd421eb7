#!/usr/bin/env python3
"""Dump admin roles for every user in the org as CSV (for the quarterly access review).

Uses the same credential as UST. umapi-client 2.x API (Connection + auth_dict).
"""
import csv
import os
import sys

import umapi_client
import yaml
from cryptography.hazmat.primitives import serialization

CONNECTOR = os.environ.get("UST_CONNECTOR", "/ust/connector-umapi.yml")


def _private_key_pem() -> bytes:
    with open(os.environ.get("UST_PRIV_KEY_PATH", "/run/secrets/ust_private_key"), "rb") as fh:
        key = serialization.load_pem_private_key(fh.read(), password=os.environ["UST_PRIV_KEY_PASS"].encode())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


def connect():
    with open(CONNECTOR) as fh:
        ent = yaml.safe_load(fh)["enterprise"]
    return umapi_client.Connection(
        org_id=ent["org_id"],
        auth_dict={
            "org_id": ent["org_id"],
            "tech_acct_id": ent["tech_acct_id"],
            "api_key": ent["client_id"],
            "client_secret": os.environ["UST_CLIENT_SECRET"],
            "private_key_data": _private_key_pem(),
        },
        ims_endpoint_jwt="/ims/exchange/jwt/",
        user_agent="ust-admin-sync/audit",
    )


def main():
    conn = connect()
    w = csv.writer(sys.stdout)
    w.writerow(["email", "type", "admin_roles"])
    for u in umapi_client.UsersQuery(conn):
        roles = u.get("adminRoles") or []
        if roles:
            w.writerow([u["email"], u.get("type"), ";".join(roles)])


if __name__ == "__main__":
    main()
