#!/usr/bin/env bash
# What the benchmark harness needs beyond the build: PostgreSQL 15 (server, pgbench, btree_gist),
# valgrind (callgrind), Node.js and npm (the PouchDB and y-websocket peers). Idempotent.
set -euo pipefail
packages=(postgresql postgresql-contrib valgrind procps curl)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
. "$(dirname "$0")/apt-missing.sh"
install_missing "${packages[@]}"
