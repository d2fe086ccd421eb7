"""Tiny token cache shared by the ad-hoc scripts in ingest/ (not used by aanalytics2)."""
import json
import os
import time
import urllib.parse
import urllib.request

CACHE = os.path.expanduser("~/.cache/excorp/adobe_token.json")


def get_token():
    try:
        with open(CACHE) as fh:
            cached = json.load(fh)
        if cached["expires_at"] > time.time() + 300:
            return cached["access_token"]
    except (OSError, ValueError, KeyError):
        pass
    data = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ["ADOBE_CLIENT_ID"],
        "client_secret": os.environ["ADOBE_CLIENT_SECRET"],
        "scope": os.environ["ADOBE_SCOPES"],
    }).encode()
    url = os.environ.get("ADOBE_IMS_TOKEN_URL", "https://ims-na1.adobelogin.com/ims/token/v3")
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=20) as resp:
        body = json.load(resp)
    body["expires_at"] = time.time() + body["expires_in"]  # seconds
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "w") as fh:
        json.dump(body, fh)
    return body["access_token"]
