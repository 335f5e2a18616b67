#!/usr/bin/env bash
# What the fuzz targets need on top of installer/deps-debian.sh: clang and its libFuzzer and
# sanitizer runtimes. Idempotent.
set -euo pipefail
packages=(clang libclang-rt-14-dev libsodium-dev libpq-dev)
. "$(dirname "$0")/apt-missing.sh"
install_missing "${packages[@]}"
