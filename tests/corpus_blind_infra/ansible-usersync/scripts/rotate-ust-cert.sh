#!/bin/sh
# Yearly: create a new key pair for the "UST Prod" integration, upload
# certificate_pub.crt in the Developer Console, then commit the key to
# roles/user_sync/files and re-run the playbook.
set -eu
cd "$(dirname "$0")/../roles/user_sync/files"
openssl req -x509 -sha256 -nodes -days 365 -newkey rsa:2048 \
  -subj "/C=US/O=Example Corp/CN=ust-prod-adobe" \
  -keyout private.key -out certificate_pub.crt
openssl x509 -in certificate_pub.crt -noout -enddate
