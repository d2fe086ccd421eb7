"""Adobe IMS access token for the Analytics Bulk Data Insertion API.

Service-account flow: sign a short-lived JWT with the integration's private
key and trade it at IMS for a bearer token. Tokens are cached for the lifetime
of the Lambda container.
"""
import logging
import time

import jwt  # PyJWT
import requests

import settings

log = logging.getLogger(__name__)

_cache = {"token": None, "expires_at": 0.0}


def _build_claims() -> dict:
    now = int(time.time())
    claims = {
        "exp": now + 60 * 5,
        "iss": settings.ORG_ID,
        "sub": settings.TECH_ACCOUNT_ID,
        "aud": f"{settings.IMS_HOST}/c/{settings.CLIENT_ID}",
    }
    for scope in settings.METASCOPES:
        claims[f"{settings.IMS_HOST}/s/{scope.strip()}"] = True
    return claims


def _exchange(signed: str) -> dict:
    resp = requests.post(
        settings.IMS_EXCHANGE_URL,
        data={
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.client_secret(),
            "jwt_token": signed,
        },
        timeout=10,
    )
    if resp.status_code >= 400:
        log.error("IMS error %s: %s", resp.status_code, resp.text[:300])
    resp.raise_for_status()
    return resp.json()


def get_access_token() -> str:
    if _cache["token"] and time.time() < _cache["expires_at"] - 60:
        return _cache["token"]
    signed = jwt.encode(_build_claims(), settings.private_key_pem(), algorithm="RS256")
    body = _exchange(signed)
    # IMS hands back expires_in in milliseconds here
    _cache["expires_at"] = time.time() + body["expires_in"] / 1000
    _cache["token"] = body["access_token"]
    log.info("fetched new IMS access token")
    return _cache["token"]


def auth_headers() -> dict:
    return {
        "Authorization": f"Bearer {get_access_token()}",
        "x-api-key": settings.CLIENT_ID,
        "x-gw-ims-org-id": settings.ORG_ID,
    }
