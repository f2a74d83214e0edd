#!/usr/bin/env bash
# Renders the README's screenshots from the demo data with `packhouse --screenshot` (offscreen).
# Usage: packaging/make-screenshots.sh BUILD_DIR [OUT_DIR [FILE…]]   (FILE: only these, e.g. main-window-dark.png)
set -euo pipefail
build=${1:?usage: make-screenshots.sh BUILD_DIR [OUT_DIR [FILE…]]}
out=${2:-docs/screenshots}
shift $(($# < 2 ? $# : 2))
only=("$@")
mkdir -p "$out"

# shellcheck source=packaging/demo-server.sh
source "$(dirname "$0")/demo-server.sh"
start_demo_server "$build"

export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000 QT_QPA_PLATFORM=offscreen
shoot() { # scene file [packhouse option…]
    local scene=$1 file=$2
    shift 2
    if ((${#only[@]})) && [[ " ${only[*]} " != *" $file "* ]]; then
        return 0
    fi
    "$build/app/packhouse" --api-url "$api_url" --select acme/container/web --scene "$scene" \
        --screenshot "$out/$file" "$@"
}
shoot window main-window.png
shoot review review-deletion.png
shoot deleted show-deleted.png
shoot retention retention-rules.png
shoot overview overview.png
# Issue #20: the same window in Fusion's dark palette, and at twice the scale (a 2560×1600 picture).
shoot window main-window-dark.png --palette dark
QT_SCALE_FACTOR=2 shoot window main-window-hidpi.png
# Issue #20: in German, whose labels run longest.
shoot window main-window-de.png --lang de
shoot review review-deletion-de.png --lang de
