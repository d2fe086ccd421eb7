#!/usr/bin/env python3
import argparse
import datetime

import requests

from ims_client import CFG, _config, auth_headers
from gsheets_export import append_rows
from zoom_webinars import webinar_registrants

BASE = CFG["analyticsapiurl"] + "/" + _config["reports"]["global_company_id"]


def daily_visits(rsid, day):
    body = {
        "rsid": rsid,
        "globalFilters": [{"type": "dateRange",
                           "dateRange": f"{day}T00:00:00.000/{day}T23:59:59.999"}],
        "metricContainer": {"metrics": [{"columnId": "0", "id": "metrics/visits"}]},
        "dimension": "variables/daterangeday",
    }
    r = requests.post(BASE + "/reports", json=body, headers=auth_headers(), timeout=60)
    r.raise_for_status()
    rows = r.json().get("rows", [])
    return rows[0]["data"][0] if rows else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", default="yesterday")
    args = ap.parse_args()
    day = datetime.date.today() - datetime.timedelta(days=1)
    if args.date != "yesterday":
        day = datetime.date.fromisoformat(args.date)
    rows = []
    for rsid in _config["reports"]["report_suites"].split(","):
        rows.append([day.isoformat(), rsid, daily_visits(rsid, day.isoformat())])
    rows.append([day.isoformat(), "zoom-webinar", len(webinar_registrants())])
    append_rows(_config["reports"]["sheet_id"], rows)


if __name__ == "__main__":
    main()
