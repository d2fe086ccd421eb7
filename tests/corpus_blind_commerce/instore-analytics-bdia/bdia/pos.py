from __future__ import annotations

import httpx
import pandas as pd


def fetch_transactions(cfg: dict, date: str) -> pd.DataFrame:
    with httpx.Client(base_url=cfg["base_url"], cert=(cfg["client_cert"], cfg["client_key"]), timeout=60) as c:
        r = c.get("/v2/transactions", params={"date": date, "status": "settled"})
        r.raise_for_status()
        df = pd.DataFrame(r.json()["items"])
    df["sold_at"] = pd.to_datetime(df["sold_at"], utc=True)
    return df
