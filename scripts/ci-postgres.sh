#!/usr/bin/env bash
# Install and start PostgreSQL on a fresh Debian machine (run as root), create a test
# user and database, and print the line that points the hub's tests at it:
#   eval "$(bash scripts/ci-postgres.sh)"
# All progress goes to stderr; stdout carries only the export line. Safe to run twice.
set -euo pipefail

PGUSER_NAME="${BLUEPACIFIC_PG_USER:-bluepacific}"
PGPASS="${BLUEPACIFIC_PG_PASSWORD:-bluepacific}"
PGDB="${BLUEPACIFIC_PG_DATABASE:-bluepacific_test}"
PGPORT="${BLUEPACIFIC_PG_PORT:-5432}"

log() { echo "ci-postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "$version main"; then
    log "creating cluster $version/main"
    pg_createcluster "$version" main -p "$PGPORT" >&2
fi
conf="/etc/postgresql/$version/main/postgresql.conf"
# Loopback only, fixed port; fsync off is fine for throwaway test data.
sed -i -E "s/^#?listen_addresses\s*=.*/listen_addresses = '127.0.0.1'/" "$conf"
sed -i -E "s/^#?port\s*=.*/port = $PGPORT/" "$conf"
sed -i -E "s/^#?fsync\s*=.*/fsync = off/" "$conf"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    log "starting cluster $version/main on 127.0.0.1:$PGPORT"
    pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PGPORT" && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p "$PGPORT" >&2

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $PGPORT $*" >&2; }
if ! su postgres -c "psql -p $PGPORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'\"" | grep -q 1; then
    log "creating role $PGUSER_NAME"
    psql_admin "-c \"CREATE ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'\""
fi
if ! su postgres -c "psql -p $PGPORT -tAc \"SELECT 1 FROM pg_database WHERE datname='$PGDB'\"" | grep -q 1; then
    log "creating database $PGDB"
    psql_admin "-c \"CREATE DATABASE $PGDB OWNER $PGUSER_NAME\""
fi

echo "export BLUEPACIFIC_TEST_POSTGRES_URL=postgresql+psycopg://$PGUSER_NAME:$PGPASS@127.0.0.1:$PGPORT/$PGDB"
