#!/usr/bin/env python3
"""Posts a message to the #aem-releases Teams channel via Microsoft Graph (app-only)."""
import json
import os
import sys
import urllib.parse
import urllib.request

TENANT = os.environ.get("TEAMS_TENANT", "excorp.onmicrosoft.com")
TEAM_ID = "3f2e1d0c-9b8a-4765-8432-10fedcba9876"
CHANNEL_ID = "19:fakechannelid0123456789@thread.tacv2"


def graph_token():
    data = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ["AZ_CLIENT_ID"],
        "client_secret": os.environ["AZ_CLIENT_SECRET"],
        "scope": "https://graph.microsoft.com/.default",
    }).encode()
    url = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=15) as r:
        return json.load(r)["access_token"]


def main(text):
    req = urllib.request.Request(
        f"https://graph.microsoft.com/v1.0/teams/{TEAM_ID}/channels/{CHANNEL_ID}/messages",
        data=json.dumps({"body": {"content": text}}).encode(),
        headers={"Authorization": f"Bearer {graph_token()}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=15)


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "ping")
