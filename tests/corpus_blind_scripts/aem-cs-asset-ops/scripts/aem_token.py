#!/usr/bin/env python3
"""Access token for AEM as a Cloud Service from AEM *service credentials*.

The JSON comes from the AEM Developer Console ("Get Service Credentials") and is
rotated there; the flow below is the one Adobe documents for server-to-server
calls into AEM CS.
"""
import json
import os
import sys
import time

import jwt
import requests

DEFAULT_FILE = "credentials/aem-service-credentials.json"


def load(path=None):
    with open(path or os.environ.get("AEM_SERVICE_CREDENTIALS_FILE", DEFAULT_FILE)) as fh:
        return json.load(fh)["integration"]


def access_token(creds):
    ims = creds["imsEndpoint"]
    client_id = creds["technicalAccount"]["clientId"]
    claims = {
        "iss": creds["org"],
        "sub": creds["id"],
        "exp": int(time.time()) + 60 * 60 * 8,
        "aud": f"https://{ims}/c/{client_id}",
    }
    for ms in creds["metascopes"].split(","):
        claims[f"https://{ims}/s/{ms}"] = True
    signed = jwt.encode(claims, creds["privateKey"], algorithm="RS256")
    r = requests.post(
        f"https://{ims}/ims/exchange/jwt",
        data={
            "client_id": client_id,
            "client_secret": creds["technicalAccount"]["clientSecret"],
            "jwt_token": signed,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


if __name__ == "__main__":
    sys.stdout.write(access_token(load()))
