"""Acrobat Sign REST v6 with Acrobat Sign OAuth (authorization code + refresh token)."""
import httpx

from app.settings import settings

AUTHORIZE_URL = "https://secure.na1.adobesign.com/public/oauth/v2"
SCOPES = "user_login:self agreement_read:account agreement_write:account agreement_send:account"


def token_url(api_access_point: str, refresh: bool = False) -> str:
    return api_access_point.rstrip("/") + ("/oauth/v2/refresh" if refresh else "/oauth/v2/token")


async def refresh_access_token(api_access_point: str, refresh_token: str) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(
            token_url(api_access_point, refresh=True),
            data={
                "grant_type": "refresh_token",
                "client_id": settings.acrobat_sign_client_id,
                "client_secret": settings.acrobat_sign_client_secret,
                "refresh_token": refresh_token,
            },
        )
        resp.raise_for_status()
        return resp.json()


async def send_agreement(api_access_point: str, access_token: str, transient_document_id: str, signer_email: str, name: str) -> str:
    body = {
        "fileInfos": [{"transientDocumentId": transient_document_id}],
        "name": name,
        "participantSetsInfo": [{"memberInfos": [{"email": signer_email}], "order": 1, "role": "SIGNER"}],
        "signatureType": "ESIGN",
        "state": "IN_PROCESS",
    }
    async with httpx.AsyncClient(base_url=api_access_point.rstrip("/") + "/api/rest/v6", timeout=30) as client:
        resp = await client.post("/agreements", json=body, headers={"Authorization": f"Bearer {access_token}"})
        resp.raise_for_status()
        return resp.json()["id"]
