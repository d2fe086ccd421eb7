#!/usr/bin/env bash
# Writes the aio IMS context for the Cloud Manager plugin from the template.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
envsubst '${CM_CLIENT_SECRET}' < ci/cloudmanager-context.json.tmpl > "$tmp"

aio config:set ims.contexts.aio-cli-plugin-cloudmanager "$tmp" --file --json
aio config:set cloudmanager_orgid "$CM_ORG_ID"
aio config:set cloudmanager_programid "$CM_PROGRAM_ID"
