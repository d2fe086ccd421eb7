from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AdobeSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ADOBE_", env_file=".env", extra="ignore")

    ims_host: str = "https://ims-na1.adobelogin.com"
    client_id: str
    client_secret: SecretStr
    org_id: str
    technical_account_id: str = ""
    sandbox: str = "prod"

    # "jwt" until the production credential is migrated in the Developer Console (DATA-2291)
    auth_mode: str = Field("jwt", pattern="^(jwt|oauth)$")

    # Service Account (JWT)
    private_key_path: str = "/run/secrets/adobe/private.key"
    private_key_passphrase: SecretStr | None = None
    metascopes: list[str] = ["ent_dataservices_sdk", "ent_analytics_bulk_ingest_sdk"]

    # OAuth Server-to-Server
    oauth_scopes: str = "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext"


class ExportSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    aep_streaming_inlet: str
    analytics_tracking_server: str
    analytics_report_suite: str
    batch_size: int = 200
    state_file: str = "/var/lib/order-export/state.json"


@lru_cache
def adobe() -> AdobeSettings:
    return AdobeSettings()


@lru_cache
def export() -> ExportSettings:
    return ExportSettings()
