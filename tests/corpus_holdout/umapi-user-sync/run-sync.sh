#!/bin/sh
# nightly: test mode first, then real run if the diff is small
set -e
cd /opt/user-sync
./user-sync --config-filename config/user-sync-config.yml -t --process-groups --users mapped > logs/dryrun.log 2>&1
CHANGES=$(grep -c "Adding user" logs/dryrun.log || true)
if [ "$CHANGES" -lt 50 ]; then
  ./user-sync --config-filename config/user-sync-config.yml --process-groups --users mapped
else
  echo "too many changes ($CHANGES), skipping" | mail -s "user-sync paused" it-identity@examplecorp.com
fi
