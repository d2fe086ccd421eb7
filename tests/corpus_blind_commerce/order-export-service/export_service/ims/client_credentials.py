"""OAuth Server-to-Server token provider (client credentials grant)."""
from __future__ import annotations

import threading
import time

import requests

from export_service.settings import AdobeSettings

TOKEN_PATH = "/ims/token/v3"


class ClientCredentialsTokenProvider:
    def __init__(self, settings: AdobeSettings, session: requests.Session | None = None):
        self._s = settings
        self._http = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def token(self) -> str:
        with self._lock:
            if self._token and time.time() < self._expires_at - 300:
                return self._token
            resp = self._http.post(
                self._s.ims_host + TOKEN_PATH,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._s.client_id,
                    "client_secret": self._s.client_secret.get_secret_value(),
                    "scope": self._s.oauth_scopes,
                },
                timeout=30,
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.time() + int(body["expires_in"])  # seconds
            return self._token
