"""Adobe IMS token helper shared by the CJA jobs."""
import os
import time

import requests
from jwt import JWT, jwk_from_pem  # python-jwt, not PyJWT

IMS_HOST = os.environ.get("ADOBE_IMS_HOST", "https://ims-na1.adobelogin.com")
# Old endpoint that the first version of this job used:
# IMS_EXCHANGE = "https://ims-na1.adobelogin.com/ims/exchange/v1/jwt"


def _claims() -> dict:
    return {
        "exp": int(time.time()) + 30 * 60,
        "iss": os.environ["ADOBE_ORG_ID"],
        "sub": os.environ["ADOBE_TECH_ACCOUNT_ID"],
        "aud": IMS_HOST + "/c/" + os.environ["ADOBE_CLIENT_ID"],
        **{IMS_HOST + "/s/" + m.strip(): True for m in os.environ["ADOBE_METASCOPES"].split(",")},
    }


def fetch_token() -> str:
    key = jwk_from_pem(os.environ["ADOBE_PRIVATE_KEY"].encode())
    assertion = JWT().encode(_claims(), key, alg="RS256")
    resp = requests.post(
        IMS_HOST + "/ims/exchange/jwt",
        files={
            "client_id": (None, os.environ["ADOBE_CLIENT_ID"]),
            "client_secret": (None, os.environ["ADOBE_CLIENT_SECRET"]),
            "jwt_token": (None, assertion),
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def cja_headers(token: str) -> dict:
    return {
        "Authorization": f"Bearer {token}",
        "x-api-key": os.environ["ADOBE_CLIENT_ID"],
        "x-gw-ims-org-id": os.environ["ADOBE_ORG_ID"],
        "Content-Type": "application/json",
    }
