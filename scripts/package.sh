#!/usr/bin/env bash
# Builds the .deb (hardened release build), checks it with lintian, desktop-file-validate and appstreamcli,
# then installs it, runs the installed programs and removes it again.
# Usage: scripts/package.sh [--no-install]
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

echo "=== package: build"
cmake --preset package >/dev/null
cmake --build --preset package -j "$(nproc)"
rm -rf build/package/packages
(cd build/package && cpack >/dev/null)
deb=$(ls build/package/packages/kvs-signaling-viewer_*.deb)
echo "built $deb"

echo "=== package: lint"
lint=$(lintian --fail-on error,warning "$deb" 2>&1) || { echo "$lint"; echo "lintian: errors or warnings"; exit 1; }
echo "$lint" | grep -v 'root privileges' || true
echo "lintian: no errors or warnings"
desktop-file-validate packaging/*.desktop
appstreamcli validate --no-net packaging/*.metainfo.xml >/dev/null

[ "${1:-}" = "--no-install" ] && exit 0

echo "=== package: install, run, remove"
$sudo apt-get install -y -qq "./$deb" >/dev/null
trap '$sudo apt-get remove -y -qq kvs-signaling-viewer >/dev/null' EXIT
test -x /usr/bin/kvs-viewer && test -x /usr/bin/kvs-viewer-cli
test -f /usr/share/applications/io.github.kvssignalingviewer.KvsViewer.desktop
test -f /usr/share/man/man1/kvs-viewer-cli.1.gz
/usr/bin/kvs-viewer-cli --version
QT_QPA_PLATFORM=offscreen /usr/bin/kvs-viewer --version
url=$(env AWS_ACCESS_KEY_ID=AKIA4F7WJQR7FMMWMNXI AWS_SECRET_ACCESS_KEY=FakeSecretKey AWS_SESSION_TOKEN= \
  /usr/bin/kvs-viewer-cli presign \
  --channel-arn arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890 \
  --client-id TestClientId --endpoint wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com \
  --date 2019-12-01T00:00:00.000Z)
expected=$(python3 -c "import json;print([v for v in json.load(open('tests/data/sigv4.json'))['presign'] if v['name']=='viewer-without-token'][0]['expectedUrl'])")
[ "$url" = "$expected" ] || { echo "installed presign printed an unexpected URL"; exit 1; }
echo "installed presign matches the SDK vector"
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen /usr/bin/kvs-viewer --quit-after 500

# The installed emulator announces where it listens: its first stdout line is JSON naming the endpoints.
coproc EMULATOR { exec /usr/bin/kvs-signaling-emulator --quiet; }
emulator_pid=$EMULATOR_PID
start_line=""
IFS= read -r -t 20 start_line <&"${EMULATOR[0]}" || true
kill "$emulator_pid" 2>/dev/null || true
wait "$emulator_pid" 2>/dev/null || true
endpoint=$(printf '%s' "$start_line" | python3 -c '
import json, sys
line = json.loads(sys.stdin.read())
assert line["controlEndpoint"].startswith("https://127.0.0.1:"), line["controlEndpoint"]
assert line["wssEndpoint"].startswith("wss://127.0.0.1:"), line["wssEndpoint"]
print(line["controlEndpoint"])') || { echo "the installed emulator's start line names no endpoint"; exit 1; }
echo "installed emulator listened on $endpoint"

# The installed app connects to its built-in demo channel and quits cleanly.
demo_log=$(mktemp)
HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen \
  /usr/bin/kvs-viewer --demo --quit-after 3000 >"$demo_log" 2>&1 || {
  cat "$demo_log"; echo "the installed kvs-viewer --demo failed"; exit 1; }
grep -q 'connected: viewer' "$demo_log" || {
  cat "$demo_log"; echo "the installed kvs-viewer --demo did not connect within 3 s"; exit 1; }
echo "installed kvs-viewer --demo connected and quit cleanly"
echo "=== package: ok"
