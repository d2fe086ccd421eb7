"""Okta service app (client credentials + private_key_jwt) used to read groups."""
import os
import time
import uuid

import jwt
import requests

OKTA_DOMAIN = os.getenv("QUILL_OKTA_DOMAIN", "quillstack.okta.com")
TOKEN_URL = f"https://{OKTA_DOMAIN}/oauth2/v1/token"


def okta_token(scopes=("okta.groups.read", "okta.users.read")) -> str:
    client_id = os.environ["QUILL_OKTA_CLIENT_ID"]
    with open(os.environ["QUILL_OKTA_KEY_FILE"], encoding="utf-8") as fh:
        key = fh.read()
    now = int(time.time())
    client_assertion = jwt.encode(
        {"iss": client_id, "sub": client_id, "aud": TOKEN_URL, "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())},
        key,
        algorithm="RS256",
    )
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "scope": " ".join(scopes),
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": client_assertion,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
