"""Login tokens for the internal metrics dashboard (NOT Adobe).

The dashboard issues its own short-lived HS256 tokens after SSO; they are only
ever verified by this service.
"""
import datetime as dt
import os

import jwt

DASHBOARD_SECRET = os.environ.get("DASHBOARD_JWT_SECRET", "dev-only-not-a-secret")
ISSUER = "web-metrics-dashboard"


def issue(user_id, roles):
    now = dt.datetime.now(dt.timezone.utc)
    payload = {
        "sub": str(user_id),
        "roles": roles,
        "iss": ISSUER,
        "aud": "web-metrics-dashboard",
        "iat": now,
        "exp": now + dt.timedelta(hours=8),
    }
    return jwt.encode(payload, DASHBOARD_SECRET, algorithm="HS256")


def verify(token):
    return jwt.decode(token, DASHBOARD_SECRET, algorithms=["HS256"],
                      audience="web-metrics-dashboard", issuer=ISSUER)
