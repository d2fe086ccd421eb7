"""Runtime settings, read once from the environment (.env locally, variable group in CI)."""
import os

from dotenv import load_dotenv

load_dotenv()

IMS_HOST = os.getenv("ADOBE_IMS_HOST", "https://ims-na1.adobelogin.com")
ORG_ID = os.getenv("ADOBE_ORG_ID", "7C3F0A1B5E2D4C6A8B9D0E1F@AdobeOrg")

# Adobe Target - Service Account (JWT) credential, to be migrated (MKTA-912)
TARGET_CLIENT_ID = os.environ.get("ADOBE_TARGET_CLIENT_ID", "")
TARGET_CLIENT_SECRET = os.environ.get("ADOBE_TARGET_CLIENT_SECRET", "")
TARGET_TECH_ACCOUNT_ID = os.environ.get("ADOBE_TARGET_TECH_ACCOUNT_ID", "")
TARGET_PRIVATE_KEY_PATH = os.getenv("ADOBE_TARGET_PRIVATE_KEY_PATH", "secrets/target_private.key")
TARGET_METASCOPE = os.getenv("ADOBE_TARGET_METASCOPE", "ent_marketing_sdk")
TARGET_TENANT = os.getenv("ADOBE_TARGET_TENANT", "northbank")

# Adobe Experience Platform - OAuth Server-to-Server credential
AEP_CONFIG_FILE = os.getenv("AEP_CONFIG_FILE", "config/aep_oauth.json")
AEP_SCOPES = os.getenv("ADOBE_AEP_SCOPES", "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext")

# Snowflake
SNOWFLAKE_ACCOUNT = os.environ["SNOWFLAKE_ACCOUNT"]
SNOWFLAKE_USER = os.environ["SNOWFLAKE_USER"]
SNOWFLAKE_PRIVATE_KEY_PATH = os.environ["SNOWFLAKE_PRIVATE_KEY_PATH"]
SNOWFLAKE_PRIVATE_KEY_PASSPHRASE = os.getenv("SNOWFLAKE_PRIVATE_KEY_PASSPHRASE")
SNOWFLAKE_WAREHOUSE = os.getenv("SNOWFLAKE_WAREHOUSE", "MKT_WH")
