#!/usr/bin/env bash
# Installs Atrium's build dependencies with Homebrew (idempotent: brew skips what is installed).
set -euo pipefail
command -v brew >/dev/null || { echo "Install Homebrew first: https://brew.sh" >&2; exit 1; }
brew install cmake ninja pkg-config qt@6 libsodium openssl@3 sqlite libical libpq postgresql@15 llhttp
echo "Qt from Homebrew: configure with -DCMAKE_PREFIX_PATH=$(brew --prefix qt@6)"
