#!/usr/bin/env bash
set -euo pipefail
# Render ${VARS} in the mounted config into a writable dir, then run UST.
mkdir -p /tmp/ust
for f in /etc/ust/config/*.yml; do
  envsubst < "$f" > "/tmp/ust/$(basename "$f")"
done
cd /tmp/ust
exec /opt/ust/user-sync --config-filename user-sync-config.yml "$@"
