"""Access tokens for Experience Platform."""
from __future__ import annotations

import logging
import time

import jwt
import requests

from . import settings

log = logging.getLogger(__name__)
_cache: dict = {"token": None, "expires_at": 0.0}


def _build_claims() -> dict:
    now = int(time.time())
    claims = {
        "exp": now + settings.TOKEN_LIFETIME,
        "iss": settings.ORG_ID,
        "sub": settings.TECHNICAL_ACCOUNT_ID,
        "aud": f"{settings.IMS_HOST}/c/{settings.CLIENT_ID}",
    }
    for metascope in settings.METASCOPES:
        claims[f"{settings.IMS_HOST}/s/{metascope}"] = True
    return claims


def get_access_token(force: bool = False) -> str:
    if not force and _cache["token"] and time.time() < _cache["expires_at"] - 60:
        return _cache["token"]

    private_key = settings.PRIVATE_KEY_PATH.read_bytes()
    signed = jwt.encode(_build_claims(), private_key, algorithm="RS256")

    resp = requests.post(
        settings.EXCHANGE_URL,
        data={
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.CLIENT_SECRET,
            "jwt_token": signed,
        },
        timeout=30,
    )
    if resp.status_code != 200:
        log.error("IMS returned %s: %s", resp.status_code, resp.text[:200])
        resp.raise_for_status()

    body = resp.json()
    _cache["token"] = body["access_token"]
    # IMS sends expires_in in milliseconds
    _cache["expires_at"] = time.time() + body["expires_in"] / 1000
    log.info("new AEP token, valid for %.0f min", (_cache["expires_at"] - time.time()) / 60)
    return _cache["token"]


def platform_headers() -> dict:
    return {
        "Authorization": f"Bearer {get_access_token()}",
        "x-api-key": settings.CLIENT_ID,
        "x-gw-ims-org-id": settings.ORG_ID,
        "x-sandbox-name": settings.SANDBOX,
        "Accept": "application/json",
    }
