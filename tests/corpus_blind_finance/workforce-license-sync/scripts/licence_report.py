#!/usr/bin/env python3
"""Monthly Adobe licence report for Software Asset Management (SAM-14).

Reads the same credential as UST (connector-umapi.yml) and writes an Excel file with
users per product profile.
"""
import argparse
import collections

import openpyxl
import umapi_client
import yaml


def connect(connector_path: str) -> umapi_client.Connection:
    with open(connector_path) as fh:
        cfg = yaml.safe_load(fh)
    ent = cfg["enterprise"]
    return umapi_client.Connection(
        org_id=ent["org_id"],
        auth_dict={
            "org_id": ent["org_id"],
            "tech_acct_id": ent["tech_acct_id"],
            "api_key": ent["client_id"],
            "client_secret": ent["client_secret"],
            "private_key_file": ent["priv_key_path"],
        },
        ims_host="ims-na1.adobelogin.com",
        ims_endpoint_jwt="/ims/exchange/jwt/",
        user_management_endpoint="https://usermanagement.adobe.io/v2/usermanagement",
    )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--connector", default="/opt/user-sync/connector-umapi.yml")
    p.add_argument("--out", default="adobe-licences.xlsx")
    args = p.parse_args()

    conn = connect(args.connector)
    counts = collections.Counter()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["email", "status", "groups"])
    for user in umapi_client.UsersQuery(conn):
        groups = user.get("groups", [])
        for g in groups:
            counts[g] += 1
        ws.append([user["email"], user.get("status"), ", ".join(groups)])
    summary = wb.create_sheet("summary")
    for g, n in counts.most_common():
        summary.append([g, n])
    wb.save(args.out)


if __name__ == "__main__":
    main()
