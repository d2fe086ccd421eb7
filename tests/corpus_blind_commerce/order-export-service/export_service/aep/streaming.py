from __future__ import annotations

import requests

from export_service import settings


def send_batch(token: str, events: list[dict], session: requests.Session | None = None) -> None:
    a, e = settings.adobe(), settings.export()
    http = session or requests
    resp = http.post(
        e.aep_streaming_inlet.rstrip("/") + "/batch",
        json={"messages": events},
        headers={
            "Authorization": f"Bearer {token}",
            "x-api-key": a.client_id,
            "x-gw-ims-org-id": a.org_id,
            "x-sandbox-name": a.sandbox,
        },
        timeout=60,
    )
    resp.raise_for_status()
