#!/usr/bin/env bash
# Print an access token for ad-hoc curl calls against CJA/AEP APIs.
# Usage: ADOBE_CLIENT_ID=... ADOBE_CLIENT_SECRET=... ./scripts/ims-token.sh
set -euo pipefail

IMS_HOST="${IMS_HOST:-https://ims-na1.adobelogin.com}"
SCOPES="${ADOBE_SCOPES:-openid,AdobeID,read_organizations,additional_info.projectedProductContext,session}"

curl -sS --fail -X POST "${IMS_HOST}/ims/token/v3" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${SCOPES}" | jq -r .access_token
