"""Export audience sizes to the data lake."""
from __future__ import annotations

import argparse
import datetime as dt
import io

import boto3
import pandas as pd
import requests

from . import settings
from .auth import platform_headers


def fetch_segment_definitions() -> list[dict]:
    url = f"{settings.PLATFORM_URL}/data/core/ups/segment/definitions"
    out, start = [], 0
    while True:
        r = requests.get(url, headers=platform_headers(),
                         params={"limit": settings.PAGE_SIZE, "start": start}, timeout=60)
        r.raise_for_status()
        page = r.json()
        out.extend(page.get("segments", []))
        if not page.get("page", {}).get("next"):
            return out
        start += settings.PAGE_SIZE


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", default=settings.SANDBOX)
    ap.add_argument("--out", default=None, help="write parquet locally instead of S3")
    args = ap.parse_args(argv)

    rows = [
        {"id": s["id"], "name": s["name"], "profiles": s.get("metrics", {}).get("data", {}).get("totalProfiles"),
         "updated": s.get("updateTime")}
        for s in fetch_segment_definitions()
    ]
    df = pd.DataFrame(rows)
    key = f"{settings.PREFIX}{dt.date.today():%Y/%m/%d}/audiences.parquet"
    if args.out:
        df.to_parquet(f"{args.out}/audiences.parquet")
        return
    buf = io.BytesIO()
    df.to_parquet(buf)
    boto3.client("s3").put_object(Bucket=settings.BUCKET, Key=key, Body=buf.getvalue())


if __name__ == "__main__":
    main()
