"""LTI 1.3 launch, JWKS and Assignment & Grade Services."""
import functools
import json
import time
import uuid

import jwt
import requests
from flask import Blueprint, abort, current_app, redirect, request, session

from .sessions import issue_session

bp = Blueprint("lti", __name__)


def _ini():
    return current_app.config["INI"]["lti"]


@functools.lru_cache(maxsize=1)
def _tool_private_key():
    with open(_ini()["tool_private_key"], "rb") as fh:
        return fh.read()


def _platform_keys():
    return jwt.PyJWKClient(_ini()["platform_jwks_url"], cache_keys=True)


@bp.get("/.well-known/jwks.json")
def jwks():
    with open("keys/jwks.json") as fh:
        return json.load(fh)


@bp.route("/lti/login", methods=["GET", "POST"])
def oidc_login():
    state, nonce = uuid.uuid4().hex, uuid.uuid4().hex
    session["lti_state"], session["lti_nonce"] = state, nonce
    params = {
        "scope": "openid",
        "response_type": "id_token",
        "response_mode": "form_post",
        "prompt": "none",
        "client_id": _ini()["client_id"],
        "redirect_uri": request.url_root.rstrip("/") + "/lti/launch",
        "login_hint": request.values["login_hint"],
        "lti_message_hint": request.values.get("lti_message_hint", ""),
        "state": state,
        "nonce": nonce,
    }
    return redirect(requests.Request("GET", _ini()["platform_auth_url"], params=params).prepare().url)


@bp.post("/lti/launch")
def launch():
    if request.form.get("state") != session.get("lti_state"):
        abort(400)
    id_token = request.form["id_token"]
    signing_key = _platform_keys().get_signing_key_from_jwt(id_token)
    claims = jwt.decode(id_token, signing_key.key, algorithms=["RS256"],
                        audience=_ini()["client_id"], issuer=_ini()["platform_issuer"])
    if claims.get("nonce") != session.get("lti_nonce"):
        abort(400)
    if claims["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] != _ini()["deployment_id"]:
        abort(403)
    return issue_session(claims)


def _client_assertion():
    now = int(time.time())
    claims = {
        "iss": _ini()["client_id"],
        "sub": _ini()["client_id"],
        "aud": _ini()["platform_token_url"],
        "iat": now,
        "exp": now + 300,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, _tool_private_key(), algorithm="RS256", headers={"kid": _ini()["tool_kid"]})


def ags_token(scopes):
    """LTI Advantage service token: client_credentials with a signed JWT client assertion."""
    r = requests.post(_ini()["platform_token_url"], data={
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": _client_assertion(),
        "scope": " ".join(scopes),
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def post_score(lineitem_url, user_id, score, maximum):
    token = ags_token(["https://purl.imsglobal.org/spec/lti-ags/scope/score"])
    requests.post(lineitem_url.split("?")[0] + "/scores", json={
        "userId": user_id,
        "scoreGiven": score,
        "scoreMaximum": maximum,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
    }, headers={"Authorization": f"Bearer {token}", "Content-Type": "application/vnd.ims.lis.v1.score+json"},
        timeout=20).raise_for_status()
