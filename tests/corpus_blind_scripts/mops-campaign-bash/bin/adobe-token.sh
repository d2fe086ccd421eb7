#!/usr/bin/env bash
# Print an Adobe I/O access token for the Campaign Standard API.
# Token is cached in $CACHE until 5 minutes before it expires.
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/common.sh
[[ -f .env ]] && set -a && source .env && set +a

IMS_HOST="${ADOBE_IMS_HOST:-ims-na1.adobelogin.com}"
METASCOPE="${ADOBE_METASCOPE:-ent_campaign_sdk}"
KEY_PATH="${ADOBE_PRIVATE_KEY_PATH:-./certs/private.key}"
CACHE="${TOKEN_CACHE:-/var/tmp/mops-adobe-token.json}"

require_env ADOBE_CLIENT_ID ADOBE_CLIENT_SECRET ADOBE_ORG_ID ADOBE_TECH_ACCOUNT_ID

now=$(date +%s)
if [[ -s "$CACHE" ]]; then
  exp_at=$(jq -r '.expires_at // 0' "$CACHE")
  if (( exp_at - 300 > now )); then
    jq -r '.access_token' "$CACHE"
    exit 0
  fi
fi

header='{"alg":"RS256","typ":"JWT"}'
read -r -d '' payload <<JSON || true
{
  "exp": $(( now + 600 )),
  "iss": "${ADOBE_ORG_ID}",
  "sub": "${ADOBE_TECH_ACCOUNT_ID}",
  "https://${IMS_HOST}/s/${METASCOPE}": true,
  "aud": "https://${IMS_HOST}/c/${ADOBE_CLIENT_ID}"
}
JSON

unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | jq -c . | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$KEY_PATH" | b64url)
jwt="${unsigned}.${signature}"

log "exchanging token for ${ADOBE_TECH_ACCOUNT_ID}"
resp=$(curl -sS --fail-with-body -X POST "https://${IMS_HOST}/ims/exchange/jwt/" \
  -F "client_id=${ADOBE_CLIENT_ID}" \
  -F "client_secret=${ADOBE_CLIENT_SECRET}" \
  -F "jwt_token=${jwt}") || die "IMS said: $resp"

# expires_in comes back in milliseconds
ttl=$(( $(jq -r '.expires_in' <<<"$resp") / 1000 ))
jq --argjson at $(( now + ttl )) '{access_token, expires_at: $at}' <<<"$resp" > "$CACHE"
chmod 600 "$CACHE"
jq -r '.access_token' <<<"$resp"
