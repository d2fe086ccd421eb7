"""Write report frames to Snowflake using key-pair authentication."""
import datetime

import snowflake.connector
from cryptography.hazmat.primitives import serialization
from snowflake.connector.pandas_tools import write_pandas

from . import settings


def _private_key_der() -> bytes:
    with open(settings.SNOWFLAKE_PRIVATE_KEY_PATH, "rb") as fh:
        pw = settings.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE
        key = serialization.load_pem_private_key(fh.read(), password=pw.encode() if pw else None)
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def connect():
    return snowflake.connector.connect(
        account=settings.SNOWFLAKE_ACCOUNT,
        user=settings.SNOWFLAKE_USER,
        private_key=_private_key_der(),
        warehouse=settings.SNOWFLAKE_WAREHOUSE,
        database="MOPS",
        schema="ANALYTICS_REPORTS",
    )


def load(df, table: str) -> int:
    df = df.assign(LOADED_AT=datetime.datetime.utcnow(), LOADED_BY=settings.ADOBE_TECHNICAL_ACCOUNT_ID)
    with connect() as conn:
        ok, _, nrows, _ = write_pandas(conn, df, table.upper(), auto_create_table=True)
    return nrows if ok else 0
