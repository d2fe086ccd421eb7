#!/usr/bin/env bash
# LEGACY: Service Account (JWT). Only for the Target workspace (client hasn't migrated yet).
source "$(dirname "$0")/../lib/common.sh"

now=$(date +%s)
exp=$((now + 300))
header='{"alg":"RS256","typ":"JWT"}'
payload=$(jq -nc \
  --arg iss "$ADOBE_ORG_ID" \
  --arg sub "$ADOBE_TECH_ACCOUNT_ID" \
  --arg aud "https://${IMS_HOST}/c/${ADOBE_CLIENT_ID}" \
  --arg ms "https://${IMS_HOST}/s/${ADOBE_METASCOPE}" \
  --argjson exp "$exp" \
  '{iss:$iss, sub:$sub, aud:$aud, exp:$exp} + {($ms): true}')

unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
sig=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$ADOBE_PRIVATE_KEY_FILE" | b64url)

resp=$(curl -sS "${CURL_EXTRA[@]}" -X POST "https://${IMS_HOST}${IMS_JWT_PATH}" \
  -F "client_id=${ADOBE_CLIENT_ID}" \
  -F "client_secret=${ADOBE_CLIENT_SECRET}" \
  -F "jwt_token=${unsigned}.${sig}")

token=$(jq -r .access_token <<<"$resp")
[[ "$token" != "null" ]] || die "exchange failed: $resp"
ttl=$(jq -r .expires_in <<<"$resp")
printf '%s' "$token" > "$TOKEN_CACHE"
echo "token cached, valid for $((ttl / 1000 / 3600))h" >&2
