#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) into
# build/fuzz and runs each for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus.
# New inputs go to build/fuzz/corpus-*, never into the repo; a crash leaves its input in
# build/fuzz/ (crash-*), prints how to replay it, and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
out=build/fuzz
cmake -S tests/fuzz -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j "${ATRIUM_JOBS:-2}"
status=0
for target in protocol ics rrule query token dispatcher; do
    work=$out/corpus-$target
    mkdir -p "$work"
    log=$out/fuzz-$target.log
    mkdir -p "tests/fuzz/corpus/$target"
    echo "fuzz_$target: ${seconds} s from $(ls tests/fuzz/corpus/$target | wc -l) seeds"
    if ! "$out/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
            -artifact_prefix="$out/" -print_final_stats=1 "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz_$target found a failing input; replay it with: $out/fuzz_$target $out/crash-*" >&2
        status=1
        continue
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$log" | tr '\n' ' '
    echo
done
exit $status
