#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite twice: a release build with warnings as
# errors (g++), and a clang AddressSanitizer + UndefinedBehaviorSanitizer build that fails on any report
# (it also runs every libFuzzer target of tests/fuzz for 15 s: scripts/fuzz.sh runs them longer);
# then builds the .deb, lints it, installs it, runs the installed programs and removes it.
# Usage: scripts/test.sh [--quick]   (--quick: the release build only)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

# The public SDK clients for the conformance tests, pinned by package-lock.json.
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)

jobs=$(nproc)
run_preset() {
  local preset=$1
  echo "=== ${preset}: configure and build"
  cmake --preset "$preset" -DKVS_REQUIRE_CONFORMANCE=ON >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "=== ${preset}: test"
  ctest --preset "$preset" -j "$jobs"
}

run_preset ci
if [ "${1:-}" != "--quick" ]; then
  run_preset asan
  bash scripts/package.sh
fi
echo "=== all tests passed"
