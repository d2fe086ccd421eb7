#!/usr/bin/env bash
# Fetch a PDF Services REST API token (OAuth Server-to-Server credential)
set -euo pipefail
curl -sS -X POST "https://pdf-services.adobe.io/token" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  --data-urlencode "client_id=${PDF_SERVICES_CLIENT_ID}" \
  --data-urlencode "client_secret=${PDF_SERVICES_CLIENT_SECRET}" | jq -r .access_token
