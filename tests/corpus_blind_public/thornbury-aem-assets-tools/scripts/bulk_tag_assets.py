"""Apply tags from a CSV (path,tag1;tag2;...) to DAM assets."""
import csv
import sys

import requests

from aem_token import get_token

AUTHOR = "https://author-p48213-e512907.adobeaemcloud.com"


def set_tags(session, path, tags):
    url = f"{AUTHOR}{path}/jcr:content/metadata"
    data = [("./cq:tags@TypeHint", "String[]")] + [("./cq:tags", t) for t in tags]
    r = session.post(url, data=data, timeout=60)
    r.raise_for_status()


def main(csv_path):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {get_token()}"
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            tags = [t.strip() for t in row["tags"].split(";") if t.strip()]
            set_tags(s, row["path"], tags)
            print("tagged", row["path"], tags)


if __name__ == "__main__":
    main(sys.argv[1])
