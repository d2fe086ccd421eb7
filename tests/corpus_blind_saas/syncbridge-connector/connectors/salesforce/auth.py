"""Salesforce OAuth 2.0 JWT Bearer flow for the connected app."""
import time
from pathlib import Path

import jwt
import requests
from django.conf import settings


def _assertion(username: str) -> str:
    key = Path(settings.SALESFORCE_JWT_KEY_PATH).read_text()
    claims = {
        "iss": settings.SALESFORCE_CONSUMER_KEY,
        "sub": username,
        "aud": settings.SALESFORCE_LOGIN_URL,
        "exp": int(time.time()) + 180,
    }
    return jwt.encode(claims, key, algorithm="RS256")


def fetch_token(username: str) -> dict:
    resp = requests.post(
        f"{settings.SALESFORCE_LOGIN_URL}/services/oauth2/token",
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": _assertion(username),
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()  # {access_token, instance_url, id, token_type, scope}
