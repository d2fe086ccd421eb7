"""Tags new DAM assets with Sensei Smart Content (AEM 6.5 on AMS)."""
import os
import time

import requests

IMS = "https://ims-na1.adobelogin.com"
CLIENT_ID = os.environ["SMART_TAGS_CLIENT_ID"]
CLIENT_SECRET = os.environ["SMART_TAGS_CLIENT_SECRET"]
SCOPES = "read_pc.dma_smart_content,openid,AdobeID,additional_info.projectedProductContext"

_token = {"value": None, "exp": 0}

# Old service-account flow, kept for reference until prod AMS is re-configured (MT-233)
# def _jwt_token():
#     claims = {
#         "exp": int(time.time()) + 300,
#         "iss": os.environ["SMART_TAGS_ORG_ID"],
#         "sub": os.environ["SMART_TAGS_TECH_ACCOUNT"],
#         "https://ims-na1.adobelogin.com/s/ent_smartcontent_sdk": True,
#         "aud": "https://ims-na1.adobelogin.com/c/" + CLIENT_ID,
#     }
#     signed = jwt.encode(claims, open("/run/secrets/smart_tags.key").read(), algorithm="RS256")
#     r = requests.post(IMS + "/ims/exchange/jwt", data={
#         "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "jwt_token": signed})
#     return r.json()["access_token"], r.json()["expires_in"] / 1000


def access_token():
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    r = requests.post(IMS + "/ims/token/v3", data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": SCOPES,
    }, timeout=20)
    r.raise_for_status()
    _token["value"] = r.json()["access_token"]
    _token["exp"] = time.time() + r.json()["expires_in"]
    return _token["value"]


def tag(asset_url):
    resp = requests.post(
        "https://smartcontent.adobe.io/v2/predict",
        headers={"Authorization": f"Bearer {access_token()}", "x-api-key": CLIENT_ID},
        json={"application-id": "excorp-dam", "content-type": "inline", "encoding": "url",
              "data": [{"content-id": asset_url, "content": asset_url}]},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()
