"""Access token for AEM as a Cloud Service, from the AEM Developer Console "service credentials".

These credentials are generated per environment in the AEM Developer Console
(Integrations > Get Service Credentials) and are not affected by the Developer Console
Service Account (JWT) deprecation.
"""
from __future__ import annotations

import json
import os
import time

import jwt
import requests

_cache: dict[str, float | str] = {}


def aem_access_token(path: str | None = None) -> str:
    if _cache and time.time() < float(_cache["expires_at"]) - 300:
        return str(_cache["token"])
    with open(path or os.environ["AEM_SERVICE_CREDENTIALS_FILE"]) as fh:
        integration = json.load(fh)["integration"]
    ims = integration["imsEndpoint"]
    client_id = integration["technicalAccount"]["clientId"]
    claims = {
        "iss": integration["org"],
        "sub": integration["id"],
        "exp": int(time.time()) + 600,
        "aud": f"https://{ims}/c/{client_id}",
    }
    for metascope in integration["metascopes"].split(","):
        claims[f"https://{ims}/s/{metascope}"] = True
    assertion = jwt.encode(claims, integration["privateKey"], algorithm="RS256")
    resp = requests.post(
        f"https://{ims}/ims/exchange/jwt",
        data={
            "client_id": client_id,
            "client_secret": integration["technicalAccount"]["clientSecret"],
            "jwt_token": assertion,
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], expires_at=time.time() + body["expires_in"] / 1000)
    return body["access_token"]
