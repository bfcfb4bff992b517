#!/bin/sh
# jpackage runs this in its own copy of the app-image, just before it builds the .deb or .rpm.
# Its copy has fresh timestamps, and the JVM uses the AOT cache only with jars whose size and
# timestamp are the ones it was trained with: give every file back the fixed time that
# build/TrainAot.java gave the image before training (2026-01-01 00:00 UTC).
set -e
find "${JpAppImageDir:-.}" -exec env TZ=UTC touch -h -t 202601010000.00 {} +
# Maven copies start-window.sh (the desktop entry's Exec) without its executable bit
if [ -f "${JpAppImageDir:-.}/lib/app/start-window.sh" ]; then chmod 755 "${JpAppImageDir:-.}/lib/app/start-window.sh"; fi
