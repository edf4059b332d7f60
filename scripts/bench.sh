#!/usr/bin/env bash
# Benchmarks side by side with their anchors (never part of the tests): builds the release preset, then runs
#   bench/signaling_bench.py — presign (per process and bulk), cold start → connected and the ConnectAsViewer
#                              step, each against the public KVS WebRTC JS SDK (npm, pinned) or the TLS floor;
#   bench/media_bench.py     — the viewer's media: start → first frame, CPU and RSS at 640x480 and 1280x720.
# Prints median [min..max] and the ratio; writes build/bench/*.json.
#   bash scripts/bench.sh [--quick]        (--quick: fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10; bulk=50000; media_runs=3
if [ "${1:-}" = "--quick" ]; then runs=3; bulk=5000; media_runs=1; fi
command -v node >/dev/null || { echo "bench: node is missing (bash scripts/install-deps.sh)" >&2; exit 1; }
[ -d tests/conformance/node_modules/amazon-kinesis-video-streams-webrtc ] ||
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)" --target kvs-viewer-cli kvs-signaling-emulator
mkdir -p build/bench
echo "=== signaling (ours vs the KVS WebRTC JS SDK)"
python3 bench/signaling_bench.py build/ci --runs "$runs" --bulk "$bulk" --json build/bench/signaling.json
echo "=== media (the viewer CLI against the emulator's master)"
python3 bench/media_bench.py build/ci --runs "$media_runs" --json build/bench/media.json
