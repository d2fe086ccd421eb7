#!/usr/bin/env bash
# Fetch an Adobe IMS access token for smoke tests.
#   ops/scripts/get-token.sh          -> OAuth Server-to-Server (stage)
#   ops/scripts/get-token.sh jwt      -> service account (prod, until PIPE-140)
set -euo pipefail

MODE="${1:-oauth}"

if [[ "$MODE" == "jwt" ]]; then
  curl -sS -X POST "https://ims-na1.adobelogin.com/ims/exchange/jwt/" \
    -F "client_id=${ADOBE_CLIENT_ID}" \
    -F "client_secret=${ADOBE_CLIENT_SECRET}" \
    -F "jwt_token=$(python3 "$(dirname "$0")/sign-jwt.py")"
else
  curl -sS -X POST "https://ims-na1.adobelogin.com/ims/token/v3" \
    -H "Content-Type: application/x-www-form-urlencoded" \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
    --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
    --data-urlencode "scope=${ADOBE_SCOPES}"
fi
