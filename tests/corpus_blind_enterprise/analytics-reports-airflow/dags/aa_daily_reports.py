"""Daily Adobe Analytics extracts for the finance and e-commerce dashboards."""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

import aanalytics2 as api2
import boto3
from airflow.decorators import dag, task
from airflow.models import Variable

CONFIG_TEMPLATE = os.path.join(os.path.dirname(__file__), "..", "config", "aanalytics2_oauth.json")


def _analytics():
    with open(CONFIG_TEMPLATE) as fh:
        cfg = json.load(fh)
    cfg["secret"] = boto3.client("secretsmanager").get_secret_value(SecretId="prod/adobe-analytics/client-secret")["SecretString"]
    runtime_cfg = "/tmp/aanalytics2_runtime.json"
    with open(runtime_cfg, "w") as fh:
        json.dump(cfg, fh)
    api2.importConfigFile(runtime_cfg)
    login = api2.Login()
    company_id = login.getCompanyId()[0]["globalCompanyId"]
    return api2.Analytics(company_id)


@dag(schedule="15 6 * * *", start_date=datetime(2024, 1, 1), catchup=False,
     default_args={"retries": 2, "retry_delay": timedelta(minutes=10)}, tags=["adobe", "analytics"])
def aa_daily_reports():

    @task
    def revenue_by_channel(ds=None):
        aa = _analytics()
        rsid = Variable.get("aa_report_suite")
        req = api2.RequestCreator()
        req.setRSID(rsid)
        req.setDateRange(f"{ds}T00:00:00.000", f"{ds}T23:59:59.999")
        req.setDimension("variables/lasttouchchannel")
        req.addMetric("metrics/revenue")
        req.addMetric("metrics/orders")
        df = aa.getReport2(req.to_dict()).dataframe
        out = f"s3://acme-analytics-exports/aa/revenue_by_channel/dt={ds}/part-0.parquet"
        df.to_parquet(out, index=False)
        return out

    revenue_by_channel()


aa_daily_reports()
