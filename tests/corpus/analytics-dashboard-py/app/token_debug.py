"""Print a token for manual API calls (debugging only)."""
import json

import requests

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"

with open("config/analytics-config.json", encoding="utf-8") as fh:
    cfg = json.load(fh)

r = requests.post(IMS_TOKEN_URL, data={
    "grant_type": "client_credentials",
    "client_id": cfg["client_id"],
    "client_secret": cfg["secret"],
    "scope": cfg["scopes"],
}, timeout=30)
r.raise_for_status()
print(r.json()["access_token"][:16] + "...", r.json()["expires_in"], "seconds")
