#!/usr/bin/env bash
# Fetch a machine-to-machine token for the incident bot (Auth0 client credentials).
set -euo pipefail
curl -sS --request POST \
  --url "https://excorp.eu.auth0.com/oauth/token" \
  --header 'content-type: application/json' \
  --data "{\"client_id\":\"${AUTH0_CLIENT_ID}\",\"client_secret\":\"${AUTH0_CLIENT_SECRET}\",\"audience\":\"https://incident-api.example.com/\",\"grant_type\":\"client_credentials\"}" \
  | jq -r .access_token
