#!/usr/bin/env bash
# Runs a command with no network at all: a fresh network namespace (unshare -n, util-linux) holds only a loopback
# interface that is down, so any connection attempt fails. Proves that the tests, the CLI and the language server
# never need the network (SECURITY.md). Needs root or unprivileged user namespaces (then `unshare -rn`).
#
#   scripts/offline-check.sh npm test
#   scripts/offline-check.sh node dist/cli.cjs --format json test/fixtures/corpus/drafts
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
if ! command -v unshare >/dev/null 2>&1; then
  echo "offline-check: unshare (util-linux) is not installed" >&2
  exit 2
fi
if unshare -n true 2>/dev/null; then
  mode=(-n)
elif unshare -rn true 2>/dev/null; then
  mode=(-rn)
else
  echo "offline-check: cannot create a network namespace here (need root or user namespaces)" >&2
  exit 2
fi
# the namespace must really be offline: no interface but a loopback, and no route out
exec unshare "${mode[@]}" bash -c '
  if ip -o link 2>/dev/null | grep -v " lo:" | grep -q .; then echo "offline-check: the namespace has a network interface" >&2; exit 2; fi
  echo "offline-check: running without network: $*" >&2
  exec "$@"
' offline-check "$@"
