#!/usr/bin/env bash
# The translations test (issue #20): runs lupdate from the sources into a temporary copy of the catalogues, as
# packaging/update-translations.sh does, and fails on any lupdate warning ("Class 'X' lacks Q_OBJECT macro",
# "Cannot invoke tr() like this": a string whose context lupdate cannot tell is never translated), and when
# packhouse-ts-check finds the committed catalogues behind the sources (a new string, a string gone), obsolete
# or vanished entries, or German and French translations that are unfinished, empty or drop a placeholder.
# The committed catalogues are only read.
# Usage: check-translations.sh SOURCE_DIR TS_CHECK [LUPDATE]
set -euo pipefail
root=${1:?usage: check-translations.sh SOURCE_DIR TS_CHECK [LUPDATE]}
tscheck=${2:?usage: check-translations.sh SOURCE_DIR TS_CHECK [LUPDATE]}
export LUPDATE=${3:-${LUPDATE:-}}
catalogues=$root/resources/translations
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$catalogues"/packhouse_{de,fr,en}.ts "$tmp/"

status=0
if ! "$root/packaging/update-translations.sh" "$tmp" >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log"
    echo "translations: lupdate failed"
    exit 1
fi
# lupdate's diagnostics are "FILE:LINE: what"; the rest of its output is progress.
if grep -E ':[0-9]+: |[Ww]arning|lacks Q_OBJECT|Cannot invoke tr' "$tmp/lupdate.log"; then
    echo "translations: lupdate warned about the sources (above); fix them (README, \"Translations\")"
    status=1
fi
for language in de fr en; do
    options=()
    [[ $language == en ]] && options=(--plural-only)
    "$tscheck" "${options[@]}" "$catalogues/packhouse_$language.ts" "$tmp/packhouse_$language.ts" || status=1
done
exit $status
