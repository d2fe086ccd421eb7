"""Staff sign-in with Adobe ID (authorization code flow) -- user login, not a server credential."""
import secrets
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.contrib.auth import login
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

from .models import StaffUser

AUTHORIZE_URL = "https://ims-na1.adobelogin.com/ims/authorize/v2"
TOKEN_URL = "https://ims-na1.adobelogin.com/ims/token/v3"
USERINFO_URL = "https://ims-na1.adobelogin.com/ims/userinfo/v2"


def adobe_login(request):
    state = secrets.token_urlsafe(24)
    request.session["adobe_state"] = state
    cfg = settings.ADOBE_LOGIN
    query = urlencode({
        "client_id": cfg["client_id"],
        "redirect_uri": cfg["redirect_uri"],
        "scope": cfg["scope"],
        "response_type": "code",
        "state": state,
    })
    return redirect(f"{AUTHORIZE_URL}?{query}")


def adobe_callback(request):
    if request.GET.get("state") != request.session.pop("adobe_state", None):
        return HttpResponseBadRequest("state mismatch")
    cfg = settings.ADOBE_LOGIN
    tokens = requests.post(TOKEN_URL, data={
        "grant_type": "authorization_code",
        "client_id": cfg["client_id"],
        "client_secret": cfg["client_secret"],
        "code": request.GET["code"],
    }, timeout=15).json()
    profile = requests.get(USERINFO_URL, headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=15).json()
    user, _ = StaffUser.objects.get_or_create(email=profile["email"], defaults={"name": profile.get("name", "")})
    login(request, user)
    return redirect("/")
