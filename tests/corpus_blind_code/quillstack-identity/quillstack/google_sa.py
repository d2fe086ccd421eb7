"""Google Cloud Storage access with a service account, without the full SDK.

The container image is size constrained, so we sign the service-account
assertion ourselves (same thing google-auth does under the hood).
"""
import json
import os
import time

import jwt
import requests

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GCS_SCOPE = "https://www.googleapis.com/auth/devstorage.read_only"


def _service_account():
    with open(os.environ["QUILL_GCP_SA_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


def gcs_access_token() -> str:
    sa = _service_account()
    now = int(time.time())
    assertion = jwt.encode(
        {
            "iss": sa["client_email"],
            "scope": GCS_SCOPE,
            "aud": sa.get("token_uri", GOOGLE_TOKEN_URI),
            "iat": now,
            "exp": now + 3600,
        },
        sa["private_key"],
        algorithm="RS256",
        headers={"kid": sa["private_key_id"]},
    )
    resp = requests.post(
        sa.get("token_uri", GOOGLE_TOKEN_URI),
        data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]  # expires_in is seconds (3599)
