#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop app.
# Arguments are passed to kvs-viewer (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
exec build/dev/bin/kvs-viewer "$@"
