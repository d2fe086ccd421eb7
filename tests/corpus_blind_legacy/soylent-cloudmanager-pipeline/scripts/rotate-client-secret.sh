#!/usr/bin/env bash
# Adds a second client secret to the OAuth credential, prints it, and lists the existing ones.
# Needs a token with the I/O Management API scopes (see docs/runbook.md).
set -euo pipefail
ORG_ID="${ORG_ID:?}"           # numeric console org id
CREDENTIAL_ID="${CREDENTIAL_ID:?}"
API_KEY="f1e2d3c4b5a69788796a5b4c3d2e1f00"
BASE="https://api.adobe.io/console/organizations/${ORG_ID}/credentials/${CREDENTIAL_ID}/secrets"

curl -sS -X POST "$BASE" -H "Authorization: Bearer ${IO_MGMT_TOKEN}" -H "x-api-key: ${API_KEY}" | jq .
curl -sS "$BASE" -H "Authorization: Bearer ${IO_MGMT_TOKEN}" -H "x-api-key: ${API_KEY}" | jq '.client_secrets[] | {uuid, created}'
