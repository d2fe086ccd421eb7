"""Meeting SDK signature endpoint for the webinar landing page (Zoom Web SDK)."""
import os
import time

import jwt
from flask import Blueprint, jsonify, request

bp = Blueprint("zoom_sdk", __name__)

SDK_KEY = os.environ["ZOOM_MEETING_SDK_KEY"]
SDK_SECRET = os.environ["ZOOM_MEETING_SDK_SECRET"]


@bp.post("/zoom/signature")
def signature():
    body = request.get_json(force=True)
    iat = int(time.time()) - 30
    exp = iat + 60 * 60 * 2
    payload = {
        "appKey": SDK_KEY,
        "sdkKey": SDK_KEY,
        "mn": body["meetingNumber"],
        "role": int(body.get("role", 0)),
        "iat": iat,
        "exp": exp,
        "tokenExp": exp,
    }
    token = jwt.encode(payload, SDK_SECRET, algorithm="HS256")
    return jsonify(signature=token, sdkKey=SDK_KEY)
