"""Reads the nightly HR leavers CSV."""
import csv


def leavers(path: str) -> list[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row["work_email"] for row in csv.DictReader(fh) if row["status"] == "terminated"]
