#!/usr/bin/env bash
# Issue #20: the app renders its main window in the dark palette and at QT_SCALE_FACTOR=2 (and as usual), and
# (issue #18) the Overview scanned, its chart drawn, through packaging/make-screenshots.sh against the demo fake
# GitHub; each picture exists at the expected pixel size.
# Usage: screenshots-test.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: screenshots-test.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "screenshots-test: $*" >&2; exit 1; }

HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache \
    "$here/../../packaging/make-screenshots.sh" "$build" "$work/shots" \
    main-window.png main-window-dark.png main-window-hidpi.png overview.png

expect_size() { # file width height
    local picture=$work/shots/$1 description
    [[ -s $picture ]] || fail "$1 was not written"
    description=$(file -b "$picture")
    [[ $description == "PNG image data, $2 x $3,"* ]] || fail "$1: expected a $2×$3 PNG, got: $description"
    echo "screenshots-test: $1 is a $2×$3 PNG"
}
expect_size main-window.png 1280 800
expect_size main-window-dark.png 1280 800
expect_size main-window-hidpi.png 2560 1600
expect_size overview.png 1280 800
# The dark picture is another picture, not the light one again.
cmp -s "$work/shots/main-window.png" "$work/shots/main-window-dark.png" && fail "the dark picture is the light one"
exit 0
