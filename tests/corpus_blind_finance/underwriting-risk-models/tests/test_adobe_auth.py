import responses

from uwrisk import adobe_auth


@responses.activate
def test_client_credentials_token_is_cached():
    responses.post(adobe_auth.IMS_TOKEN_URL,
                   json={"access_token": "tok", "token_type": "bearer", "expires_in": 86399})
    assert adobe_auth.get_access_token("cid", "secret") == "tok"
    assert adobe_auth.get_access_token("cid", "secret") == "tok"
    assert len(responses.calls) == 1
    assert "grant_type=client_credentials" in responses.calls[0].request.body
