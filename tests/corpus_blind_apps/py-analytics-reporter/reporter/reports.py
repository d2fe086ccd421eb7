import datetime as dt

import requests

from .ims import auth_headers
from .settings import load_config, reporting

METRICS = ["metrics/visits", "metrics/pageviews", "metrics/orders", "metrics/revenue"]


def _day_range(day):
    start = dt.datetime.combine(day, dt.time.min)
    end = start + dt.timedelta(days=1)
    return f"{start:%Y-%m-%dT%H:%M:%S.000}/{end:%Y-%m-%dT%H:%M:%S.000}"


def daily_totals(day):
    cfg, rep = load_config(), reporting()
    url = "{}/{}/reports".format(cfg["analyticsapiurl"], rep["company_id"])
    body = {
        "rsid": rep["report_suite"],
        "globalFilters": [{"type": "dateRange", "dateRange": _day_range(day)}],
        "metricContainer": {"metrics": [{"id": m, "columnId": str(i)} for i, m in enumerate(METRICS)]},
        "dimension": "variables/daterangeday",
        "settings": {"limit": 5, "page": 0, "countRepeatInstances": True},
    }
    headers = auth_headers()
    headers["x-proxy-global-company-id"] = rep["company_id"]
    resp = requests.post(url, json=body, headers=headers, timeout=60)
    resp.raise_for_status()
    return parse_totals(resp.json())


def parse_totals(payload):
    totals = payload.get("summaryData", {}).get("totals", [])
    return dict(zip((m.split("/")[1] for m in METRICS), totals))
