"""Copies the daily exports to GCS for the marketing science team (BigQuery)."""
from datetime import datetime

from airflow import DAG
from airflow.providers.google.cloud.transfers.local_to_gcs import LocalFilesystemToGCSOperator

with DAG("gcs_sync", start_date=datetime(2024, 1, 1), schedule="0 6 * * *", catchup=False) as dag:
    LocalFilesystemToGCSOperator(
        task_id="upload",
        src="/opt/airflow/data/*.parquet",
        dst="adobe/",
        bucket="excorp-mktsci-landing",
        gcp_conn_id="google_cloud_default",
    )
