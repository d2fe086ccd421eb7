#!/usr/bin/env bash
# Seed the (file based) keyring from the env that Jenkins injects, then run UST.
set -euo pipefail
python3 - <<'PY'
import os, keyring
keyring.set_password("user_sync", "ust_client_secret", os.environ["UST_CLIENT_SECRET"])
keyring.set_password("user_sync", "ust_priv_key_pass", os.environ["UST_PRIV_KEY_PASS"])
keyring.set_password("user_sync", "ldap_bind_password", os.environ["LDAP_BIND_PASSWORD"])
PY
cd /ust
exec ./user-sync --config-filename user-sync-config.yml "$@"
