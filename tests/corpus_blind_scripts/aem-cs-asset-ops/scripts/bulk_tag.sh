#!/usr/bin/env bash
# Add a tag to every asset under a DAM folder.
# usage: bulk_tag.sh /content/dam/campaigns/<folder> <tagid>
set -euo pipefail
folder="$1"; tag="$2"
AUTHOR="${AEM_AUTHOR:-https://author-p48213-e1190384.adobeaemcloud.com}"
token=$(python3 "$(dirname "$0")/aem_token.py")

curl -sS -H "Authorization: Bearer $token" \
  "$AUTHOR/bin/querybuilder.json?path=${folder}&type=dam:Asset&p.limit=-1&p.hits=selective&p.properties=jcr:path" \
| jq -r '.hits[]."jcr:path"' \
| while read -r asset; do
    curl -sS -o /dev/null -w "%{http_code} $asset\n" -X POST \
      -H "Authorization: Bearer $token" \
      -F "./jcr:content/metadata/cq:tags@TypeHint=String[]" \
      -F "./jcr:content/metadata/cq:tags=${tag}" \
      "$AUTHOR${asset}"
  done
