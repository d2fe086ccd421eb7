"""Key material: what a PEM block is, and a certificate's subject and expiry (parsed with cryptography)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from auditor.model import Rule

_PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
KEY_TYPES = {
    "RSA PRIVATE KEY": "PKCS#1 RSA private key",
    "PRIVATE KEY": "PKCS#8 private key",
    "ENCRYPTED PRIVATE KEY": "encrypted PKCS#8 private key",
    "EC PRIVATE KEY": "EC private key",
    "OPENSSH PRIVATE KEY": "OpenSSH private key",
}


def details_for(rule: Rule, text: str, offset: int) -> dict[str, Any]:
    """Facts about the PEM block that starts at `offset`, if the match is one."""
    if rule.kind != "key-material":
        return {}
    m = _PEM.match(text, text.rfind("-----BEGIN", 0, offset + 11) if "-----BEGIN" in text else offset)
    if m is None:
        m = _unescaped_block(text, offset)
    if m is None:
        return {}
    label, body = m.group(1), m.group(2)
    if label == "CERTIFICATE":
        return certificate_details(m.group(0))
    if label in KEY_TYPES:
        return {"key_type": KEY_TYPES[label], "encrypted": label == "ENCRYPTED PRIVATE KEY" or "ENCRYPTED" in body}
    return {}


def _unescaped_block(text: str, offset: int) -> re.Match[str] | None:
    """A PEM block written with literal `\\n` escapes inside a JSON or env string."""
    start = text.rfind("-----BEGIN", 0, offset + 11)
    if start < 0:
        return None
    chunk = text[start:start + 20000].replace("\\n", "\n").replace("\\r", "")
    return _PEM.match(chunk)


def certificate_details(pem: str) -> dict[str, Any]:
    """Subject and validity of a PEM certificate; {'error': ...} when it does not parse."""
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii", "replace"))
    except (ValueError, TypeError) as exc:
        return {"certificate_error": str(exc).splitlines()[0][:120]}
    return {
        "subject": cert.subject.rfc4514_string(),
        "not_before": _date(cert, "not_valid_before").isoformat(),
        "not_after": _date(cert, "not_valid_after").isoformat(),
    }


def _date(cert: Any, name: str) -> dt.date:
    value = getattr(cert, name + "_utc", None) or getattr(cert, name)
    return value.date() if isinstance(value, dt.datetime) else value
