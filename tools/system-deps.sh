#!/usr/bin/env bash
# Installs the Debian packages the kiosk needs (Qt's runtime libraries, zbar for pyzbar, libusb-1.0 for
# pyusb's USB printers; espeak-ng, the offline voice in kk, ru and en; Xvfb for headless screenshots;
# PostgreSQL's server binaries, which the central suites start in a temporary folder with initdb and
# pg_ctl),
# or, when it cannot (not root, no apt-get), prints the exact command and fails.
# Usage: tools/system-deps.sh venv|test|run|screenshots|bundle
set -euo pipefail
base=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libzbar0 libusb-1.0-0)
xcb=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
     libxcb-image0 libxcb-randr0 libxcb-xinerama0)
speech=(espeak-ng alsa-utils)  # voices/espeak.py (its tests measure the WAVs it writes); aplay: the tone
case "${1:-test}" in
  venv) want=(python3-venv) ;;
  test) want=("${base[@]}" "${speech[@]}" postgresql) ;;
  run) want=("${base[@]}" "${xcb[@]}" "${speech[@]}") ;;
  screenshots) want=("${base[@]}" "${xcb[@]}" xvfb xauth x11-apps) ;;
  bundle) want=("${base[@]}" binutils) ;;  # PyInstaller reads the libraries with objdump
  *) echo "usage: $0 venv|test|run|screenshots|bundle" >&2; exit 2 ;;
esac
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system libraries: ${missing[*]}. Install them with your package manager." >&2
  exit 1
fi
cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  sudo DEBIAN_FRONTEND=noninteractive sh -c "$cmd"
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Run as root:  sudo sh -c '$cmd'" >&2
  exit 1
fi
