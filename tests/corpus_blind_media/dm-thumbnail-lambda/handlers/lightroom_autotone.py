"""Auto-tone hero images with the Lightroom API when they land in the incoming bucket."""
import os
import urllib.parse

import boto3
import requests

from .adobe_token import get_token

LR_AUTOTONE_URL = "https://image.adobe.io/lrService/autoTone"
s3 = boto3.client("s3")


def _presign(bucket: str, key: str, method: str) -> str:
    return s3.generate_presigned_url(method, Params={"Bucket": bucket, "Key": key}, ExpiresIn=3600)


def handler(event, _context):
    jobs = []
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        target_key = key.replace("hero/", "hero-toned/", 1)
        resp = requests.post(
            LR_AUTOTONE_URL,
            headers={
                "Authorization": f"Bearer {get_token()}",
                "x-api-key": os.environ["ADOBE_CLIENT_ID"],
                "Content-Type": "application/json",
            },
            json={
                "inputs": {"href": _presign(bucket, key, "get_object"), "storage": "external"},
                "outputs": [{"href": _presign(bucket, target_key, "put_object"), "storage": "external", "type": "image/jpeg"}],
            },
            timeout=30,
        )
        resp.raise_for_status()
        jobs.append(resp.json()["_links"]["self"]["href"])
    return {"jobs": jobs}
