#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real Secret Service (gnome-keyring), so that the
# keychain tests meet the same backend users have. Usage: with-secret-service.sh COMMAND [ARGS…]
set -euo pipefail

if [[ "${PACKHOUSE_IN_SECRET_SESSION:-}" != 1 ]]; then
    export PACKHOUSE_IN_SECRET_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d)
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# --foreground keeps the daemon our child: a daemonised one would outlive the session. The password must not be
# empty: with an empty one no "login" collection is created, and writes then need a GUI prompter.
printf 'packhouse-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$scratch/keyring.log" 2>&1 &
keyring_pid=$!
cleanup() {
    kill "$keyring_pid" 2>/dev/null || true
    wait "$keyring_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
if ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    echo "with-secret-service: org.freedesktop.secrets did not appear on the session bus" >&2
    cat "$scratch/keyring.log" >&2
    exit 1
fi
export PACKHOUSE_REQUIRE_KEYCHAIN=1
"$@"
