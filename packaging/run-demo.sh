#!/usr/bin/env bash
# Starts the fake GitHub with the demo scenario and Packhouse against it. Without a display the app renders
# offscreen and writes a screenshot instead of opening a window.
set -euo pipefail
build=${1:?usage: run-demo.sh BUILD_DIR}

log=$(mktemp)
"$build/tests/fakegithub/packhouse-fake-github" --scenario demo --port 0 >"$log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    grep -q '^listening on ' "$log" && break
    sleep 0.1
done
api_url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
[[ -n "$api_url" ]] || { echo "run-demo: the fake GitHub did not start" >&2; exit 1; }
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
