from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator

from hooks.adobe_ims import AdobeImsHook

DATASET_ID = "65f0c0ffee0123456789abcd"


def _trigger_export(**ctx):
    hook = AdobeImsHook()
    resp = requests.post(
        "https://platform.adobe.io/data/foundation/export/batches",
        headers=hook.headers(sandbox="prod"),
        json={"datasetId": DATASET_ID, "format": "parquet"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["id"]


with DAG(
    dag_id="aep_profile_export",
    start_date=datetime(2024, 9, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["adobe", "aep"],
) as dag:
    PythonOperator(task_id="trigger_export", python_callable=_trigger_export)
