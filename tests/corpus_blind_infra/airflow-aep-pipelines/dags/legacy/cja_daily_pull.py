# Legacy CJA pull - still on the old service account config (see config/cja_config.json).
# TODO(DATA-982): move to the adobe_ims_s2s connection like the AEP DAGs.
from datetime import datetime

import cjapy
from airflow.decorators import dag, task


@dag(schedule="30 4 * * *", start_date=datetime(2023, 2, 1), catchup=False, tags=["adobe", "cja", "legacy"])
def cja_daily_pull():
    @task
    def pull():
        cjapy.importConfigFile("/opt/airflow/config/cja_config.json")
        cja = cjapy.CJA()
        df = cja.getDataViews()
        df.to_parquet("/opt/airflow/data/cja_dataviews.parquet")

    pull()


cja_daily_pull()
