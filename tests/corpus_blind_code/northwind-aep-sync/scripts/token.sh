#!/bin/sh
# Print an access token for the AEP credential (OAuth Server-to-Server).
set -eu
: "${NW_AEP_CLIENT_ID:?}" "${NW_AEP_CLIENT_SECRET:?}" "${NW_AEP_SCOPES:?}"

curl -sS -X POST 'https://ims-na1.adobelogin.com/ims/token/v3' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${NW_AEP_CLIENT_ID}" \
  --data-urlencode "client_secret=${NW_AEP_CLIENT_SECRET}" \
  --data-urlencode "scope=${NW_AEP_SCOPES}" | jq -r .access_token
