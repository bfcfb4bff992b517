#!/usr/bin/env bash
# First run as a new user sees it: `springcore-explorer --demo` on a fresh home, no OS keychain, no
# environment variables, under Xvfb; times launch -> window shown -> demo connected -> first tag row.
#
#   app/bench/first-run.sh [RUNS] [jar [JAR] | installed [APP_DIR] | desktop [APP_DIR]]
#     jar        java --sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1 -jar app/target/springcore-explorer.jar --demo (the README's run; build it first: ./mvnw -B install -DskipTests)
#     installed  APP_DIR/bin/springcore-explorer --demo                 (jpackage launcher; APP_DIR default /opt/springcore-explorer)
#     desktop    APP_DIR/lib/app/start-window.sh --demo                 (what the desktop menu entry runs)
#   e.g. app/bench/first-run.sh 5 jar; app/bench/first-run.sh 5 installed
#
# Each run: a new temporary HOME with XDG_CONFIG/DATA/STATE/CACHE_HOME and XDG_RUNTIME_DIR under it,
# `env -i` (only HOME, PATH, LANG, the XDG folders and Xvfb's DISPLAY: no DBUS_SESSION_BUS_ADDRESS, so
# no keychain; no SPRINGCORE_* variable), its own `xvfb-run -a` display. Java takes user.home from the
# password database, not $HOME, so the JVM is given -Duser.home=HOME (jar: on its command line;
# installer launchers: JAVA_TOOL_OPTIONS, which they honour): without it JavaFX would reuse the real
# home's ~/.openjfx native-library cache and the run would not be a first one. No --home: the app
# finds its folders the way it does for a user (XDG), and the log is
# HOME/.local/state/springcore-explorer/logs/springcore-explorer.log.
# The script waits for the "first tag row" mark (at most 60 s), stops the app by its process id and
# prints the marks the app logged (ms since JVM start) plus, from the log lines' clock, ms since the
# launch command was run (that includes the launcher's own time before the JVM starts), then medians.
# FIRST_RUN_JAVA_OPTIONS: extra JVM options (e.g. a JFR recording); FIRST_RUN_LOGS=DIR keeps each run's
# log there; FIRST_RUN_TIMEOUT: seconds to wait for the first tag row (default 60); FIRST_RUN_LINGER:
# seconds the app keeps running after the first tag row (default 0; e.g. for a JFR recording with a
# duration=, which is written only when that duration is over:
#   FIRST_RUN_LINGER=15 FIRST_RUN_JAVA_OPTIONS="-XX:StartFlightRecording=duration=25s,filename=/tmp/first.jfr,settings=profile");
# FIRST_RUN_THREADS=1: at the first tag row, prints the JVM's CPU time (user+system) and its busiest
# threads' (Linux /proc: thread names cut to 15 characters), to see what the two cores were doing.
# Needs: xvfb-run (Debian xvfb), libgtk-3-0; jar mode: a JDK 25 (JAVA_HOME or the temurin-25 folder).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${1:-3}
mode=${2:-jar}
target=${3:-}
[[ "$runs" =~ ^[0-9]+$ && "$runs" -ge 1 ]] || { echo "error: RUNS must be a number >= 1, not '$runs'; e.g. first-run.sh 5 jar" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing: apt-get install xvfb libgtk-3-0" >&2; exit 2; }

java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
case $mode in
  jar)
    target=${target:-$repo/app/target/springcore-explorer.jar}
    [[ -f "$target" ]] || { echo "error: no $target: build it first (./mvnw -B install -DskipTests)" >&2; exit 2; }
    [[ -x "$java_home/bin/java" ]] || { echo "error: no JDK 25 at $java_home: set JAVA_HOME" >&2; exit 2; } ;;
  installed|desktop)
    target=${target:-/opt/springcore-explorer}
    [[ -x "$target/bin/springcore-explorer" ]] || { echo "error: no $target/bin/springcore-explorer: install the .deb first (see docs/performance.md, First run)" >&2; exit 2; } ;;
  *) echo "error: mode must be jar, installed or desktop, not '$mode'" >&2; exit 2 ;;
esac

extra=${FIRST_RUN_JAVA_OPTIONS:-}
work=$(mktemp -d /tmp/first-run.XXXXXX)
pid=""
cleanup() {
  if [[ -n "$pid" ]]; then kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
# log_ms LINE: the epoch ms of a logback ISO8601 line ("2026-12-05 14:33:01,123 INFO ...")
log_ms() { local stamp; stamp=$(cut -c1-23 <<<"$1" | tr ',' '.'); date -d "$stamp" +%s%3N; }
MARKS=("engine ready" "window shown" "first pulse after show" "demo connected" "first tag row")

# one_run N: prints "run N: <mark> <ms since JVM> (<ms since launch>) ..." and appends to $work/table
one_run() {
  local n=$1 home="$work/home-$1"
  mkdir -p "$home"/{.config,.local/share,.local/state,.cache,run}
  chmod 700 "$home/run"
  local log="$home/.local/state/springcore-explorer/logs/springcore-explorer.log"
  local env=(HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_STATE_HOME="$home/.local/state"
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run")
  local cmd
  case $mode in
    jar) cmd=("${env[@]}" "$java_home/bin/java" --sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1 "-Duser.home=$home" $extra -jar "$target" --demo) ;;
    installed) cmd=("${env[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$home $extra" "$target/bin/springcore-explorer" --demo) ;;
    desktop) cmd=("${env[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$home $extra" "$target/lib/app/start-window.sh" --demo) ;;
  esac
  # xvfb-run starts the display first: the launch clock starts once it is up (a desktop already has one)
  local ready="$work/ready-$n"
  setsid xvfb-run -a -s "-screen 0 1600x1000x24" \
    bash -c 'date +%s%3N > "$0"; exec env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"' "$ready" "${cmd[@]}" \
    >"$work/out-$n.log" 2>&1 &
  pid=$!
  local deadline=$(( $(now_ms) + ${FIRST_RUN_TIMEOUT:-60} * 1000 ))
  until [[ -f "$log" ]] && grep -q "first tag row" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(now_ms) > deadline )); then
      echo "error: run $n never showed a tag row; app output and log:" >&2
      tail -20 "$work/out-$n.log" >&2; [[ -f "$log" ]] && tail -20 "$log" >&2
      [[ -z "${FIRST_RUN_LOGS:-}" || ! -f "$log" ]] || { mkdir -p "$FIRST_RUN_LOGS"; cp "$log" "$FIRST_RUN_LOGS/$mode-run-$n.failed.log"; }
      return 1
    fi
    sleep 0.05
  done
  [[ -z "${FIRST_RUN_THREADS:-}" ]] || thread_times
  sleep "${FIRST_RUN_LINGER:-0}"
  kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
  [[ -z "${FIRST_RUN_LOGS:-}" ]] || { mkdir -p "$FIRST_RUN_LOGS"; cp "$log" "$FIRST_RUN_LOGS/$mode-run-$n.log"; }
  local launched; launched=$(cat "$ready")
  local line="run $n:" row="" mark text jvm wall
  for mark in "${MARKS[@]}"; do
    text=$(grep -m1 -E "start-up \(ms since JVM start\):(.*,)? $mark [0-9]+" "$log" || true)
    [[ -n "$text" ]] || { line+=" $mark ?"; row+=" - -"; continue; }
    jvm=$(sed -E "s/.*[:,] $mark ([0-9]+).*/\1/" <<<"$text")
    wall=$(( $(log_ms "$text") - launched ))
    # marks reported together on one line share its clock: only the last one's wall time is exact
    [[ "$mark" == "demo connected" || "$mark" == "first tag row" || "$mark" == "first pulse after show" ]] || wall="~"
    line+=" $mark $jvm ($wall)"; row+=" $jvm $wall"
  done
  echo "$line"
  echo "$row" >> "$work/table"
  grep -E "demo (PKI ready|broker up|profiles ready|ready in)" "$log" | sed -E 's/^.* - /    /' || true
}

# thread_times: CPU seconds of the app's JVM and of its 12 busiest threads, now
thread_times() {
  local jvm="" most=0 p n
  for p in $(pgrep -s "$pid" || true); do  # the JVM: the session's process with the most threads
    n=$(ls "/proc/$p/task" 2>/dev/null | wc -l); (( n > most )) && { most=$n; jvm=$p; }
  done
  [[ -n "$jvm" && -d /proc/$jvm/task ]] || return 0
  echo "    JVM CPU s at the first tag row: $(cpu_seconds "/proc/$jvm/stat")"
  for task in /proc/"$jvm"/task/*; do
    printf '%s\t%s\n' "$(cpu_seconds "$task/stat")" "$(cat "$task/comm")"
  done 2>/dev/null | sort -rn | head -12 | sed 's/^/      /'
}

# cpu_seconds STAT: user + system CPU seconds from a /proc .../stat file (fields after the "(comm) ")
cpu_seconds() {
  awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); split($0, f, " "); printf "%.2f", (f[12] + f[13]) / tick }' "$1"
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }

echo "first run, $mode: $target, $runs runs; marks in ms since JVM start (ms since launch)"
failed=0
for ((i = 1; i <= runs; i++)); do
  if ! one_run "$i"; then
    failed=$((failed + 1))
    kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
  fi
done
(( failed < runs )) || { echo "error: no run reached the first tag row" >&2; exit 1; }
summary="median of $((runs - failed)) ($failed failed):"
for ((m = 0; m < ${#MARKS[@]}; m++)); do
  jvm=$(awk -v c=$((2 * m + 1)) '$c != "-" {print $c}' "$work/table" | median)
  wall=$(awk -v c=$((2 * m + 2)) '$c != "-" && $c != "~" {print $c}' "$work/table" | median)
  summary+=" ${MARKS[$m]} $jvm"; [[ "$wall" == "-" ]] || summary+=" ($wall)"
done
echo "$summary"
