#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz longer than CI does (CI: 15 s each under ctest), in the clang
# AddressSanitizer + UndefinedBehaviorSanitizer build (preset asan). New inputs are kept in
# build/asan/fuzz/corpus/TARGET, crashes in build/asan/fuzz/artifacts/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 600)] [TARGET ...]   e.g. scripts/fuzz.sh 3600 fuzz_redaction
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_httprequest fuzz_signalingmessage fuzz_handshakeresponse fuzz_configfiles fuzz_credentialprocess
           fuzz_stssso fuzz_sdpice fuzz_validation fuzz_redaction fuzz_emulatorconfig)
fi
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target "${targets[@]}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0}
status=0
for target in "${targets[@]}"; do
  corpus=build/asan/fuzz/corpus/$target
  mkdir -p "$corpus" build/asan/fuzz/artifacts
  echo "=== $target: ${seconds} s"
  if ! "build/asan/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="build/asan/fuzz/artifacts/$target-" "$corpus" "tests/fuzz/corpus/$target"; then
    echo "=== $target FAILED: the input is in build/asan/fuzz/artifacts/"
    status=1
  fi
done
exit $status
