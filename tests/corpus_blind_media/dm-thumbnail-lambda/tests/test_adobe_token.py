import responses

from handlers import adobe_token


@responses.activate
def test_token_is_cached(monkeypatch):
    monkeypatch.setenv("ADOBE_CLIENT_ID", "cid")
    monkeypatch.setenv("ADOBE_CLIENT_SECRET", "secret")
    monkeypatch.setenv("ADOBE_SCOPES", "openid,AdobeID,read_organizations")
    adobe_token._cache.update(token=None, expires_at=0.0)
    responses.post(
        "https://ims-na1.adobelogin.com/ims/token/v3",
        json={"access_token": "tok", "token_type": "bearer", "expires_in": 86399},
    )
    assert adobe_token.get_token() == "tok"
    assert adobe_token.get_token() == "tok"
    assert len(responses.calls) == 1
    assert "grant_type=client_credentials" in responses.calls[0].request.body
