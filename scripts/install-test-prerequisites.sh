#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: PostgreSQL's server binaries (the API suite
# starts its own throwaway cluster), Chromium (the browser tests) and poppler's pdftotext and pdftoppm
# (the browser tests read the printed sheets). All come from Debian's packages; nothing is installed
# when they are already there.
set -euo pipefail

need=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
{ command -v pdftotext && command -v pdftoppm; } >/dev/null || need+=(poppler-utils)
((${#need[@]})) || exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "missing ${need[*]}: install them (Debian: apt-get install ${need[*]}) or set PG_BIN_DIR / CHROMIUM_PATH" >&2
  exit 1
fi
echo "installing ${need[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The Debian package starts a cluster of its own; the tests start theirs, so stop it.
if command -v pg_ctlcluster >/dev/null; then
  for cluster in /etc/postgresql/*/main; do
    [ -d "$cluster" ] && pg_ctlcluster "$(basename "$(dirname "$cluster")")" main stop 2>/dev/null || true
  done
fi
