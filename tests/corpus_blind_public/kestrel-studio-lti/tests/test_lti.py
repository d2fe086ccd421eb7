import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@pytest.fixture
def platform_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_id_token_roundtrip(platform_key):
    claims = {
        "iss": "https://canvas.instructure.com",
        "aud": "10000000000047",
        "sub": "a1b2c3",
        "exp": int(time.time()) + 60,
        "nonce": "n-1",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "231:7c1e9f2a0b4d6e8f1a3c5b7d9e0f2a4c6b8d0e1f",
    }
    token = jwt.encode(claims, platform_key, algorithm="RS256")
    pub = platform_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    decoded = jwt.decode(token, pub, algorithms=["RS256"], audience="10000000000047")
    assert decoded["nonce"] == "n-1"
