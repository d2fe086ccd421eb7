"""Marketo REST client (Marketo's own OAuth; not Adobe IMS)."""
import configparser
import os

import requests

ini = configparser.ConfigParser()
ini.read("marketo/settings.ini")
MKT = ini["marketo"]


def marketo_token() -> str:
    r = requests.get(
        f"{MKT['identity_url']}/oauth/token",
        params={
            "grant_type": "client_credentials",
            "client_id": MKT["client_id"],
            "client_secret": os.environ["MARKETO_CLIENT_SECRET"],
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def leads_by_email(email: str) -> list[dict]:
    r = requests.get(
        f"{MKT['rest_url']}/v1/leads.json",
        params={"filterType": "email", "filterValues": email},
        headers={"Authorization": f"Bearer {marketo_token()}"},
        timeout=30,
    )
    return r.json().get("result", [])
