"""'Sign in with Adobe' for the brand asset portal (user OAuth, authorization code flow)."""
import os
import secrets
from urllib.parse import urlencode

import requests
from flask import Blueprint, redirect, request, session

bp = Blueprint("adobe_login", __name__)

IMS = "https://ims-na1.adobelogin.com"
CLIENT_ID = os.environ["ADOBE_WEB_CLIENT_ID"]
CLIENT_SECRET = os.environ["ADOBE_WEB_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("ADOBE_REDIRECT_URI", "https://brand.examplecorp.com/auth/adobe/callback")


@bp.get("/auth/adobe")
def start():
    session["oauth_state"] = secrets.token_urlsafe(24)
    q = urlencode({
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "scope": "openid,AdobeID,email,profile",
        "response_type": "code",
        "state": session["oauth_state"],
    })
    return redirect(f"{IMS}/ims/authorize/v2?{q}")


@bp.get("/auth/adobe/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        return "bad state", 400
    r = requests.post(f"{IMS}/ims/token/v3", data={
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "code": request.args["code"],
    }, timeout=20)
    r.raise_for_status()
    session["adobe_token"] = r.json()["access_token"]
    return redirect("/")
