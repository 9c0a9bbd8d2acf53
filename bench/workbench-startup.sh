#!/usr/bin/env bash
# Start-up of the workbench window (goal <= 2.5 s): from `./triage` to its main window mapped and painted,
# over a few runs in one throw-away home. Prints the wall time and the CPU time the JVM had used by then
# (user + system), which is steadier than wall time on a busy machine. Each run quits with Ctrl+Q, as a
# user would, so the next one starts like a returning user's: the extension registry cache and the saved
# window layout are there. Run 0 (a first start) only warms up and is not counted.
#
#   bench/workbench-startup.sh [RUNS]     (default 5; needs the product built, Xvfb, xwininfo, xdotool, import)
#   TRIAGE=/path/to/other/launcher bench/workbench-startup.sh   compares another launcher on the same product
#   (with KBTRIAGE_PRODUCT pointing at the product when that launcher is not in this checkout)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
source "$repo/releng/own-display.sh"
runs="${1:-5}"
for tool in Xvfb xwininfo xdotool import identify; do
  command -v "$tool" >/dev/null || { echo "workbench-startup: $tool is missing (apt-get install xvfb x11-utils xdotool imagemagick)" >&2; exit 3; }
done

use_scratch_folder

start_own_display workbench-startup 85 86 87 88 89

ticks="$(getconf CLK_TCK)"
# The CPU time of the process and its children: ./triage execs the JVM, except on the first start of a build,
# where it waits for the JVM (to write the class cache after it).
cpu_ms() {
  local pids="$1 $(pgrep -P "$1" | tr '\n' ' ')" p
  for p in $pids; do cat "/proc/$p/stat" 2>/dev/null; done | sed 's/^.*) //' |
    awk -v t="$ticks" '{ s += $12 + $13 } END { print int(s * 1000 / t) }'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

walls=()
cpus=()
paints=()
export HOME="$work/home"
mkdir -p "$HOME"
for run in $(seq 0 "$runs"); do
  start="$(now_ms)"
  JAVA_TOOL_OPTIONS="-Duser.home=$HOME" "${TRIAGE:-$repo/triage}" >"$work/app$run.log" 2>&1 &
  app_pid=$!
  wait_for_workbench_window workbench-startup "$app_pid" "$work/app$run.log" 3000 0.02
  mapped=$(( $(now_ms) - start ))
  cpu="$(cpu_ms "$app_pid")"
  # Usable: painted (a mapped window stays black until the workbench has drawn its parts).
  for _ in $(seq 1 600); do
    [ "$(import -window "$window" "$work/shot.png" 2>/dev/null && identify -format '%k' "$work/shot.png" || echo 0)" -gt 50 ] && break
    sleep 0.02
  done
  painted=$(( $(now_ms) - start ))
  echo "run $run: window mapped after ${mapped} ms wall (${cpu} ms CPU), painted after ${painted} ms wall"
  if [ "$run" -gt 0 ]; then
    walls+=("$mapped")
    cpus+=("$cpu")
    paints+=("$painted")
  fi
  # Quit like a user (File > Exit), so that the workbench saves its state; kill it if it does not go.
  xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q 2>/dev/null || true
  # (60 s: the first start of a build writes its class cache when it exits, which takes a few seconds.)
  for _ in $(seq 1 600); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill "$app_pid" 2>/dev/null && echo "run $run: the workbench did not quit on Ctrl+Q; killed" >&2
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
done

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "min %d ms, median %d ms, max %d ms", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
echo "BENCH workbench start-up over $runs runs: to the mapped window $(printf '%s\n' "${walls[@]}" | stats) wall, $(printf '%s\n' "${cpus[@]}" | stats) CPU; to a painted window $(printf '%s\n' "${paints[@]}" | stats) wall"
