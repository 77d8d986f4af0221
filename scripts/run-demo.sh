#!/usr/bin/env bash
# The first README command: install PGP Desk into .venv and start it with the demo clinic
# (a separate demo database file; your real records are never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
python=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check .
exec .venv/bin/pgp-desk --demo "$@"
