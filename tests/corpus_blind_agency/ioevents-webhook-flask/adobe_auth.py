"""IMS token helper.

Supports the legacy Service Account (JWT) credential and OAuth Server-to-Server while we
migrate. Switch with ADOBE_AUTH_MODE.
"""
import logging
import time

import jwt  # PyJWT
import requests

import settings

log = logging.getLogger(__name__)

_cache = {"token": None, "expires_at": 0.0}


def _jwt_token():
    """Legacy Service Account (JWT). Remove after the console migration (AG-412)."""
    now = int(time.time())
    claims = {
        "exp": now + 60 * 5,
        "iss": settings.ORG_ID,
        "sub": settings.TECH_ACCOUNT_ID,
        "aud": f"{settings.IMS_HOST}/c/{settings.CLIENT_ID}",
        f"{settings.IMS_HOST}/s/{settings.METASCOPE}": True,
    }
    with open(settings.PRIVATE_KEY_PATH, "rb") as fh:
        private_key = fh.read()
    assertion = jwt.encode(claims, private_key, algorithm="RS256")
    resp = requests.post(
        settings.IMS_HOST + settings.JWT_EXCHANGE_PATH,
        data={
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.CLIENT_SECRET,
            "jwt_token": assertion,
        },
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    # this endpoint reports expires_in in milliseconds
    return body["access_token"], body["expires_in"] / 1000


def _s2s_token():
    resp = requests.post(
        settings.IMS_HOST + settings.S2S_TOKEN_PATH,
        data={
            "grant_type": "client_credentials",
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.CLIENT_SECRET,
            "scope": settings.S2S_SCOPES,
        },
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    return body["access_token"], body["expires_in"]


def get_access_token():
    if _cache["token"] and _cache["expires_at"] - 60 > time.time():
        return _cache["token"]
    if settings.AUTH_MODE == "oauth":
        token, ttl = _s2s_token()
    else:
        log.warning("ADOBE_AUTH_MODE=%s: using the legacy credential", settings.AUTH_MODE)
        token, ttl = _jwt_token()
    _cache.update(token=token, expires_at=time.time() + ttl)
    return token


def auth_headers():
    return {
        "Authorization": f"Bearer {get_access_token()}",
        "x-api-key": settings.CLIENT_ID,
        "x-gw-ims-org-id": settings.ORG_ID,
    }
