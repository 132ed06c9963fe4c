#!/usr/bin/env bash
# Integration renames applied after merging parallel branches (name clashes between areas).
set -e
cd "$(dirname "$0")/.."
grep -rl '\bWordHash\b' Sources/ClaimKit/Attribution | xargs -r sed -i 's/\bWordHash\b/AttributionHash/g'
grep -rl '\bTextScan\b' Sources/ClaimKit/Structure Sources/ClaimKit/HTML | xargs -r sed -i 's/\bTextScan\b/LineScan/g'
