"""Exchange AEM as a Cloud Service service credentials for an access token.

The credentials JSON comes from the AEM Developer Console of the environment.
Usage: python scripts/aem_access_token.py path/to/service-credentials.json
"""
import json
import sys
import time

import jwt
import requests


def load_integration(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)["integration"]


def access_token(integration: dict) -> str:
    ims = integration["imsEndpoint"]
    tech = integration["technicalAccount"]
    payload = {
        "iss": integration["org"],
        "sub": integration["id"],
        "exp": int(time.time()) + 60 * 60,
        "aud": f"https://{ims}/c/{tech['clientId']}",
    }
    for scope in integration["metascopes"].split(","):
        payload[f"https://{ims}/s/{scope}"] = True
    signed = jwt.encode(payload, integration["privateKey"], algorithm="RS256")
    resp = requests.post(
        f"https://{ims}/ims/exchange/jwt",
        data={"client_id": tech["clientId"], "client_secret": tech["clientSecret"], "jwt_token": signed},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


if __name__ == "__main__":
    print(access_token(load_integration(sys.argv[1])))
