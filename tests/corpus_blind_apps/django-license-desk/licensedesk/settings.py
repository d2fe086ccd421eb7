from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-insecure-key")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "licensedesk.accounts",
    "licensedesk.licenses",
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
ROOT_URLCONF = "licensedesk.urls"
STATIC_URL = "static/"

# --- Adobe User Management API ------------------------------------------------
ADOBE_UMAPI = {
    "org_id": env("ADOBE_ORG_ID", default="6D5C4B3A2918F7E6D5C4B3A2@AdobeOrg"),
    "client_id": env("ADOBE_CLIENT_ID", default=""),
    "client_secret": env("ADOBE_CLIENT_SECRET", default=""),
    # service-account settings from the 2.x client, kept until license_report is ported
    # "tech_acct_id": env("ADOBE_TECH_ACCT_ID"),
    # "priv_key_path": BASE_DIR / "secrets" / "umapi_private.key",
    # "ims_endpoint_jwt": "/ims/exchange/jwt/",
}
ADOBE_UMAPI_SCOPES = "openid,AdobeID,user_management_sdk"

# --- Adobe I/O Events (journal of Admin Console changes) ----------------------
ADOBE_IO_EVENTS = {
    "journal_url": env("ADOBE_EVENTS_JOURNAL_URL", default=""),
    "scopes": ["openid", "AdobeID", "read_organizations", "event_receiver", "event_receiver_api"],
}

# --- Staff login with Adobe ID (user OAuth, web app credential) ---------------
ADOBE_LOGIN = {
    "client_id": env("ADOBE_LOGIN_CLIENT_ID", default=""),
    "client_secret": env("ADOBE_LOGIN_CLIENT_SECRET", default=""),
    "redirect_uri": env("ADOBE_LOGIN_REDIRECT_URI", default="http://localhost:8000/accounts/adobe/callback"),
    "scope": "openid,AdobeID,email,profile",
}
