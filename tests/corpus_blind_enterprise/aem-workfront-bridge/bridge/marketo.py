"""Marketo REST: tag approved assets as program assets (Marketo identity service)."""
import os

import requests


def marketo_token() -> str:
    resp = requests.get(
        f"{os.environ['MARKETO_BASE']}/identity/oauth/token",
        params={
            "grant_type": "client_credentials",
            "client_id": os.environ["MARKETO_CLIENT_ID"],
            "client_secret": os.environ["MARKETO_CLIENT_SECRET"],
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def add_file(program_id: int, name: str, url: str) -> dict:
    resp = requests.post(
        f"{os.environ['MARKETO_BASE']}/rest/asset/v1/files.json",
        headers={"Authorization": f"Bearer {marketo_token()}"},
        data={"name": name, "folder": f'{{"id": {program_id}, "type": "Program"}}', "insertOnly": "true"},
        files={"file": (name, requests.get(url, timeout=60).content)},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()
