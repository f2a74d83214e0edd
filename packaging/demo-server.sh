# Sourced by the demo scripts: start_demo_server BUILD_DIR starts the fake GitHub with the demo scenario on a free
# loopback port, sets $api_url, and stops the server when the calling script exits.
start_demo_server() {
    local build=$1 log
    log=$(mktemp)
    "$build/tests/fakegithub/packhouse-fake-github" --scenario demo --port 0 >"$log" &
    demo_server_pid=$!
    demo_server_log=$log
    trap 'kill "$demo_server_pid" 2>/dev/null || true; rm -f "$demo_server_log"' EXIT
    for _ in $(seq 1 100); do
        grep -q '^listening on ' "$log" && break
        sleep 0.1
    done
    api_url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
    if [[ -z "$api_url" ]]; then
        echo "demo-server: the fake GitHub did not start" >&2
        return 1
    fi
}
