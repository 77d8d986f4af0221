#!/usr/bin/env bash
# Start Debian's PostgreSQL on loopback for the tests and print the URL of a role that may
# create databases. Idempotent: creates the cluster, role and password only when missing.
set -euo pipefail
role=pgpdesk_test
password=pgpdesk_test

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  as_root pg_createcluster "$version" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  # Only the URL may reach stdout, callers capture it: what pg_ctlcluster says (such as
  # "Removed stale pid file." after an unclean stop) goes to stderr. No extra descriptor is
  # opened for this, as the server would inherit it and keep the caller's $(...) waiting.
  as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL did not start" >&2; exit 1; }
as_postgres psql -q -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname='$role'" | grep -q 1 \
  || as_postgres psql -q -p "$port" -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >/dev/null
# Dropping a test database WITH (FORCE) must be able to end an autovacuum worker on it.
as_postgres psql -q -p "$port" -c "GRANT pg_signal_backend TO $role" >/dev/null
# The audit tests create a login role of their own to act as a person at a workstation.
as_postgres psql -q -p "$port" -c "ALTER ROLE $role CREATEROLE" >/dev/null
echo "postgresql+psycopg://$role:$password@127.0.0.1:$port/postgres"
