#!/usr/bin/env bash
# Install the Debian packages PGP Desk needs: Python's venv module when the Python in use
# lacks it (stock Debian 12 has python3 but not python3-venv), Qt's runtime libraries (a
# real window and headless) and fonts; with --bundle also binutils (PyInstaller reads and
# strips libraries with it); with --tests all of that plus PostgreSQL, poppler-utils and Xvfb.
# Idempotent: installs only what is missing. Needs root (or sudo).
set -euo pipefail

runtime=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
         libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
         libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
         fonts-dejavu-core)
bundle=(binutils)
tests=(postgresql postgresql-client poppler-utils xvfb xauth "${bundle[@]}")

wanted=("${runtime[@]}")
case "${1:-}" in
  --tests) wanted+=("${tests[@]}") ;;
  --bundle) wanted+=("${bundle[@]}") ;;
esac
# `python3 -m venv` needs ensurepip, which Debian ships separately in python3-venv.
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null; then
  wanted+=(python3 python3-venv)
elif ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  wanted+=(python3-venv)
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "system-packages: need root or sudo to install: ${missing[*]}" >&2; exit 1
fi
echo "system-packages: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
