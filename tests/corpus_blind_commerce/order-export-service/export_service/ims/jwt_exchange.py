"""Service Account (JWT) token provider – remove once DATA-2291 is done."""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import jwt
import requests
from cryptography.hazmat.primitives import serialization

from export_service.settings import AdobeSettings

log = logging.getLogger(__name__)

EXCHANGE_PATH = "/ims/exchange/jwt"


class JwtTokenProvider:
    def __init__(self, settings: AdobeSettings, session: requests.Session | None = None):
        self._s = settings
        self._http = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _private_key(self):
        pem = Path(self._s.private_key_path).read_bytes()
        pw = self._s.private_key_passphrase
        return serialization.load_pem_private_key(pem, password=pw.get_secret_value().encode() if pw else None)

    def _signed_jwt(self) -> str:
        claims = {
            "exp": int(time.time()) + 300,
            "iss": self._s.org_id,
            "sub": self._s.technical_account_id,
            "aud": f"{self._s.ims_host}/c/{self._s.client_id}",
        }
        for metascope in self._s.metascopes:
            claims[f"{self._s.ims_host}/s/{metascope}"] = True
        return jwt.encode(claims, self._private_key(), algorithm="RS256")

    def token(self) -> str:
        with self._lock:
            if self._token and time.time() < self._expires_at - 120:
                return self._token
            resp = self._http.post(
                self._s.ims_host + EXCHANGE_PATH,
                data={
                    "client_id": self._s.client_id,
                    "client_secret": self._s.client_secret.get_secret_value(),
                    "jwt_token": self._signed_jwt(),
                },
                timeout=30,
            )
            if resp.status_code != 200:
                log.error("IMS exchange failed: %s %s", resp.status_code, resp.text[:500])
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.time() + body["expires_in"] / 1000  # IMS returns milliseconds
            return self._token
