#!/usr/bin/env bash
# Renders the README's screenshots from the demo data with `packhouse --screenshot` (offscreen).
# Usage: packaging/make-screenshots.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=${1:?usage: make-screenshots.sh BUILD_DIR [OUT_DIR]}
out=${2:-docs/screenshots}
mkdir -p "$out"

# shellcheck source=packaging/demo-server.sh
source "$(dirname "$0")/demo-server.sh"
start_demo_server "$build"

export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000 QT_QPA_PLATFORM=offscreen
shoot() { # scene file
    "$build/app/packhouse" --api-url "$api_url" --select acme/container/web --scene "$1" --screenshot "$out/$2"
}
shoot window main-window.png
shoot review review-deletion.png
shoot deleted show-deleted.png
shoot retention retention-rules.png
