#!/usr/bin/env bash
# Verifies the Linux installers on this machine, end to end, and cleans up after itself:
#  1. builds the app-image and the .deb (./mvnw -Papp-image,deb; SKIP_BUILD=1 reuses the last build),
#  2. app-image: `--version`, the AOT cache (made by the build, listed in the launcher's cfg, accepted
#     by the JVM with -XX:AOTMode=on, no JVM line in the command line's output), the runtime's
#     modules, rocksdbjni without native libraries, and the `doctor` over mutual TLS against a real
#     mosquitto (kit, CA, client identity made by the app's own `broker-kit` command; the store,
#     trust anchors and profile go to a scratch --home),
#  3. .deb: size, GTK dependency, `dpkg -i`, desktop entry and icon, installed `--version`, the AOT
#     cache used by the installed app (classes loaded from it, file times kept by the package), the window
#     under Xvfb (screenshot in resources/screenshots/installed-deb.png), start-up time beside a
#     minimal JavaFX window (STARTUP_RUNS, default 3; 0 skips), `dpkg -r` leaves nothing in /opt.
# Needs: JDK 25, mosquitto, xvfb, libgtk-3-0, imagemagick, fakeroot, binutils, xdg-utils, x11-utils,
# unzip; root or sudo for dpkg (an installed springcore-explorer package is removed first). Exit 0 when
# every check passed; prints one `FAIL:` line otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

# --- JDK 25 (as .ci/run picks it) ---------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/javac" || "$(java_major "$JAVA_HOME")" -lt 25 ]]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [[ -x "$candidate/bin/javac" && "$(java_major "$candidate")" -ge 25 ]]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
export PATH="$JAVA_HOME/bin:$PATH" MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"

for tool in mosquitto xvfb-run import xwininfo fakeroot objcopy dpkg-deb unzip; do
  command -v "$tool" >/dev/null || { echo "FAIL: '$tool' is missing; apt-get install mosquitto xvfb libgtk-3-0 imagemagick fakeroot binutils xdg-utils x11-utils unzip" >&2; exit 1; }
done

work=$(mktemp -d)
broker_pid=""
installed=""
cleanup() {
  [[ -n "$broker_pid" ]] && kill "$broker_pid" 2>/dev/null && wait "$broker_pid" 2>/dev/null
  [[ -n "$installed" ]] && $SUDO dpkg -r springcore-explorer >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1e6}'; }

# --- 1. build -----------------------------------------------------------------
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "building app-image and .deb (a few minutes: jlink, then xz over the whole package)"
  # xz -9 for the .deb (dpkg-deb's default is -6): 3% smaller, keeps it under 60 MB (docs/installers.md)
  DPKG_DEB_COMPRESSOR_LEVEL=9 ./mvnw -B -q -Papp-image,deb -DskipTests package -pl installers -am 2>&1 | grep -v '|-' || true
fi
image=installers/target/jpackage/app-image/springcore-explorer
deb=$(ls installers/target/jpackage/deb/springcore-explorer_*_amd64.deb 2>/dev/null | head -1)
[[ -x "$image/bin/springcore-explorer" ]] || fail "no app-image launcher at $image/bin/springcore-explorer (build failed?)"
[[ -f "$deb" ]] || fail "no .deb under installers/target/jpackage/deb (build failed?)"
launcher="$repo/$image/bin/springcore-explorer"

# --- 2. app-image ---------------------------------------------------------------
version=$("$launcher" --version 2>/dev/null | head -1)
[[ "$version" =~ ^springcore-explorer\ [0-9] ]] || fail "app-image --version printed '$version'"
ok "app-image --version: $version"

# the AOT cache: made by the build (build/TrainAot.java, needs a display: xvfb-run here), in the cfg,
# and used: -XX:AOTMode=on makes the JVM fail instead of running without it; class+load says where
# each class came from ("shared objects file" = the cache)
aot_log=installers/target/aot-training.log
[[ -s "$image/lib/app/springcore-explorer.aot" ]] || fail "the build made no AOT cache in $image/lib/app (see $aot_log)"
grep -qx 'java-options=-XX:AOTCache=$APPDIR/springcore-explorer.aot' "$image/lib/app/springcore-explorer.cfg" \
  || fail "the launcher's cfg does not use the AOT cache: $(grep java-options "$image/lib/app/springcore-explorer.cfg")"
# cached_classes LAUNCHER: how many classes `--version` loads from the cache, and from anywhere
cached_classes() {
  JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load" "$1" --home "$work/aot-home" --version 2>"$work/aot.err" >"$work/aot.out" \
    || fail "$1 --version with -XX:AOTMode=on: the JVM refused the AOT cache: $(grep -v 'Picked up' "$work/aot.err" | head -3)"
  echo "$(grep -c 'source: shared objects file' "$work/aot.out") of $(grep -c 'source: ' "$work/aot.out")"
}
counts=$(cached_classes "$launcher"); cached=${counts%% *}; total=${counts##* }
(( cached > 1000 )) || fail "app-image: only $cached of $total classes came from the AOT cache"
ok "app-image AOT cache: $(mb "$(stat -c %s "$image/lib/app/springcore-explorer.aot")"), --version loads $cached of $total classes from it"
# no JVM log line (e.g. a refused cache) in what the command line prints
clean_output() { ! grep -qE '^\[[0-9.]+s\]\[|^(Picked up|OpenJDK|Error occurred)' "$@"; }
"$launcher" --home "$work/aot-home" --version >"$work/version.out" 2>&1
clean_output "$work/version.out" && [[ $(wc -l <"$work/version.out") == 2 ]] || fail "app-image --version printed more than the version: $(cat "$work/version.out")"
ok "app-image --version output is just the version (2 lines)"

modules=$("$image/lib/runtime/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ')
for m in java.base java.desktop java.logging java.naming java.sql jdk.unsupported jdk.management; do
  [[ " $modules" == *" $m "* ]] || fail "trimmed runtime lacks module $m (has: $modules)"
done
[[ " $modules" != *" jdk.compiler "* ]] || fail "runtime is not trimmed: it has jdk.compiler"
ok "trimmed runtime: $(wc -w <<<"$modules") modules"

for rocks in "$image"/lib/app/lib/rocksdbjni-*.jar; do
  [[ -e "$rocks" ]] || continue
  natives=$(unzip -Z1 "$rocks" | grep -cE '\.(so|jnilib|dll|dylib)$' || true)
  [[ "$natives" == 0 ]] || fail "$rocks still carries $natives native libraries"
  ok "$(basename "$rocks") without native libraries ($(mb "$(stat -c %s "$rocks")"))"
done

# mutual TLS: the app writes a mosquitto kit (fresh PKI), mosquitto runs it, the app's doctor connects
export SPRINGCORE_EXPLORER_KIT_PASSWORD="kit-$RANDOM-$RANDOM" SPRINGCORE_EXPLORER_STORE_PASSWORD="store-$RANDOM-$RANDOM"
home="$work/home"
app() { "$launcher" --home "$home" "$@" 2>"$work/app.err"; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
app broker-kit mosquitto --bind 127.0.0.1 --hostname localhost --port "$port" "$work/kit" >/dev/null || fail "broker-kit: $(tail -1 "$work/app.err")"
[[ $(id -u) -eq 0 ]] && id mosquitto >/dev/null 2>&1 && chown -R mosquitto "$work/kit" && chmod o+x "$work"
mosquitto -c "$work/kit/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
broker_pid=$!
for _ in $(seq 50); do grep -q "running" "$work/mosquitto.log" && break; sleep 0.1; done
grep -q "running" "$work/mosquitto.log" || fail "mosquitto did not start: $(tail -3 "$work/mosquitto.log")"
app trust add "$work/kit/ca.pem" >/dev/null || fail "trust add: $(tail -1 "$work/app.err")"
app certs import --password-env SPRINGCORE_EXPLORER_KIT_PASSWORD "$work/kit/clients/watcher.p12" >/dev/null || fail "certs import: $(tail -1 "$work/app.err")"
app profiles add local --host localhost --port "$port" --identity watcher --trust "SpringCore Root CA" --trust "SpringCore Cloud CA" >/dev/null \
  || fail "profiles add: $(tail -1 "$work/app.err")"
app doctor local >"$work/doctor.out" || fail "doctor over mutual TLS failed: $(grep -v '|-' "$work/app.err" | tail -1; tail -3 "$work/doctor.out")"
grep -q "TLS handshake" "$work/doctor.out" && grep -q "all steps passed" "$work/doctor.out" || fail "doctor output unexpected: $(cat "$work/doctor.out")"
clean_output "$work/doctor.out" "$work/app.err" || fail "doctor printed JVM log lines: $(grep -hE '^\[[0-9.]+s\]\[' "$work/doctor.out" "$work/app.err" | head -3)"
ok "app-image doctor over mutual TLS: $(grep 'TLS handshake' "$work/doctor.out" | sed 's/^\[ OK \] //')"
kill "$broker_pid"; wait "$broker_pid" 2>/dev/null || true; broker_pid=""
# and an honest failure: nothing listens there any more
if app doctor local >"$work/doctor2.out"; then fail "doctor passed with the broker stopped"; fi
ok "app-image doctor fails (exit 3) with the broker stopped"

# --- 3. .deb ------------------------------------------------------------------------
deb_size=$(stat -c %s "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
[[ "$depends" == *"libgtk-3-0 | libgtk-3-0t64"* ]] || fail ".deb does not depend on GTK 3 (Depends: $depends)"
(( deb_size < 60000000 )) || echo "warn: .deb is $(mb "$deb_size"), over the 60 MB target"
ok ".deb $(basename "$deb"): $(mb "$deb_size"), Depends: $depends"

[[ ! -e /opt/springcore-explorer ]] || $SUDO dpkg -r springcore-explorer >/dev/null 2>&1 || true
$SUDO dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i: $(tail -3 "$work/dpkg.log")"
installed=1
grep -i "menu entry not added" "$work/dpkg.log" || true
dpkg -s springcore-explorer | grep -q "Status: install ok installed" || fail "package not configured: $(dpkg -s springcore-explorer | grep Status)"
desktop=/opt/springcore-explorer/lib/springcore-explorer-springcore-explorer.desktop
grep -q "^Categories=Network" "$desktop" && grep -q "^Name=SpringCore Explorer" "$desktop" || fail "desktop entry wrong: $(cat "$desktop")"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -s "$icon" ]] || fail "desktop entry's icon $icon is missing"
installed_version=$(/opt/springcore-explorer/bin/springcore-explorer --version 2>/dev/null | head -1)
[[ "$installed_version" == "$version" ]] || fail "installed --version printed '$installed_version'"
installed_size=$(du -sb /opt/springcore-explorer | cut -f1)
[[ -s /opt/springcore-explorer/lib/app/springcore-explorer.aot ]] || fail "the .deb has no AOT cache"
counts=$(cached_classes /opt/springcore-explorer/bin/springcore-explorer); cached=${counts%% *}; total=${counts##* }
(( cached > 1000 )) || fail "installed app: only $cached of $total classes came from the AOT cache"
/opt/springcore-explorer/bin/springcore-explorer --home "$work/aot-home" --version >"$work/version.out" 2>&1
clean_output "$work/version.out" && [[ $(wc -l <"$work/version.out") == 2 ]] || fail "installed --version printed more than the version: $(cat "$work/version.out")"
ok "installed app uses the AOT cache: --version loads $cached of $total classes from it, prints only the version"
# the desktop entry starts the window through lib/app/start-window.sh (no package-manager queries);
# it must start the same JVM: same class path and options, so the same AOT cache
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[[ "$exec_line" == /opt/springcore-explorer/lib/app/start-window.sh && -x "$exec_line" ]] || fail "desktop entry Exec is '$exec_line' (want an executable /opt/springcore-explorer/lib/app/start-window.sh)"
counts=$(cached_classes "$exec_line"); cached=${counts%% *}; total=${counts##* }
(( cached > 1000 )) || fail "desktop entry's start script: only $cached of $total classes came from the AOT cache"
ok "desktop entry runs $exec_line: same JVM, $cached of $total classes from the AOT cache"
ok "installed in /opt/springcore-explorer ($(mb "$installed_size")); desktop entry: Network, icon $(basename "$icon")"

# the installed app's window, in demo mode (embedded HiveMQ: proves the classes-only rocksdbjni), under Xvfb
mkdir -p resources/screenshots
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$4" --home "$1/gui-home" --demo >"$1/gui.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do xwininfo -name "SpringCore Explorer" 2>/dev/null | grep -q IsViewable && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  xwininfo -name "SpringCore Explorer" 2>/dev/null | grep -q IsViewable || { kill $pid 2>/dev/null; exit 1; }
  sleep "${2:-20}"  # let the demo start its broker and readers publish a few tag reads
  import -window root "$3"
  kill $pid; wait $pid 2>/dev/null; exit 0' _ "$work" "${SCREENSHOT_DELAY:-20}" "$repo/resources/screenshots/installed-deb.png" "$exec_line" \
  || fail "the installed app never showed its window: $(grep -v '|-' "$work/gui.log" | tail -5)"
ok "installed app window under Xvfb, started as the desktop entry does: resources/screenshots/installed-deb.png"

if [[ "${STARTUP_RUNS:-3}" != 0 ]]; then
  xvfb-run -a -s "-screen 0 1280x800x24" installers/measure-startup.sh /opt/springcore-explorer "${STARTUP_RUNS:-3}" | tail -1 | sed 's/^/ok   /'
fi

$SUDO dpkg -r springcore-explorer >"$work/dpkg-r.log" 2>&1 || fail "dpkg -r: $(tail -3 "$work/dpkg-r.log")"
installed=""
[[ ! -e /opt/springcore-explorer ]] || fail "dpkg -r left /opt/springcore-explorer: $(find /opt/springcore-explorer | head -5)"
ok "dpkg -r: nothing left in /opt"
$SUDO dpkg -P springcore-explorer >/dev/null 2>&1 || true   # and no 'config-files' record in dpkg's database

image_size=$(du -sb "$image" | cut -f1)
echo "sizes: app-image $(mb "$image_size") (AOT cache $(mb "$(stat -c %s "$image/lib/app/springcore-explorer.aot")")), .deb $(mb "$deb_size"), installed $(mb "$installed_size")"
echo "verify-linux: all checks passed"
