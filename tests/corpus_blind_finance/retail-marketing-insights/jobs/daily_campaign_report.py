"""Daily campaign KPIs from Adobe Analytics into Snowflake."""
import argparse
import datetime as dt

import aanalytics2 as api2

from insights.snowflake_io import load

RSID = "nbretailprod"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--date", default=(dt.date.today() - dt.timedelta(days=1)).isoformat())
    args = p.parse_args()

    api2.importConfigFile("config/analytics_jwt.json")
    login = api2.Login()
    cid = login.getCompanyId()[0]["globalCompanyId"]
    ags = api2.Analytics(cid)

    req = api2.RequestCreator()
    req.setRSID(RSID)
    req.setDateRange(f"{args.date}T00:00:00.000", f"{args.date}T23:59:59.999")
    req.setDimension("variables/campaign")
    req.addMetric("metrics/visits")
    req.addMetric("metrics/event12")  # product application started
    req.addMetric("metrics/event14")  # product application completed
    df = ags.getReport2(req.to_dict()).dataframe
    df["REPORT_DATE"] = args.date
    print(f"loaded {load(df, 'CAMPAIGN_DAILY')} rows")


if __name__ == "__main__":
    main()
