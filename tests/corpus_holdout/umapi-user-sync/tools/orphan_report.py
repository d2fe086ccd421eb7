#!/usr/bin/env python3
"""List Adobe users that are not in any product profile (weekly licence clean-up)."""
import csv
import os
import sys

import click
import umapi_client
from umapi_client import OAuthS2S

ORG = os.environ.get("UMAPI_ORG_ID", "0A1B2C3D4E5F60718293A4B5@AdobeOrg")


def connect():
    auth = OAuthS2S(
        client_id=os.environ["UMAPI_CLIENT_ID"],
        client_secret=os.environ["UMAPI_CLIENT_SECRET"],
    )
    return umapi_client.Connection(org_id=ORG, auth=auth, user_agent="examplecorp-orphan-report/1.2")


@click.command()
@click.option("--out", default="-", help="CSV file, '-' for stdout")
def main(out):
    conn = connect()
    fh = sys.stdout if out == "-" else open(out, "w", newline="")
    w = csv.writer(fh)
    w.writerow(["email", "type", "status"])
    for user in umapi_client.UsersQuery(conn):
        if not user.get("groups"):
            w.writerow([user["email"], user["type"], user["status"]])


if __name__ == "__main__":
    main()
