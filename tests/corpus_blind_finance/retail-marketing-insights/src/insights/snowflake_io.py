"""Snowflake access with key-pair authentication (service user SVC_MKT_LOADER)."""
import snowflake.connector
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization
from snowflake.connector.pandas_tools import write_pandas

from insights import settings


def _private_key_der() -> bytes:
    with open(settings.SNOWFLAKE_PRIVATE_KEY_PATH, "rb") as fh:
        passphrase = settings.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE
        key = serialization.load_pem_private_key(
            fh.read(),
            password=passphrase.encode() if passphrase else None,
            backend=default_backend(),
        )
    return key.private_bytes(
        encoding=serialization.Encoding.DER,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def connect():
    return snowflake.connector.connect(
        account=settings.SNOWFLAKE_ACCOUNT,
        user=settings.SNOWFLAKE_USER,
        private_key=_private_key_der(),
        warehouse=settings.SNOWFLAKE_WAREHOUSE,
        database="MKT",
        schema="PUBLIC",
        role="MKT_LOADER",
    )


def load(df, table: str) -> int:
    with connect() as conn:
        ok, _, nrows, _ = write_pandas(conn, df, table, auto_create_table=False, overwrite=False)
        if not ok:
            raise RuntimeError(f"write_pandas failed for {table}")
        return nrows
