"""Runtime settings, read from the environment (see .env.example)."""
import os

from dotenv import load_dotenv

load_dotenv()

IMS_HOST = os.getenv("ADOBE_IMS_HOST", "https://ims-na1.adobelogin.com")

# token endpoints (host above + path)
JWT_EXCHANGE_PATH = "/ims/exchange/jwt"
S2S_TOKEN_PATH = "/ims/token/v3"

CLIENT_ID = os.environ["ADOBE_CLIENT_ID"]
CLIENT_SECRET = os.environ["ADOBE_CLIENT_SECRET"]
ORG_ID = os.environ["ADOBE_ORG_ID"]
TECH_ACCOUNT_ID = os.getenv("ADOBE_TECH_ACCOUNT_ID", "")

AUTH_MODE = os.getenv("ADOBE_AUTH_MODE", "jwt")  # "jwt" | "oauth"

# Service Account (JWT) only
PRIVATE_KEY_PATH = os.getenv("ADOBE_PRIVATE_KEY_PATH", "keys/private.key")
METASCOPE = os.getenv("ADOBE_METASCOPE", "event_receiver_api")

# OAuth Server-to-Server only
S2S_SCOPES = os.getenv(
    "ADOBE_SCOPES",
    "openid,AdobeID,read_organizations,additional_info.projectedProductContext,event_receiver_api",
)

CONSUMER_ORG_ID = os.getenv("ADOBE_CONSUMER_ORG_ID", "")
PROJECT_ID = os.getenv("ADOBE_PROJECT_ID", "")
WORKSPACE_ID = os.getenv("ADOBE_WORKSPACE_ID", "")

SLACK_WEBHOOK_URL = os.getenv("SLACK_WEBHOOK_URL", "")
DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://localhost/events")
