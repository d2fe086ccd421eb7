import argparse
import datetime as dt
import json
import os

import requests

from .reports import daily_totals
from .settings import reporting


def main(argv=None):
    ap = argparse.ArgumentParser(prog="reporter")
    ap.add_argument("--date", default="yesterday")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    day = dt.date.today() - dt.timedelta(days=1) if args.date == "yesterday" else dt.date.fromisoformat(args.date)
    totals = daily_totals(day)
    text = f"*{day:%a %d %b}*: " + ", ".join(f"{k} {v:,.0f}" for k, v in totals.items())
    if args.dry_run:
        print(text)
        return 0
    hook = os.environ[reporting()["slack_webhook_env"]]
    requests.post(hook, data=json.dumps({"text": text}), timeout=10).raise_for_status()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
