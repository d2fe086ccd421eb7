"""Warn when the certificate registered on the Developer Console is about to expire.

Run monthly from Task Scheduler; exit code 2 means "rotate now".
"""
import datetime
import sys

from cryptography import x509

CERT = r"D:\UST\certs\certificate_pub.crt"
WARN_DAYS = 45


def main():
    with open(CERT, "rb") as fh:
        cert = x509.load_pem_x509_certificate(fh.read())
    left = cert.not_valid_after_utc - datetime.datetime.now(datetime.timezone.utc)
    print(f"{cert.subject.rfc4514_string()} expires {cert.not_valid_after_utc:%Y-%m-%d} ({left.days} days)")
    if left.days < WARN_DAYS:
        print("Rotate the certificate in the Developer Console and update certs/.")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
