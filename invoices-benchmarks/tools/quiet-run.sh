#!/bin/bash
# Runs one HttpTransportBenchmark configuration on a machine that other work shares, and keeps only a run
# that nothing else disturbed.
#   tools/quiet-run.sh OUTDIR BENCHMARK TRANSPORT [extra JMH args]
#   e.g. tools/quiet-run.sh /tmp/jmh throughput8Threads okhttp
# Waits until the machine has been idle (< 15 % of a core) for 15 s, runs the configuration in its own fork
# with -prof gc, samples foreign CPU load every second (tools/cpu_monitor.py, which stops a run as soon as
# foreign load is sustained) and accepts the run only if, while the fork was alive, no other process used
# more than MAX_FOREIGN % (default 10) of a core in any second. Up to 15 attempts.
# Accepted: OUTDIR/BENCHMARK-TRANSPORT.{json,txt,mon}; every attempt: OUTDIR/attempts.log.
set -u
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/../target/hoopai-invoices-benchmarks-*-benchmarks.jar | head -1)
out=$1; bench=$2; transport=$3; shift 3
max_foreign=${MAX_FOREIGN:-10}
mkdir -p "$out"
for attempt in $(seq 1 15); do
  quiet=0; waited=0
  while [ $quiet -lt 5 ] && [ $waited -lt 900 ]; do
    load=$(python3 "$here/cpu_load.py" 3); waited=$((waited + 3))
    if [ "$load" -lt 15 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  done
  base="$out/$bench-$transport-$attempt"
  java -jar "$jar" "HttpTransportBenchmark.$bench\$" -p transport="$transport" -prof gc \
      -rf json -rff "$base.json" "$@" > "$base.txt" 2>&1 &
  pid=$!
  python3 "$here/cpu_monitor.py" $pid "$base.mon" &
  monitor=$!
  wait $pid; rc=$?
  wait $monitor
  worst=$(awk '$4 != "forks=" && $3 ~ /^foreign=/ {split($3, a, "="); if (a[2] > m) m = a[2]} END {print m + 0}' "$base.mon")
  echo "$(date -u +%T) $bench $transport attempt=$attempt rc=$rc waited=${waited}s max_foreign=$worst" \
      | tee -a "$out/attempts.log"
  if [ $rc -eq 0 ] && [ "$worst" -le "$max_foreign" ]; then
    for ext in json txt mon; do cp "$base.$ext" "$out/$bench-$transport.$ext"; done
    exit 0
  fi
done
exit 1
