#!/usr/bin/env python3
"""List campaign assets that have no expiry date set (QueryBuilder)."""
import csv
import os
import sys

import requests

from aem_token import access_token, load

AUTHOR = os.environ.get("AEM_AUTHOR", "https://author-p48213-e1190384.adobeaemcloud.com")


def main():
    token = access_token(load())
    params = {
        "path": "/content/dam/campaigns",
        "type": "dam:Asset",
        "property": "jcr:content/metadata/prism:expirationDate",
        "property.operation": "not",
        "p.limit": "-1",
        "p.hits": "selective",
        "p.properties": "jcr:path jcr:content/metadata/dc:title jcr:created",
    }
    r = requests.get(f"{AUTHOR}/bin/querybuilder.json", params=params,
                     headers={"Authorization": f"Bearer {token}"}, timeout=300)
    r.raise_for_status()
    w = csv.writer(sys.stdout)
    w.writerow(["path", "title", "created"])
    for hit in r.json().get("hits", []):
        meta = hit.get("jcr:content", {}).get("metadata", {})
        w.writerow([hit["jcr:path"], meta.get("dc:title", ""), hit.get("jcr:created", "")])


if __name__ == "__main__":
    main()
