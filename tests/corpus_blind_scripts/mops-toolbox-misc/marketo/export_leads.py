#!/usr/bin/env python3
"""Bulk-export Marketo leads created in a date range (Marketo identity service, not Adobe IMS)."""
import os
import sys
import time

import requests

BASE = f"https://{os.environ['MKTO_MUNCHKIN']}.mktorest.com"


def token():
    r = requests.get(f"{BASE}/identity/oauth/token", params={
        "grant_type": "client_credentials",
        "client_id": os.environ["MKTO_CLIENT_ID"],
        "client_secret": os.environ["MKTO_CLIENT_SECRET"],
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def export(start, end):
    h = {"Authorization": f"Bearer {token()}"}
    job = requests.post(f"{BASE}/bulk/v1/leads/export/create.json", headers=h, json={
        "fields": ["email", "firstName", "lastName", "company", "createdAt"],
        "format": "CSV",
        "filter": {"createdAt": {"startAt": start, "endAt": end}},
    }).json()["result"][0]["exportId"]
    requests.post(f"{BASE}/bulk/v1/leads/export/{job}/enqueue.json", headers=h).raise_for_status()
    while True:
        st = requests.get(f"{BASE}/bulk/v1/leads/export/{job}/status.json", headers=h).json()["result"][0]["status"]
        if st == "Completed":
            break
        if st in ("Failed", "Cancelled"):
            sys.exit(f"export {job} {st}")
        time.sleep(30)
    sys.stdout.write(requests.get(f"{BASE}/bulk/v1/leads/export/{job}/file.json", headers=h).text)


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2])
