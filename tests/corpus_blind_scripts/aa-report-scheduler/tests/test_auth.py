import responses

from aarep import auth, settings


@responses.activate
def test_token_is_cached():
    responses.post(settings.IMS_TOKEN_URL, json={"access_token": "t1", "token_type": "bearer", "expires_in": 86399})
    assert auth.access_token() == "t1"
    assert auth.access_token() == "t1"
    assert len(responses.calls) == 1
