import time

import jwt
import pytest
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from export_service.ims import ClientCredentialsTokenProvider, JwtTokenProvider
from export_service.settings import AdobeSettings


@pytest.fixture
def key_file(tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    p = tmp_path / "private.key"
    p.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    return p, key.public_key()


def make_settings(**kw):
    base = dict(client_id="cid", client_secret="secret", org_id="ORG@AdobeOrg",
                technical_account_id="TECH@techacct.adobe.com")
    base.update(kw)
    return AdobeSettings(_env_file=None, **base)


@responses.activate
def test_jwt_provider_treats_expires_in_as_ms(key_file):
    path, public_key = key_file
    responses.add(responses.POST, "https://ims-na1.adobelogin.com/ims/exchange/jwt",
                  json={"token_type": "bearer", "access_token": "tok", "expires_in": 86399992})
    p = JwtTokenProvider(make_settings(private_key_path=str(path)))
    assert p.token() == "tok"
    assert p._expires_at < time.time() + 86400 + 5
    sent = dict(x.split("=", 1) for x in responses.calls[0].request.body.split("&"))
    claims = jwt.decode(sent["jwt_token"], public_key, algorithms=["RS256"], audience="https://ims-na1.adobelogin.com/c/cid")
    assert claims["https://ims-na1.adobelogin.com/s/ent_dataservices_sdk"] is True


@responses.activate
def test_client_credentials_provider():
    responses.add(responses.POST, "https://ims-na1.adobelogin.com/ims/token/v3",
                  json={"token_type": "bearer", "access_token": "tok2", "expires_in": 86399})
    p = ClientCredentialsTokenProvider(make_settings(auth_mode="oauth"))
    assert p.token() == "tok2"
    body = responses.calls[0].request.body
    assert "grant_type=client_credentials" in body
    assert "scope=openid%2Csession%2CAdobeID" in body
