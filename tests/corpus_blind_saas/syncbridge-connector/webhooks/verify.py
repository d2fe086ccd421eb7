"""Signatures for webhooks SyncBridge sends to customers (HMAC-SHA256)."""
import hashlib
import hmac
import time

from django.conf import settings


def sign(payload: bytes, timestamp: int | None = None) -> str:
    ts = str(timestamp or int(time.time()))
    mac = hmac.new(settings.OUTBOUND_WEBHOOK_SIGNING_SECRET.encode(), f"{ts}.".encode() + payload, hashlib.sha256)
    return f"t={ts},v1={mac.hexdigest()}"


def verify(payload: bytes, header: str, tolerance: int = 300) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    if abs(time.time() - int(parts["t"])) > tolerance:
        return False
    expected = sign(payload, int(parts["t"])).split("v1=")[1]
    return hmac.compare_digest(expected, parts["v1"])
