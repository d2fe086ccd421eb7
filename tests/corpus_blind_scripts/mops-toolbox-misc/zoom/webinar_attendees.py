#!/usr/bin/env python3
"""Pull Zoom webinar attendees for a webinar id and print CSV for the Marketo import."""
import argparse
import base64
import csv
import os
import sys
import time

import jwt
import requests

API = "https://api.zoom.us/v2"


def s2s_token():
    """Zoom Server-to-Server OAuth app (account credentials grant)."""
    basic = base64.b64encode(f"{os.environ['ZOOM_CLIENT_ID']}:{os.environ['ZOOM_CLIENT_SECRET']}".encode()).decode()
    r = requests.post("https://zoom.us/oauth/token", params={
        "grant_type": "account_credentials",
        "account_id": os.environ["ZOOM_ACCOUNT_ID"],
    }, headers={"Authorization": f"Basic {basic}"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def legacy_jwt_token():
    """Old events account still has a Zoom JWT app (read-only archive job)."""
    return jwt.encode(
        {"iss": os.environ["ZOOM_API_KEY"], "exp": int(time.time()) + 120},
        os.environ["ZOOM_API_SECRET"],
        algorithm="HS256",
    )


def attendees(webinar_id, token):
    url, params = f"{API}/report/webinars/{webinar_id}/participants", {"page_size": 300}
    while True:
        page = requests.get(url, headers={"Authorization": f"Bearer {token}"}, params=params, timeout=60).json()
        yield from page.get("participants", [])
        if not page.get("next_page_token"):
            return
        params["next_page_token"] = page["next_page_token"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("webinar_id")
    ap.add_argument("--legacy-account", action="store_true")
    a = ap.parse_args()
    tok = legacy_jwt_token() if a.legacy_account else s2s_token()
    w = csv.writer(sys.stdout)
    w.writerow(["Email Address", "First Name", "Last Name", "Duration"])
    for p in attendees(a.webinar_id, tok):
        first, _, last = (p.get("name") or "").partition(" ")
        w.writerow([p.get("user_email"), first, last, p.get("duration")])


if __name__ == "__main__":
    main()
