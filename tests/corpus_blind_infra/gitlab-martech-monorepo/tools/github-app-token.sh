#!/bin/sh
# Mint a GitHub App JWT (RS256) and trade it for an installation token.
set -eu
APP_ID="${GITHUB_APP_ID:?}"
INSTALLATION_ID="${GITHUB_APP_INSTALLATION_ID:?}"
KEY_FILE="$(mktemp)"
printf '%s' "$GITHUB_APP_PRIVATE_KEY" > "$KEY_FILE"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iat":%d,"exp":%d,"iss":"%s"}' $((now - 60)) $((now + 540)) "$APP_ID" | b64url)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_FILE" -binary | b64url)
rm -f "$KEY_FILE"
curl -sS -X POST \
  -H "Authorization: Bearer ${header}.${payload}.${sig}" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/app/installations/${INSTALLATION_ID}/access_tokens" | jq -r .token
