#!/usr/bin/env bash
# Issue #19's acceptance run: the flow that crashed the app in 6 of 20 runs, repeated. Each run deletes a whole
# npm package through the main window (typing its name to confirm), quits, starts again on the same settings,
# journal and cache, restores the package from Recently deleted and quits (tests/reliability/guiflowdriver.cpp).
# One fake GitHub serves every run, reset to the demo data before each (one run's requests would otherwise count
# against the next runs' secondary rate limit, as on github.com). Any crash, hang or failed step fails the script.
#   gui-flow-loop.sh BUILD_DIR [RUNS (100)] [PACKAGE (acme/npm/solo)]
# PACKHOUSE_FLOW_WRAPPER runs each app under a tool, e.g. "valgrind --error-exitcode=99 -q".
set -uo pipefail
build=${1:?usage: gui-flow-loop.sh BUILD_DIR [RUNS] [PACKAGE]}
runs=${2:-100}
package=${3:-acme/npm/solo}
read -r -a wrapper <<<"${PACKHOUSE_FLOW_WRAPPER:-}"

# shellcheck source=packaging/demo-server.sh
source "$(dirname "$0")/../../packaging/demo-server.sh"
start_demo_server "$build" || exit 1
export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
scratch=$(mktemp -d)
trap 'kill "$demo_server_pid" 2>/dev/null || true; rm -rf "$scratch" "$demo_server_log"' EXIT

failures=0
for run in $(seq 1 "$runs"); do
    curl -fsS -X POST "$api_url/_control/reset" >/dev/null || { echo "gui-flow-loop: cannot reset the fake GitHub" >&2; exit 1; }
    home="$scratch/run-$run"
    export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
    for flow in delete-package restore-package; do
        log="$home/$flow.log"
        mkdir -p "$home"
        timeout 300 "${wrapper[@]}" "$build/tests/packhouse-gui-flow" --api-url "$api_url" "$flow" "$package" \
            >"$log" 2>&1
        status=$?
        if [[ $status -ne 0 ]]; then
            failures=$((failures + 1))
            reason="exit $status"
            ((status > 128 && status != 124)) && reason="killed by signal $((status - 128))"
            ((status == 124)) && reason="timed out"
            echo "run $run: $flow failed ($reason); its output:" >&2
            tail -n 40 "$log" >&2
            break
        fi
    done
    rm -rf "$home"
    ((run % 10 == 0)) && echo "gui-flow-loop: $run runs, $failures failed"
done
echo "gui-flow-loop: $((runs - failures)) of $runs delete-package → quit → restart → restore runs passed" \
     "($package${PACKHOUSE_FLOW_WRAPPER:+, under ${PACKHOUSE_FLOW_WRAPPER}})"
((failures == 0))
