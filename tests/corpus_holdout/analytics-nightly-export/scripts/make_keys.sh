#!/usr/bin/env bash
# Regenerate the integration key pair, then upload keys/certificate_pub.crt
# to the Developer Console project (Service Account credential > Public keys).
set -euo pipefail
cd "$(dirname "$0")/.."
openssl req -x509 -sha256 -nodes -days 365 -newkey rsa:2048 \
  -subj "/C=US/O=Example Corp/CN=analytics-export" \
  -keyout keys/private.key -out keys/certificate_pub.crt
echo "new cert expires: $(openssl x509 -enddate -noout -in keys/certificate_pub.crt)"
