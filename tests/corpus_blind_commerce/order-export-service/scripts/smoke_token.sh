#!/usr/bin/env bash
# Smoke test for the Adobe IMS credential used by order-export (run from CI before deploys).
set -euo pipefail
: "${ADOBE_CLIENT_ID:?}" "${ADOBE_CLIENT_SECRET:?}" "${ADOBE_OAUTH_SCOPES:?}"

# Old JWT check, keep until prod is migrated (DATA-2291):
# curl -sf -X POST "https://ims-na1.adobelogin.com/ims/exchange/jwt" \
#   -F "client_id=${ADOBE_CLIENT_ID}" -F "client_secret=${ADOBE_CLIENT_SECRET}" \
#   -F "jwt_token=$(python -m export_service.ims.sign_jwt)" | jq -e .access_token > /dev/null

expires_in=$(curl -sf -X POST "https://ims-na1.adobelogin.com/ims/token/v3" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode "grant_type=client_credentials" \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${ADOBE_OAUTH_SCOPES}" | jq -r '.expires_in')

echo "OAuth S2S token OK (expires in ${expires_in}s)"
