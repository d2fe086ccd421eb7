"""Service Account (JWT) token exchange.

Adobe deprecated this credential type; it is kept only for tenants whose
auth_mode is still "jwt". Do not add new callers.
"""
import logging
import time

import jwt
import requests
from cryptography.hazmat.primitives import serialization
from django.conf import settings

log = logging.getLogger(__name__)

JWT_EXCHANGE_URL = f"{settings.ADOBE_IMS_HOST}/ims/exchange/jwt/"


def _load_private_key(cred):
    password = cred.private_key_passphrase.encode() if cred.private_key_passphrase else None
    return serialization.load_pem_private_key(cred.private_key.encode(), password=password)


def build_claims(cred, now=None):
    now = int(now or time.time())
    claims = {
        "exp": now + settings.ADOBE_JWT_LIFETIME_SECONDS,
        "iss": cred.org_id,
        "sub": cred.technical_account_id,
        "aud": f"{settings.ADOBE_IMS_HOST}/c/{cred.client_id}",
    }
    for metascope in cred.metascope_list() or settings.ADOBE_DEFAULT_METASCOPES:
        claims[f"{settings.ADOBE_IMS_HOST}/s/{metascope}"] = True
    return claims


def fetch_token(cred):
    """Return (access_token, ttl_seconds) for a JWT tenant."""
    assertion = jwt.encode(build_claims(cred), _load_private_key(cred), algorithm="RS256")
    resp = requests.post(
        JWT_EXCHANGE_URL,
        data={
            "client_id": cred.client_id,
            "client_secret": cred.client_secret,
            "jwt_token": assertion,
        },
        timeout=20,
    )
    if resp.status_code != 200:
        log.warning("IMS JWT exchange failed for tenant=%s: %s", cred.tenant_id, resp.text[:300])
        resp.raise_for_status()
    body = resp.json()
    # IMS returns expires_in in milliseconds for this grant
    ttl = int(body["expires_in"]) // 1000
    return body["access_token"], ttl
