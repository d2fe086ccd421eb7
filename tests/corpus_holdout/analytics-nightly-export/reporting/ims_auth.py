"""Token helper for the nightly Analytics export.

We sign a short-lived assertion with the integration's private key and trade it
at IMS for a bearer token. Token is cached on disk between runs of the same night.
"""
import configparser
import json
import logging
import os
import time
from pathlib import Path

import jwt
import requests

log = logging.getLogger(__name__)

CACHE_FILE = Path(os.environ.get("TOKEN_CACHE", "/tmp/.aa_token.json"))


def _load_settings(path="config.ini"):
    cp = configparser.ConfigParser()
    cp.read(path)
    return cp["adobe"]


def _build_assertion(cfg):
    now = int(time.time())
    payload = {
        "exp": now + int(cfg.get("token_lifetime_seconds", "1800")),
        "iss": cfg["orgid"],
        "sub": cfg["technicalaccountid"],
        "aud": f"https://{cfg['imshost']}/c/{cfg['apikey']}",
    }
    for ms in cfg["metascopes"].split(","):
        payload[f"https://{cfg['imshost']}/s/{ms.strip()}"] = True
    with open(cfg["key_path"], "rb") as fh:
        pem = fh.read()
    return jwt.encode(payload, pem, algorithm="RS256")


def _exchange(cfg, assertion, retries=3):
    form = {
        "client_id": cfg["apikey"],
        "client_secret": os.environ["ANALYTICS_CLIENT_SECRET"],
        "jwt_token": assertion,
    }
    last = None
    for attempt in range(1, retries + 1):
        resp = requests.post(cfg["imsexchange"], data=form, timeout=30)
        if resp.status_code == 200:
            return resp.json()
        last = resp
        log.warning("IMS exchange failed (attempt %s): %s %s", attempt, resp.status_code, resp.text[:200])
        time.sleep(2 ** attempt)
    last.raise_for_status()


def get_token(config_path="config.ini"):
    if CACHE_FILE.exists():
        cached = json.loads(CACHE_FILE.read_text())
        if cached["expires_at"] > time.time() + 60:
            return cached["access_token"]
    cfg = _load_settings(config_path)
    body = _exchange(cfg, _build_assertion(cfg))
    # IMS returns expires_in in milliseconds here
    expires_at = time.time() + body["expires_in"] / 1000
    CACHE_FILE.write_text(json.dumps({"access_token": body["access_token"], "expires_at": expires_at}))
    return body["access_token"]
