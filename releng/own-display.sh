# Sourced by the scripts that drive the workbench under Xvfb (releng/screenshot, bench/workbench-startup).
# use_scratch_folder: a scratch folder in $work, removed on exit together with the Xvfb (xvfb_pid) and the
# workbench (app_pid) the script started.
use_scratch_folder() {
  work="$(mktemp -d)"
  xvfb_pid=""
  app_pid=""
  trap 'stop_own_processes' EXIT
}

stop_own_processes() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}

# start_own_display NAME FIRST_DISPLAY...: starts Xvfb (1600x1000) on the first free display number of
# those given and waits until it answers; sets DISPLAY and xvfb_pid, or prints "NAME: could not start
# Xvfb" and exits 3. Xvfb's output goes to $work/xvfb.log.
start_own_display() {
  local name="$1" n
  shift
  xvfb_pid=""
  for n in "$@"; do
    [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 50); do
      if DISPLAY=":$n" xwininfo -root >/dev/null 2>&1; then
        export DISPLAY=":$n"
        return 0
      fi
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  done
  echo "$name: could not start Xvfb" >&2
  exit 3
}

# wait_for_workbench_window NAME PID LOG TRIES STEP: waits until the workbench's main window is mapped
# (polling TRIES times, STEP seconds apart); sets window to its id. If the process PID exits first, prints
# its LOG and fails the script; so it does when no window came.
wait_for_workbench_window() {
  local name="$1" pid="$2" log="$3" tries="$4" step="$5"
  window=""
  for _ in $(seq 1 "$tries"); do
    # The main shell: titled "KB Triage Workbench", larger than the workbench's hidden helper shells.
    window="$(xwininfo -root -tree 2>/dev/null | awk '/^ *0x[0-9a-f]+ "KB Triage Workbench/ {
        split($0, g, /\)  */); split(g[2], size, "x"); if (size[1] + 0 > 400) { print $1; exit } }')"
    if [ -n "$window" ] && xwininfo -id "$window" 2>/dev/null | grep -q IsViewable; then return 0; fi
    window=""
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "$name: the workbench exited" >&2; exit 1; }
    sleep "$step"
  done
  echo "$name: no workbench window after $tries tries" >&2
  exit 1
}
