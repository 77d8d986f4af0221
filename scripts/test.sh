#!/usr/bin/env bash
# The second README command: install everything the tests need and run the whole suite
# on SQLite and PostgreSQL. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-packages.sh --tests
PGP_DESK_TEST_POSTGRES_URL=$(bash scripts/postgres-test-server.sh)
if [[ ! $PGP_DESK_TEST_POSTGRES_URL =~ ^postgresql\+psycopg://[^[:space:]]+$ ]]; then
  echo "scripts/postgres-test-server.sh printed no usable URL: $PGP_DESK_TEST_POSTGRES_URL" >&2
  exit 1
fi
export PGP_DESK_TEST_POSTGRES_URL

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,bundle]"

export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check src tests bench scripts
echo "== mypy (strict on domain, services, pdf, db; ui against the PySide6 stubs)"
.venv/bin/mypy
echo "== pytest (SQLite and PostgreSQL)"
exec .venv/bin/python -m pytest "$@"
