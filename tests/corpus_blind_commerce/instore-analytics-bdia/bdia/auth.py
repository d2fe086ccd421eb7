"""Adobe IMS OAuth Server-to-Server token (client credentials) via Authlib."""
from __future__ import annotations

import time

from authlib.integrations.httpx_client import OAuth2Client

DEFAULT_SCOPES = "openid,AdobeID,read_organizations,additional_info.projectedProductContext"


class ImsToken:
    def __init__(self, cfg: dict, client_secret: str):
        self._cfg = cfg
        self._client = OAuth2Client(
            client_id=cfg["client_id"],
            client_secret=client_secret,
            scope=cfg.get("scopes", DEFAULT_SCOPES),
            token_endpoint_auth_method="client_secret_post",
        )
        self._token: dict | None = None

    def get(self) -> str:
        if not self._token or self._token["expires_at"] - 300 < time.time():
            self._token = self._client.fetch_token(self._cfg["ims_token_url"], grant_type="client_credentials")
        return self._token["access_token"]
