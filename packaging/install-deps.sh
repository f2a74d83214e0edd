#!/usr/bin/env bash
# Installs everything Packhouse needs to build, test, package and fuzz on Debian bookworm. Idempotent.
set -euo pipefail
packages=(
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-translations-l10n qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev
    libgtest-dev libgmock-dev libbenchmark-dev cmake ninja-build g++ ccache pkg-config file
    valgrind at-spi2-core curl jq
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream dpkg-dev fakeroot
    clang-14 libclang-rt-14-dev
    fonts-dejavu-core
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "install-deps: everything is installed"
fi
