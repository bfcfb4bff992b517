#!/bin/bash
# The desktop menu's way into SpringCore Explorer (Exec= of the .desktop entry). It starts the bundled
# runtime exactly as bin/springcore-explorer does - class path, main class and java options (AOT cache
# included) from the launcher's own .cfg - minus one thing: jpackage's Linux launcher asks the package
# manager which package owns it on every start (rpm -qf, dpkg -S, then dpkg -L; twice, as it re-runs
# itself), 130-300 ms before the JVM even starts. The command line keeps bin/springcore-explorer.
set -euo pipefail
app=$(dirname "$(readlink -f "$0")")
cfg=$app/springcore-explorer.cfg
runtime=$app/../runtime/bin/java
classpath=() options=() main=""
while IFS= read -r line || [[ -n "$line" ]]; do
  line=${line//\$APPDIR/$app}
  case $line in
    app.classpath=*) classpath+=("${line#app.classpath=}") ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
if [[ -z "$main" || ${#classpath[@]} -eq 0 || ! -x "$runtime" ]]; then
  # an image this script does not understand: the real launcher always works
  exec "$app/../../bin/springcore-explorer" "$@"
fi
joined=$(IFS=:; echo "${classpath[*]}")
exec "$runtime" "${options[@]}" "-Djpackage.app-path=$(readlink -f "$app/../../bin/springcore-explorer")" -cp "$joined" "$main" "$@"
