#!/usr/bin/env bash
# Prints an IMS access token for STAGE (OAuth Server-to-Server credential).
set -euo pipefail
: "${IMS_HOST:=https://ims-na1-stg1.adobelogin.com}"
: "${IMS_SCOPES:=AdobeID,openid,read_organizations,additional_info.projectedProductContext,additional_info.roles,adobeio_api,event_receiver_api}"

curl -sS --fail -X POST "${IMS_HOST}/ims/token/v3" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -d grant_type=client_credentials \
  --data-urlencode "client_id=${IMS_CLIENT_ID}" \
  --data-urlencode "client_secret=${IMS_CLIENT_SECRET}" \
  --data-urlencode "scope=${IMS_SCOPES}" | jq -r '.access_token'
