"""Access tokens for the Stock API (service account credential)."""
from __future__ import annotations

import time

import jwt
import requests
from cryptography.hazmat.primitives import serialization

from .constants import IMS_HOST, STOCK_IMS
from .settings import Settings


class ImsTokenError(RuntimeError):
    """Raised when IMS refuses the token request."""


def _load_private_key(settings: Settings):
    with open(settings.private_key_path, "rb") as handle:
        pem = handle.read()
    password = settings.private_key_passphrase.encode() if settings.private_key_passphrase else None
    return serialization.load_pem_private_key(pem, password=password)


def build_assertion(settings: Settings) -> str:
    now = int(time.time())
    claims = {
        "exp": now + STOCK_IMS["token_ttl_seconds"],
        "iss": settings.org_id,
        "sub": settings.technical_account_id,
        "aud": STOCK_IMS["aud_prefix"] + settings.client_id,
        f"{IMS_HOST}/s/{STOCK_IMS['metascope']}": True,
    }
    return jwt.encode(claims, _load_private_key(settings), algorithm="RS256")


class TokenProvider:
    def __init__(self, settings: Settings, session: requests.Session | None = None):
        self._settings = settings
        self._session = session or requests.Session()
        self._token: str | None = None
        self._fetched_at = 0.0

    def token(self) -> str:
        # IMS tokens live ~24h; refresh well before that.
        if self._token and time.time() - self._fetched_at < 20 * 3600:
            return self._token
        resp = self._session.post(
            STOCK_IMS["endpoint"],
            data={
                "client_id": self._settings.client_id,
                "client_secret": self._settings.client_secret,
                "jwt_token": build_assertion(self._settings),
            },
            timeout=30,
        )
        if resp.status_code != 200:
            raise ImsTokenError(f"IMS token request failed ({resp.status_code}): {resp.text[:200]}")
        self._token = resp.json()["access_token"]
        self._fetched_at = time.time()
        return self._token
