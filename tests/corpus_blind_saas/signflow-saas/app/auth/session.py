"""Signflow's own session tokens (RS256, signed with our key, verified by the API gateway)."""
import time
import uuid
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization

from app.settings import settings

AUDIENCE = "signflow-web"
TTL_SECONDS = 3600


@lru_cache
def _private_key():
    pem = Path(settings.session_jwt_private_key_path).read_bytes()
    return serialization.load_pem_private_key(pem, password=None)


def issue(user_id: str, org_id: str, idp: str) -> str:
    now = int(time.time())
    claims = {
        "iss": settings.session_jwt_issuer,
        "sub": user_id,
        "aud": AUDIENCE,
        "org": org_id,
        "idp": idp,
        "iat": now,
        "exp": now + TTL_SECONDS,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, _private_key(), algorithm="RS256", headers={"kid": "signflow-2025-11"})


def verify(token: str) -> dict:
    public = _private_key().public_key()
    return jwt.decode(token, public, algorithms=["RS256"], audience=AUDIENCE, issuer=settings.session_jwt_issuer)
