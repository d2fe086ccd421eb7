"""Weekly: assets whose prism:expirationDate falls in the next 30 days."""
import datetime

import requests

from aem_token import get_token

AUTHOR = "https://author-p48213-e512907.adobeaemcloud.com"


def main():
    until = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    params = {
        "path": "/content/dam/thornbury",
        "type": "dam:Asset",
        "daterange.property": "jcr:content/metadata/prism:expirationDate",
        "daterange.upperBound": until,
        "p.limit": "-1",
        "p.hits": "selective",
        "p.properties": "jcr:path jcr:content/metadata/prism:expirationDate",
    }
    r = requests.get(f"{AUTHOR}/bin/querybuilder.json", params=params,
                     headers={"Authorization": f"Bearer {get_token()}"}, timeout=120)
    r.raise_for_status()
    for hit in r.json()["hits"]:
        print(hit["jcr:path"], hit.get("jcr:content", {}).get("metadata", {}).get("prism:expirationDate"))


if __name__ == "__main__":
    main()
