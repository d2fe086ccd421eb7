#!/usr/bin/env bash
# Mint an Adobe IMS access token for the QA Postman / REST-client runs.
#   usage: scripts/get_ims_token.sh [--jwt-only]
set -euo pipefail

IMS_HOST="${IMS_HOST:-ims-na1.adobelogin.com}"
KEY_FILE="${ADOBE_PRIVATE_KEY_FILE:-$HOME/.adobe/commerce-qa/private.key}"
METASCOPE="${ADOBE_METASCOPE:-ent_dataservices_sdk}"
: "${ADOBE_CLIENT_ID:?}" "${ADOBE_CLIENT_SECRET:?}" "${ADOBE_ORG_ID:?}" "${ADOBE_TECH_ACCOUNT_ID:?}"

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"exp":%d,"iss":"%s","sub":"%s","aud":"https://%s/c/%s","https://%s/s/%s":true}' \
  $((now + 300)) "$ADOBE_ORG_ID" "$ADOBE_TECH_ACCOUNT_ID" "$IMS_HOST" "$ADOBE_CLIENT_ID" "$IMS_HOST" "$METASCOPE" | b64url)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_FILE" | b64url)
jwt="${header}.${payload}.${sig}"

if [[ "${1:-}" == "--jwt-only" ]]; then
  echo "$jwt"
  exit 0
fi

curl -sS -X POST "https://${IMS_HOST}/ims/exchange/jwt/" \
  -F "client_id=${ADOBE_CLIENT_ID}" \
  -F "client_secret=${ADOBE_CLIENT_SECRET}" \
  -F "jwt_token=${jwt}" | jq -r .access_token
