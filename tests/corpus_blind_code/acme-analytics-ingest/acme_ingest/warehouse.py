import csv
import os


def load_orders(day):
    path = os.path.join(os.getenv("ACME_EXPORT_DIR", "/data/exports"), f"orders_{day:%Y%m%d}.csv")
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield {
                "timestamp": row["created_at"],
                "visitorId": row["customer_hash"],
                "purchaseId": row["order_id"],
                "products": f";{row['sku']};{row['qty']};{row['amount']}",
                "events": "purchase",
            }
