"""Auth0 machine-to-machine token for the partner API."""
import os

import requests


def partner_token() -> str:
    r = requests.post(
        "https://acme.eu.auth0.com/oauth/token",
        json={
            "grant_type": "client_credentials",
            "client_id": os.environ["AUTH0_CLIENT_ID"],
            "client_secret": os.environ["AUTH0_CLIENT_SECRET"],
            "audience": "https://partner-api.acme.example/",
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]
