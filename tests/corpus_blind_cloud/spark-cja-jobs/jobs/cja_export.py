"""Pull yesterday's CJA data view report into bronze.cja_daily_journeys."""
import datetime as dt
import os

import requests
from pyspark.sql import SparkSession

from common.ims import cja_headers, fetch_token

CJA_REPORTS = "https://cja.adobe.io/reports"


def main() -> None:
    spark = SparkSession.builder.getOrCreate()
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    body = {
        "dataId": os.environ["CJA_DATAVIEW_ID"],
        "globalFilters": [{"type": "dateRange", "dateRange": f"{day}T00:00:00.000/{day}T23:59:59.999"}],
        "metricContainer": {"metrics": [{"columnId": "0", "id": "metrics/visits"},
                                         {"columnId": "1", "id": "metrics/orders"}]},
        "dimension": "variables/channel_type",
        "settings": {"limit": 400, "page": 0},
    }
    resp = requests.post(CJA_REPORTS, json=body, headers=cja_headers(fetch_token()), timeout=120)
    resp.raise_for_status()
    rows = [
        {"day": day, "channel": r["value"], "visits": r["data"][0], "orders": r["data"][1]}
        for r in resp.json()["rows"]
    ]
    spark.createDataFrame(rows).write.mode("overwrite").option("replaceWhere", f"day = '{day}'") \
        .saveAsTable("bronze.cja_daily_journeys")


if __name__ == "__main__":
    main()
