#!/usr/bin/env bash
# Runs the SDK comparison (raw OkHttp + Jackson vs SDK vs plain generated client, and the Spring Boot
# starter's startup) with the benchmarks uber jar, and writes the results table.
#   tools/run-benchmarks.sh [OUTDIR]        OUTDIR defaults to invoices-benchmarks/results/<UTC date>
#   JMH_ARGS='-f 1 -wi 1 -i 1' tools/run-benchmarks.sh /tmp/smoke     a quick smoke run, not for figures
#   SUITES=shared-budget tools/run-benchmarks.sh                     only the named suites
# Works from any directory. Build the jar first, from the repository root:
#   ./mvnw -q -pl invoices-benchmarks -am package -DskipTests
# In this order, each into OUTDIR/<name>.json (JMH JSON) and OUTDIR/<name>.txt (its console output):
#   api-calls        ApiCallBenchmark -prof gc
#   auto-paging      AutoPagingBenchmark -prof gc
#   cold-start       ColdStartBenchmark
#   starter-startup  StarterStartupBenchmark
#   shared-budget    SharedBudgetBenchmark (not in the default SUITES: it needs PostgreSQL and Redis, from
#                    HOOPAI_TEST_POSTGRES_URL and HOOPAI_TEST_REDIS_URL, as the store tests do)
# SUITES (default "api-calls auto-paging cold-start starter-startup") picks which run, in that order;
# then drops JMH's raw samples from the JSON, writes OUTDIR/machine.txt (cores, JVM, kernel, CPU) and
# OUTDIR/table.md (tools/benchmarks_table.py) when api-calls ran, OUTDIR/shared-budget-table.md
# (tools/shared_budget_table.py) when shared-budget ran. While a suite runs, OUTDIR/<name>.load logs the
# machine's load average every 5 s: other work on a shared machine shows there.
# JMH_ARGS is added to every run; JMH refuses a single-valued option given twice, so it cannot set -rf, -rff
# or -foe. -foe true stops at the first benchmark error, such as a failed check: its figures are void.
set -euo pipefail

tools=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module=$(dirname "$tools")
out=${1:-$module/results/$(date -u +%F)}

jar=
for candidate in "$module"/target/hoopai-invoices-benchmarks-*-benchmarks.jar; do
  if [ -f "$candidate" ] && { [ -z "$jar" ] || [ "$candidate" -nt "$jar" ]; }; then
    jar=$candidate
  fi
done
if [ -z "$jar" ]; then
  echo "No benchmarks jar in $module/target. Build it from the repository root with:" >&2
  echo "  ./mvnw -q -pl invoices-benchmarks -am package -DskipTests" >&2
  exit 1
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
read -r -a extra <<< "${JMH_ARGS:-}"
read -r -a suites <<< "${SUITES:-api-calls auto-paging cold-start starter-startup}"

# run NAME BENCHMARK [JMH options...]: one benchmark class into OUTDIR/NAME.json and OUTDIR/NAME.txt.
run() {
  local name=$1 benchmark=$2
  shift 2
  echo "== $benchmark -> $out/$name.json"
  (while sleep 5; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; done) > "$out/$name.load" &
  local load=$!
  java -jar "$jar" "$benchmark" "$@" ${extra[@]+"${extra[@]}"} -foe true -rf json -rff "$out/$name.json" 2>&1 \
      | tee "$out/$name.txt" || { kill "$load"; exit 1; }
  kill "$load"
}

for suite in "${suites[@]}"; do
  case $suite in
    api-calls) run api-calls ApiCallBenchmark -prof gc ;;
    auto-paging) run auto-paging AutoPagingBenchmark -prof gc ;;
    cold-start) run cold-start ColdStartBenchmark ;;
    starter-startup) run starter-startup StarterStartupBenchmark ;;
    shared-budget)
      for variable in HOOPAI_TEST_POSTGRES_URL HOOPAI_TEST_REDIS_URL; do
        if [ -z "${!variable:-}" ]; then
          echo "shared-budget needs $variable (the server the store tests use)" >&2
          exit 1
        fi
      done
      run shared-budget SharedBudgetBenchmark ;;
    *) echo "unknown suite $suite: api-calls, auto-paging, cold-start, starter-startup or shared-budget" >&2; exit 1 ;;
  esac
done

# Keep the JSON small enough to commit: JMH's raw samples (rawData, rawDataHistogram) are not used by the
# table; scores, percentiles and the gc metrics stay.
python3 - "$out" <<'PY'
import glob, json, sys
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ('rawData', 'rawDataHistogram')}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
for path in glob.glob(sys.argv[1] + '/*.json'):
    with open(path) as f:
        data = json.load(f)
    with open(path, 'w') as f:
        json.dump(strip(data), f, indent=1)
PY

{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: $(git -C "$module" rev-parse HEAD 2>/dev/null || echo unknown)"
  echo "jar: $(basename "$jar")"
  echo "JMH_ARGS: ${JMH_ARGS:-}"
  echo "SUITES: ${suites[*]}"
  echo "nproc: $(nproc)"
  echo "uname -srm: $(uname -srm)"
  echo "CPU: $(grep -m 1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
  echo "java -version:"
  java -version 2>&1
} > "$out/machine.txt"

if [ -f "$out/api-calls.json" ]; then
  python3 "$tools/benchmarks_table.py" "$out" > "$out/table.md"
  cat "$out/table.md"
fi
if [ -f "$out/shared-budget.json" ]; then
  python3 "$tools/shared_budget_table.py" "$out" > "$out/shared-budget-table.md"
  cat "$out/shared-budget-table.md"
fi
echo "Results in $out"
