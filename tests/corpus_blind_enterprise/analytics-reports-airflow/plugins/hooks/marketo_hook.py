"""Marketo REST hook (Marketo's own identity service, not Adobe IMS)."""
from __future__ import annotations

import time

import requests
from airflow.hooks.base import BaseHook


class MarketoHook(BaseHook):
    def __init__(self, marketo_conn_id: str = "marketo") -> None:
        super().__init__()
        self.marketo_conn_id = marketo_conn_id
        self._token = None
        self._expires_at = 0.0

    def get_token(self) -> str:
        if self._token and time.time() < self._expires_at - 60:
            return self._token
        conn = self.get_connection(self.marketo_conn_id)
        resp = requests.get(
            f"{conn.host}/identity/oauth/token",
            params={"grant_type": "client_credentials", "client_id": conn.login, "client_secret": conn.password},
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + body["expires_in"]
        return self._token

    def get_leads_activities(self, since_token: str) -> list[dict]:
        conn = self.get_connection(self.marketo_conn_id)
        resp = requests.get(
            f"{conn.host}/rest/v1/activities.json",
            params={"nextPageToken": since_token, "activityTypeIds": "1,2,12"},
            headers={"Authorization": f"Bearer {self.get_token()}"},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json().get("result", [])
