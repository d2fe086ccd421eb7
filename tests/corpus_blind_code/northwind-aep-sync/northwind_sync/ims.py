"""Access tokens for Adobe APIs (OAuth Server-to-Server / client credentials)."""
import logging
import threading
import time

import requests
from tenacity import retry, stop_after_attempt, wait_exponential

from .config import AdobeCredentials

log = logging.getLogger(__name__)

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"
_REFRESH_MARGIN = 120  # seconds


class TokenProvider:
    def __init__(self, creds: AdobeCredentials, session: requests.Session = None):
        self._creds = creds
        self._session = session or requests.Session()
        self._lock = threading.Lock()
        self._token = None
        self._expires_at = 0.0

    @retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1, max=10), reraise=True)
    def _request(self) -> dict:
        resp = self._session.post(
            IMS_TOKEN_URL,
            data={
                "grant_type": "client_credentials",
                "client_id": self._creds.client_id,
                "client_secret": self._creds.client_secret,
                "scope": ",".join(self._creds.scopes),
            },
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

    def token(self) -> str:
        with self._lock:
            if self._token and time.monotonic() < self._expires_at - _REFRESH_MARGIN:
                return self._token
            payload = self._request()
            self._token = payload["access_token"]
            # seconds, ~24h
            self._expires_at = time.monotonic() + int(payload["expires_in"])
            log.info("new IMS token, valid for %ss", payload["expires_in"])
            return self._token

    def headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.token()}",
            "x-api-key": self._creds.client_id,
            "x-gw-ims-org-id": self._creds.org_id,
            "x-sandbox-name": self._creds.sandbox,
        }
