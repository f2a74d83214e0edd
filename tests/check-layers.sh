#!/usr/bin/env bash
# Fails when a layer reaches above itself: core → models → ui → app, one direction only.
set -euo pipefail
root=${1:?usage: check-layers.sh SOURCE_DIR}
status=0
forbid() { # folder, pattern, reason
    local hits
    # Sources, and the link lines of the folder's CMakeLists (cmake/PackhouseLayers.cmake guards the link graph).
    hits=$( { grep -rnE "$2" "$root/$1" --include='*.h' --include='*.cpp' || true
              grep -nE "^\s*(target_link_libraries|PUBLIC|PRIVATE|INTERFACE)" "$root/$1/CMakeLists.txt" | grep -E "$2" || true; } )
    if [[ -n "$hits" ]]; then
        echo "layering: $1 $3:"; echo "$hits"; status=1
    fi
}
forbid core '#include <Qt(Gui|Widgets)|#include <Q(Widget|Pixmap|Icon|Image|Color|Font|Painter|Application)>|Qt6::(Gui|Widgets)|packhouse_(models|ui)' 'must not use Qt Gui/Widgets or a layer above it'
forbid models '#include <QtWidgets|#include <Q(Widget|Application|Dialog|MainWindow)>|Qt6::Widgets|packhouse_ui' 'must not use widgets or the ui layer'
forbid models 'QNetworkAccessManager' 'must not own the network (the client is injected)'
forbid ui 'QNetworkAccessManager|QNetworkRequest|QNetworkReply' 'must not do raw HTTP'
forbid ui '(->|\.)(fetch(Account|AuthenticatedUser|Organizations|RateLimit)|list(Packages|Versions)|get(Package|Version|Url)|delete(Package|Version)|restore(Package|Version)|request)\(' 'must not send API requests (models and core do)'
forbid ui 'screenshotdriver\.h|startupreporter\.h|packhouse_apptools' 'must not use the app'"'"'s tooling'
[[ $status == 0 ]] && echo "layering: core → models → ui → app respected"
exit $status
