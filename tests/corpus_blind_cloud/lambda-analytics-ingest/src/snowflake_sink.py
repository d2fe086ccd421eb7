"""Write run totals to Snowflake using key-pair (JWT) authentication."""
import datetime as dt
import os

import boto3
import snowflake.connector
from cryptography.hazmat.primitives import serialization

_ssm = boto3.client("ssm")


def _private_key_der() -> bytes:
    param = os.environ["SNOWFLAKE_PRIVATE_KEY_PARAM"]
    pem = _ssm.get_parameter(Name=param, WithDecryption=True)["Parameter"]["Value"]
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    return key.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def _connect():
    return snowflake.connector.connect(
        account=os.environ["SNOWFLAKE_ACCOUNT"],
        user=os.environ["SNOWFLAKE_USER"],
        authenticator="SNOWFLAKE_JWT",
        private_key=_private_key_der(),
        warehouse="INGEST_WH",
        database="RAW",
        schema="POS",
    )


def write_daily_totals(rows: int) -> None:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO POS_EVENTS_DAILY (RUN_DATE, ROWS_SENT) VALUES (%s, %s)",
            (dt.date.today().isoformat(), rows),
        )
