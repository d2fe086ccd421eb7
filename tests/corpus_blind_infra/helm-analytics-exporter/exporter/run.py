import datetime as dt
import os

import boto3
import requests

from .token import access_token

API = "https://analytics.adobe.io/api/{company}/reports"


def main():
    company = os.environ["AA_COMPANY_ID"]
    days = int(os.environ.get("AA_LOOKBACK_DAYS", "2"))
    end = dt.date.today()
    start = end - dt.timedelta(days=days)
    s3 = boto3.client("s3")
    for rsid in os.environ["AA_REPORT_SUITES"].split(","):
        resp = requests.post(
            API.format(company=company),
            headers={
                "Authorization": f"Bearer {access_token()}",
                "x-api-key": os.environ["IMS_CLIENT_ID"],
                "x-proxy-global-company-id": company,
            },
            json={
                "rsid": rsid,
                "globalFilters": [{"type": "dateRange", "dateRange": f"{start}T00:00:00/{end}T00:00:00"}],
                "metricContainer": {"metrics": [{"id": "metrics/visits"}, {"id": "metrics/orders"}]},
                "dimension": "variables/daterangeday",
            },
            timeout=120,
        )
        resp.raise_for_status()
        s3.put_object(Bucket="dl-raw", Key=f"adobe-analytics/{rsid}/{end}.json", Body=resp.content)


if __name__ == "__main__":
    main()
