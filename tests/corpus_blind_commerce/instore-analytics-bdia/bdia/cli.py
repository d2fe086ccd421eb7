from __future__ import annotations

import argparse
import os
import tomllib

import aanalytics2 as api2

from bdia.auth import ImsToken
from bdia.pos import fetch_transactions
from bdia.upload import to_bdia_frame, upload


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--date", required=True)
    p.add_argument("--check-report", action="store_true")
    args = p.parse_args()

    with open("config/settings.toml", "rb") as f:
        cfg = tomllib.load(f)
    secret = os.environ["ADOBE_CLIENT_SECRET"]
    token = ImsToken(cfg["adobe"], secret)

    tx = fetch_transactions(cfg["pos_gateway"], args.date)
    for store_id, chunk in tx.groupby("store_id"):
        df = to_bdia_frame(chunk, cfg["analytics"]["report_suite"])
        upload(df, token.get(), cfg["adobe"]["client_id"], cfg["analytics"]["visitor_group_prefix"] + str(store_id))

    if args.check_report:
        api2.importConfigFile("config/aanalytics2.json")
        login = api2.Login()
        ags = api2.Analytics(login.getCompanyId()[0]["globalCompanyId"])
        print(ags.getReportSuites().head())


if __name__ == "__main__":
    main()
