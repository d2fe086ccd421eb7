"""Adobe IMS access token shared by the handlers (cached per Lambda container)."""
import os
import time

import requests

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"

_cache = {"token": None, "expires_at": 0.0}


def get_token() -> str:
    if _cache["token"] and _cache["expires_at"] - time.time() > 300:
        return _cache["token"]
    resp = requests.post(
        IMS_TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["ADOBE_CLIENT_ID"],
            "client_secret": os.environ["ADOBE_CLIENT_SECRET"],
            "scope": os.environ["ADOBE_SCOPES"],
        },
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache["token"] = body["access_token"]
    _cache["expires_at"] = time.time() + body["expires_in"]
    return _cache["token"]


# Pre-2.0 service account flow, kept for reference until the prod JWT credential is deleted.
#
# import jwt
#
# def _jwt_assertion():
#     claims = {
#         "exp": int(time.time()) + 300,
#         "iss": os.environ["ADOBE_ORG_ID"],
#         "sub": os.environ["ADOBE_TECH_ACCOUNT_ID"],
#         "aud": "https://ims-na1.adobelogin.com/c/" + os.environ["ADOBE_CLIENT_ID"],
#         "https://ims-na1.adobelogin.com/s/ent_ccas_sdk": True,
#     }
#     return jwt.encode(claims, os.environ["ADOBE_PRIVATE_KEY"], algorithm="RS256")
