import pytest

from quillstack.tokens import issue_access_token, verify_access_token


def test_roundtrip():
    token = issue_access_token("u-123", ["editor"])
    claims = verify_access_token(token)
    assert claims["sub"] == "u-123"
    assert claims["aud"] == "quillstack-web"


def test_tampered_token_rejected():
    token = issue_access_token("u-123", [])
    with pytest.raises(Exception):
        verify_access_token(token[:-4] + "AAAA")
