"""Export job: Adobe Commerce orders -> AEP streaming + Analytics Data Insertion."""
from __future__ import annotations

import argparse
import logging
import time

from export_service import settings
from export_service.aep import streaming
from export_service.analytics import data_insertion
from export_service.ims import get_token_provider
from export_service.jobs.source import fetch_new_orders, mark_exported, to_xdm

log = logging.getLogger("order-export")


def run_once(provider) -> int:
    orders = fetch_new_orders(limit=settings.export().batch_size)
    if not orders:
        return 0
    streaming.send_batch(provider.token(), [to_xdm(o) for o in orders])
    for o in orders:
        if o["channel"] != "web":
            data_insertion.send(o)
    mark_exported(o["entity_id"] for o in orders)
    return len(orders)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loop", type=int, default=0, help="seconds between runs (0 = run once)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    provider = get_token_provider(settings.adobe())
    log.info("IMS auth mode: %s", settings.adobe().auth_mode)
    while True:
        n = run_once(provider)
        log.info("exported %d orders", n)
        if not args.loop:
            break
        time.sleep(args.loop)


if __name__ == "__main__":
    main()
