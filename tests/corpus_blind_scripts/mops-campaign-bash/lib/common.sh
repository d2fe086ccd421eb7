#!/usr/bin/env bash
# shared helpers for the mops scripts

log() { printf '%s [%s] %s\n' "$(date -u +%FT%TZ)" "${0##*/}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

require_env() {
  local v
  for v in "$@"; do
    [[ -n "${!v:-}" ]] || die "missing env var $v"
  done
}
