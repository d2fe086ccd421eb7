#!/bin/sh
# Debug helper: print an ACS access token using openssl + curl only (no Perl modules needed).
# Usage: CLIENT_ID=... CLIENT_SECRET=... ORG_ID=... TECH_ACCOUNT_ID=... bin/acs_token.sh
set -eu

KEY_FILE=${KEY_FILE:-/etc/pki/adobe/wsp_acs.key}
EXP=$(( $(date +%s) + 300 ))

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
AUD="https://ims-na1.adobelogin.com/c/${CLIENT_ID}"
BODY=$(printf '{"exp":%s,"iss":"%s","sub":"%s","aud":"%s","https://ims-na1.adobelogin.com/s/ent_campaign_sdk":true}' \
  "$EXP" "$ORG_ID" "$TECH_ACCOUNT_ID" "$AUD" | b64url)
SIG=$(printf '%s.%s' "$HEADER" "$BODY" | openssl dgst -sha256 -sign "$KEY_FILE" | b64url)

curl -sS -X POST https://ims-na1.adobelogin.com/ims/exchange/jwt/ \
  -F "client_id=${CLIENT_ID}" \
  -F "client_secret=${CLIENT_SECRET}" \
  -F "jwt_token=${HEADER}.${BODY}.${SIG}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
