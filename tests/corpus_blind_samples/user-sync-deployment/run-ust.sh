#!/bin/sh
set -eu
cd /opt/ust
# secrets are injected by the scheduler into the keyring backend (keyrings.alt file store)
./user-sync --config-filename user-sync-config.yml "$@"
