"""Throwaway keys and certificates for tests, generated on the fly."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@lru_cache(maxsize=1)
def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_key_pem(fmt: str = "pkcs8", password: bytes | None = None) -> str:
    enc = (serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption())
    form = serialization.PrivateFormat.PKCS8 if fmt == "pkcs8" else serialization.PrivateFormat.TraditionalOpenSSL
    return _key().private_bytes(serialization.Encoding.PEM, form, enc).decode()


def self_signed(cn: str, not_after: dt.datetime) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(_key().public_key())
            .serial_number(1).not_valid_before(not_after - dt.timedelta(days=365)).not_valid_after(not_after)
            .sign(_key(), hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()
