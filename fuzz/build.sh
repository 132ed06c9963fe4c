#!/usr/bin/env bash
# Builds the libFuzzer targets: fuzz/fuzz_*.c linked against libclaimkit_c.so built with
# coverage instrumentation and AddressSanitizer.
#
#   fuzz/build.sh                 # → .build-fuzz/bin/fuzz_{extract_text,extract_html,options,context}
#   FUZZ_SCRATCH=dir fuzz/build.sh
#
# How (see fuzz/README.md): swiftc -sanitize=fuzzer,address on a library only instruments it
# (edge coverage with inline 8-bit counters, PC tables, comparison tracing); the libFuzzer and
# ASan runtimes come from the C target, linked with the Swift toolchain's clang
# (-fsanitize=fuzzer,address,undefined), which exports them to the .so. lld, not gold (gold
# refuses to export ASan's local symbols). Incremental: reruns rebuild only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
SWIFT_BIN=$(dirname "$(readlink -f "$(command -v swift)")")
CLANG=$SWIFT_BIN/clang

swift build -c release --product claimkit_c --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
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
