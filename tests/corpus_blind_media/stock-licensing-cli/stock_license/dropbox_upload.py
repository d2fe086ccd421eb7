"""Deliver licensed files to the layout team's Dropbox folder."""
from __future__ import annotations

import json

import requests

DROPBOX_TOKEN_URL = "https://api.dropboxapi.com/oauth2/token"
DROPBOX_UPLOAD_URL = "https://content.dropboxapi.com/2/files/upload"


def dropbox_access_token(app_key: str, app_secret: str, refresh_token: str) -> str:
    """Short-lived Dropbox token from the long-lived refresh token."""
    resp = requests.post(
        DROPBOX_TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(app_key, app_secret),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def upload(access_token: str, path: str, payload: bytes) -> dict:
    resp = requests.post(
        DROPBOX_UPLOAD_URL,
        headers={
            "Authorization": f"Bearer {access_token}",
            "Dropbox-API-Arg": json.dumps({"path": path, "mode": "overwrite", "mute": True}),
            "Content-Type": "application/octet-stream",
        },
        data=payload,
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()
