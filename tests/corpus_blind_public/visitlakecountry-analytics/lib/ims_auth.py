"""Adobe IMS tokens for the raw Analytics 2.0 API calls (the parts aanalytics2 does not cover).

get_jwt_token() is the old Service Account path, kept until notebooks 01 and 03 move over.
"""
import json
import time

import jwt
import requests

IMS_HOST = "https://ims-na1.adobelogin.com"
JWT_EXCHANGE = f"{IMS_HOST}/ims/exchange/jwt"
TOKEN_V3 = f"{IMS_HOST}/ims/token/v3"
ANALYTICS_METASCOPE = "ent_analytics_bulk_ingest_sdk"


def load(path):
    with open(path) as fh:
        return json.load(fh)


def get_jwt_token(cfg):
    """Legacy: Service Account (JWT). Returns (token, lifetime_seconds)."""
    with open(cfg["pathToKey"]) as fh:
        private_key = fh.read()
    payload = {
        "exp": int(time.time()) + 30 * 60,
        "iss": cfg["org_id"],
        "sub": cfg["tech_id"],
        "aud": f"{IMS_HOST}/c/{cfg['client_id']}",
        f"{IMS_HOST}/s/{ANALYTICS_METASCOPE}": True,
    }
    encoded = jwt.encode(payload, private_key, algorithm="RS256")
    r = requests.post(JWT_EXCHANGE, data={"client_id": cfg["client_id"], "client_secret": cfg["secret"], "jwt_token": encoded}, timeout=30)
    r.raise_for_status()
    body = r.json()
    return body["access_token"], body["expires_in"] / 1000  # ms -> s


def get_oauth_token(cfg):
    """OAuth Server-to-Server. Returns (token, lifetime_seconds)."""
    r = requests.post(TOKEN_V3, data={
        "grant_type": "client_credentials",
        "client_id": cfg["client_id"],
        "client_secret": cfg["secret"],
        "scope": cfg["scopes"],
    }, timeout=30)
    r.raise_for_status()
    body = r.json()
    return body["access_token"], body["expires_in"]


def get_token(config_path):
    cfg = load(config_path)
    return get_oauth_token(cfg) if "scopes" in cfg else get_jwt_token(cfg)
