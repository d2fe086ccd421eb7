import argparse
import configparser
import logging
import os

from . import adobe, settings, sheets

log = logging.getLogger("provisioner")


def profiles():
    cp = configparser.ConfigParser()
    cp.read(os.path.join(os.path.dirname(__file__), "profiles.ini"))
    return dict(cp["profiles"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    cfg = settings.load(dry_run=args.dry_run)
    conn = adobe.connect(cfg)
    mapping = profiles()

    if args.report:
        for key, profile in mapping.items():
            print(f"{profile}: {adobe.seats(conn, profile)}")
        return

    ws = sheets.open_requests(cfg)
    for row_index, row in sheets.pending(ws):
        email = row["Email Address"].strip().lower()
        if not email.endswith("@mccd.edu"):
            sheets.mark_done(ws, row_index, "rejected: not an mccd.edu address")
            continue
        profile = mapping.get(row["Software"].strip().lower())
        if not profile:
            sheets.mark_done(ws, row_index, "unknown product")
            continue
        ok = adobe.add_to_profile(conn, email, row["First name"], row["Last name"], profile)
        if not cfg.dry_run:
            sheets.mark_done(ws, row_index, "ok" if ok else "umapi error")


if __name__ == "__main__":
    main()
