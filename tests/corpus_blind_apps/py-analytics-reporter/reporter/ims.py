"""Access token for the Analytics 2.0 API (technical account)."""
import time

import jwt  # PyJWT
import requests

from .settings import load_config

_CACHE = {"token": None, "expires_at": 0.0}


def _claims(cfg):
    now = int(time.time())
    claims = {
        "exp": now + 60 * 5,
        "iss": cfg["orgid"],
        "sub": cfg["technicalaccountid"],
        "aud": f"https://{cfg['imshost']}/c/{cfg['apikey']}",
    }
    for scope in cfg["metascopes"].split(","):
        claims[f"https://{cfg['imshost']}/s/{scope.strip()}"] = True
    return claims


def _signed_assertion(cfg):
    with open(cfg["key_path"], "rb") as fh:
        private_key = fh.read()
    return jwt.encode(_claims(cfg), private_key, algorithm="RS256")


def get_access_token(force=False):
    cfg = load_config()
    if not force and _CACHE["token"] and time.time() < _CACHE["expires_at"] - 60:
        return _CACHE["token"]
    resp = requests.post(
        cfg["imsexchange"],
        data={
            "client_id": cfg["apikey"],
            "client_secret": cfg["secret"],
            "jwt_token": _signed_assertion(cfg),
        },
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    _CACHE["token"] = body["access_token"]
    # IMS answers in milliseconds
    _CACHE["expires_at"] = time.time() + body["expires_in"] / 1000
    return _CACHE["token"]


def auth_headers():
    cfg = load_config()
    return {
        "Authorization": "Bearer " + get_access_token(),
        "x-api-key": cfg["apikey"],
        "x-gw-ims-org-id": cfg["orgid"],
    }
