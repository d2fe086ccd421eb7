#!/usr/bin/env bash
# Mint an Adobe IMS access token with the Service Account (JWT) credential (Tags backup).
# Reads ADOBE_CLIENT_ID, ADOBE_CLIENT_SECRET, ADOBE_ORG_ID, ADOBE_TECH_ACCOUNT_ID from the environment.
set -euo pipefail

IMS_HOST="${IMS_HOST:-https://ims-na1.adobelogin.com}"
META_SCOPE="${META_SCOPE:-ent_reactor_sdk}"
KEY_FILE="${ADOBE_PRIVATE_KEY_FILE:-$HOME/.adobe/private.key}"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"exp":%d,"iss":"%s","sub":"%s","aud":"%s/c/%s","%s/s/%s":true}' \
  "$((now + 300))" "$ADOBE_ORG_ID" "$ADOBE_TECH_ACCOUNT_ID" "$IMS_HOST" "$ADOBE_CLIENT_ID" "$IMS_HOST" "$META_SCOPE" | b64url)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_FILE" | b64url)

if [[ "${1:-}" == "--print-jwt" ]]; then
  echo "${header}.${payload}.${sig}"
  exit 0
fi

curl -sS -X POST "${IMS_HOST}/ims/exchange/jwt/" \
  -F "client_id=${ADOBE_CLIENT_ID}" \
  -F "client_secret=${ADOBE_CLIENT_SECRET}" \
  -F "jwt_token=${header}.${payload}.${sig}" | jq -r .access_token
