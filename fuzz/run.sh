#!/usr/bin/env bash
# Runs every libFuzzer target for a fixed time and reports executions and crashes.
#
#   fuzz/run.sh                         # CI: text+HTML 60 s side by side, then options+context 15 s (≈ 80 s)
#   FUZZ_TIME=600 fuzz/run.sh           # a long run (see fuzz/README.md)
#   FUZZ_TARGETS="fuzz_options" fuzz/run.sh
#   FUZZ_MIN_EXECS=100000 fuzz/run.sh   # also fail a target that ran fewer executions
#   FUZZ_BIN=dir fuzz/run.sh            # prebuilt targets in dir (no build), e.g. a snapshot
#   FUZZ_CMP=1 fuzz/run.sh              # the targets built with comparison tracing (fuzz/build.sh)
#   FUZZ_CORPUS=dir fuzz/run.sh         # grow corpora in dir/<target> (default fuzz/corpus)
#   FUZZ_FLAGS="-use_counters=1" fuzz/run.sh  # libFuzzer flags (default -entropic=0 -use_counters=0, see below)
#
# Times: FUZZ_TIME (default 15 s) for each JSON target (options, context); the text and HTML
# targets run the whole pipeline per execution (≈ 0.3-0.4 ms of CPU under ASan for inputs up
# to 512 bytes, against ≈ 0.02 ms for a JSON parse), so they get FUZZ_TIME_PIPELINE (default
# 4 × FUZZ_TIME). FUZZ_JOBS targets run at once (default: the number of cores, at most 2),
# each one libFuzzer process on its own core: with 2, a run takes FUZZ_TIME_PIPELINE +
# FUZZ_TIME seconds (CI: 75 s), and on free cores every target passes 100,000 executions
# (text ≈ 3,300 and HTML ≈ 2,600 executions per CPU second from the seeds; JSON ≈ 45,000).
#
# Builds the targets (fuzz/build.sh) and the seeds (scripts/fuzz-seeds) first. Each target
# grows its own corpus in fuzz/corpus/<target>/ (gitignored; kept between runs, so later runs
# start where earlier ones stopped) from fuzz/seeds/<kind>/. A crash, leak, sanitizer report,
# timeout or out-of-memory is saved as fuzz/artifacts/<target>-crash-… (or leak-, timeout-,
# oom-) and fails the run; reproduce with `.build-fuzz/bin/<target> <file>`.
# FUZZ_NICE (default 19) keeps it polite on a shared machine (FUZZ_NICE=0 on a dedicated CI
# runner).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# FUZZ_CMP=1: the flavour with comparison tracing (fuzz/build.sh), in .build-fuzz-cmp.
if [ "${FUZZ_CMP:-0}" = 1 ]; then SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz-cmp}; else SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}; fi
TIME=${FUZZ_TIME:-15}
TIME_PIPELINE=${FUZZ_TIME_PIPELINE:-$((4 * TIME))}
MIN_EXECS=${FUZZ_MIN_EXECS:-0}
TARGETS=${FUZZ_TARGETS:-fuzz_extract_text fuzz_extract_html fuzz_options fuzz_context}
cores=$(nproc 2>/dev/null || echo 1)
JOBS=${FUZZ_JOBS:-$((cores < 2 ? cores : 2))}
LOGS=${FUZZ_LOGS:-$SCRATCH/logs}
CORPUS=${FUZZ_CORPUS:-fuzz/corpus}
# Measured on the text target, 512-byte inputs, from the seeds:
# -entropic=0: libFuzzer's default "entropic" input scheduling spent two thirds of the time on
#   its own bookkeeping (InputCorpus::AddRareFeature, energy updates; the library has ≈ 30,000
#   coverage features): 8.0 s of CPU for 5,000 executions, 2.6 s without.
# -use_counters=0: edges, not edge hit counts, as features: far fewer inputs count as new, so
#   less time saving them and updating libFuzzer's tables. 20 s: 57,000 executions (4,100 per
#   CPU second) and 12,871 edges covered, against 44,000 (3,000) and 12,198 with counters.
FLAGS=${FUZZ_FLAGS:--entropic=0 -use_counters=0}
# Inputs are cut to this many bytes (seeds too, as libFuzzer loads them): the cost of an
# execution grows with the input, and 512 bytes hold a headline and a few attributed
# sentences. Long and pathological inputs are scripts/test-pathological's job.
MAX_LEN_TEXT=${FUZZ_MAX_LEN:-512}
MAX_LEN_JSON=1024

BIN=${FUZZ_BIN:-$SCRATCH/bin}
# FUZZ_BIN: run prebuilt targets (e.g. a snapshot for a long background run) without building.
[ -n "${FUZZ_BIN:-}" ] || fuzz/build.sh >/dev/null || { echo "fuzz/build.sh failed"; echo "0 passed, 1 failed"; exit 1; }
python3 scripts/fuzz-seeds >/dev/null || { echo "scripts/fuzz-seeds failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$LOGS" fuzz/artifacts

# Runs one target; writes its verdict line to $LOGS/<target>.result and its executions to
# $LOGS/<target>.runs.
run_target() {
    local target=$1 seeds dict max_len time
    case $target in
        fuzz_extract_text) seeds=text; dict=fuzz/text.dict; max_len=$MAX_LEN_TEXT; time=$TIME_PIPELINE ;;
        fuzz_extract_html) seeds=html; dict=fuzz/html.dict; max_len=$MAX_LEN_TEXT; time=$TIME_PIPELINE ;;
        fuzz_options) seeds=options; dict=fuzz/json.dict; max_len=$MAX_LEN_JSON; time=$TIME ;;
        fuzz_context) seeds=context; dict=fuzz/json.dict; max_len=$MAX_LEN_JSON; time=$TIME ;;
        *) echo "FAIL $target: unknown target" >"$LOGS/$target.result"; echo 0 >"$LOGS/$target.runs"; return ;;
    esac
    local corpus=$CORPUS/$target log=$LOGS/$target.log start=$SECONDS
    mkdir -p "$corpus"
    # detect_leaks: a string or handle the library forgets to free is a failure.
    # malloc_context_size=10: allocation stacks 10 frames deep (default 30) — unwinding and
    # storing them was ≈ 5 % of an execution; rerun an artifact with the defaults for more.
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:malloc_context_size=10 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    SWIFT_BACKTRACE=enable=no \
        nice -n "${FUZZ_NICE:-19}" "$BIN/$target" -max_total_time="$time" -rss_limit_mb=2048 -timeout=10 \
        -max_len="$max_len" -dict="$dict" -print_final_stats=1 $FLAGS \
        -artifact_prefix="fuzz/artifacts/$target-" "$corpus" "fuzz/seeds/$seeds" >"$log" 2>&1
    local rc=$?
    # CPU seconds the fuzzer used (bash's `times`: this subshell's children, user + system):
    # on a shared machine executions per CPU second say what a free core gives.
    local cpu
    times >"$LOGS/$target.times"  # not in a pipe: a pipe's subshell would time itself
    cpu=$(tail -1 "$LOGS/$target.times" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60 + p[2] } printf "%.1f", n }')
    local runs rate cov
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    runs=${runs:-0}
    rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    echo "$runs" >"$LOGS/$target.runs"
    {
        if [ $rc -ne 0 ]; then
            echo "FAIL $target: exit $rc after $runs executions; log $log"
            grep -E 'ERROR:|SUMMARY:|contract violated|Test unit written' "$log" | head -8 | sed 's/^/    /'
        elif [ "$runs" -lt "$MIN_EXECS" ]; then
            echo "FAIL $target: only $runs executions (< $MIN_EXECS) in $((SECONDS - start)) s"
        else
            echo "ok   $target: $runs executions, ${rate:-?} exec/s, ${cov:-cov ?}, corpus $(ls "$corpus" | wc -l) files, $((SECONDS - start)) s, CPU $cpu s ($(awk -v r="$runs" -v c="$cpu" 'BEGIN { if (c > 0) printf "%d", r / c; else printf "?" }') exec per CPU second)"
        fi
    } >"$LOGS/$target.result"
}

started=$SECONDS
for target in $TARGETS; do
    rm -f "$LOGS/$target.result" "$LOGS/$target.runs"
    # At most JOBS at once; the text and HTML targets come first in the list, so with two
    # cores they run side by side, then the two JSON targets.
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
        wait -n
    done
    run_target "$target" &
done
wait

passed=0
failed=0
total=0
for target in $TARGETS; do
    if [ -f "$LOGS/$target.result" ]; then
        cat "$LOGS/$target.result"
    else
        echo "FAIL $target: no result"
    fi
    if grep -q '^ok' "$LOGS/$target.result" 2>/dev/null; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
    total=$((total + $(cat "$LOGS/$target.runs" 2>/dev/null || echo 0)))
done
echo "total executions: $total in $((SECONDS - started)) s ($JOBS at a time)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
