"""Webinar registrant counts from Zoom (Server-to-Server OAuth app)."""
import base64
import os

import requests

ZOOM_ACCOUNT_ID = os.environ.get("ZOOM_ACCOUNT_ID", "")
ZOOM_CLIENT_ID = os.environ.get("ZOOM_CLIENT_ID", "")
ZOOM_CLIENT_SECRET = os.environ.get("ZOOM_CLIENT_SECRET", "")


def _zoom_token():
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://zoom.us/oauth/token",
                      params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
                      headers={"Authorization": "Basic " + basic}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def webinar_registrants(webinar_id=os.environ.get("ZOOM_WEBINAR_ID", "81234567890")):
    r = requests.get(f"https://api.zoom.us/v2/webinars/{webinar_id}/registrants",
                     headers={"Authorization": "Bearer " + _zoom_token()}, timeout=30)
    r.raise_for_status()
    return r.json().get("registrants", [])
