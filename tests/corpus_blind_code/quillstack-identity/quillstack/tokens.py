"""Session tokens for the Quillstack web app.

We issue our own RS256 access tokens after password/SSO login; the API
gateway verifies them with the public half published at /.well-known/jwks.json.
"""
import time
import uuid
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization

ISSUER = "https://auth.quillstack.io"
AUDIENCE = "quillstack-web"
ACCESS_TTL = 15 * 60
KEY_DIR = Path(__file__).resolve().parent.parent / "keys"


@lru_cache(maxsize=1)
def _private_key():
    return serialization.load_pem_private_key((KEY_DIR / "private.key").read_bytes(), password=None)


def issue_access_token(user_id: str, roles: list[str]) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": user_id,
        "iat": now,
        "exp": now + ACCESS_TTL,
        "jti": uuid.uuid4().hex,
        "roles": roles,
    }
    return jwt.encode(claims, _private_key(), algorithm="RS256", headers={"kid": "quill-2024-01"})


def verify_access_token(token: str) -> dict:
    public_key = _private_key().public_key()
    return jwt.decode(token, public_key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
