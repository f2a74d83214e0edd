#!/usr/bin/env bash
# Checks what users get: `cmake --install` output (desktop entry, AppStream metainfo, icons) and the Debian package
# from `cpack -G DEB` (control fields, contents, and that its packhouse binary runs against the system Qt).
set -euo pipefail
build=$(realpath "${1:?usage: check-package.sh BUILD_DIR}")
id=io.github.packhouse.Packhouse
sizes=(16 22 24 32 48 64 128 256 512)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}

# Validators print hints too; errors and warnings fail the check.
validate() { # label command…
    local label=$1 out status=0
    shift
    out=$("$@" 2>&1) || status=$?
    [[ -n $out ]] && printf '%s\n' "$out"
    ((status == 0)) || fail "$label failed (exit $status)"
    if grep -Eq '(^|: )(error|warning)|^\s*[EW]: ' <<<"$out"; then
        fail "$label reported errors or warnings"
    fi
}

check_tree() { # ROOT: an installed tree whose prefix is ROOT/usr
    local root=$1 share=$1/usr/share
    [[ -x $root/usr/bin/packhouse ]] || fail "$root/usr/bin/packhouse is missing"
    [[ -x $root/usr/bin/packhouse-prune ]] || fail "$root/usr/bin/packhouse-prune is missing"
    # It must run where there is no display and no GUI library.
    if ldd "$root/usr/bin/packhouse-prune" | grep -Eq 'libQt6(Gui|Widgets)'; then
        fail "packhouse-prune links a GUI library"
    fi
    [[ -f $share/applications/$id.desktop ]] || fail "desktop entry missing in $root"
    [[ -f $share/metainfo/$id.metainfo.xml ]] || fail "AppStream metainfo missing in $root"
    [[ -f $share/icons/hicolor/scalable/apps/$id.svg ]] || fail "scalable icon missing in $root"
    local size png
    for size in "${sizes[@]}"; do
        png=$share/icons/hicolor/${size}x${size}/apps/$id.png
        [[ -f $png ]] || fail "${size}x${size} icon missing in $root"
        file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
    done
    validate desktop-file-validate desktop-file-validate "$share/applications/$id.desktop"
    validate "appstreamcli validate" appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
    # validate-tree also cross-checks the metainfo against the desktop entry and icons it names.
    validate "appstreamcli validate-tree" appstreamcli validate-tree --no-net "$root"
}

[[ -f $build/cmake_install.cmake ]] || fail "$build is not a configured CMake build directory"
[[ -x $build/app/packhouse ]] || fail "$build/app/packhouse is not built"

echo "check-package: cmake --install $build"
cmake --install "$build" --prefix "$tmp/install/usr" >/dev/null
check_tree "$tmp/install"

echo "check-package: cpack -G DEB in $build"
cpack_log=$tmp/cpack.log
(cd "$build" && cpack -G DEB) >"$cpack_log" 2>&1 || {
    cat "$cpack_log" >&2
    fail "cpack -G DEB failed"
}
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$cpack_log")
[[ -f $deb ]] || {
    cat "$cpack_log" >&2
    fail "cpack did not report a generated .deb"
}
echo "check-package: $deb"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == packhouse ]] || fail "Package is '$(field Package)', expected packhouse"
version=$(field Version)
[[ -n $version ]] || fail "Version is empty"
[[ $(basename "$deb") == "packhouse_${version}_$(dpkg --print-architecture).deb" ]] ||
    fail "$(basename "$deb") does not follow the Debian file name convention"
depends=$(field Depends)
[[ $depends == *libqt6* ]] || fail "Depends lacks the Qt libraries (shlibdeps did not run?): '$depends'"
[[ $depends == *libqt6svg6* ]] || fail "Depends lacks libqt6svg6, needed for the SVG window icon: '$depends'"
[[ $(field Section) =~ ^(devel|utils)$ ]] || fail "Section is '$(field Section)'"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
description=$(field Description)
(($(wc -l <<<"$description") >= 2)) || fail "Description has no long description: '$description'"
[[ -n $(field Homepage) ]] || fail "Homepage is empty"

dpkg-deb -x "$deb" "$tmp/deb"
check_tree "$tmp/deb"
extra=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -Ev '^\./(usr/?|usr/(bin|share)(/.*)?)?$' || true)
[[ -z $extra ]] || fail "the package installs outside /usr/bin and /usr/share: $extra"

# The packaged binary must run against the system's Qt, not the build tree's environment.
out=$(env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u DISPLAY -u WAYLAND_DISPLAY "$tmp/deb/usr/bin/packhouse" --version 2>&1) ||
    fail "packaged packhouse --version failed: $out"
[[ $out == "Packhouse $version" ]] || fail "packaged packhouse --version printed '$out', expected 'Packhouse $version'"
out=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY "$tmp/deb/usr/bin/packhouse-prune" --help 2>&1) ||
    fail "packaged packhouse-prune --help failed: $out"
[[ $out == *"--keep-newest"* ]] || fail "packaged packhouse-prune --help printed no options: $out"
grep -q "<release version=\"$version\"" "$tmp/deb/usr/share/metainfo/$id.metainfo.xml" ||
    fail "the metainfo has no <release> for version $version"

echo "check-package: OK ($(basename "$deb"): Depends: $depends)"
