# Sourced by the scripts that drive the workbench under Xvfb (releng/screenshot, bench/workbench-startup).
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
