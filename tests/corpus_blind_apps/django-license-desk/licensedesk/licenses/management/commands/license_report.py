"""Monthly licence report for Finance. Not yet moved to the shared connection helper."""
import csv
import os
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from umapi_client import Connection, JWTAuth, UsersQuery


class Command(BaseCommand):
    help = "Write a CSV of users and their product profiles"

    def add_arguments(self, parser):
        parser.add_argument("--out", default="-")

    def handle(self, *args, **opts):
        cfg = settings.ADOBE_UMAPI
        auth = JWTAuth(
            org_id=cfg["org_id"],
            client_id=cfg["client_id"],
            client_secret=cfg["client_secret"],
            tech_acct_id=os.environ["ADOBE_TECH_ACCT_ID"],
            priv_key_data=Path(os.environ["ADOBE_PRIVATE_KEY_FILE"]).read_text(),
        )
        conn = Connection(org_id=cfg["org_id"], auth=auth)
        out = sys.stdout if opts["out"] == "-" else open(opts["out"], "w", newline="")
        writer = csv.writer(out)
        writer.writerow(["email", "type", "status", "groups"])
        for user in UsersQuery(conn):
            writer.writerow([user["email"], user["type"], user["status"], ";".join(user.get("groups", []))])
