#!/usr/bin/env bash
# Benchmarks side by side with their anchors (never part of the tests): builds the release preset, then runs
#   bench/signaling_bench.py — presign (per process and bulk), cold start → connected and the ConnectAsViewer
#                              step, each against the public KVS WebRTC JS SDK (npm, pinned) or the TLS floor;
#   bench/media_bench.py     — the viewer's media: start → first frame, CPU and RSS at 640x480 and 1280x720;
#   bench/emulator_bench.py  — the emulator at 50, 200 and 1,000 viewers: connects/s, memory per connection,
#                              relay p50/p99 and CPU per relayed message;
#   bench/log_bench.py       — the desktop app's log panel under a flood: events/s and UI stall p50/p99;
#   bench/browser_bench.py   — the Chromium anchors: first frame, CPU and memory at 640x480 and 1280x720 of the
#                              CLI vs Debian's Chromium running the KVS JS SDK viewer page (bench/web/viewer.html)
#                              against the same emulator master, and kvs-viewer's memory vs Chromium's under Xvfb.
# Prints median [min..max] and the ratio; writes build/bench/*.json.
#   bash scripts/bench.sh [--quick]        (--quick: fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10; bulk=50000; media_runs=3; browser_runs=5; emulator_runs=3; log_runs=3
if [ "${1:-}" = "--quick" ]; then runs=3; bulk=5000; media_runs=1; browser_runs=2; emulator_runs=1; log_runs=1; fi
command -v node >/dev/null || { echo "bench: node is missing (bash scripts/install-deps.sh)" >&2; exit 1; }
[ -d tests/conformance/node_modules/amazon-kinesis-video-streams-webrtc ] ||
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)" --target kvs-viewer-cli kvs-signaling-emulator kvs-viewer kvs-bench-logflood
# Chromium is the media anchor only: installed here when missing, never by install-deps.sh (the tests and CI
# do not need it).
if ! command -v chromium >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bench: installing Debian's chromium for the media anchors"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      chromium >/dev/null; } || echo "bench: chromium could not be installed; its rows will say so" >&2
fi
mkdir -p build/bench
echo "=== signaling (ours vs the KVS WebRTC JS SDK)"
python3 bench/signaling_bench.py build/ci --runs "$runs" --bulk "$bulk" --json build/bench/signaling.json
echo "=== media (the viewer CLI against the emulator's master)"
python3 bench/media_bench.py build/ci --runs "$media_runs" --json build/bench/media.json
echo "=== the emulator at scale (several channels of 50 viewers, raised limits)"
python3 bench/emulator_bench.py build/ci --runs "$emulator_runs" --json build/bench/emulator.json
echo "=== the log under a flood (the desktop app's log panel, under xvfb-run)"
python3 bench/log_bench.py build/ci/bench/logflood/kvs-bench-logflood --runs "$log_runs" --json build/bench/log.json
echo "=== media and GUI memory (ours vs Chromium running the KVS JS SDK viewer page)"
python3 bench/browser_bench.py build/ci --runs "$browser_runs" --json build/bench/browser.json
