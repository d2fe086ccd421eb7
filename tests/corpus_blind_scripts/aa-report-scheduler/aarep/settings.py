"""Runtime settings, all from the environment."""
import os

# Adobe IMS - OAuth Server-to-Server.
# (Until 1.3.0 this module also had the service-account key path and
# metascope settings; removed after the console converted the credential.)
IMS_TOKEN_URL = os.environ.get("ADOBE_IMS_TOKEN_URL", "https://ims-na1.adobelogin.com/ims/token/v3")
ADOBE_CLIENT_ID = os.environ.get("ADOBE_CLIENT_ID", "")
ADOBE_CLIENT_SECRET = os.environ.get("ADOBE_CLIENT_SECRET", "")
ADOBE_ORG_ID = os.environ.get("ADOBE_ORG_ID", "")
ADOBE_SCOPES = os.environ.get(
    "ADOBE_SCOPES",
    "openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function",
)
# kept for the audit trail in the Snowflake load table
ADOBE_TECHNICAL_ACCOUNT_ID = os.environ.get("ADOBE_TECHNICAL_ACCOUNT_ID", "")

AA_CONFIG_FILE = os.environ.get("AA_CONFIG_FILE", "config/aa_config.json")
AA_COMPANY_ID = os.environ.get("AA_COMPANY_ID", "examplec0")
REPORTS_FILE = os.environ.get("AAREP_REPORTS", "config/reports.yaml")

# Snowflake key-pair auth (service user MOPS_LOADER)
SNOWFLAKE_ACCOUNT = os.environ.get("SNOWFLAKE_ACCOUNT", "exampleco-mops")
SNOWFLAKE_USER = os.environ.get("SNOWFLAKE_USER", "MOPS_LOADER")
SNOWFLAKE_PRIVATE_KEY_PATH = os.environ.get("SNOWFLAKE_PRIVATE_KEY_PATH", os.path.expanduser("~/.snowflake/rsa_key.p8"))
SNOWFLAKE_PRIVATE_KEY_PASSPHRASE = os.environ.get("SNOWFLAKE_PRIVATE_KEY_PASSPHRASE")
SNOWFLAKE_WAREHOUSE = os.environ.get("SNOWFLAKE_WAREHOUSE", "MOPS_WH")
