"""Workfront project sync. Uses Workfront's own OAuth2 'server authentication (JWT flow)'."""
import os
import time

import jwt
import requests

WF_DOMAIN = os.environ.get("WF_DOMAIN", "examplecorp")
WF_BASE = f"https://{WF_DOMAIN}.my.workfront.com"
EXCHANGE = f"{WF_BASE}/integrations/oauth2/api/v1/jwt/exchange"


def _assertion():
    with open(os.path.join(os.path.dirname(__file__), "keys", "private.key"), "rb") as fh:
        key = fh.read()
    claims = {
        "exp": int(time.time()) + 600,
        "iss": os.environ["WF_CUSTOMER_ID"],
        "sub": os.environ["WF_USER_ID"],
    }
    return jwt.encode(claims, key, algorithm="RS256")


def access_token():
    r = requests.post(EXCHANGE, data={
        "client_id": os.environ["WF_CLIENT_ID"],
        "client_secret": os.environ["WF_CLIENT_SECRET"],
        "jwt_token": _assertion(),
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def open_projects():
    r = requests.get(f"{WF_BASE}/attask/api/v15.0/proj/search",
                     params={"status": "CUR", "fields": "name,plannedCompletionDate"},
                     headers={"Authorization": f"Bearer {access_token()}"}, timeout=60)
    r.raise_for_status()
    return r.json()["data"]
