"""Our own session token for the tool's front end (after a successful LTI launch)."""
import os
import time

import jwt
from flask import jsonify, session

SESSION_KEY = os.environ.get("STUDIO_SESSION_KEY", "dev-only-not-secret")


def issue_session(lti_claims):
    session["user_id"] = lti_claims["sub"]
    token = jwt.encode({
        "sub": lti_claims["sub"],
        "name": lti_claims.get("name", ""),
        "course": lti_claims["https://purl.imsglobal.org/spec/lti/claim/context"]["id"],
        "roles": lti_claims.get("https://purl.imsglobal.org/spec/lti/claim/roles", []),
        "iat": int(time.time()),
        "exp": int(time.time()) + 3600,
        "aud": "studio-tools-frontend",
    }, SESSION_KEY, algorithm="HS256")
    return jsonify(token=token)


def verify(token):
    return jwt.decode(token, SESSION_KEY, algorithms=["HS256"], audience="studio-tools-frontend")
