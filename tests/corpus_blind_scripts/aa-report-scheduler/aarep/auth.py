"""Adobe IMS access token (client credentials), cached in-process."""
import time

import requests

from . import settings

_cache = {"token": None, "expires_at": 0.0}


def access_token() -> str:
    if _cache["token"] and _cache["expires_at"] - 300 > time.time():
        return _cache["token"]
    r = requests.post(
        settings.IMS_TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": settings.ADOBE_CLIENT_ID,
            "client_secret": settings.ADOBE_CLIENT_SECRET,
            "scope": settings.ADOBE_SCOPES,
        },
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    _cache["token"] = body["access_token"]
    _cache["expires_at"] = time.time() + body["expires_in"]  # seconds
    return _cache["token"]


def headers() -> dict:
    return {
        "Authorization": f"Bearer {access_token()}",
        "x-api-key": settings.ADOBE_CLIENT_ID,
        "x-proxy-global-company-id": settings.AA_COMPANY_ID,
    }
