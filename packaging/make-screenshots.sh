#!/usr/bin/env bash
# Renders the README's screenshots from the demo data with `packhouse --screenshot` (offscreen).
# Usage: packaging/make-screenshots.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=${1:?usage: make-screenshots.sh BUILD_DIR [OUT_DIR]}
out=${2:-docs/screenshots}
mkdir -p "$out"

log=$(mktemp)
"$build/tests/fakegithub/packhouse-fake-github" --scenario demo --port 0 >"$log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    grep -q '^listening on ' "$log" && break
    sleep 0.1
done
api_url=$(sed -n 's/^listening on //p' "$log" | head -n 1)

export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000 QT_QPA_PLATFORM=offscreen
shoot() { # scene file
    "$build/app/packhouse" --api-url "$api_url" --select acme/container/web --scene "$1" --screenshot "$out/$2"
}
shoot window main-window.png
shoot review review-deletion.png
shoot deleted show-deleted.png
