from pathlib import Path

import pendulum
from cosmos import DbtDag, ProfileConfig, ProjectConfig
from cosmos.profiles import SnowflakePrivateKeyPemProfileMapping

DBT_ROOT = Path(__file__).parent.parent / "dbt"

profile = ProfileConfig(
    profile_name="marketing",
    target_name="prod",
    profile_mapping=SnowflakePrivateKeyPemProfileMapping(conn_id="snowflake_default"),
)

dbt_marketing = DbtDag(
    dag_id="dbt_marketing",
    project_config=ProjectConfig(DBT_ROOT),
    profile_config=profile,
    schedule="30 6 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    operator_args={"select": ["marts.marketing"]},
)
