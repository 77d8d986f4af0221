#!/usr/bin/env bash
# Build the self-contained Linux app with PyInstaller (packaging/pgp-desk.spec):
#   DIST/pgp-desk/            run pgp-desk-gui (desktop) or pgp-desk (command line)
#   DIST/pgp-desk-VERSION-linux-ARCH.tar.gz   the same folder to copy to other computers
# The computers it is copied to need no Python. Windows and macOS builds come from the
# release workflow (.github/workflows/release.yml) with the same spec.
#   bash scripts/build-bundle.sh [--no-archive] [DIST]      (DIST defaults to dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
archive=1
if [[ "${1:-}" == "--no-archive" ]]; then archive=0; shift; fi
dist=$(realpath -m "${1:-dist}")

bash scripts/system-packages.sh --bundle
python=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
if [[ ! -x .venv/bin/pyinstaller ]]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[bundle]"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$dist/pgp-desk"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  packaging/pgp-desk.spec
if [[ $archive == 1 ]]; then
  version=$(.venv/bin/python -c 'import pgp_desk; print(pgp_desk.__version__)')
  tar -C "$dist" -czf "$dist/pgp-desk-$version-linux-$(uname -m).tar.gz" pgp-desk
fi
echo "build-bundle: $(du -sh "$dist/pgp-desk" | cut -f1) unpacked in $dist/pgp-desk" >&2
