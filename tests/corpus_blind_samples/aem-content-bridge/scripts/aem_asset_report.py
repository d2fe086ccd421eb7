#!/usr/bin/env python3
"""Nightly asset report from AEM as a Cloud Service (author), using the AEM service credentials."""
import json
import os
import time

import jwt
import requests

AEM_METASCOPE = "ent_aem_cloud_api"
AEM_HOST = os.environ.get("AEM_HOST", "https://author-p12345-e67890.adobeaemcloud.com")


def aem_token(path=os.environ.get("AEM_SERVICE_CREDENTIALS_PATH", "secrets/aem-service-credentials.json")):
    integ = json.load(open(path))["integration"]
    ims = "https://" + integ["imsEndpoint"]
    payload = {
        "exp": int(time.time()) + 300,
        "iss": integ["org"],
        "sub": integ["id"],
        "aud": f"{ims}/c/{integ['technicalAccount']['clientId']}",
        f"{ims}/s/{AEM_METASCOPE}": True,
    }
    signed = jwt.encode(payload, integ["privateKey"], algorithm="RS256")
    r = requests.post(f"{ims}/ims/exchange/jwt", data={
        "client_id": integ["technicalAccount"]["clientId"],
        "client_secret": integ["technicalAccount"]["clientSecret"],
        "jwt_token": signed,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main():
    headers = {"Authorization": "Bearer " + aem_token()}
    r = requests.get(f"{AEM_HOST}/api/assets/marketing.json", headers=headers, timeout=60)
    r.raise_for_status()
    for entity in r.json().get("entities", []):
        print(entity["properties"]["name"])


if __name__ == "__main__":
    main()
