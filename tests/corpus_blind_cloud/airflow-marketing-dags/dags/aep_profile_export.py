"""Hourly export of changed AEP profiles (OAuth Server-to-Server since 2025-01)."""
import pendulum
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook


@dag(
    schedule="@hourly",
    start_date=pendulum.datetime(2025, 1, 15, tz="UTC"),
    catchup=False,
    tags=["adobe", "aep"],
    default_args={"retries": 3, "pool": "adobe_api"},
)
def aep_profile_export():
    @task
    def export_segment(data_interval_start=None) -> int:
        import aepp
        from aepp import segmentation

        conn = BaseHook.get_connection("adobe_aep")
        extra = conn.extra_dejson
        aepp.configure(
            org_id=extra["org_id"],
            client_id=conn.login,
            secret=conn.password,
            scopes=extra["scopes"],
            sandbox=extra.get("sandbox", "prod"),
            environment="prod",
        )
        seg = segmentation.Segmentation()
        jobs = seg.getSegmentJobs(prop=f"updateTime>={int(data_interval_start.timestamp() * 1000)}")
        return len(jobs)

    export_segment()


aep_profile_export()
