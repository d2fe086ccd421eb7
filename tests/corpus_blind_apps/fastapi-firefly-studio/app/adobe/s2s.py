"""Server-to-server access token for Firefly / Photoshop APIs."""
import asyncio
import time

import httpx

from app.settings import Settings


class ServiceToken:
    def __init__(self, settings: Settings, http: httpx.AsyncClient):
        self._settings = settings
        self._http = http
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                await self._fetch()
            return self._token

    async def _fetch(self) -> None:
        resp = await self._http.post(
            self._settings.adobe_token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self._settings.adobe_client_id,
                "client_secret": self._settings.adobe_client_secret.get_secret_value(),
                "scope": self._settings.adobe_scopes,
            },
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        # expires_in is in seconds (~24h); refresh 10 minutes early
        self._expires_at = time.monotonic() + payload["expires_in"] - 600
