#!/bin/bash
# The script the composite action (action.yml) runs, against the fake GitHub in a process of its own:
# inputs become the right packhouse-prune command line, the token stays in the environment.
# Usage: prune-action-test.sh PACKHOUSE_PRUNE FAKE_GITHUB
set -euo pipefail
prune=$1 fake=$2
here=$(cd "$(dirname "$0")" && pwd)
script=$here/../../packaging/action/run-prune.sh
work=$(mktemp -d)
trap 'kill "$fake_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

fail() { echo "prune-action-test: $*" >&2; exit 1; }

"$fake" --port 0 >"$work/fake.out" 2>"$work/fake.err" &
fake_pid=$!
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on \(http[^ ]*\)$/\1/p' "$work/fake.out")
    [[ -n $url ]] && break
    sleep 0.1
done
[[ -n ${url:-} ]] || fail "the fake GitHub did not start: $(cat "$work/fake.err")"
# As in Actions: the token is in the environment, never on a command line.
export GH_TOKEN=ghp_packhouseDemoFullAccessToken00000000

run() {
    env -u GITHUB_TOKEN HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
        PACKHOUSE_PRUNE="$prune" INPUT_API_URL="$url" "$@" "$script"
}

# A dry run over two packages, as JSON: an array of two reports, nothing deleted.
out=$(run INPUT_ORG=acme INPUT_TYPE=container INPUT_PACKAGES="web team/worker" INPUT_UNTAGGED_ONLY=true \
    INPUT_FORMAT=json 2>"$work/err") || fail "dry run exited $?: $(cat "$work/err")"
[[ $(jq 'length' <<<"$out") == 2 ]] || fail "expected two reports: $out"
[[ $(jq -r '.[0].dry_run' <<<"$out") == true ]] || fail "not a dry run: $out"
[[ $(jq '.[0].delete | length' <<<"$out") == 3 ]] || fail "expected 3 planned deletions: $out"

# delete: true deletes, into the journal named.
out=$(run INPUT_ORG=acme INPUT_TYPE=container INPUT_PACKAGES=web INPUT_UNTAGGED_ONLY=true INPUT_DELETE=true \
    INPUT_FORMAT=json INPUT_JOURNAL="$work/journal.jsonl" 2>"$work/err") || fail "delete exited $?: $(cat "$work/err")"
[[ $(jq '[.results[] | select(.status == "deleted")] | length' <<<"$out") == 3 ]] || fail "expected 3 deleted: $out"
[[ $(grep -c '"outcome":"done"' "$work/journal.jsonl") == 3 ]] || fail "the journal lacks the deletions"

# No owner: a usage error, exit 2. The token never shows.
set +e
run INPUT_TYPE=npm INPUT_PACKAGES=x >"$work/out" 2>"$work/err"
status=$?
set -e
[[ $status == 2 ]] || fail "no owner exited $status"
! printf '%s\n' "$GH_TOKEN" | grep -qFf - "$work/out" "$work/err" "$work/journal.jsonl" ||
    fail "the token appeared in output or files"
echo "prune-action-test: OK"
