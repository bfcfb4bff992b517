#!/usr/bin/env bash
# Derives every icon format from the one source image, springcore-explorer-1024.png.
#   ./make-icons.sh           derive PNG sizes, .ico (Windows) and .icns (macOS) from the source
#   ./make-icons.sh --redraw  first redraw the source with DrawIcon.java (needs a JDK)
# Needs ImageMagick (convert) and python3. The derived files are committed; rerun after editing the source.
set -euo pipefail
cd "$(dirname "$0")"
source=springcore-explorer-1024.png

if [[ "${1:-}" == "--redraw" ]]; then
  java -Djava.awt.headless=true DrawIcon.java "$source"
fi

# PNGs: Linux desktop sizes (hicolor theme) and the jpackage Linux icon (256)
for s in 16 24 32 48 64 128 256 512; do
  convert "$source" -resize "${s}x${s}" -strip "springcore-explorer-${s}.png"
done

# Windows: one .ico holding the usual sizes
convert springcore-explorer-16.png springcore-explorer-24.png springcore-explorer-32.png \
  springcore-explorer-48.png springcore-explorer-64.png springcore-explorer-128.png \
  springcore-explorer-256.png springcore-explorer.ico

# macOS: .icns = 'icns' + length, then (type, length, PNG data) entries; PNG payloads are valid
# from 10.7 on (ic07 128, ic08 256, ic09 512, ic10 1024 = 512@2x, ic11..ic14 the @2x of 16..256)
python3 - "$source" <<'PY'
import struct, subprocess, sys, tempfile, os
source = sys.argv[1]
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
chunks = b""
with tempfile.TemporaryDirectory() as tmp:
    for kind, size in entries:
        png = os.path.join(tmp, f"{kind}.png")
        subprocess.run(["convert", source, "-resize", f"{size}x{size}", "-strip", png], check=True)
        data = open(png, "rb").read()
        chunks += kind.encode() + struct.pack(">I", len(data) + 8) + data
with open("springcore-explorer.icns", "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
ls -l springcore-explorer*
