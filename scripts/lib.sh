# Shared by the bench and smoke scripts; source it: `. "$(dirname "$0")/lib.sh"`. Defines functions only.

# need TOOL PACKAGE: stops with a clear message when TOOL is not installed.
need() { command -v "$1" >/dev/null || { echo "error: $1 is missing (apt: $2)" >&2; exit 1; }; }

# need_time: stops when GNU time (/usr/bin/time, package `time`) is missing; measure() needs it.
need_time() { [ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing (apt: time)" >&2; exit 1; }; }

# measure CMD...: runs CMD under /usr/bin/time -v (output discarded, its log in $OUT/time.log); prints
# "seconds megabytes cpu-seconds": wall time, peak RSS, and user + system time of all threads (the figure that
# does not depend on what else the machine runs).
measure() {
    local log="$OUT/time.log"
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
    python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
h, m, s = wall.groups()
seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", text).group(1)) for k in ("User", "System"))
print(f"{seconds:.2f} {rss_kb / 1024:.0f} {cpu:.2f}")
PY
}

# median CMD...: $RUNS measurements of CMD; prints "seconds megabytes cpu-seconds" of the median-time run.
median() {
    local results=()
    for _ in $(seq "$RUNS"); do results+=("$(measure "$@")"); done
    printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

# start_xvfb WORK SIZE: starts Xvfb (WIDTHxHEIGHT) on a display it picks itself, for a window under
# tiny-skia with throw-away settings and cache folders under WORK. Sets XVFB_PID (the caller's cleanup kills
# it), DISPLAY, XDG_RUNTIME_DIR, ICED_BACKEND, DESIGNPROGRAM_CONFIG_DIR and DESIGNPROGRAM_CACHE_DIR; unsets
# DESIGNPROGRAM_MANUAL and WAYLAND_DISPLAY. Stops when Xvfb does not start.
start_xvfb() {
    local work=$1 size=$2
    Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
    [ -s "$work/display" ] || { echo "error: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
    export DISPLAY=":$(cat "$work/display")"
    mkdir -m 700 "$work/run"
    export XDG_RUNTIME_DIR="$work/run" ICED_BACKEND=tiny-skia
    export DESIGNPROGRAM_CONFIG_DIR="$work/config" DESIGNPROGRAM_CACHE_DIR="$work/cache"
    unset DESIGNPROGRAM_MANUAL WAYLAND_DISPLAY
}
