"""Async poller for the I/O Events journal (Admin Console user events)."""
import asyncio
import time

import aiohttp
from django.conf import settings

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"


class JournalPoller:
    def __init__(self):
        self._token = None
        self._token_expiry = 0.0

    async def _access_token(self, session):
        if self._token and time.time() < self._token_expiry:
            return self._token
        cfg = settings.ADOBE_UMAPI
        form = {
            "grant_type": "client_credentials",
            "client_id": cfg["client_id"],
            "client_secret": cfg["client_secret"],
            "scope": ",".join(settings.ADOBE_IO_EVENTS["scopes"]),
        }
        async with session.post(IMS_TOKEN_URL, data=form) as resp:
            resp.raise_for_status()
            body = await resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + int(body["expires_in"]) - 120
        return self._token

    async def run(self, handle_event):
        url = settings.ADOBE_IO_EVENTS["journal_url"]
        async with aiohttp.ClientSession() as session:
            while True:
                headers = {
                    "Authorization": f"Bearer {await self._access_token(session)}",
                    "x-api-key": settings.ADOBE_UMAPI["client_id"],
                }
                async with session.get(url, headers=headers) as resp:
                    if resp.status == 204:
                        await asyncio.sleep(int(resp.headers.get("retry-after", "10")))
                        continue
                    page = await resp.json()
                for event in page.get("events", []):
                    await handle_event(event)
                next_link = page.get("_page", {}).get("next")
                url = next_link or url
