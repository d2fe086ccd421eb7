#!/usr/bin/env python3
"""Mint an Adobe IMS access token without openssl 3 (ops-util-01 still runs CentOS 7).

Also hosts the weekly unsubscribe export because it needs the same token.
"""
import argparse
import csv
import os
import sys
import time

import jwt  # PyJWT
import requests

IMS = os.environ.get("ADOBE_IMS_HOST", "ims-na1.adobelogin.com")
ACS_TENANT = os.environ.get("ACS_TENANT", "examplecorp")


def signed_jwt():
    with open(os.environ["ADOBE_PRIVATE_KEY_PATH"], "rb") as fh:
        key = fh.read()
    claims = {
        "exp": int(time.time()) + 600,
        "iss": os.environ["ADOBE_ORG_ID"],
        "sub": os.environ["ADOBE_TECH_ACCOUNT_ID"],
        f"https://{IMS}/s/ent_campaign_sdk": True,
        "aud": f"https://{IMS}/c/{os.environ['ADOBE_CLIENT_ID']}",
    }
    return jwt.encode(claims, key, algorithm="RS256")


def access_token():
    r = requests.post(
        f"https://{IMS}/ims/exchange/jwt",
        data={
            "client_id": os.environ["ADOBE_CLIENT_ID"],
            "client_secret": os.environ["ADOBE_CLIENT_SECRET"],
            "jwt_token": signed_jwt(),
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def export_unsubscribes(out):
    token = access_token()
    url = f"https://mc.adobe.io/{ACS_TENANT}/campaign/profileAndServices/profile/byEmail"
    headers = {"Authorization": f"Bearer {token}", "x-api-key": os.environ["ADOBE_CLIENT_ID"]}
    w = csv.writer(out)
    w.writerow(["email", "blackListEmail", "lastModified"])
    params = {"_lineCount": 500}
    while url:
        page = requests.get(url, headers=headers, params=params, timeout=60).json()
        for p in page.get("content", []):
            if p.get("blackListEmail"):
                w.writerow([p["email"], True, p.get("lastModified")])
        url = page.get("next", {}).get("href")
        params = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--print-jwt", action="store_true")
    ap.add_argument("--export-unsubscribes", action="store_true")
    a = ap.parse_args()
    if a.print_jwt:
        print(signed_jwt())
    elif a.export_unsubscribes:
        export_unsubscribes(sys.stdout)
    else:
        print(access_token())


if __name__ == "__main__":
    main()
