"""Salesforce OAuth 2.0 JWT bearer flow for the Bulk API extract (connected app 'dbt-ingest')."""
import os
import time

import jwt
import requests

LOGIN = os.environ.get("SF_LOGIN_URL", "https://login.salesforce.com")


def token():
    with open(os.environ.get("SF_KEY_PATH", "/secrets/salesforce/server.key")) as fh:
        key = fh.read()
    assertion = jwt.encode(
        {
            "iss": os.environ["SF_CONSUMER_KEY"],
            "sub": os.environ["SF_USERNAME"],
            "aud": LOGIN,
            "exp": int(time.time()) + 180,
        },
        key,
        algorithm="RS256",
    )
    resp = requests.post(
        f"{LOGIN}/services/oauth2/token",
        data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"], resp.json()["instance_url"]
