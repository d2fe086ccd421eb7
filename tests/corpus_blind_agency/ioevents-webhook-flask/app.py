import base64
import json
import logging

import psycopg2
import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from flask import Flask, abort, jsonify, request

import adobe_auth
import settings

app = Flask(__name__)
log = logging.getLogger("webhook")

PUBLIC_KEY_HOST = "https://static.adobeioevents.com"
_pubkeys = {}


def _public_key(path):
    if path not in _pubkeys:
        pem = requests.get(PUBLIC_KEY_HOST + path, timeout=10).content
        _pubkeys[path] = serialization.load_pem_public_key(pem)
    return _pubkeys[path]


def _verify_digital_signature(raw_body):
    """I/O Events signs every delivery; verify with the published public keys."""
    for n in (1, 2):
        sig = request.headers.get(f"x-adobe-digital-signature-{n}")
        path = request.headers.get(f"x-adobe-public-key{n}-path")
        if not sig or not path:
            continue
        try:
            _public_key(path).verify(
                base64.b64decode(sig), raw_body, padding.PKCS1v15(), hashes.SHA256()
            )
            return True
        except Exception:  # noqa: BLE001 - try the other key
            continue
    return False


@app.get("/adobe/events")
def challenge():
    return jsonify(challenge=request.args.get("challenge", ""))


@app.post("/adobe/events")
def receive():
    raw = request.get_data()
    if not _verify_digital_signature(raw):
        abort(401)
    event = json.loads(raw)
    with psycopg2.connect(settings.DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(
            "insert into event_audit (event_id, type, payload) values (%s, %s, %s)",
            (event.get("event_id"), event.get("type"), json.dumps(event)),
        )
    if settings.SLACK_WEBHOOK_URL:
        requests.post(
            settings.SLACK_WEBHOOK_URL,
            json={"text": f"Adobe event {event.get('type')} for {event.get('source')}"},
            timeout=5,
        )
    return "", 200


@app.get("/admin/registrations")
def registrations():
    url = (
        "https://api.adobe.io/events/"
        f"{settings.CONSUMER_ORG_ID}/{settings.PROJECT_ID}/{settings.WORKSPACE_ID}/registrations"
    )
    resp = requests.get(url, headers=adobe_auth.auth_headers(), timeout=15)
    return jsonify(resp.json()), resp.status_code
