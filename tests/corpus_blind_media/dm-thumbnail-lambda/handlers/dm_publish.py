"""Warm Dynamic Media smart-crop renditions for newly published assets."""
import json
import os

import requests

SMART_CROPS = ("Large", "Medium", "Small", "Swatch")


def rendition_urls(asset_id: str) -> list[str]:
    base = os.environ["DM_BASE_URL"]
    return [f"{base}/{asset_id}:{crop}?fmt=webp-alpha&qlt=85" for crop in SMART_CROPS]


def handler(event, _context):
    warmed = 0
    for record in event["Records"]:
        message = json.loads(record["body"])
        for url in rendition_urls(message["assetId"]):
            requests.get(url, timeout=10)
            warmed += 1
    return {"warmed": warmed}
