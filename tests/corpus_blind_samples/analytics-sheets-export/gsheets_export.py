"""Push rows to Google Sheets with a GCP service account.

We mint the Google access token ourselves (JWT bearer grant) because the
google-auth version on the old cron host was too old for our proxy setup.
"""
import json
import time

import jwt
import requests

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets"


def _google_access_token(sa_file="keys/gcp-sheets-writer.json"):
    with open(sa_file) as fh:
        sa = json.load(fh)
    now = int(time.time())
    claims = {
        "iss": sa["client_email"],
        "scope": SHEETS_SCOPE,
        "aud": GOOGLE_TOKEN_URI,
        "iat": now,
        "exp": now + 3600,
    }
    assertion = jwt.encode(claims, sa["private_key"], algorithm="RS256",
                           headers={"kid": sa["private_key_id"]})
    r = requests.post(GOOGLE_TOKEN_URI, data={
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion": assertion,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def append_rows(sheet_id, rows, tab="daily!A1"):
    url = f"https://sheets.googleapis.com/v4/spreadsheets/{sheet_id}/values/{tab}:append"
    r = requests.post(url, params={"valueInputOption": "RAW"},
                      headers={"Authorization": "Bearer " + _google_access_token()},
                      json={"values": rows}, timeout=30)
    r.raise_for_status()
