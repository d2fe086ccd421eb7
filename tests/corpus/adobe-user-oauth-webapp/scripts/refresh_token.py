"""Refresh a user's Adobe access token (user OAuth, not server-to-server)."""
import os
import sys

import requests

r = requests.post(
    "https://ims-na1.adobelogin.com/ims/token/v1",
    data={
        "grant_type": "refresh_token",
        "refresh_token": sys.argv[1],
        "client_id": os.environ["ADOBE_CLIENT_ID"],
        "client_secret": os.environ["ADOBE_CLIENT_SECRET"],
    },
    timeout=30,
)
print(r.json()["access_token"])
