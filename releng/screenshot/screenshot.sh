#!/usr/bin/env bash
# Starts the built KB Triage product on a real dump under a virtual display and saves a picture of the window.
#
#   releng/screenshot/screenshot.sh [DUMP] [OUT.png]
#
# DUMP defaults to the first positive dump of ../shared/eval/stacks-dev (labels.tsv); OUT to docs/workbench.png.
# Needs the product built (./mvnw -DskipTests verify), Xvfb, xwininfo (x11-utils) and import (imagemagick):
#   apt-get install -y --no-install-recommends xvfb x11-utils imagemagick
# The KB sample (../shared/kb/sample) is indexed into a throw-away home folder first, so the picture shows matches.
# Prints the time from starting the product to its window being on screen.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/releng/own-display.sh"
shared="${KBTRIAGE_SHARED:-$repo/../shared}"
out="${2:-$repo/docs/workbench.png}"

for tool in Xvfb xwininfo import; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (apt-get install xvfb x11-utils imagemagick)" >&2; exit 3; }
done

dump="${1:-}"
if [ -z "$dump" ]; then
  labels="$shared/eval/stacks-dev/labels.tsv"
  [ -f "$labels" ] || { echo "screenshot: no dump given and $labels not found" >&2; exit 3; }
  dump="$shared/eval/stacks-dev/$(awk -F'\t' '$2 != "NONE" { print $1; exit }' "$labels")"
fi
[ -r "$dump" ] || { echo "screenshot: cannot read $dump" >&2; exit 3; }

use_scratch_folder

# A display of our own on the first free number from 95 on.
start_own_display screenshot 95 96 97 98 93 94

# The workbench reads its index from <user.home>/.kbtriage/index: index the KB sample into a fresh home.
export HOME="$work/home"
mkdir -p "$HOME"
echo "Indexing $shared/kb/sample ..."
"$repo/triage" index --index "$HOME/.kbtriage/index" --kb "$shared/kb/sample" >"$work/index.log" 2>&1 \
  || { cat "$work/index.log" >&2; exit 1; }

echo "Starting the workbench on $dump ..."
start=$(date +%s.%N)
JAVA_TOOL_OPTIONS="-Duser.home=$HOME" "$repo/triage" "$dump" >"$work/app.log" 2>&1 &
app_pid=$!

wait_for_workbench_window screenshot "$app_pid" "$work/app.log" 600 0.1

# Usable: the window is painted (a mapped window stays black until the workbench has drawn its parts).
colors() { import -window "$window" "$1" 2>/dev/null && identify -format '%k' "$1"; }
painted=""
for _ in $(seq 1 300); do
  if [ "$(colors "$work/shot.png" || echo 0)" -gt 50 ]; then painted=yes; break; fi
  sleep 0.1
done
[ -n "$painted" ] || { echo "screenshot: the window stayed blank for 30 s" >&2; exit 1; }
printf 'Start to a painted window: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"

# Wait until parsing and matching are done: the picture stops changing for two seconds.
previous=""
stable=0
for _ in $(seq 1 60); do
  sleep 1
  import -window "$window" "$work/shot.png"
  current="$(md5sum <"$work/shot.png")"
  if [ "$current" = "$previous" ]; then
    stable=$((stable + 1))
    [ "$stable" -ge 2 ] && break
  else
    stable=0
  fi
  previous="$current"
done
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "Saved $out"
