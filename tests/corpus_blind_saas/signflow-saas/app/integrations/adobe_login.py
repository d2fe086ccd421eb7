"""Sign in with Adobe: Adobe IMS OAuth 2.0 authorization-code flow for end users."""
import secrets
from urllib.parse import urlencode

import httpx
import jwt

from app.settings import settings

IMS = "https://ims-na1.adobelogin.com"
AUTHORIZE_URL = f"{IMS}/ims/authorize/v2"
TOKEN_URL = f"{IMS}/ims/token/v3"
USERINFO_URL = f"{IMS}/ims/userinfo/v2"


def authorize_redirect() -> tuple[str, str]:
    state = secrets.token_urlsafe(24)
    query = urlencode(
        {
            "client_id": settings.adobe_signin_client_id,
            "redirect_uri": settings.adobe_signin_redirect_uri,
            "scope": settings.adobe_signin_scopes,
            "response_type": "code",
            "state": state,
        }
    )
    return f"{AUTHORIZE_URL}?{query}", state


async def exchange_code(code: str) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(
            TOKEN_URL,
            data={
                "grant_type": "authorization_code",
                "client_id": settings.adobe_signin_client_id,
                "client_secret": settings.adobe_signin_client_secret,
                "code": code,
            },
        )
        resp.raise_for_status()
        tokens = resp.json()
        info = await client.get(USERINFO_URL, headers={"Authorization": f"Bearer {tokens['access_token']}"})
        info.raise_for_status()
    # id_token is only decoded for the display name; identity comes from /userinfo
    id_claims = jwt.decode(tokens["id_token"], options={"verify_signature": False}) if "id_token" in tokens else {}
    return {"userinfo": info.json(), "name": id_claims.get("name"), "refresh_token": tokens.get("refresh_token")}
