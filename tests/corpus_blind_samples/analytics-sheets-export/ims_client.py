#!/usr/bin/env python3
"""Adobe IMS client: exchanges a signed JWT for an access token.

Adapted from AdobeDocs/analytics-2.0-apis examples/jwt/python/ims_client.py.
"""
import configparser
import datetime
import logging
import time

import jwt
import requests

log = logging.getLogger(__name__)

_config = configparser.ConfigParser()
_config.read("config.ini")
CFG = _config["default"]

_token_cache = {"token": None, "expires_at": 0.0}


def _read_private_key():
    with open(CFG["key_path"], "r") as fh:
        return fh.read()


def get_jwt_token():
    payload = {
        "exp": datetime.datetime.utcnow() + datetime.timedelta(seconds=30),
        "iss": CFG["orgid"],
        "sub": CFG["technicalaccountid"],
        "aud": "https://{}/c/{}".format(CFG["imshost"], CFG["apikey"]),
    }
    for scope in CFG["metascopes"].split(","):
        payload["https://{}/s/{}".format(CFG["imshost"], scope.strip())] = True
    return jwt.encode(payload, _read_private_key(), algorithm="RS256")


def get_access_token():
    now = time.time()
    if _token_cache["token"] and now < _token_cache["expires_at"] - 60:
        return _token_cache["token"]
    post_body = {
        "client_id": CFG["apikey"],
        "client_secret": CFG["secret"],
        "jwt_token": get_jwt_token(),
    }
    log.info("requesting IMS access token")
    response = requests.post(CFG["imsexchange"], data=post_body, timeout=30)
    response.raise_for_status()
    body = response.json()
    _token_cache["token"] = body["access_token"]
    # IMS answers with expires_in in milliseconds
    _token_cache["expires_at"] = now + body["expires_in"] / 1000
    return _token_cache["token"]


def auth_headers():
    return {
        "Authorization": "Bearer " + get_access_token(),
        "x-api-key": CFG["apikey"],
        "x-proxy-global-company-id": _config["reports"]["global_company_id"],
        "Accept": "application/json",
    }
