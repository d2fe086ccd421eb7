#!/usr/bin/env bash
# OAuth Server-to-Server token (preferred).
source "$(dirname "$0")/../lib/common.sh"

resp=$(curl -sS "${CURL_EXTRA[@]}" -X POST "https://${IMS_HOST}${IMS_TOKEN_PATH}" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode 'grant_type=client_credentials' \
  --data-urlencode "client_id=${ADOBE_CLIENT_ID}" \
  --data-urlencode "client_secret=${ADOBE_CLIENT_SECRET}" \
  --data-urlencode "scope=${ADOBE_SCOPES}")

# old way, keep until the Target workspace is migrated:
# resp=$(curl -sS -X POST "https://ims-na1.adobelogin.com/ims/exchange/jwt/" -F "client_id=$ADOBE_CLIENT_ID" -F "client_secret=$ADOBE_CLIENT_SECRET" -F "jwt_token=$JWT")

token=$(jq -r .access_token <<<"$resp")
[[ "$token" != "null" ]] || die "token request failed: $resp"
ttl=$(jq -r .expires_in <<<"$resp")
printf '%s' "$token" > "$TOKEN_CACHE"
echo "token cached, valid for $((ttl / 3600))h" >&2
