import datetime as dt
import logging

import click

from .client import AnalyticsClient
from .warehouse import load_orders


@click.command()
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=str(dt.date.today()))
@click.option("--batch-size", default=500, show_default=True)
def main(day, batch_size):
    logging.basicConfig(level=logging.INFO)
    client = AnalyticsClient()
    orders = list(load_orders(day.date()))
    for i in range(0, len(orders), batch_size):
        client.send_batch(orders[i:i + batch_size])
    click.echo(f"sent {len(orders)} events for {day:%Y-%m-%d}")


if __name__ == "__main__":
    main()
