from unittest import mock

from northwind_sync.config import AdobeCredentials
from northwind_sync.ims import TokenProvider


def _creds():
    return AdobeCredentials("cid", "secret", "ORG@AdobeOrg", ("scope_a", "scope_b"))


def test_token_request_uses_client_credentials():
    session = mock.Mock()
    session.post.return_value.json.return_value = {"access_token": "t0k", "expires_in": 86399}
    tp = TokenProvider(_creds(), session=session)
    assert tp.token() == "t0k"
    sent = session.post.call_args.kwargs["data"]
    assert sent["grant_type"] == "client_credentials"
    assert sent["scope"] == "scope_a,scope_b"


def test_token_is_cached():
    session = mock.Mock()
    session.post.return_value.json.return_value = {"access_token": "t0k", "expires_in": 86399}
    tp = TokenProvider(_creds(), session=session)
    tp.token(); tp.token()
    assert session.post.call_count == 1
