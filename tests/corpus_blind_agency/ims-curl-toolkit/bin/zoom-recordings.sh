#!/usr/bin/env bash
# Zoom cloud recordings of the last 7 days (Server-to-Server OAuth app "agency-ops").
source "$(dirname "$0")/../lib/common.sh"

zoom_token=$(curl -sS -X POST \
  "https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ZOOM_ACCOUNT_ID}" \
  -H "Authorization: Basic $(printf '%s:%s' "$ZOOM_CLIENT_ID" "$ZOOM_CLIENT_SECRET" | base64 -w0)" \
  | jq -r .access_token)

from=$(date -d '7 days ago' +%F)
curl -sS "https://api.zoom.us/v2/users/me/recordings?from=${from}" \
  -H "Authorization: Bearer ${zoom_token}" \
  | jq -r '.meetings[] | [.start_time, .topic, .share_url] | @tsv'
