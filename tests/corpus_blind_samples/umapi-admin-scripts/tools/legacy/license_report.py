#!/usr/bin/env python2
# -*- coding: utf-8 -*-
"""Weekly license report (runs on the old Python 2 cron host, umapi-client 2.x)."""
import csv
import os
import sys

import umapi_client
import yaml

with open(os.path.join(os.path.dirname(__file__), "..", "..", "config", "umapi.yaml")) as fh:
    cfg = yaml.safe_load(fh)

conn = umapi_client.Connection(org_id=cfg["org_id"], auth_dict={
    "api_key": cfg["client_id"],
    "client_secret": os.environ["UMAPI_CLIENT_SECRET"],
    "tech_acct_id": cfg["tech_acct_id"],
    "private_key_file": cfg["priv_key_path"],
}, ims_endpoint_jwt="/ims/exchange/jwt/")

writer = csv.writer(sys.stdout)
writer.writerow(["email", "status", "groups"])
for user in umapi_client.UsersQuery(conn):
    writer.writerow([user["email"], user["status"], ";".join(user.get("groups", []))])
