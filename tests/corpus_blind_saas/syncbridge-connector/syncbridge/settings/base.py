from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "tenants",
    "accounts",
    "connectors.adobe",
    "connectors.salesforce",
    "webhooks",
]

DATABASES = {"default": env.db("DATABASE_URL", default="postgres://localhost/syncbridge")}
FIELD_ENCRYPTION_KEY = env("FIELD_ENCRYPTION_KEY", default="")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ],
}

# SyncBridge's own access/refresh tokens for the dashboard and public API.
SIMPLE_JWT = {
    "ALGORITHM": "RS256",
    "SIGNING_KEY": env("SESSION_JWT_PRIVATE_KEY", default=""),
    "VERIFYING_KEY": env("SESSION_JWT_PUBLIC_KEY", default=""),
    "AUDIENCE": "syncbridge-api",
    "ISSUER": "https://app.syncbridge.io",
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
}

# ---------------------------------------------------------------------------
# Adobe IMS
# ---------------------------------------------------------------------------
ADOBE_IMS_HOST = env("ADOBE_IMS_HOST", default="https://ims-na1.adobelogin.com")
ADOBE_ANALYTICS_API = "https://analytics.adobe.io/api"
ADOBE_DEFAULT_AUTH_MODE = env("ADOBE_DEFAULT_AUTH_MODE", default="oauth_s2s")

# Service Account (JWT) defaults - only used for tenants still on auth_mode="jwt"
ADOBE_DEFAULT_METASCOPES = ["ent_analytics_bulk_ingest_sdk"]
ADOBE_JWT_LIFETIME_SECONDS = 300

# OAuth Server-to-Server defaults (copied from the Developer Console credential page)
ADOBE_DEFAULT_S2S_SCOPES = ["openid", "AdobeID", "read_organizations", "additional_info.projectedProductContext"]

# Token cache (Redis); refresh a few minutes before expiry
ADOBE_TOKEN_CACHE_PREFIX = "adobe:ims:token:"
ADOBE_TOKEN_REFRESH_MARGIN = 300

SALESFORCE_LOGIN_URL = env("SALESFORCE_LOGIN_URL", default="https://login.salesforce.com")
SALESFORCE_CONSUMER_KEY = env("SALESFORCE_CONSUMER_KEY", default="")
SALESFORCE_JWT_KEY_PATH = env("SALESFORCE_JWT_KEY_PATH", default="var/keys/salesforce-connected-app.key")

OUTBOUND_WEBHOOK_SIGNING_SECRET = env("OUTBOUND_WEBHOOK_SIGNING_SECRET", default="dev-webhook-secret")

from syncbridge.flags import FEATURE_FLAGS  # noqa: E402,F401
