#!/usr/bin/env bash
# Installs the peers into a virtual environment (pinned), builds claimkit, runs benchmarks/peers.py.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${PEERS_VENV:-.venv-peers}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r benchmarks/requirements-peers.txt
fi
swift build -c release --product claimkit >/dev/null
exec "$VENV/bin/python" benchmarks/peers.py "$@"
