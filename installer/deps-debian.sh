#!/usr/bin/env bash
# Installs everything Atrium needs to build, test and run on Debian 12 (bookworm).
# Idempotent: packages already present are skipped, so a second run costs one dpkg query.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config ca-certificates tzdata
  # Qt 6.4
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-tools-dev
  qt6-l10n-tools qt6-tools-dev-tools qt6-declarative-dev-tools qt6-svg-dev libqt6svg6
  libsqlite3-dev qt6-qpa-plugins
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtquick-shapes
  # crypto (Argon2id, HMAC) and assets
  libsodium-dev libssl-dev fonts-inter bootstrap-icons fonts-noto-color-emoji
  # RFC 5545 recurrence rules and iCalendar feeds
  libical-dev
  # the server's HTTP parser: llhttp (Node.js's), as the C sources Debian ships with it
  node-llhttp
  # the PostgreSQL store (libpq) and the throwaway clusters its tests start (citext, btree_gist)
  libpq-dev postgresql postgresql-contrib
  # screenshots under a real X server when wanted
  xvfb
  # tests: an independent iCalendar expander to check the .ics import against
  python3-recurring-ical-events
)

. "$(dirname "$0")/apt-missing.sh"
install_missing "${packages[@]}"
