#!/usr/bin/env python3
"""Weekly license report: counts users per product profile and mails it to IT asset mgmt."""
import sys

import yaml
from tabulate import tabulate
import umapi_client

CONF = "/opt/user-sync/connector-umapi.yml"


def connect():
    with open(CONF) as fh:
        cfg = yaml.safe_load(fh)
    ent = cfg["enterprise"]
    return umapi_client.Connection(
        org_id=ent["org_id"],
        auth_dict={
            "client_id": ent["client_id"],
            "client_secret": ent["client_secret"],
            "tech_acct_id": ent["tech_acct_id"],
            "private_key_file": ent["priv_key_path"],
        },
        ims_host="ims-na1.adobelogin.com",
        ims_endpoint_jwt="/ims/exchange/jwt/",
        user_management_endpoint="https://usermanagement.adobe.io/v2/usermanagement",
    )


def main():
    conn = connect()
    counts = {}
    for group in umapi_client.GroupsQuery(conn):
        counts[group["groupName"]] = group.get("memberCount", 0)
    print(tabulate(sorted(counts.items()), headers=["profile", "users"]))


if __name__ == "__main__":
    sys.exit(main())
