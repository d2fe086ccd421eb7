import httpx
import respx

from bdia.auth import ImsToken

CFG = {"client_id": "cid", "ims_token_url": "https://ims-na1.adobelogin.com/ims/token/v3",
       "scopes": "openid,AdobeID"}


@respx.mock
def test_fetches_client_credentials_token():
    route = respx.post("https://ims-na1.adobelogin.com/ims/token/v3").mock(
        return_value=httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 86399}))
    assert ImsToken(CFG, "s").get() == "t"
    sent = route.calls[0].request.content.decode()
    assert "grant_type=client_credentials" in sent
    assert "client_secret=s" in sent
