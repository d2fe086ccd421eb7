"""Daily Adobe Analytics extract -> Snowflake stage (via aanalytics2, OAuth Server-to-Server)."""
import datetime as dt
import os
import pathlib

import aanalytics2 as api2

HERE = pathlib.Path(__file__).parent
CONFIG = os.environ.get("AA_CONFIG", str(HERE / "config" / "analytics_oauth.json"))


def main():
    api2.importConfigFile(CONFIG)
    login = api2.Login()
    cid = login.getCompanyId()[0]["globalCompanyId"]
    ags = api2.Analytics(cid)
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    for rsid in os.environ.get("AA_RSIDS", "excorpprod").split(","):
        df = ags.getReport2(request=str(HERE / "requests" / "daily.json"), n_results="inf",
                            prefixe=f"{rsid}_{day}")
        df.to_csv(f"/tmp/aa/{rsid}_{day}.csv", index=False)


if __name__ == "__main__":
    main()
