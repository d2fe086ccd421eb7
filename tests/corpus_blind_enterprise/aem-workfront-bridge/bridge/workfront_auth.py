"""Workfront OAuth2 application, "server authentication (JWT flow)".

This is Workfront's own OAuth2 implementation (keys uploaded in Workfront Setup > OAuth2
Applications), not Adobe IMS.
"""
from __future__ import annotations

import os
import time

import jwt
import requests


def workfront_token() -> str:
    domain = os.environ["WORKFRONT_DOMAIN"]
    with open(os.environ["WORKFRONT_PRIVATE_KEY"]) as fh:
        private_key = fh.read()
    assertion = jwt.encode(
        {"exp": int(time.time()) + 300, "iss": os.environ["WORKFRONT_CUSTOMER_ID"], "sub": os.environ["WORKFRONT_USER_ID"]},
        private_key,
        algorithm="RS256",
    )
    resp = requests.post(
        f"https://{domain}.my.workfront.com/integrations/oauth2/api/v1/jwt/exchange",
        data={
            "client_id": os.environ["WORKFRONT_CLIENT_ID"],
            "client_secret": os.environ["WORKFRONT_CLIENT_SECRET"],
            "jwt_token": assertion,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
