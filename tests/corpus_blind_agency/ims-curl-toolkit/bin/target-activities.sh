#!/usr/bin/env bash
# List Target activities for a tenant: bin/target-activities.sh <tenant>
source "$(dirname "$0")/../lib/common.sh"
tenant="${1:-$TARGET_TENANT}"

curl -sS "https://mc.adobe.io/${tenant}/target/activities?limit=50" \
  -H "$(bearer)" \
  -H "x-api-key: ${ADOBE_CLIENT_ID}" \
  -H 'Accept: application/vnd.adobe.target.v3+json' \
  | jq -r '.activities[] | [.id, .type, .state, .name] | @tsv'
