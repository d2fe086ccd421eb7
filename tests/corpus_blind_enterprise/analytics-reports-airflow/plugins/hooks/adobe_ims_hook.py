"""Airflow hook returning an Adobe IMS access token (OAuth Server-to-Server credential)."""
from __future__ import annotations

import time

import requests
from airflow.hooks.base import BaseHook

IMS_TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"


class AdobeImsHook(BaseHook):
    conn_name_attr = "adobe_conn_id"
    default_conn_name = "adobe_analytics"
    hook_name = "Adobe IMS (OAuth Server-to-Server)"

    def __init__(self, adobe_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.adobe_conn_id = adobe_conn_id
        self._token: str | None = None
        self._expires_at = 0.0

    @property
    def conn(self):
        return self.get_connection(self.adobe_conn_id)

    def get_token(self) -> str:
        if self._token and time.time() < self._expires_at - 300:
            return self._token
        extra = self.conn.extra_dejson
        resp = requests.post(
            IMS_TOKEN_URL,
            data={
                "grant_type": "client_credentials",
                "client_id": self.conn.login,
                "client_secret": self.conn.password,
                "scope": extra["scopes"],
            },
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body["expires_in"])  # seconds
        return self._token

    def headers(self) -> dict[str, str]:
        extra = self.conn.extra_dejson
        return {
            "Authorization": f"Bearer {self.get_token()}",
            "x-api-key": self.conn.login,
            "x-proxy-global-company-id": extra["global_company_id"],
            "Accept": "application/json",
        }
