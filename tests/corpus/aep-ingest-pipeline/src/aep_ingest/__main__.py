"""aep-ingest entry point."""
from __future__ import annotations

import argparse
import os

import requests

from .auth import fetch_token

BATCH_URL = "https://platform.adobe.io/data/foundation/import/batches"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", default="yesterday")
    args = ap.parse_args()
    token, _ = fetch_token()
    headers = {
        "Authorization": f"Bearer {token}",
        "x-api-key": os.environ["ADOBE_CLIENT_ID"],
        "x-gw-ims-org-id": os.environ["ADOBE_ORG_ID"],
        "x-sandbox-name": os.environ.get("AEP_SANDBOX", "prod"),
    }
    batch = requests.post(BATCH_URL, json={"datasetId": "64f1c0de9a1b2c0001a1b2c3",
                                           "inputFormat": {"format": "json"}}, headers=headers, timeout=60)
    batch.raise_for_status()
    print("created batch", batch.json()["id"], "for", args.date)


if __name__ == "__main__":
    main()
