#!/usr/bin/env bash
# Shared helpers. Source me, do not run me.
set -euo pipefail

TOOLKIT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=/dev/null
source "${TOOLKIT_DIR}/config/adobe.env"

IMS_HOST="${IMS_HOST:-ims-na1.adobelogin.com}"
IMS_JWT_PATH="/ims/exchange/jwt/"
IMS_TOKEN_PATH="/ims/token/v3"
TOKEN_CACHE="${TOOLKIT_DIR}/.token"

if [[ "${MOCK:-0}" == "1" ]]; then
  IMS_HOST="localhost:8443"
  CURL_EXTRA=(--cacert "${TOOLKIT_DIR}/mock/tls/server.crt")
else
  CURL_EXTRA=()
fi

die() { echo "error: $*" >&2; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

bearer() {
  [[ -s "$TOKEN_CACHE" ]] || die "no token cached, run bin/token.sh first"
  printf 'Authorization: Bearer %s' "$(cat "$TOKEN_CACHE")"
}
