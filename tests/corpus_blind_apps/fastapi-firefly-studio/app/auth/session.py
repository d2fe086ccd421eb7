"""Studio session cookie (our own HS256 token)."""
import datetime as dt

import jwt
from fastapi.responses import RedirectResponse

from app.settings import Settings


def start_session(adobe_id_token: str, settings: Settings) -> RedirectResponse:
    # IMS id_token is only used to read the e-mail; it was delivered over TLS from the token endpoint
    claims = jwt.decode(adobe_id_token, options={"verify_signature": False})
    now = dt.datetime.now(dt.timezone.utc)
    session = jwt.encode(
        {"sub": claims["email"], "iat": now, "exp": now + dt.timedelta(hours=10)},
        settings.studio_session_secret.get_secret_value(),
        algorithm="HS256",
    )
    resp = RedirectResponse("/")
    resp.set_cookie("studio_session", session, httponly=True, secure=True, samesite="lax")
    return resp
