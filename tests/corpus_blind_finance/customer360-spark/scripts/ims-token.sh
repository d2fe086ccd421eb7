#!/usr/bin/env bash
# Debug helper: print an AEP access token for the OAuth Server-to-Server credential.
# Usage: ADOBE_CLIENT_ID=... ADOBE_CLIENT_SECRET=... scripts/ims-token.sh
set -euo pipefail

SCOPES="${ADOBE_IMS_SCOPES:-openid,session,AdobeID,read_organizations,additional_info.projectedProductContext}"

curl -sS -X POST 'https://ims-na1.adobelogin.com/ims/token/v3' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${SCOPES}" | jq -r '.access_token'
