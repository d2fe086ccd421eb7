"""Staff sign-in: Adobe ID authorization code + PKCE (user login, not a service credential)."""
import base64
import hashlib
import secrets
from urllib.parse import urlencode

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse

from app.auth.session import start_session
from app.settings import Settings, get_settings

router = APIRouter(prefix="/auth")
IMS = "https://ims-na1.adobelogin.com"


@router.get("/login")
async def login(request: Request, settings: Settings = Depends(get_settings)):
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    request.session["pkce_verifier"] = verifier
    query = urlencode({
        "client_id": settings.adobe_login_client_id,
        "redirect_uri": settings.adobe_login_redirect_uri,
        "response_type": "code",
        "scope": "openid,AdobeID,email,profile",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    })
    return RedirectResponse(f"{IMS}/ims/authorize/v2?{query}")


@router.get("/callback")
async def callback(request: Request, code: str, settings: Settings = Depends(get_settings)):
    verifier = request.session.pop("pkce_verifier", None)
    if not verifier:
        raise HTTPException(400, "login expired")
    async with httpx.AsyncClient() as http:
        resp = await http.post(f"{IMS}/ims/token/v3", data={
            "grant_type": "authorization_code",
            "client_id": settings.adobe_login_client_id,
            "code": code,
            "code_verifier": verifier,
        })
        resp.raise_for_status()
        id_token = resp.json()["id_token"]
    return start_session(id_token, settings)
