import importlib
import sys

import pytest


@pytest.fixture
def auth(monkeypatch):
    monkeypatch.setenv("ADOBE_CLIENT_ID", "0f5b2c7e9a4d4c1e8b3f6a2d1c0e9b87")
    monkeypatch.setenv("ADOBE_ORG_ID", "7F3A21C95E8B4D0A0A495E2C@AdobeOrg")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    sys.path.insert(0, "src")
    import settings
    importlib.reload(settings)
    import adobe_auth
    return importlib.reload(adobe_auth)


def test_claims(auth):
    claims = auth._build_claims()
    assert claims["aud"] == "https://ims-na1.adobelogin.com/c/0f5b2c7e9a4d4c1e8b3f6a2d1c0e9b87"
    assert claims["https://ims-na1.adobelogin.com/s/ent_analytics_bulk_ingest_sdk"] is True
    assert claims["exp"] > 0


def test_headers_use_cached_token(auth, monkeypatch):
    monkeypatch.setitem(auth._cache, "token", "abc")
    monkeypatch.setitem(auth._cache, "expires_at", 9e12)
    assert auth.auth_headers()["Authorization"] == "Bearer abc"
