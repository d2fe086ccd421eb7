"""Adobe IMS token handling.

We sign a JWT with the integration's private key and trade it for an
access token at IMS.  Tokens are cached on disk between cron runs so we do
not hammer IMS when the job is retried.
"""
import json
import logging
import os
import time
from pathlib import Path

import jwt  # PyJWT
import requests

from . import settings

log = logging.getLogger(__name__)

_CACHE = Path(os.getenv("ACME_TOKEN_CACHE", "/tmp/.acme_aa_token.json"))


def _load_private_key(path: str) -> str:
    with open(path, "r", encoding="utf-8") as fh:
        return fh.read()


def _build_claims() -> dict:
    now = int(time.time())
    claims = {
        "exp": now + settings.TOKEN_LIFETIME_SECONDS,
        "iss": settings.ORG_ID,
        "sub": settings.TECH_ACCOUNT_ID,
        "aud": f"{settings.ACME_IMS_HOST}/c/{settings.CLIENT_ID}",
    }
    for scope in settings.METASCOPES:
        claims[f"{settings.ACME_IMS_HOST}/s/{scope.strip()}"] = True
    return claims


def _sign(claims: dict) -> str:
    key = _load_private_key(settings.PRIVATE_KEY_PATH)
    return jwt.encode(claims, key, algorithm="RS256")


def _exchange(signed: str) -> dict:
    url = settings.ACME_IMS_HOST + settings.ACME_IMS_EXCHANGE_PATH
    resp = requests.post(
        url,
        data={
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.CLIENT_SECRET,
            "jwt_token": signed,
        },
        timeout=30,
    )
    if resp.status_code != 200:
        log.error("IMS exchange failed: %s %s", resp.status_code, resp.text)
        resp.raise_for_status()
    return resp.json()


def get_access_token(force: bool = False) -> str:
    if not force and _CACHE.exists():
        try:
            cached = json.loads(_CACHE.read_text())
            if cached.get("expires_at", 0) > time.time() + 300:
                return cached["access_token"]
        except (ValueError, KeyError):
            log.warning("ignoring corrupt token cache %s", _CACHE)

    body = _exchange(_sign(_build_claims()))
    # IMS reports the lifetime in milliseconds
    expires_at = time.time() + body["expires_in"] / 1000
    _CACHE.write_text(json.dumps({"access_token": body["access_token"], "expires_at": expires_at}))
    return body["access_token"]
