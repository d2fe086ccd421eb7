"""Model registry access. MLflow sits behind the group SSO; we use a service-account
client-credentials token from Keycloak and pass it as a bearer token."""
import os

import jwt
import mlflow
import requests

SSO_TOKEN_URL = "https://sso.northbank.internal/realms/services/protocol/openid-connect/token"


def _sso_token() -> str:
    resp = requests.post(SSO_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": "uw-risk-models",
        "client_secret": os.environ["SSO_CLIENT_SECRET"],
        "scope": "mlflow",
    }, timeout=15)
    resp.raise_for_status()
    token = resp.json()["access_token"]
    # sanity check that the token is for the registry (no signature check needed here)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert "mlflow" in claims.get("aud", []), "SSO token has wrong audience"
    return token


def configure() -> None:
    os.environ["MLFLOW_TRACKING_TOKEN"] = _sso_token()
    mlflow.set_tracking_uri("https://mlflow.dataplatform.northbank.internal")
