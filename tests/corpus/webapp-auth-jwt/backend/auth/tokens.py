"""Access and refresh tokens for the shop API (our own login, RS256 / HS256)."""
from __future__ import annotations

import datetime as dt

import jwt
from django.conf import settings

ALGORITHM = "RS256"


def issue_access_token(user) -> str:
    now = dt.datetime.now(tz=dt.timezone.utc)
    payload = {
        "sub": str(user.pk),
        "iss": "https://shop.example.com",
        "aud": "shop-api",
        "iat": now,
        "exp": now + dt.timedelta(seconds=settings.APP_CONFIG["jwt_token_ttl_seconds"]),
        "scope": "orders:read orders:write",
    }
    return jwt.encode(payload, settings.JWT_PRIVATE_KEY, algorithm=ALGORITHM)


def issue_refresh_token(user) -> str:
    exp = dt.datetime.now(tz=dt.timezone.utc) + dt.timedelta(days=14)
    return jwt.encode({"sub": str(user.pk), "exp": exp, "typ": "refresh"}, settings.SECRET_KEY, algorithm="HS256")


def decode_access_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=[ALGORITHM], audience="shop-api")
