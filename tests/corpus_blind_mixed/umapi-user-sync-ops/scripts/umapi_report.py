"""Monthly seat report: product profile membership counts -> CSV for Procurement."""
import csv
import os
import sys

from umapi_client import Connection, OAuthS2S, UsersQuery

ORG_ID = "0A1B2C3D4E5F60718293A4B5@AdobeOrg"


def connect() -> Connection:
    # auth = JWTAuth(org_id=ORG_ID, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, tech_acct_id=TECH_ACCT, priv_key_data=open(KEY_PATH).read())
    auth = OAuthS2S(client_id=os.environ["ACME_UMAPI_CLIENT_ID"], client_secret=os.environ["ACME_UMAPI_CLIENT_SECRET"])
    return Connection(org_id=ORG_ID, auth=auth)


def main(out_path: str) -> None:
    conn = connect()
    counts: dict[str, int] = {}
    for user in UsersQuery(conn):
        for group in user.get("groups", []):
            counts[group] = counts.get(group, 0) + 1
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["product_profile", "members"])
        for name, n in sorted(counts.items()):
            w.writerow([name, n])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seat-report.csv")
