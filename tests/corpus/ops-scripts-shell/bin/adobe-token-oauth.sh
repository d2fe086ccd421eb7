#!/usr/bin/env bash
# Adobe IMS access token via OAuth Server-to-Server (Analytics report).
set -euo pipefail

curl -sS -X POST "${IMS_HOST:-https://ims-na1.adobelogin.com}/ims/token/v3" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${ADOBE_SCOPES:-openid,AdobeID,read_organizations,additional_info.projectedProductContext}" \
  | jq -r .access_token
