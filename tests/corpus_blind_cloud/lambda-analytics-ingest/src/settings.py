"""Runtime settings for the ingest Lambda (read once per cold start)."""
import os
from functools import lru_cache

import boto3

IMS_HOST = os.environ.get("ADOBE_IMS_HOST", "https://ims-na1.adobelogin.com")
IMS_EXCHANGE_URL = f"{IMS_HOST}/ims/exchange/jwt"
BULK_INGEST_URL = "https://analytics-collection.adobe.io/aa/collect/v1/events"

CLIENT_ID = os.environ["ADOBE_CLIENT_ID"]
ORG_ID = os.environ["ADOBE_ORG_ID"]
TECH_ACCOUNT_ID = os.environ.get("ADOBE_TECH_ACCOUNT_ID", "")
METASCOPES = os.environ.get("ADOBE_METASCOPES", "ent_analytics_bulk_ingest_sdk").split(",")
PRIVATE_KEY_PARAM = os.environ.get("ADOBE_PRIVATE_KEY_PARAM", "")
REPORT_SUITE_ID = os.environ.get("REPORT_SUITE_ID", "acmeposdev")
BATCH_SIZE = int(os.environ.get("BATCH_SIZE", "500"))

_ssm = boto3.client("ssm")
_secrets = boto3.client("secretsmanager")


@lru_cache(maxsize=1)
def client_secret() -> str:
    arn = os.environ["ADOBE_CLIENT_SECRET_ARN"]
    return _secrets.get_secret_value(SecretId=arn)["SecretString"]


@lru_cache(maxsize=1)
def private_key_pem() -> str:
    resp = _ssm.get_parameter(Name=PRIVATE_KEY_PARAM, WithDecryption=True)
    return resp["Parameter"]["Value"]
