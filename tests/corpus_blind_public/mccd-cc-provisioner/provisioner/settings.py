"""Runtime settings, all from the environment."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    umapi_org_id: str
    umapi_client_id: str
    umapi_client_secret: str
    sheet_key: str
    google_sa_file: str
    dry_run: bool = False


def load(dry_run: bool = False) -> Settings:
    env = os.environ
    return Settings(
        umapi_org_id=env["UMAPI_ORG_ID"],
        umapi_client_id=env["UMAPI_CLIENT_ID"],
        umapi_client_secret=env["UMAPI_CLIENT_SECRET"],
        sheet_key=env.get("REQUEST_SHEET_KEY", "1xQ7mZpK3vR9tY2bN8cW4eL6uH0aS5dF1gJ3kM7nP9qR"),
        google_sa_file=env.get("GOOGLE_SA_FILE", "config/google-service-account.json"),
        dry_run=dry_run,
    )
