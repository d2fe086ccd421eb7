#!/usr/bin/env bash
# Export every Tags (Launch) property as JSON into backups/<date>/
set -euo pipefail
out="backups/$(date +%F)"
mkdir -p "$out"
curl -sS "https://reactor.adobe.io/companies/${REACTOR_COMPANY_ID}/properties" \
  -H "Accept: application/vnd.api+json;revision=1" \
  -H "Authorization: Bearer ${ADOBE_TOKEN}" \
  -H "x-api-key: ${ADOBE_CLIENT_ID}" \
  -H "x-gw-ims-org-id: ${ADOBE_ORG_ID}" > "$out/properties.json"
jq -r '.data[].id' "$out/properties.json" | wc -l
