#!/usr/bin/env bash
# Quick check that the OAuth Server-to-Server credential still returns a token.
# Usage: ACS_CLIENT_ID=... ACS_CLIENT_SECRET=... scripts/acs_token_check.sh
set -euo pipefail

curl -sS -X POST "https://ims-na1.adobelogin.com/ims/token/v3" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" \
  -d "client_id=${ACS_CLIENT_ID}" \
  -d "client_secret=${ACS_CLIENT_SECRET}" \
  --data-urlencode "scope=openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general" \
  | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b.get("token_type"), b.get("expires_in"), "s")'
