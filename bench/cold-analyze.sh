#!/usr/bin/env bash
# Wall time of a cold `triage analyze` of one dump, start-up included (goal <= 1.5 s).
# Usage: [KBTRIAGE_INDEX=DIR] bench/cold-analyze.sh [DUMP] [RUNS]   (needs the built product and an index)
set -euo pipefail
cd "$(dirname "$0")/.."
dump="${1:-examples/mta-crash-kb.txt}"
runs="${2:-5}"
times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ./triage analyze "$dump" --json ${KBTRIAGE_INDEX:+--index "$KBTRIAGE_INDEX"} >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "BENCH analyze cold (start-up included) over $runs runs: min $(echo "$sorted" | head -1) ms, median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, max $(echo "$sorted" | tail -1) ms"
