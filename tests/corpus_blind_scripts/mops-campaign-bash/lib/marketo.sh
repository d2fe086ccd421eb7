#!/usr/bin/env bash
# Marketo REST helpers (Marketo's own OAuth, not Adobe IMS)

mkto_base() { printf 'https://%s.mktorest.com' "${MKTO_MUNCHKIN}"; }

mkto_token() {
  curl -sS --fail "$(mkto_base)/identity/oauth/token" \
    --get \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "client_id=${MKTO_CLIENT_ID}" \
    --data-urlencode "client_secret=${MKTO_CLIENT_SECRET}" \
  | jq -r '.access_token'
}

# changed leads since a paging token; prints one JSON lead per line
mkto_changed_leads() {
  local token="$1" since="$2" paging
  paging=$(curl -sS -H "Authorization: Bearer ${token}" \
    "$(mkto_base)/rest/v1/activities/pagingtoken.json?sinceDatetime=${since}" | jq -r '.nextPageToken')
  curl -sS -H "Authorization: Bearer ${token}" \
    "$(mkto_base)/rest/v1/activities/leadchanges.json?nextPageToken=${paging}&fields=email,firstName,lastName,unsubscribed" \
  | jq -c '.result[]?'
}
