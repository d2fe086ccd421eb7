#!/usr/bin/env bash
# Prints an IMS access token for the PROD workspace (Service Account / JWT).
# Needs: openssl, curl, jq
set -euo pipefail

: "${IMS_HOST:=https://ims-na1.adobelogin.com}"
: "${IMS_METASCOPE:=ent_adobeio_sdk}"
: "${IMS_PRIVATE_KEY_FILE:?path to private key}"

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload=$(jq -nc \
  --arg iss "$IMS_ORG_ID" \
  --arg sub "$IMS_TECH_ACCOUNT_ID" \
  --arg aud "${IMS_HOST}/c/${IMS_CLIENT_ID}" \
  --arg ms  "${IMS_HOST}/s/${IMS_METASCOPE}" \
  --argjson exp $((now + 300)) \
  '{iss:$iss, sub:$sub, aud:$aud, exp:$exp} + {($ms): true}')

unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
sig=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$IMS_PRIVATE_KEY_FILE" -binary | b64url)

curl -sS --fail -X POST "${IMS_HOST}/ims/exchange/jwt" \
  -F "client_id=${IMS_CLIENT_ID}" \
  -F "client_secret=${IMS_CLIENT_SECRET}" \
  -F "jwt_token=${unsigned}.${sig}" | jq -r '.access_token'
