"""Get an Adobe IMS access token with the Service Account (JWT) credential."""
import json
import time

import jwt  # PyJWT
import requests

IMS = "https://ims-na1.adobelogin.com"

with open("console-jwt-credential.json", encoding="utf-8") as fh:
    cred = json.load(fh)

payload = {
    "exp": int(time.time()) + 60 * 60 * 24,
    "iss": cred["ORG_ID"],
    "sub": cred["TECHNICAL_ACCOUNT_ID"],
    "aud": f"{IMS}/c/{cred['API_KEY']}",
    "https://ims-na1.adobelogin.com/s/ent_analytics_bulk_ingest_sdk": True,
}
with open("private.key", encoding="utf-8") as fh:
    signed = jwt.encode(payload, fh.read(), algorithm="RS256")

resp = requests.post(
    "https://ims-na1.adobelogin.com/ims/exchange/jwt",
    data={"client_id": cred["API_KEY"], "client_secret": cred["CLIENT_SECRET"], "jwt_token": signed},
    timeout=30,
)
resp.raise_for_status()
body = resp.json()
print("token expires in", body["expires_in"] / 1000, "seconds")  # JWT exchange answers in milliseconds
