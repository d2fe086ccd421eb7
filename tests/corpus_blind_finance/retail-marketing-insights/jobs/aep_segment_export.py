"""Hourly export of AEP segment membership counts."""
import aepp
from aepp import segmentation

from insights import settings
from insights.snowflake_io import load


def main() -> None:
    aepp.importConfigFile(settings.AEP_CONFIG_FILE)
    seg = segmentation.Segmentation()
    rows = []
    for s in seg.getSegments():
        if not s.get("name", "").startswith("RB_"):
            continue
        rows.append({"SEGMENT_ID": s["id"], "NAME": s["name"],
                     "PROFILE_COUNT": s.get("metrics", {}).get("data", {}).get("totalProfiles", 0)})
    import pandas as pd
    load(pd.DataFrame(rows), "SEGMENT_MEMBERSHIP")


if __name__ == "__main__":
    main()
