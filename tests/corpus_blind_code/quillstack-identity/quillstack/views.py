from flask import Blueprint, abort, jsonify, request

from .tokens import issue_access_token, verify_access_token

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    # password / SSO check lives in the users service
    if not body.get("user_id"):
        abort(400)
    return jsonify(access_token=issue_access_token(body["user_id"], body.get("roles", [])), token_type="Bearer")


@bp.get("/me")
def me():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    return jsonify(verify_access_token(auth[7:]))
