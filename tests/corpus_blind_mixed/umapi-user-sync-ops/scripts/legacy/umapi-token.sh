#!/usr/bin/env bash
# Prints a UMAPI access token. Still called by the nightly seat report on the Linux box
# (deploy/crontab). Replace with Get-UmapiToken.ps1 / OAuth before the JWT credential dies.
set -euo pipefail

: "${UMAPI_CLIENT_ID:?}" "${UMAPI_CLIENT_SECRET:?}" "${UMAPI_TECH_ACCT:?}" "${UMAPI_ORG_ID:?}"
KEY_FILE="${UMAPI_PRIVATE_KEY_FILE:-/etc/ust/private.key}"
IMS="https://ims-na1.adobelogin.com"

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(tr -d '\n ' <<JSON | b64url
{"exp": $((now + 300)), "iss": "${UMAPI_ORG_ID}", "sub": "${UMAPI_TECH_ACCT}",
 "aud": "${IMS}/c/${UMAPI_CLIENT_ID}",
 "${IMS}/s/ent_user_sdk": true}
JSON
)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_FILE" | b64url)

curl -sS -X POST "${IMS}/ims/exchange/jwt/" \
  -F "client_id=${UMAPI_CLIENT_ID}" \
  -F "client_secret=${UMAPI_CLIENT_SECRET}" \
  -F "jwt_token=${header}.${payload}.${sig}" | jq -r .access_token
