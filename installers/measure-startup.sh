#!/usr/bin/env bash
# Start-up time to a shown window: the installed app beside a minimal JavaFX window (startup/HelloFx.java)
# run with the app's own runtime, in the same run, alternating, after one discarded warm-up each.
#   measure-startup.sh APP_DIR [RUNS [OTHER_APP_DIR]]     e.g. measure-startup.sh /opt/springcore-explorer 5
# OTHER_APP_DIR: a second build of the app (e.g. a copy of the app-image without the AOT cache), timed
# in the same rounds, so both compare to the same hello-world.
# Needs an X display (run it under xvfb-run), xwininfo (x11-utils) and a JDK's javac (JAVA_HOME).
# "Shown" = the window named by its title is mapped and viewable (polled every 20 ms).
# The app runs through its launcher, so with the AOT cache its cfg names (build/TrainAot.java); the
# hello-world is the reference: the build's JDK 25 (same JVM), no AOT cache (the JDK's default CDS archive only).
# "app" is the app as its desktop entry starts it (on Linux lib/app/start-window.sh, which skips the
# jpackage launcher's package-manager queries); the jpackage launcher (bin/NAME) is timed too.
# Prints one line per run and a summary line: startup app-ms=... hello-ms=... ratio=... [other-ms=...
# other-ratio=...] [launcher-ms=... launcher-ratio=...]
set -euo pipefail
app_dir=${1:?usage: measure-startup.sh APP_DIR [RUNS [OTHER_APP_DIR]]}
runs=${2:-5}
other_dir=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
work=$(mktemp -d)
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java_fx_cp=$(ls "$app_dir"/lib/app/lib/javafx-*.jar | tr '\n' ':')
"$javac" --release 25 -nowarn -cp "$java_fx_cp" -d "$work/hello" "$here/startup/HelloFx.java"

now_ms() { date +%s%3N; }

# time_window TITLE COMMAND...: starts COMMAND, prints ms until TITLE is viewable, then stops it
time_window() {
  local title=$1; shift
  local start deadline
  start=$(now_ms); deadline=$((start + 60000))
  "$@" >"$work/out.log" 2>&1 &
  pid=$!
  until xwininfo -name "$title" 2>/dev/null | grep -q IsViewable; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(now_ms) > deadline )); then
      echo "error: window '$title' never showed; output:" >&2; tail -20 "$work/out.log" >&2; return 1
    fi
    sleep 0.02
  done
  echo $(( $(now_ms) - start ))
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""
}

# the reference JVM: the build's JDK 25 (its default CDS archive, as a plain JavaFX app gets it); the app's
# trimmed runtime leaves that archive out (the app maps its own AOT cache), which would slow the reference
hello_java=${JAVA_HOME:+$JAVA_HOME/bin/java}
[[ -x "${hello_java:-}" ]] || hello_java="$app_dir/lib/runtime/bin/java"
hello() { time_window "Hello JavaFX" "$hello_java" --enable-native-access=ALL-UNNAMED -cp "$work/hello:$java_fx_cp" HelloFx; }
# the app as its desktop entry starts it (Linux: lib/app/start-window.sh), and through the jpackage
# launcher (bin/NAME, the command line's way in) when those differ
launcher_cmd="$app_dir/bin/$(basename "$app_dir")"
app_cmd=$launcher_cmd
[[ -x "$app_dir/lib/app/start-window.sh" ]] && app_cmd="$app_dir/lib/app/start-window.sh"
app() { time_window "SpringCore Explorer" "$app_cmd" --home "$work/home"; }
launcher() { time_window "SpringCore Explorer" "$launcher_cmd" --home "$work/home"; }
other() { time_window "SpringCore Explorer" "$other_dir/bin/$(basename "$other_dir")" --home "$work/other-home"; }

hello >/dev/null; app >/dev/null   # warm-up: disk cache, fontconfig cache, first-run folders
[[ -z "$other_dir" ]] || other >/dev/null
hello_ms=(); app_ms=(); other_ms=(); launcher_ms=()
for ((i = 1; i <= runs; i++)); do
  h=$(hello); a=$(app)
  hello_ms+=("$h"); app_ms+=("$a")
  if [[ "$app_cmd" != "$launcher_cmd" ]]; then l=$(launcher); launcher_ms+=("$l"); echo "run $i: jpackage launcher ${l} ms"; fi
  if [[ -n "$other_dir" ]]; then
    o=$(other); other_ms+=("$o")
    echo "run $i: app ${a} ms, other ${o} ms, hello ${h} ms"
  else
    echo "run $i: app ${a} ms, hello ${h} ms"
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
a=$(median "${app_ms[@]}"); h=$(median "${hello_ms[@]}")
ratio() { awk -v a="$1" -v h="$2" 'BEGIN {printf "%.2f", a / h}'; }
extra=""
if [[ -n "$other_dir" ]]; then o=$(median "${other_ms[@]}"); extra=" other-ms=$o other-ratio=$(ratio "$o" "$h")"; fi
if [[ ${#launcher_ms[@]} -gt 0 ]]; then l=$(median "${launcher_ms[@]}"); extra="$extra launcher-ms=$l launcher-ratio=$(ratio "$l" "$h")"; fi
echo "startup app-ms=$a hello-ms=$h ratio=$(ratio "$a" "$h")$extra (medians of $runs)"
