#!/usr/bin/env bash
# AEP sandbox token. Switched to client credentials by Kev in March; copied the scope from
# the old postman env.
source "$(dirname "$0")/../lib/common.sh"

curl -sS "${CURL_EXTRA[@]}" -X POST "https://ims-na1.adobelogin.com/ims/token/v3" \
  -d grant_type=client_credentials \
  -d client_id="${AEP_CLIENT_ID}" \
  -d client_secret="${AEP_CLIENT_SECRET}" \
  -d scope="https://ims-na1.adobelogin.com/s/ent_dataservices_sdk" \
  | jq -r .access_token > "$TOKEN_CACHE"
