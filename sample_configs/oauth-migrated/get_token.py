"""Get an Adobe IMS access token with the OAuth Server-to-Server credential."""
import json

import requests

with open("console-oauth-credential.json", encoding="utf-8") as fh:
    cred = json.load(fh)

resp = requests.post(
    "https://ims-na1.adobelogin.com/ims/token/v3",
    data={
        "grant_type": "client_credentials",
        "client_id": cred["CLIENT_ID"],
        "client_secret": cred["CLIENT_SECRETS"][0],
        "scope": ",".join(cred["SCOPES"]),
    },
    timeout=30,
)
resp.raise_for_status()
body = resp.json()
print("token expires in", body["expires_in"], "seconds")
