"""Runtime settings, read from the environment (.env is loaded by the CLI)."""
from __future__ import annotations

import os
from dataclasses import dataclass


def _required(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError as exc:
        raise SystemExit(f"missing environment variable {name}") from exc


@dataclass(frozen=True)
class Settings:
    client_id: str
    client_secret: str
    org_id: str
    technical_account_id: str
    private_key_path: str
    private_key_passphrase: str | None
    dropbox_app_key: str
    dropbox_app_secret: str
    dropbox_refresh_token: str

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            client_id=_required("STOCK_CLIENT_ID"),
            client_secret=_required("STOCK_CLIENT_SECRET"),
            org_id=_required("STOCK_ORG_ID"),
            technical_account_id=_required("STOCK_TECH_ACCOUNT_ID"),
            private_key_path=os.environ.get("STOCK_PRIVATE_KEY_PATH", "keys/private.key"),
            private_key_passphrase=os.environ.get("STOCK_PRIVATE_KEY_PASSPHRASE") or None,
            dropbox_app_key=_required("DROPBOX_APP_KEY"),
            dropbox_app_secret=_required("DROPBOX_APP_SECRET"),
            dropbox_refresh_token=_required("DROPBOX_REFRESH_TOKEN"),
        )
