"""Bulk Data Insertion API upload (gzipped CSV)."""
from __future__ import annotations

import gzip
import io

import httpx
import pandas as pd

BDIA_URL = "https://analytics-collection.adobe.io/aa/collect/v1/events"

COLUMNS = ["timestamp", "marketingCloudVisitorID", "reportSuiteID", "userAgent", "pageName",
           "events", "products", "purchaseID", "currencyCode", "eVar12", "eVar31"]


def to_bdia_frame(transactions: pd.DataFrame, report_suite: str) -> pd.DataFrame:
    df = pd.DataFrame({
        "timestamp": transactions["sold_at"].map(lambda t: int(t.timestamp())),
        "marketingCloudVisitorID": transactions["ecid"],
        "reportSuiteID": report_suite,
        "userAgent": "acme-pos/5.2",
        "pageName": "store:checkout",
        "events": "purchase",
        "products": transactions["products"],
        "purchaseID": transactions["receipt_no"],
        "currencyCode": transactions["currency"],
        "eVar12": transactions["store_id"],
        "eVar31": "in-store",
    })
    return df[COLUMNS]


def upload(df: pd.DataFrame, token: str, client_id: str, vgid: str) -> dict:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        gz.write(df.to_csv(index=False).encode())
    resp = httpx.post(
        BDIA_URL,
        headers={"Authorization": f"Bearer {token}", "x-api-key": client_id, "x-adobe-vgid": vgid},
        files={"file": ("pos.csv.gz", buf.getvalue(), "application/gzip")},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()
