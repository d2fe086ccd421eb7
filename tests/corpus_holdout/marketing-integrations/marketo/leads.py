"""Push webinar registrants into Marketo (REST API, Marketo's own OAuth)."""
import os

import requests

MUNCHKIN = os.environ.get("MARKETO_MUNCHKIN_ID", "123-ABC-456")
BASE = f"https://{MUNCHKIN}.mktorest.com"


def _token():
    r = requests.get(f"{BASE}/identity/oauth/token", params={
        "grant_type": "client_credentials",
        "client_id": os.environ["MARKETO_CLIENT_ID"],
        "client_secret": os.environ["MARKETO_CLIENT_SECRET"],
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def upsert(leads):
    r = requests.post(f"{BASE}/rest/v1/leads.json",
                      headers={"Authorization": f"Bearer {_token()}"},
                      json={"action": "createOrUpdate", "lookupField": "email", "input": leads},
                      timeout=60)
    r.raise_for_status()
    return r.json()["result"]
