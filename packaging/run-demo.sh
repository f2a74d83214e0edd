#!/usr/bin/env bash
# Starts the app on the demo data. Without a display it renders offscreen and writes a screenshot.
set -euo pipefail
build=${1:?usage: run-demo.sh BUILD_DIR}
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    out=${PACKHOUSE_DEMO_SCREENSHOT:-$PWD/packhouse-demo.png}
    QT_QPA_PLATFORM=offscreen "$build/app/packhouse" --screenshot "$out"
    echo "No display: wrote a screenshot of the demo to $out"
else
    exec "$build/app/packhouse"
fi
