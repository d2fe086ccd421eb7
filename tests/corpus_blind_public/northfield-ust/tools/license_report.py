"""Monthly licence report for the Creative Cloud steering group.

Reads the same connector-umapi.yml as UST so there is only one place to rotate
credentials. Writes licence_report_YYYY-MM.csv next to the script.
"""
import csv
import datetime
import os

import keyring
import umapi_client
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UST_DIR = os.path.dirname(HERE)

PRODUCT_GROUPS = [
    "Creative Cloud All Apps - Faculty",
    "Creative Cloud All Apps - Staff",
    "Creative Cloud All Apps - Student Labs",
    "Acrobat Pro - Administrative",
    "Adobe Express Premium",
]


def connect():
    with open(os.path.join(UST_DIR, "connector-umapi.yml")) as fh:
        cfg = yaml.safe_load(fh)["enterprise"]
    auth = {
        "org_id": cfg["org_id"],
        "api_key": cfg["client_id"],
        "client_secret": keyring.get_password("user_sync", cfg["secure_client_secret_key"]),
        "tech_acct_id": cfg["tech_acct_id"],
        "private_key_file": os.path.join(UST_DIR, cfg["priv_key_path"]),
    }
    return umapi_client.Connection(org_id=cfg["org_id"], auth_dict=auth)


def main():
    conn = connect()
    month = datetime.date.today().strftime("%Y-%m")
    out = os.path.join(HERE, f"licence_report_{month}.csv")
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["product_profile", "user", "type", "country"])
        for group in PRODUCT_GROUPS:
            for user in umapi_client.UsersQuery(conn, in_group=group):
                w.writerow([group, user["email"], user["type"], user.get("country", "")])
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
