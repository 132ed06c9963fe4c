#!/usr/bin/env bash
# Runs every libFuzzer target for a fixed time and reports executions and crashes.
#
#   fuzz/run.sh                         # CI: 25 s per target (4 targets ≈ 2 min with startup)
#   FUZZ_TIME=600 fuzz/run.sh           # the long run (see fuzz/README.md)
#   FUZZ_TARGETS="fuzz_options" fuzz/run.sh
#   FUZZ_MIN_EXECS=100000 fuzz/run.sh   # also fail a target that ran fewer executions
#   FUZZ_BIN=dir fuzz/run.sh            # prebuilt targets in dir (no build), e.g. a snapshot
#
# Builds the targets (fuzz/build.sh) and the seeds (scripts/fuzz-seeds) first. Each target
# grows its own corpus in fuzz/corpus/<target>/ (gitignored; kept between runs, so later runs
# start where earlier ones stopped) from fuzz/seeds/<kind>/. A crash, leak, sanitizer report,
# timeout or out-of-memory is saved as fuzz/artifacts/<target>-crash-… (or leak-, timeout-,
# oom-) and fails the run; reproduce with `.build-fuzz/bin/<target> <file>`.
# One worker, so it never takes more than one core; FUZZ_NICE (default 19) keeps it polite on a
# shared machine (set FUZZ_NICE=0 on a dedicated CI runner).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
TIME=${FUZZ_TIME:-25}
MIN_EXECS=${FUZZ_MIN_EXECS:-0}
TARGETS=${FUZZ_TARGETS:-fuzz_extract_text fuzz_extract_html fuzz_options fuzz_context}
LOGS=$SCRATCH/logs
# Inputs (and seeds) are cut to this many bytes: short inputs keep executions fast; long and
# pathological inputs are scripts/test-pathological's job.
MAX_LEN_TEXT=${FUZZ_MAX_LEN:-2048}
MAX_LEN_JSON=1024

BIN=${FUZZ_BIN:-$SCRATCH/bin}
# FUZZ_BIN: run prebuilt targets (e.g. a snapshot for a long background run) without building.
[ -n "${FUZZ_BIN:-}" ] || fuzz/build.sh >/dev/null || { echo "fuzz/build.sh failed"; echo "0 passed, 1 failed"; exit 1; }
python3 scripts/fuzz-seeds >/dev/null || { echo "scripts/fuzz-seeds failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$LOGS" fuzz/artifacts

passed=0
failed=0
total=0
for target in $TARGETS; do
    case $target in
        fuzz_extract_text) seeds=text; dict=fuzz/text.dict; max_len=$MAX_LEN_TEXT ;;
        fuzz_extract_html) seeds=html; dict=fuzz/html.dict; max_len=$MAX_LEN_TEXT ;;
        fuzz_options) seeds=options; dict=fuzz/json.dict; max_len=$MAX_LEN_JSON ;;
        fuzz_context) seeds=context; dict=fuzz/json.dict; max_len=$MAX_LEN_JSON ;;
        *) echo "unknown target $target"; failed=$((failed + 1)); continue ;;
    esac
    corpus=fuzz/corpus/$target
    mkdir -p "$corpus"
    log=$LOGS/$target.log
    start=$SECONDS
    # detect_leaks: a string or handle the library forgets to free is a failure.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    SWIFT_BACKTRACE=enable=no \
        nice -n "${FUZZ_NICE:-19}" "$BIN/$target" -max_total_time="$TIME" -rss_limit_mb=2048 -timeout=10 \
        -max_len="$max_len" -dict="$dict" -print_final_stats=1 \
        -artifact_prefix="fuzz/artifacts/$target-" "$corpus" "fuzz/seeds/$seeds" >"$log" 2>&1
    rc=$?
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    runs=${runs:-0}
    rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    total=$((total + runs))
    if [ $rc -ne 0 ]; then
        failed=$((failed + 1))
        echo "FAIL $target: exit $rc after $runs executions; log $log"
        grep -E 'ERROR:|SUMMARY:|contract violated|Test unit written' "$log" | head -8 | sed 's/^/    /'
    elif [ "$runs" -lt "$MIN_EXECS" ]; then
        failed=$((failed + 1))
        echo "FAIL $target: only $runs executions (< $MIN_EXECS) in $((SECONDS - start)) s"
    else
        passed=$((passed + 1))
        echo "ok   $target: $runs executions, ${rate:-?} exec/s, ${cov:-cov ?}, corpus $(ls "$corpus" | wc -l) files, $((SECONDS - start)) s"
    fi
done
echo "total executions: $total"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
