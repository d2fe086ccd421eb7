"""Daily Adobe Analytics report export (still on the legacy credential, see MKT-77)."""
import pendulum
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.providers.amazon.aws.hooks.s3 import S3Hook
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator


@dag(
    schedule="0 5 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["adobe", "analytics"],
    default_args={"retries": 2, "pool": "adobe_api"},
)
def analytics_daily_export():
    @task
    def export_report(ds=None) -> str:
        import aanalytics2 as api2

        conn = BaseHook.get_connection("adobe_analytics")
        extra = conn.extra_dejson
        api2.configure(
            org_id=extra["org_id"],
            tech_id=extra["tech_id"],
            secret=conn.password,
            client_id=conn.login,
            path_to_key=extra["pathToKey"],
        )
        ags = api2.Analytics(extra["company_id"])
        req = api2.RequestCreator()
        req.setRSID(Variable.get("analytics_rsid"))
        req.setDateRange(f"{ds}T00:00:00.000", f"{ds}T23:59:59.999")
        req.addMetric("metrics/visits")
        req.addMetric("metrics/orders")
        req.setDimension("variables/marketingchannel")
        df = ags.getReport2(req.to_dict()).dataframe
        key = f"adobe/analytics/marketing_channel/{ds}.parquet"
        S3Hook("aws_default").load_bytes(df.to_parquet(), key, bucket_name="acme-marketing-raw", replace=True)
        return key

    load = SnowflakeOperator(
        task_id="load_snowflake",
        snowflake_conn_id="snowflake_default",
        sql="COPY INTO RAW.AA_MARKETING_CHANNEL FROM @RAW.S3_MARKETING/adobe/analytics/marketing_channel/ "
            "FILE_FORMAT = (TYPE = PARQUET) MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE",
    )

    export_report() >> load


analytics_daily_export()
