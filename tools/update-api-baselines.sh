#!/usr/bin/env sh
# Accepts the current API on purpose: rewrites both committed baselines from the sources as they are now,
#   spec/api-baseline/invoices-api.yaml                       the spec (compared by openapi-diff)
#   invoices-client/api-baseline/hoopai-invoices-client.api   the client's public Java API (a text dump)
# and prints what changed since the previous ones. Review `git diff` and commit the baselines with the change.
# The same as any build run with -Dhoopai.api.update-baseline; this one stops once both are checked
# (process-classes: the client compiled, no test run).
# Extra arguments go to Maven (e.g. -o).
set -eu
cd "$(dirname "$0")/.."
status=$(mktemp)
trap 'rm -f "$status"' EXIT
# The generator prints a donation banner even with -q; everything else goes through.
{ ./mvnw -B -ntp -q -pl invoices-client -am process-classes -Dhoopai.api.update-baseline "$@" 2>&1 \
    && echo 0 > "$status" || echo $? > "$status"; } | grep -v -e '^####' -e '^# Thanks for using OpenAPI Generator' \
    -e '^# We appreciate your support' -e '^# https://opencollective.com/openapi_generator' || true
[ "$(cat "$status")" = 0 ] || exit "$(cat "$status")"
git status --short -- spec/api-baseline invoices-client/api-baseline 2>/dev/null || true
