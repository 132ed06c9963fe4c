#!/usr/bin/env bash
# Integration renames applied after merging parallel branches (name clashes between areas).
set -e
cd "$(dirname "$0")/.."
grep -rl '\bWordHash\b' Sources/ClaimKit/Attribution | xargs -r sed -i 's/\bWordHash\b/AttributionHash/g'
grep -rl '\bTextScan\b' Sources/ClaimKit/Structure Sources/ClaimKit/HTML | xargs -r sed -i 's/\bTextScan\b/LineScan/g'
# `--format` became the output format; the input format is `--input-format`.
for f in scripts/eval-checkthat scripts/eval-golden-rules scripts/eval-html scripts/eval-polnear scripts/eval-recognizers scripts/test-pathological scripts/test-security; do
    [ -f "$f" ] && sed -i 's/"--format", /"--input-format", /g; s/extract --format /extract --input-format /g; s/\[--format {fmt}\]/[--input-format {fmt}]/g; s/with --format auto/with --input-format auto/g' "$f"
done
