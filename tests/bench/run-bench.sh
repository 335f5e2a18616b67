#!/usr/bin/env bash
# The benchmark harness (./atrium.sh bench [--quick]): Atrium and its peers measured side by side
# in one run on this machine, on loopback. Every process it starts is stopped when it ends.
# Prints one table and writes the same as JSON to bench-results/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/build/release
bench=$bin/tests/bench/atrium-bench
peers=$root/tests/bench/peers

quick=0
[ "${1:-}" = "--quick" ] && quick=1
if [ $quick = 1 ]; then
    secs=3; samples=100; members=1000; bookings=20000; search_bookings=20000; mode=quick; reps=1
    subscribers=200; storm_clients=400; idle_conns=1000; start_bookings=20000
else
    secs=10; samples=300; members=5000; bookings=100000; search_bookings=100000; mode=full; reps=3
    subscribers=1000; storm_clients=2000; idle_conns=10000; start_bookings=100000
fi

work=$(mktemp -d /tmp/atrium-bench.XXXXXX)
chmod 755 "$work"
pids=()
pg_data=""
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [ -n "$pg_data" ]; then as_postgres "$pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
say() { echo "[bench] $*" >&2; }

# --- Atrium -------------------------------------------------------------------------------
no_limits=(--limit mutationsPerSecond=0 --limit signInsPerSecond=0 --limit httpPerSecond=0
           --limit connectionsPerAddress=0 --limit connectionsPerAccount=0)
start_atrium() { # DATA_DIR [--demo] -> sets $url (not in a subshell, so its pid is ours to stop)
    local data=$1; shift
    local log=$data.log
    # The load comes from a handful of accounts on one address, far past what one person sends:
    # the abuse limits (docs/deploy.md) would measure themselves, so they are off here.
    "$bin/server/atrium-server" --data "$data" --listen 127.0.0.1:0 "${no_limits[@]}" "$@" >"$log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 600); do
        if grep -q '^listening on ' "$log"; then url=$(sed -n 's/^listening on //p' "$log"); return; fi
        sleep 0.1
    done
    say "atrium-server did not start: $(cat "$log")"; exit 1
}
stop_last() { local p=${pids[-1]}; kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; unset 'pids[-1]'; }

# --- PostgreSQL ---------------------------------------------------------------------------
pg_bin=/usr/lib/postgresql/15/bin
pg_ctl=$pg_bin/pg_ctl
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
    pg_data=$work/pg
    mkdir -p "$pg_data" "$work/pgsock"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_data" "$work/pgsock"
    as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U bench >/dev/null
    pg_port=$("$bench" freeport | tr -dc 0-9)
    as_postgres "$pg_ctl" -D "$pg_data" -l "$work/pgsock/pg.log" -w -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" start >/dev/null
    psql_cmd=("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U bench -q -v ON_ERROR_STOP=1)
    "${psql_cmd[@]}" -d postgres -c "CREATE DATABASE bench" >/dev/null
}
pg_reset() { "${psql_cmd[@]}" -d bench -c "DROP TABLE IF EXISTS bookings CASCADE; DROP FUNCTION IF EXISTS book" >/dev/null 2>&1; "${psql_cmd[@]}" -d bench -f "$root/tests/bench/postgres/schema.sql" >/dev/null; }
pgbench_run() { (cd "$work" && "$pg_bin/pgbench" -h 127.0.0.1 -p "$pg_port" -U bench -n "$@" bench); }

json_pct() { # FILE_WITH_NUMBERS_IN_MS -> {"samples":..,"p50_ms":..,"p99_ms":..}
    sort -g "$1" | awk '{v[NR]=$1} END {if (NR==0) {print "{\"samples\":0}"; exit}
        i50=int(0.50*(NR-1))+1; i99=int(0.99*(NR-1))+1; printf "{\"samples\":%d,\"p50_ms\":%.4f,\"p99_ms\":%.4f}\n", NR, v[i50], v[i99]}'
}

out=$work/results
mkdir -p "$out"

say "mode: $mode (timed workloads ${secs}s, $samples samples, cold sync $members members + $bookings bookings)"

# 1. Booking writes, 8 clients, ~10% conflicting; 2. ack latency at 1,000 offered ops/s (open loop).
# Atrium and PostgreSQL take turns, $reps times; the report takes the median of each.
start_postgres
for rep in $(seq 1 "$reps"); do
    say "writes ($rep/$reps): Atrium"
    start_atrium "$work/writes-$rep" --demo
    "$bench" writes --server "$url" --clients 8 --seconds "$secs" --conflict 0.1 >"$out/atrium-writes.$rep.json"
    stop_last
    say "writes ($rep/$reps): PostgreSQL + EXCLUDE (pgbench, 8 clients)"
    pg_reset
    pgbench_run -c 8 -j 2 -T "$secs" -f "$root/tests/bench/postgres/book.sql" >"$work/pgbench-writes.txt" 2>&1
    accepted=$("${psql_cmd[@]}" -d bench -At -c "SELECT count(*) - 40 FROM bookings")
    echo "{\"accepted\":$accepted,\"seconds\":$secs,\"accepted_per_s\":$(awk "BEGIN{print $accepted/$secs}")}" >"$out/pg-writes.$rep.json"

    say "latency ($rep/$reps): Atrium at 1000 ops/s"
    start_atrium "$work/latency-$rep" --demo
    "$bench" latency --server "$url" --rate 1000 --seconds "$secs" >"$out/atrium-latency.$rep.json"
    stop_last
    say "latency ($rep/$reps): Atrium at 200 ops/s while 50 clients sign in at once"
    start_atrium "$work/signins-$rep" --demo
    "$bench" signins --server "$url" --rate 200 --seconds 4 --sign-ins 50 >"$out/atrium-signins.$rep.json"
    stop_last
    say "latency ($rep/$reps): PostgreSQL (pgbench -R 1000)"
    pg_reset
    rm -f "$work"/pglat*
    pgbench_run -c 8 -j 2 -R 1000 -T "$secs" -l --log-prefix="$work/pglat" -f "$root/tests/bench/postgres/insert.sql" >"$work/pgbench-latency.txt" 2>&1
    cat "$work"/pglat* | awk '{printf "%.4f\n", $3/1000}' >"$work/pglat-ms.txt"
    json_pct "$work/pglat-ms.txt" >"$out/pg-latency.$rep.json"
done

# 2b. The same writes with Atrium on PostgreSQL (the cluster above): one node, then two nodes on one
# database with the clients split between them.
for rep in $(seq 1 "$reps"); do
    for nodes in 1 2; do
        say "writes ($rep/$reps): Atrium on PostgreSQL, $nodes node(s)"
        db=atrium_${nodes}_$rep
        "${psql_cmd[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
        urls=()
        for n in $(seq 1 "$nodes"); do
            start_atrium "$work/pg$nodes-$rep-$n" --db "postgresql://bench@127.0.0.1:$pg_port/$db" --demo
            urls+=("$url")
        done
        "$bench" writes --server "$(IFS=,; echo "${urls[*]}")" --clients 8 --seconds "$secs" --conflict 0.1 >"$out/atrium-pg$nodes-writes.$rep.json"
        for n in $(seq 1 "$nodes"); do stop_last; done
    done
done

# 3. Propagation to one observer
if [ ! -d "$peers/node_modules" ]; then (cd "$peers" && npm ci --no-audit --no-fund >/dev/null 2>&1); fi
yport=$("$bench" freeport | tr -dc 0-9)
HOST=127.0.0.1 PORT=$yport node "$peers/node_modules/y-websocket/bin/server.cjs" >"$work/yws.log" 2>&1 &
yws_pid=$!
pids+=($yws_pid)
sleep 1
for rep in $(seq 1 "$reps"); do
    say "propagation ($rep/$reps): Atrium"
    start_atrium "$work/propagation-$rep" --demo
    "$bench" propagation --server "$url" --samples "$samples" >"$out/atrium-propagation.$rep.json"
    stop_last
    say "propagation ($rep/$reps): y-websocket"
    node "$peers/yjs-propagation.mjs" "ws://127.0.0.1:$yport" "$samples" >"$out/yws-propagation.$rep.json"
done

# 4. Fan-out to the subscribers of one location (y-websocket: one room)
for rep in $(seq 1 "$reps"); do
    say "fan-out ($rep/$reps): Atrium, $subscribers subscribers"
    start_atrium "$work/fanout-$rep" --demo
    "$bench" fanout --server "$url" --server-pid "${pids[-1]}" --subscribers "$subscribers" --procs 4 --samples 100 >"$out/atrium-fanout.$rep.json"
    stop_last
    say "fan-out ($rep/$reps): Atrium, $subscribers subscribers of which $((subscribers / 10)) never read"
    start_atrium "$work/fanout-stalled-$rep" --demo
    "$bench" fanout --server "$url" --server-pid "${pids[-1]}" --subscribers "$subscribers" --stalled $((subscribers / 10)) --procs 4 \
        --samples 100 >"$out/atrium-fanout-stalled.$rep.json"
    stop_last
    say "fan-out ($rep/$reps): y-websocket, $subscribers subscribers"
    node "$peers/yjs-fanout.mjs" "ws://127.0.0.1:$yport" "$subscribers" 4 100 2>/dev/null >"$out/yws-fanout.$rep.json"
done
kill "$yws_pid" 2>/dev/null || true
say "fan-out floor: one write to each of $subscribers loopback sockets"
"$bench" sendfloor --subscribers "$subscribers" --samples 100 >"$out/floor-fanout.json"

# 5. Reconnect storm: every client back at once, each with 20 check-ins taken offline
say "storm: $storm_clients clients x 20 check-ins"
"$bench" seed --data "$work/storm" --members $((storm_clients + 50)) --bookings 0 >/dev/null
start_atrium "$work/storm"
"$bench" storm --server "$url" --data "$work/storm" --clients "$storm_clients" --checkins 20 --procs 4 >"$out/atrium-storm.json"
stop_last

# 6. Idle connections: the server's memory per connection
say "idle: $idle_conns connections"
start_atrium "$work/idle" --demo
"$bench" idle --server "$url" --server-pid "${pids[-1]}" --connections "$idle_conns" --procs 5 >"$out/atrium-idle.json"
stop_last

# 7. Desktop start on a profile with many cached bookings
say "desktop start: $start_bookings cached bookings"
"$bench" start --app "$bin/app/atrium" --bookings "$start_bookings" --runs 3 >"$out/atrium-start.json"
say "week view while a sync batch of 1000 bookings arrives, on a desk's cache of $start_bookings; day ⇄ week"
"$bench" frames --app "$bin/tests/bench/atrium-frames" --bookings "$start_bookings" --changes 1000 --runs 3 >"$out/atrium-frames.json"
say "one member's bookings on a desk's cache of $start_bookings, index and scan side by side"
"$bench" mine --bookings "$start_bookings" --runs 9 >"$out/atrium-mine.json"

# A notice to every member of a location: all connected, all going to one event the desk cancels.
say "notify: $members connected members told at once"
"$bench" seed --data "$work/notify" --members $((members + 50)) --bookings 0 >/dev/null
start_atrium "$work/notify"
"$bench" notify --server "$url" --data "$work/notify" --clients "$members" --procs 4 --server-pid "${pids[-1]}" >"$out/atrium-notify.json"
stop_last

# Mail: a notice to every member of a location, staged in one transaction and handed to a local
# SMTP sink with at most Effects::kMaxInFlight sessions under way.
say "mail: $members notices to a local SMTP sink"
"$bench" mail --count "$members" --runs 3 >"$out/atrium-mail.json"

# 8. Cold sync of members and bookings
say "cold sync: seeding Atrium with $members members and $bookings bookings"
"$bench" seed --data "$work/cold" --members "$members" --bookings "$bookings" >/dev/null
start_atrium "$work/cold"
say "cold sync: Atrium"
"$bench" coldsync --server "$url" >"$out/atrium-coldsync.json"
stop_last
say "cold sync floor: SQLite alone storing the same rows in an empty cache"
"$bench" coldsync-floor --data "$work/cold" >"$out/floor-coldsync.json"
say "cold sync: PouchDB (pouchdb-server on disk, replicate to a new on-disk PouchDB)"
pport=$("$bench" freeport | tr -dc 0-9)
mkdir -p "$work/pouch"
(cd "$work/pouch" && node "$peers/node_modules/pouchdb-server/bin/pouchdb-server" --host 127.0.0.1 --port "$pport" --dir "$work/pouch" >"$work/pouch.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$pport/" >/dev/null 2>&1 && break; sleep 0.2; done
node "$peers/pouchdb-coldsync.mjs" "http://127.0.0.1:$pport" "$members" "$bookings" "$work/pouch" >"$out/pouch-coldsync.json"
stop_last

# 9. Availability search in a client cache
say "search: 500 resources, $search_bookings bookings"
"$bench" search --resources 500 --bookings "$search_bookings" --queries 1000 >"$out/atrium-search.json"

# 10. Instructions on the apply-one-mutation path (stable on a noisy machine)
say "callgrind: apply-one-mutation path"
"$bench" seed --data "$work/apply" --members 50 --bookings 0 >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" --collect-atstart=no \
    --toggle-collect='atrium::bench::applyOne*' "$bench" apply --data "$work/apply" --count 50 >/dev/null 2>"$work/callgrind.log"
ir=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$work/callgrind.out" | head -n 1)
# The same without the audit trail's row: what the durable record of each change costs.
"$bench" seed --data "$work/apply-na" --members 50 --bookings 0 >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-na.out" --collect-atstart=no \
    --toggle-collect='atrium::bench::applyOne*' "$bench" apply --no-audit --data "$work/apply-na" --count 50 >/dev/null 2>>"$work/callgrind.log"
ir_na=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$work/callgrind-na.out" | head -n 1)
echo "{\"count\":50,\"instructions\":${ir:-0},\"instructions_per_mutation\":$(( ${ir:-0} / 50 )),\"instructions_per_mutation_without_audit\":$(( ${ir_na:-0} / 50 ))}" >"$out/atrium-callgrind.json"

mkdir -p "$root/bench-results"
"$bench" report --dir "$out" --mode "$mode" --json "$root/bench-results/bench-$(date -u +%Y%m%dT%H%M%SZ).json"
