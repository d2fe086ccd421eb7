"""'Connect your Adobe account': Adobe IMS user sign-in (authorization code + refresh token).

Students sign in with their own Adobe ID / Enterprise ID; we only read their CC Libraries.
"""
import secrets
import urllib.parse

import requests
from flask import Blueprint, abort, current_app, redirect, request, session

from .store import load_refresh_token, save_refresh_token

bp = Blueprint("adobe", __name__, url_prefix="/adobe")


def _ini():
    return current_app.config["INI"]["adobe"]


@bp.get("/connect")
def connect():
    session["adobe_state"] = secrets.token_urlsafe(24)
    q = urllib.parse.urlencode({
        "client_id": _ini()["client_id"],
        "redirect_uri": _ini()["redirect_uri"],
        "scope": _ini()["scopes"],
        "response_type": "code",
        "state": session["adobe_state"],
    })
    return redirect(f"{_ini()['ims']}/ims/authorize/v2?{q}")


@bp.get("/callback")
def callback():
    if request.args.get("state") != session.pop("adobe_state", None):
        abort(400)
    r = requests.post(f"{_ini()['ims']}/ims/token/v3", data={
        "grant_type": "authorization_code",
        "client_id": _ini()["client_id"],
        "client_secret": current_app.config.get("ADOBE_CLIENT_SECRET") or _env_secret(),
        "code": request.args["code"],
    }, timeout=20)
    r.raise_for_status()
    tokens = r.json()
    save_refresh_token(session["user_id"], tokens["refresh_token"])
    session["adobe_access_token"] = tokens["access_token"]
    return redirect("/portfolio")


def user_access_token(user_id):
    r = requests.post(f"{_ini()['ims']}/ims/token/v3", data={
        "grant_type": "refresh_token",
        "client_id": _ini()["client_id"],
        "client_secret": _env_secret(),
        "refresh_token": load_refresh_token(user_id),
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def list_libraries(user_id):
    r = requests.get("https://cc-libraries.adobe.io/api/v1/libraries",
                     headers={"Authorization": f"Bearer {user_access_token(user_id)}",
                              "x-api-key": _ini()["client_id"]}, timeout=20)
    r.raise_for_status()
    return r.json().get("libraries", [])


def _env_secret():
    import os
    return os.environ["ADOBE_CLIENT_SECRET"]
