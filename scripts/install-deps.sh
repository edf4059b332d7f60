#!/usr/bin/env bash
# Installs (apt) whatever this project needs to build, test and package that the machine lacks.
# Safe to run again: packages already present are skipped. Works as root or through sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ clang clang-format pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qtkeychain-qt6-dev libssl-dev libgl-dev
  # media: GStreamer webrtcbin (build and runtime), H.264 via libav, the test master's time overlay
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstreamer-plugins-bad1.0-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-nice
  gstreamer1.0-libav gstreamer1.0-x
  # tests: a real TURN server (relay-only media)
  coturn
  # tests: X server for screenshots, a real keychain on a private D-Bus
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  # packaging checks
  lintian desktop-file-utils appstream dpkg-dev file python3
  # conformance and parity: Debian's AWS CLI (botocore) against the emulator, and credential resolution
  awscli
)
# The conformance tests run the public SDKs from npm: they need Node.js (18 or newer) and npm.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed."
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done."
