"""Access token for AEM as a Cloud Service from the AEM Developer Console service credentials.

Usage:
    from aem_token import get_token
    token = get_token()          # cached in ~/.cache/thornbury-aem-token.json
"""
import json
import os
import time

import jwt
import requests

CREDENTIALS = os.environ.get(
    "AEM_SERVICE_CREDENTIALS",
    os.path.join(os.path.dirname(__file__), "..", "secrets", "aem-service-credentials.json"),
)
CACHE = os.path.expanduser("~/.cache/thornbury-aem-token.json")


def _exchange(integration):
    ims = integration["imsEndpoint"]
    client_id = integration["technicalAccount"]["clientId"]
    payload = {
        "iss": integration["org"],
        "sub": integration["id"],
        "exp": int(time.time()) + 3600,
        "aud": f"https://{ims}/c/{client_id}",
    }
    for scope in integration["metascopes"].split(","):
        payload[f"https://{ims}/s/{scope}"] = True
    signed = jwt.encode(payload, integration["privateKey"], algorithm="RS256")
    resp = requests.post(
        f"https://{ims}/ims/exchange/jwt",
        data={
            "client_id": client_id,
            "client_secret": integration["technicalAccount"]["clientSecret"],
            "jwt_token": signed,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def get_token():
    try:
        with open(CACHE) as fh:
            cached = json.load(fh)
        if cached["expires_at"] > time.time() + 120:
            return cached["access_token"]
    except (OSError, ValueError, KeyError):
        pass
    with open(CREDENTIALS) as fh:
        integration = json.load(fh)["integration"]
    body = _exchange(integration)
    os.makedirs(os.path.dirname(CACHE), exist_ok=True)
    with open(CACHE, "w") as fh:
        json.dump({"access_token": body["access_token"], "expires_at": time.time() + int(body["expires_in"]) / 1000}, fh)
    return body["access_token"]


if __name__ == "__main__":
    print(get_token())
