"""Adobe IMS access tokens for the CJA / AEP REST calls that cjapy and aepp do not wrap."""
import os
import time

import requests

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"
CJA_SCOPES = "openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function"

_cache: dict = {}


def get_access_token(client_id: str | None = None, client_secret: str | None = None,
                     scopes: str = CJA_SCOPES) -> str:
    client_id = client_id or os.environ["ADOBE_CLIENT_ID"]
    client_secret = client_secret or os.environ["ADOBE_CLIENT_SECRET"]
    hit = _cache.get((client_id, scopes))
    if hit and hit[1] > time.time() + 120:
        return hit[0]
    resp = requests.post(IMS_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
        "scope": scopes,
    }, timeout=30)
    resp.raise_for_status()
    body = resp.json()
    _cache[(client_id, scopes)] = (body["access_token"], time.time() + body["expires_in"])
    return body["access_token"]


# --- legacy JWT flow, kept until the JWT credential is deleted (UWR-641) -----------------
# import jwt
#
# def _legacy_jwt_token(client_id, client_secret, tech_account_id, org_id, key_path):
#     payload = {
#         "exp": int(time.time()) + 60 * 60,
#         "iss": org_id,
#         "sub": tech_account_id,
#         "aud": f"https://ims-na1.adobelogin.com/c/{client_id}",
#         "https://ims-na1.adobelogin.com/s/ent_dataservices_sdk": True,
#     }
#     with open(key_path) as fh:
#         signed = jwt.encode(payload, fh.read(), algorithm="RS256")
#     resp = requests.post("https://ims-na1.adobelogin.com/ims/exchange/jwt",
#                          data={"client_id": client_id, "client_secret": client_secret, "jwt_token": signed})
#     return resp.json()["access_token"]
