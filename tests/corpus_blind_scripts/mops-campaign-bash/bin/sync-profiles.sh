#!/usr/bin/env bash
# Marketo lead changes -> Adobe Campaign Standard profiles
set -euo pipefail
cd "$(dirname "$0")/.."
source lib/common.sh
source lib/marketo.sh
[[ -f .env ]] && set -a && source .env && set +a

DRY_RUN=0
[[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1

STATE=/var/tmp/mops-sync.since
since=$(cat "$STATE" 2>/dev/null || date -u -d '-1 day' +%FT%TZ)

mkto=$(mkto_token)
adobe=$(./bin/adobe-token.sh)
acs="https://mc.adobe.io/${ACS_TENANT}/campaign/profileAndServices/profile"

count=0
while read -r lead; do
  email=$(jq -r '.attributes[]? | select(.name=="email") | .value' <<<"$lead")
  [[ -z "$email" ]] && continue
  body=$(jq -c --arg e "$email" '{email: $e, blackListEmail: ([.attributes[]? | select(.name=="unsubscribed") | .value][0] == "true")}' <<<"$lead")
  if (( DRY_RUN )); then
    log "would upsert $email"
  else
    curl -sS -X POST "$acs" \
      -H "Authorization: Bearer ${adobe}" \
      -H "x-api-key: ${ADOBE_CLIENT_ID}" \
      -H "Content-Type: application/json" \
      -d "$body" >/dev/null
  fi
  count=$((count + 1))
done < <(mkto_changed_leads "$mkto" "$since")

date -u +%FT%TZ > "$STATE"
log "synced $count leads"
