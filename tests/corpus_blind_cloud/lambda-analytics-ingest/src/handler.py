import gzip
import io
import json
import logging
import os

import boto3
import requests

import adobe_auth
import settings
import snowflake_sink

log = logging.getLogger()
log.setLevel(os.environ.get("LOG_LEVEL", "INFO"))
s3 = boto3.client("s3")


def _events(bucket: str, key: str):
    obj = s3.get_object(Bucket=bucket, Key=key)
    with gzip.GzipFile(fileobj=io.BytesIO(obj["Body"].read())) as fh:
        for line in fh:
            yield json.loads(line)


def _to_bdia_row(ev: dict) -> dict:
    return {
        "timestamp": ev["ts"],
        "marketingCloudVisitorID": ev.get("ecid", ""),
        "reportSuiteID": settings.REPORT_SUITE_ID,
        "pageName": f"pos:{ev['store_id']}",
        "purchaseID": ev["receipt_id"],
        "products": ";".join(p["sku"] for p in ev.get("lines", [])),
        "events": "purchase",
    }


def _flush(batch: list) -> None:
    resp = requests.post(
        settings.BULK_INGEST_URL,
        headers={**adobe_auth.auth_headers(), "x-adobe-vgid": "pos-nightly"},
        json={"events": batch},
        timeout=60,
    )
    resp.raise_for_status()


def lambda_handler(event, _context):
    total = 0
    batch = []
    for rec in event.get("Records", []):
        bucket = rec["s3"]["bucket"]["name"]
        key = rec["s3"]["object"]["key"]
        for ev in _events(bucket, key):
            batch.append(_to_bdia_row(ev))
            if len(batch) >= settings.BATCH_SIZE:
                _flush(batch)
                total += len(batch)
                batch = []
    if batch:
        _flush(batch)
        total += len(batch)
    snowflake_sink.write_daily_totals(total)
    log.info("sent %d rows", total)
    return {"sent": total}
