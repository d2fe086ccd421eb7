"""Runtime settings for the bulk ingest job.

Values come from the environment (see .env.example); the defaults below
are what production used when this was set up in 2021.
"""
import os

from dotenv import load_dotenv

load_dotenv()

ACME_IMS_HOST = os.getenv("ACME_IMS_HOST", "https://ims-na1.adobelogin.com")
ACME_IMS_EXCHANGE_PATH = "/ims/exchange/jwt"
ANALYTICS_API = "https://analytics.adobe.io/api"
BDIA_ENDPOINT = "https://analytics-collection.adobe.io/aa/collect/v1/events"

ORG_ID = os.environ.get("ACME_ADOBE_ORG_ID", "")
CLIENT_ID = os.environ.get("ACME_ADOBE_CLIENT_ID", "")
CLIENT_SECRET = os.environ.get("ACME_ADOBE_CLIENT_SECRET", "")
TECH_ACCOUNT_ID = os.environ.get("ACME_ADOBE_TECH_ACCT", "")
PRIVATE_KEY_PATH = os.environ.get("ACME_ADOBE_KEY_FILE", "keys/private.key")
METASCOPES = os.environ.get("ACME_ADOBE_METASCOPES", "ent_analytics_bulk_ingest_sdk").split(",")

GLOBAL_COMPANY_ID = os.environ.get("ACME_AA_COMPANY", "acmecorp0")
REPORT_SUITE = os.environ.get("ACME_AA_RSID", "acmeglobalprod")

# how long the signed assertion is valid; IMS accepts up to 24h
TOKEN_LIFETIME_SECONDS = 60 * 60 * 24
