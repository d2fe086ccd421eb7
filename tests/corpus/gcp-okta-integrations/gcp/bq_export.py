"""Export yesterday's orders to BigQuery using the service account (self-signed JWT grant)."""
import json
import time

import jwt
import requests

TOKEN_URI = "https://oauth2.googleapis.com/token"


def access_token(sa_path: str = "gcp/service-account.json") -> str:
    sa = json.load(open(sa_path))
    now = int(time.time())
    assertion = jwt.encode(
        {
            "iss": sa["client_email"],
            "scope": "https://www.googleapis.com/auth/bigquery",
            "aud": TOKEN_URI,
            "iat": now,
            "exp": now + 3600,
        },
        sa["private_key"],
        algorithm="RS256",
        headers={"kid": sa["private_key_id"]},
    )
    r = requests.post(TOKEN_URI, data={
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion": assertion,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
