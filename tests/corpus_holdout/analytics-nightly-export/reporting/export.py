import configparser
import logging
import os
from datetime import date, timedelta

import pandas as pd
import requests

from reporting.ims_auth import get_token

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("export")


def run(day=None):
    day = day or (date.today() - timedelta(days=1))
    cp = configparser.ConfigParser()
    cp.read("config.ini")
    company = cp["analytics"]["company_id"]
    headers = {
        "Authorization": f"Bearer {get_token()}",
        "x-api-key": cp["adobe"]["apikey"],
        "x-proxy-global-company-id": company,
        "Content-Type": "application/json",
    }
    body = {
        "rsid": cp["analytics"]["report_suite"],
        "globalFilters": [{"type": "dateRange", "dateRange": f"{day}T00:00:00.000/{day}T23:59:59.999"}],
        "metricContainer": {"metrics": [{"id": "metrics/pageviews"}, {"id": "metrics/visits"}]},
        "dimension": "variables/page",
    }
    url = f"https://analytics.adobe.io/api/{company}/reports"
    r = requests.post(url, headers=headers, json=body, timeout=120)
    r.raise_for_status()
    rows = [{"page": row["value"], "pageviews": row["data"][0], "visits": row["data"][1]} for row in r.json()["rows"]]
    out = os.path.join("out", f"pages-{day}.csv")
    os.makedirs("out", exist_ok=True)
    pd.DataFrame(rows).to_csv(out, index=False)
    log.info("wrote %s rows to %s", len(rows), out)


if __name__ == "__main__":
    run()
