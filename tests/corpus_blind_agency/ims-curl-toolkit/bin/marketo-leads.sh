#!/usr/bin/env bash
# Look up a lead in the client's Marketo instance: bin/marketo-leads.sh someone@example.com
source "$(dirname "$0")/../lib/common.sh"
email="$1"

mkto_token=$(curl -sS \
  "https://${MARKETO_MUNCHKIN}.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id=${MARKETO_CLIENT_ID}&client_secret=${MARKETO_CLIENT_SECRET}" \
  | jq -r .access_token)

curl -sS "https://${MARKETO_MUNCHKIN}.mktorest.com/rest/v1/leads.json?filterType=email&filterValues=${email}" \
  -H "Authorization: Bearer ${mkto_token}" | jq .
