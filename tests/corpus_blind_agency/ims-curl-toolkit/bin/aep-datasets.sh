#!/usr/bin/env bash
# List datasets in an AEP sandbox: bin/aep-datasets.sh [sandbox]
source "$(dirname "$0")/../lib/common.sh"
sandbox="${1:-prod}"

curl -sS "https://platform.adobe.io/data/foundation/catalog/dataSets?limit=20&properties=name,created" \
  -H "$(bearer)" \
  -H "x-api-key: ${AEP_CLIENT_ID}" \
  -H "x-gw-ims-org-id: ${ADOBE_ORG_ID}" \
  -H "x-sandbox-name: ${sandbox}" \
  | jq -r 'to_entries[] | [.key, .value.name] | @tsv'
