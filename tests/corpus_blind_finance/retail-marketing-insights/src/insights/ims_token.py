"""Access tokens for the Adobe APIs that aanalytics2/aepp do not cover (Target Admin API).

Two modes while MKTA-912 is in flight:
  * "jwt"   - legacy Service Account (JWT) credential
  * "oauth" - OAuth Server-to-Server credential (same client id, new client secret)
"""
import time
from dataclasses import dataclass

import jwt
import requests
from tenacity import retry, stop_after_attempt, wait_exponential

from insights import settings

JWT_EXCHANGE_URL = f"{settings.IMS_HOST}/ims/exchange/jwt"
TOKEN_URL = f"{settings.IMS_HOST}/ims/token/v3"


@dataclass
class Token:
    value: str
    expires_at: float


def _signed_jwt(client_id: str, tech_account_id: str, key_path: str, metascope: str) -> str:
    with open(key_path, "r", encoding="utf-8") as fh:
        private_key = fh.read()
    claims = {
        "exp": int(time.time()) + 15 * 60,
        "iss": settings.ORG_ID,
        "sub": tech_account_id,
        "aud": f"{settings.IMS_HOST}/c/{client_id}",
        f"{settings.IMS_HOST}/s/{metascope}": True,
    }
    return jwt.encode(claims, private_key, algorithm="RS256")


@retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=2))
def fetch_token(mode: str, client_id: str, client_secret: str, *, scopes: str = "",
                tech_account_id: str = "", key_path: str = "", metascope: str = "") -> Token:
    if mode == "oauth":
        resp = requests.post(TOKEN_URL, data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
            "scope": scopes,
        }, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        return Token(body["access_token"], time.time() + body["expires_in"] - 60)

    resp = requests.post(JWT_EXCHANGE_URL, data={
        "client_id": client_id,
        "client_secret": client_secret,
        "jwt_token": _signed_jwt(client_id, tech_account_id, key_path, metascope),
    }, timeout=30)
    resp.raise_for_status()
    body = resp.json()
    return Token(body["access_token"], time.time() + body["expires_in"] / 1000 - 60)
