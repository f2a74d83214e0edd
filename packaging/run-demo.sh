#!/usr/bin/env bash
# Starts the fake GitHub with the demo scenario and Packhouse against it. Without a display the app renders
# offscreen and writes a screenshot instead of opening a window.
set -euo pipefail
build=${1:?usage: run-demo.sh BUILD_DIR}

# shellcheck source=packaging/demo-server.sh
source "$(dirname "$0")/demo-server.sh"
start_demo_server "$build"
echo "Demo GitHub at $api_url (user octocat; orgs acme, sso-corp, globex)"

# The demo's full-access token, passed in the environment as the gh CLI does (never on the command line).
export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    out=${PACKHOUSE_DEMO_SCREENSHOT:-$PWD/packhouse-demo.png}
    QT_QPA_PLATFORM=offscreen "$build/app/packhouse" --api-url "$api_url" --screenshot "$out" --select acme/container/web
    echo "No display: wrote a screenshot of the demo to $out"
else
    "$build/app/packhouse" --api-url "$api_url"
fi
