#!/usr/bin/env bash
# Atrium's one entry point: installs what is missing, builds, and runs the demo or the tests.
#   ./atrium.sh demo    server with demo data + the desktop client signed in as the front desk
#   ./atrium.sh test    build everything and run every test (non-zero exit on any failure)
#   ./atrium.sh bench [--quick]   measure Atrium beside PostgreSQL, PouchDB and y-websocket
#   ./atrium.sh sanitize          every test again under AddressSanitizer and UndefinedBehaviorSanitizer
#   ./atrium.sh fuzz [SECONDS]    each libFuzzer target for SECONDS (default 60) from its seed corpus
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

usage() {
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
}

install_deps() {
    case "$(uname -s)" in
        Linux)
            if [ -f /etc/debian_version ]; then
                ./installer/deps-debian.sh
            else
                echo "atrium.sh: only Debian/Ubuntu are set up automatically; see README.md for the packages" >&2
            fi
            ;;
        Darwin) ./installer/deps-macos.sh ;;
        *) echo "atrium.sh: see README.md to build on this system" >&2 ;;
    esac
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

jobs=${ATRIUM_JOBS:-2}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    test)
        install_deps
        build ci
        # Every QML file passes qmllint (a warning fails the run).
        cmake --build --preset ci --target all_qmllint >/dev/null || cmake --build --preset ci --target all_qmllint
        ctest --preset ci -j "$jobs" "$@"
        ;;
    demo)
        install_deps
        build ci
        bin=$root/build/ci
        data=${ATRIUM_DEMO_DATA:-$root/data/demo}
        mkdir -p "$data"
        log=$data/server.log
        "$bin/server/atrium-server" --data "$data" --listen 127.0.0.1:0 --demo >"$log" 2>&1 &
        server_pid=$!
        trap 'kill "$server_pid" 2>/dev/null || true' EXIT
        url=""
        for _ in $(seq 1 200); do
            url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
            [ -n "$url" ] && break
            kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
            sleep 0.1
        done
        [ -n "$url" ] || { echo "atrium.sh: the server did not start; see $log" >&2; exit 1; }
        echo "atrium-server is running at $url (data in $data)"
        echo "Demo accounts (password atrium-demo): admin@demo.atrium, desk@demo.atrium, member1..member50@demo.atrium"
        client_args=(--server "$url" --profile "$data/profile-desk" --email desk@demo.atrium --password-stdin "$@")
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
            shot=$root/screenshots/demo-calendar.png
            mkdir -p "$(dirname "$shot")"
            echo "No display found: rendering the desktop client offscreen."
            echo atrium-demo | QT_QPA_PLATFORM=offscreen "$bin/app/atrium" "${client_args[@]}" --screenshot "$shot"
            echo "Screenshot of the front desk's calendar: $shot"
            echo "To keep exploring: $bin/server/atrium-server --data $data --listen 127.0.0.1:8640"
            echo "  then: $bin/app/cli/atrium-cli --server http://127.0.0.1:8640 login desk@demo.atrium"
        else
            echo atrium-demo | "$bin/app/atrium" "${client_args[@]}"
        fi
        ;;
    sanitize)
        install_deps
        build sanitize
        ctest --preset sanitize -j "$jobs" "$@"
        ;;
    fuzz)
        install_deps
        if [ -f /etc/debian_version ]; then ./installer/deps-fuzz-debian.sh; fi
        ./tests/fuzz/run-fuzz.sh "$@"
        ;;
    bench)
        install_deps
        if [ -f /etc/debian_version ]; then ./installer/deps-bench-debian.sh; fi
        build release
        ./tests/bench/run-bench.sh "$@"
        ;;
    ""|-h|--help|help)
        usage
        ;;
    *)
        echo "atrium.sh: unknown command '$cmd'" >&2
        usage >&2
        exit 1
        ;;
esac
