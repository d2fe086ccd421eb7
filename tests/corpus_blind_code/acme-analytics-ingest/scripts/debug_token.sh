#!/usr/bin/env bash
# Quick manual check that the integration still works.
# Usage: scripts/debug_token.sh   (reads .env)
set -euo pipefail
cd "$(dirname "$0")/.."
set -a; source .env; set +a

JWT=$(python -c 'from acme_ingest.ims_auth import _sign, _build_claims; print(_sign(_build_claims()))')

curl -sS -X POST "https://ims-na1.adobelogin.com/ims/exchange/jwt/" \
  -F "client_id=${ACME_ADOBE_CLIENT_ID}" \
  -F "client_secret=${ACME_ADOBE_CLIENT_SECRET}" \
  -F "jwt_token=${JWT}" | python -m json.tool
