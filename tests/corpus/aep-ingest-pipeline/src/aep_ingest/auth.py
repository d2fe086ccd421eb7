"""Access tokens for Adobe Experience Platform (service account)."""
from __future__ import annotations

import os
import time
import tomllib
from pathlib import Path

import jwt
import requests

SETTINGS = tomllib.loads(Path("settings.toml").read_text())["adobe"]
IMS_HOST = SETTINGS["ims_host"]


def _claims(client_id: str, org_id: str, tech_acct: str) -> dict:
    claims = {
        "exp": int(time.time()) + 60 * 5,
        "iss": org_id,
        "sub": tech_acct,
        "aud": f"https://{IMS_HOST}/c/{client_id}",
    }
    for scope in SETTINGS["meta_scopes"]:
        claims[f"https://{IMS_HOST}/s/{scope}"] = True
    return claims


def fetch_token() -> tuple[str, float]:
    """Return (access_token, expiry epoch)."""
    client_id = os.environ["ADOBE_CLIENT_ID"]
    client_secret = os.environ["ADOBE_CLIENT_SECRET"]
    key = Path(SETTINGS["private_key_path"]).read_text()
    claims = _claims(client_id, os.environ["ADOBE_ORG_ID"], os.environ["ADOBE_TECHNICAL_ACCOUNT_ID"])
    signed = jwt.encode(claims, key, algorithm="RS256")
    resp = requests.post(
        f"https://{IMS_HOST}{SETTINGS['ims_exchange']}",
        data={"client_id": client_id, "client_secret": client_secret, "jwt_token": signed},
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    # the exchange answers expires_in in milliseconds
    return body["access_token"], time.time() + body["expires_in"] / 1000
