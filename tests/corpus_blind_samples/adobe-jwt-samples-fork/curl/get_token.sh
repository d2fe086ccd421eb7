#!/usr/bin/env bash
# IMS access token via Service Account (JWT) - plain bash + openssl, no SDK.
set -euo pipefail
source "$(dirname "$0")/../.env"

IMS_HOST="${IMS_HOST:-https://ims-na1.adobelogin.com}"
EXCHANGE_URL="${IMS_HOST}/ims/exchange/jwt"
AUD="${IMS_HOST}/c/${API_KEY}"
METASCOPE="${IMS_HOST}/s/${METASCOPE_NAME}"
EXP=$(( $(date +%s) + 300 ))

b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
PAYLOAD=$(printf '{"exp":%d,"iss":"%s","sub":"%s","aud":"%s","%s":true}' \
  "$EXP" "$ORG_ID" "$TECH_ACCOUNT_ID" "$AUD" "$METASCOPE" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$PRIVATE_KEY_FILE" -binary | b64url)
JWT="${HEADER}.${PAYLOAD}.${SIGNATURE}"

curl -sS -X POST "$EXCHANGE_URL" \
  -F "client_id=${API_KEY}" \
  -F "client_secret=${CLIENT_SECRET}" \
  -F "jwt_token=${JWT}"
