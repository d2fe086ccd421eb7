"""Pulls Amazon marketplace orders so they can be exported with the web orders."""
from __future__ import annotations

import os
import time

import requests

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
SP_API = "https://sellingpartnerapi-eu.amazon.com"

_cache: dict[str, tuple[str, float]] = {}


def _lwa_token(grantless_scope: str | None = None) -> str:
    key = grantless_scope or "refresh"
    if key in _cache and _cache[key][1] > time.time() + 60:
        return _cache[key][0]
    if grantless_scope:
        data = {"grant_type": "client_credentials", "scope": grantless_scope}
    else:
        data = {"grant_type": "refresh_token", "refresh_token": os.environ["SP_API_REFRESH_TOKEN"]}
    data |= {"client_id": os.environ["LWA_APP_ID"], "client_secret": os.environ["LWA_CLIENT_SECRET"]}
    resp = requests.post(LWA_TOKEN_URL, data=data, timeout=20)
    resp.raise_for_status()
    body = resp.json()
    _cache[key] = (body["access_token"], time.time() + body["expires_in"])
    return body["access_token"]


def list_orders(created_after: str, marketplace_id: str = "A1PA6795UKMFR9") -> list[dict]:
    resp = requests.get(
        f"{SP_API}/orders/v0/orders",
        params={"MarketplaceIds": marketplace_id, "CreatedAfter": created_after},
        headers={"x-amz-access-token": _lwa_token()},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["payload"]["Orders"]


def subscribe_order_notifications(destination_id: str) -> dict:
    token = _lwa_token("sellingpartnerapi::notifications")
    resp = requests.post(
        f"{SP_API}/notifications/v1/subscriptions/ORDER_CHANGE",
        json={"payloadVersion": "1.0", "destinationId": destination_id},
        headers={"x-amz-access-token": token},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
