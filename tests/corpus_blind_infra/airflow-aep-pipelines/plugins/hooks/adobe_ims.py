"""Airflow hook that hands out Adobe IMS access tokens (OAuth Server-to-Server).

Connection `adobe_ims_s2s`:
  host     = ims-na1.adobelogin.com
  login    = client id
  password = client secret
  extra    = {"scopes": [...], "org_id": "...@AdobeOrg"}
"""
import time

import requests
from airflow.hooks.base import BaseHook

TOKEN_PATH = "/ims/token/v3"
DEFAULT_SCOPES = ["openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext", "session"]


class AdobeImsHook(BaseHook):
    conn_name_attr = "adobe_conn_id"
    default_conn_name = "adobe_ims_s2s"
    hook_name = "Adobe IMS"

    def __init__(self, adobe_conn_id: str = default_conn_name):
        super().__init__()
        self.adobe_conn_id = adobe_conn_id
        self._token = None
        self._expires_at = 0.0

    def get_token(self) -> str:
        if self._token and time.time() < self._expires_at - 120:
            return self._token
        conn = self.get_connection(self.adobe_conn_id)
        extra = conn.extra_dejson
        resp = requests.post(
            f"https://{conn.host or 'ims-na1.adobelogin.com'}{TOKEN_PATH}",
            data={
                "grant_type": "client_credentials",
                "client_id": conn.login,
                "client_secret": conn.password,
                "scope": ",".join(extra.get("scopes", DEFAULT_SCOPES)),
            },
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body["expires_in"])  # seconds
        return self._token

    def headers(self, sandbox: str = "prod") -> dict:
        conn = self.get_connection(self.adobe_conn_id)
        return {
            "Authorization": f"Bearer {self.get_token()}",
            "x-api-key": conn.login,
            "x-gw-ims-org-id": conn.extra_dejson["org_id"],
            "x-sandbox-name": sandbox,
        }
