#!/usr/bin/env bash
# Quick check that the OAuth credential works before flipping ADOBE_AUTH_MODE in an environment.
set -euo pipefail
: "${ADOBE_CLIENT_ID:?}" "${ADOBE_CLIENT_SECRET:?}"
SCOPES="openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general"

curl -sS -X POST "https://ims-na1.adobelogin.com/ims/token/v3" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${SCOPES}" | jq '{token_type, expires_in}'
