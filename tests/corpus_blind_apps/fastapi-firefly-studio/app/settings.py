from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    # server-to-server credential (Firefly Services)
    adobe_client_id: str
    adobe_client_secret: SecretStr
    adobe_token_url: str = "https://ims-na1.adobelogin.com/ims/token/v3"
    adobe_scopes: str = "openid,AdobeID,read_organizations,firefly_api,ff_apis"

    # staff sign-in with Adobe ID (single-page/PKCE credential, separate client id)
    adobe_login_client_id: str
    adobe_login_redirect_uri: str = "https://studio.acme.example/auth/callback"

    studio_session_secret: SecretStr
    gcs_bucket: str = "acme-studio-renders"
    google_sa_file: str = "secrets/gcs-uploader.json"


@lru_cache
def get_settings() -> Settings:
    return Settings()
