#!/bin/sh
# Print an IMS access token for ad-hoc API calls (OAuth Server-to-Server credential).
# Usage: AIO_CLIENT_SECRET=... scripts/get-token.sh
set -eu
CLIENT_ID=c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7
SCOPES="openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function"

curl -sS -X POST 'https://ims-na1.adobelogin.com/ims/token/v3' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${CLIENT_ID}" \
  --data-urlencode "client_secret=${AIO_CLIENT_SECRET}" \
  --data-urlencode "scope=${SCOPES}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
