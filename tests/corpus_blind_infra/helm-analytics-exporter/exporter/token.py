"""IMS access token for the exporter.

Uses the Developer Console "Service Account (JWT)" credential of the
analytics-exporter project. Token is cached in-process for the job run.
"""
import os
import time

import jwt
import requests

IMS_HOST = os.environ.get("IMS_HOST", "https://ims-na1.adobelogin.com")
IMS_EXCHANGE_URL = os.environ["IMS_EXCHANGE_URL"]

_cache = {"token": None, "expires_at": 0}


def _signed_jwt():
    with open(os.environ["IMS_PRIVATE_KEY_PATH"], "r", encoding="ascii") as fh:
        private_key = fh.read()
    now = int(time.time())
    claims = {
        "exp": now + int(os.environ.get("IMS_TOKEN_TTL", "300")),
        "iss": os.environ["IMS_ORG_ID"],
        "sub": os.environ["IMS_TECHNICAL_ACCOUNT_ID"],
        "aud": os.environ["IMS_AUDIENCE"],
    }
    for ms in os.environ["IMS_METASCOPES"].split(","):
        claims[f"{IMS_HOST}/s/{ms.strip()}"] = True
    return jwt.encode(claims, private_key, algorithm="RS256")


def access_token():
    if _cache["token"] and _cache["expires_at"] - 60 > time.time():
        return _cache["token"]
    resp = requests.post(
        IMS_EXCHANGE_URL,
        data={
            "client_id": os.environ["IMS_CLIENT_ID"],
            "client_secret": os.environ["IMS_CLIENT_SECRET"],
            "jwt_token": _signed_jwt(),
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache["token"] = body["access_token"]
    # IMS answers expires_in in milliseconds
    _cache["expires_at"] = time.time() + body["expires_in"] / 1000
    return _cache["token"]
