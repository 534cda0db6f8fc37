#!/usr/bin/env bash
# A real PostgreSQL for the JDBC token store tests (JdbcTokenStorePostgresTest and friends).
#
# Installs PostgreSQL from Debian's packages when it is missing, starts a cluster listening on 127.0.0.1
# only, creates (or resets) a user and a database, and exports HOOPAI_TEST_POSTGRES_URL, a JDBC URL with
# the user and a fresh random password. Needs root (CI runs as root, without systemd); idempotent.
#
#   source .ci/postgres.sh     # exports the URL into this shell (what .ci/run does)
#   bash .ci/postgres.sh       # prints the export line to copy
#
# Without the variable the PostgreSQL tests are skipped and the H2 ones still run.

hoopai_postgres_setup() {
  local db=hoopai_test role=hoopai version port password
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: needs root (apt-get, pg_ctlcluster); PostgreSQL tests will be skipped" >&2
    return 1
  fi
  # The server binary, not just the client (psql alone is often there already).
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  version=$(ls /usr/lib/postgresql/*/bin/postgres | awk -F/ '{print $5}' | sort -V | tail -n 1)
  if [ ! -d "/etc/postgresql/$version/main" ]; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  # Loopback only: nothing outside this machine may reach the test server.
  printf "listen_addresses = '127.0.0.1'\n" >"/etc/postgresql/$version/main/conf.d/hoopai-ci.conf" || return 1
  port=$(pg_conftool -s "$version" main show port) || return 1
  if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
    pg_ctlcluster "$version" main start || return 1
  fi
  for _ in $(seq 1 30); do
    runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$port" || return 1
  password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  (cd / && runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
    -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') THEN
          CREATE ROLE $role LOGIN; END IF; END \$\$;" \
    -c "ALTER ROLE $role WITH LOGIN PASSWORD '$password';") || return 1
  if [ "$(cd / && runuser -u postgres -- psql -tA -p "$port" -d postgres \
      -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    (cd / && runuser -u postgres -- createdb -p "$port" -O "$role" "$db") || return 1
  fi
  export HOOPAI_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/$db?user=$role&password=$password"
  echo "postgres.sh: PostgreSQL $version on 127.0.0.1:$port, database $db, user $role" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  hoopai_postgres_setup
  echo "export HOOPAI_TEST_POSTGRES_URL='$HOOPAI_TEST_POSTGRES_URL'"
else
  hoopai_postgres_setup
fi
