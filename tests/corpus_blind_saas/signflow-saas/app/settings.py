from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    signflow_base_url: str = "http://localhost:8000"
    database_url: str = "sqlite:///./signflow.db"

    adobe_signin_client_id: str = ""
    adobe_signin_client_secret: str = ""
    adobe_signin_scopes: str = "openid,AdobeID,email,profile"
    adobe_signin_redirect_uri: str = "http://localhost:8000/auth/adobe/callback"

    acrobat_sign_client_id: str = ""
    acrobat_sign_client_secret: str = ""

    google_service_account_file: str = ""

    session_jwt_private_key_path: str = "keys/session_signing_key.pem"
    session_jwt_issuer: str = "https://api.signflow.app"

    class Config:
        env_file = ".env"


settings = Settings()
