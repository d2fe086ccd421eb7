"""Teams notification through Microsoft Graph (Entra ID app-only token)."""
import os

import msal
import requests

_app = msal.ConfidentialClientApplication(
    client_id=os.environ["ENTRA_CLIENT_ID"],
    client_credential=os.environ["ENTRA_CLIENT_SECRET"],
    authority=f"https://login.microsoftonline.com/{os.environ['ENTRA_TENANT_ID']}",
)


def post_to_channel(team_id: str, channel_id: str, html: str) -> None:
    token = _app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    requests.post(
        f"https://graph.microsoft.com/v1.0/teams/{team_id}/channels/{channel_id}/messages",
        headers={"Authorization": f"Bearer {token}"},
        json={"body": {"contentType": "html", "content": html}},
        timeout=30,
    ).raise_for_status()
