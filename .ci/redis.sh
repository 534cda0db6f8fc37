#!/usr/bin/env bash
# A real Redis for the shared rate-limit store tests (invoices-ratelimit: RedisRateLimitStoreTest and the
# multi-process proof).
#
# Installs redis-server from Debian's packages when it is missing, starts it on 127.0.0.1:6379 only (no
# persistence, daemonized) unless one already answers there, and exports HOOPAI_TEST_REDIS_URL. Needs root
# for the install; idempotent.
#
#   source .ci/redis.sh     # exports the URL into this shell (what .ci/run does)
#   bash .ci/redis.sh       # prints the export line to copy
#
# Without the variable the Redis tests are skipped on a developer's machine and fail under CI=true.

hoopai_redis_setup() {
  local port=6379
  if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "redis.sh: redis-server is missing and installing it needs root" >&2
      return 1
    fi
    echo "redis.sh: installing Redis from Debian's packages" >&2
    apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null || return 1
  fi
  if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
    # Loopback only, nothing written to disk: a scratch server for tests.
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
      --logfile /tmp/hoopai-ci-redis.log --dir /tmp >/dev/null || return 1
  fi
  for _ in $(seq 1 30); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
    sleep 1
  done
  redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 || return 1
  export HOOPAI_TEST_REDIS_URL="redis://127.0.0.1:$port"
  echo "redis.sh: Redis $(redis-server --version | awk '{print $3}' | sed 's/v=//') on 127.0.0.1:$port" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  hoopai_redis_setup
  echo "export HOOPAI_TEST_REDIS_URL='$HOOPAI_TEST_REDIS_URL'"
else
  hoopai_redis_setup
fi
