"""Workfront server-to-server auth: sign a JWT and exchange it (Workfront's own JWT flow)."""
import os
import time

import jwt
import requests
import yaml

cfg = yaml.safe_load(open("workfront/config.yaml"))["workfront"]


def workfront_token() -> str:
    payload = {
        "iss": cfg["client_id"],
        "sub": cfg["user_id"],
        "exp": int(time.time()) + 300,
    }
    signed = jwt.encode(payload, open(cfg["private_key_path"]).read(), algorithm="RS256")
    r = requests.post(
        f"https://{cfg['domain']}/integrations/oauth2/api/v1/jwt/exchange",
        data={
            "client_id": cfg["client_id"],
            "client_secret": os.environ["WORKFRONT_CLIENT_SECRET"],
            "jwt_token": signed,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]
