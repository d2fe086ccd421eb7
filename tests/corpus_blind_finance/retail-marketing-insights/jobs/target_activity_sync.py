"""Nightly snapshot of Adobe Target activities (A/B and XT) for offer governance."""
import pandas as pd
import requests

from insights import settings
from insights.ims_token import fetch_token
from insights.snowflake_io import load


def main() -> None:
    token = fetch_token(
        "jwt",
        settings.TARGET_CLIENT_ID,
        settings.TARGET_CLIENT_SECRET,
        tech_account_id=settings.TARGET_TECH_ACCOUNT_ID,
        key_path=settings.TARGET_PRIVATE_KEY_PATH,
        metascope=settings.TARGET_METASCOPE,
    )
    resp = requests.get(
        f"https://mc.adobe.io/{settings.TARGET_TENANT}/target/activities",
        headers={
            "Authorization": f"Bearer {token.value}",
            "X-Api-Key": settings.TARGET_CLIENT_ID,
            "Accept": "application/vnd.adobe.target.v3+json",
        },
        timeout=60,
    )
    resp.raise_for_status()
    df = pd.json_normalize(resp.json()["activities"])
    load(df[["id", "name", "type", "state", "priority", "modifiedAt"]], "TARGET_ACTIVITIES")


if __name__ == "__main__":
    main()
