"""Which users in the client org hold CJA / Analytics product profiles.

python scripts/user_access_audit.py > access.csv
"""
import csv
import json
import sys

import umapi_client

PROFILES = ("Customer Journey Analytics - Analysts", "Analytics - Northwind Full Access")


def main():
    with open("config/cja_config.json") as fh:
        cfg = json.load(fh)
    conn = umapi_client.Connection(
        org_id=cfg["org_id"],
        auth_dict={
            "org_id": cfg["org_id"],
            "tech_acct_id": cfg["tech_id"],
            "api_key": cfg["client_id"],
            "client_secret": cfg["secret"],
            "private_key_file": "config/private.key",
        },
    )
    out = csv.writer(sys.stdout)
    out.writerow(["email", "profile"])
    for profile in PROFILES:
        for user in umapi_client.UsersQuery(conn, in_group=profile):
            out.writerow([user["email"], profile])


if __name__ == "__main__":
    main()
