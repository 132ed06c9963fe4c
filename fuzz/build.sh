#!/usr/bin/env bash
# Builds the libFuzzer targets: fuzz/fuzz_*.c linked against libclaimkit_c.so built with
# coverage instrumentation and AddressSanitizer.
#
#   fuzz/build.sh                 # → .build-fuzz/bin/fuzz_{extract_text,extract_html,options,context}
#   FUZZ_CMP=1 fuzz/build.sh      # also comparison tracing (→ .build-fuzz-cmp/bin/…), see below
#   FUZZ_SCRATCH=dir fuzz/build.sh
#
# How (see fuzz/README.md): the library is compiled with -sanitize=address and edge coverage
# as libFuzzer wants it (inline 8-bit counters, PC tables); that only instruments it, the
# libFuzzer and ASan runtimes come from the C target, linked with the Swift toolchain's clang
# (-fsanitize=fuzzer,address,undefined), which exports them to the .so. lld, not gold (gold
# refuses to export ASan's local symbols). Incremental: reruns rebuild only what changed.
#
# Comparison tracing (trace-cmp, what -sanitize=fuzzer adds) lets libFuzzer learn the values
# code compares against, but the library compares bytes in every scanning loop: the callbacks
# were ≈ 45 % of an execution and halved the executions per second of the text and HTML
# targets. The dictionaries (fuzz/*.dict) give the words and JSON keys instead. FUZZ_CMP=1
# builds the traced flavour for long runs that want it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SWIFT_BIN=$(dirname "$(readlink -f "$(command -v swift)")")
CLANG=$SWIFT_BIN/clang

if [ "${FUZZ_CMP:-0}" = 1 ]; then
    SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz-cmp}
    swift build -c release --product claimkit_c --scratch-path "$SCRATCH" \
        -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
else
    SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
    swift build -c release --product claimkit_c --scratch-path "$SCRATCH" \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table \
        -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table
fi
LIB=$SCRATCH/release
mkdir -p "$SCRATCH/bin"
for src in fuzz/fuzz_*.c; do
    name=$(basename "$src" .c)
    out=$SCRATCH/bin/$name
    if [ "$out" -nt "$src" ] && [ "$out" -nt fuzz/fuzz_common.h ] && [ "$out" -nt "$LIB/libclaimkit_c.so" ] \
        && [ "$out" -nt include/claimkit.h ]; then
        continue
    fi
    "$CLANG" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -Wall -Wextra -Werror -Iinclude "$src" -o "$out" \
        -L"$LIB" -lclaimkit_c -Wl,-rpath,"$LIB" -fuse-ld=lld
    echo "built $out"
done
