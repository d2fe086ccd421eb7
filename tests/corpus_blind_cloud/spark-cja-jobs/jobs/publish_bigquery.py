"""Publish the daily summary to BigQuery (finance project) with a GCP service account."""
import base64
import json

from pyspark.dbutils import DBUtils
from pyspark.sql import SparkSession

spark = SparkSession.builder.getOrCreate()
dbutils = DBUtils(spark)

sa_json = dbutils.secrets.get(scope="gcp", key="bq-writer-sa-json")
sa = json.loads(sa_json)

(
    spark.table("bronze.cja_daily_journeys")
    .groupBy("day", "channel").sum("visits", "orders")
    .write.format("bigquery")
    .option("credentials", base64.b64encode(sa_json.encode()).decode())
    .option("parentProject", sa["project_id"])
    .option("table", "acme-finance.marketing.cja_daily")
    .option("writeMethod", "direct")
    .mode("append")
    .save()
)
