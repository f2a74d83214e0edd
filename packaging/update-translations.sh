#!/usr/bin/env bash
# Brings the translation catalogues up to date with the sources (README, "Translations"): strings new in the
# sources come in unfinished, strings gone from them are dropped (-no-obsolete), and no source locations are
# written (-locations none), so that a diff shows only what changed in the text. packhouse_en.ts holds only the
# plural forms (-pluralonly): English reads its source texts, except "%n version(s)".
# Usage: packaging/update-translations.sh [TS_DIR]   (default resources/translations; the translations test
# passes a temporary copy). LUPDATE names the lupdate to run (default: Qt 6's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ts_dir=$(realpath "${1:-$root/resources/translations}")
lupdate=${LUPDATE:-}
if [[ -z "$lupdate" ]]; then
    for candidate in lupdate6 "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null)/lupdate" /usr/lib/qt6/bin/lupdate lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then lupdate=$candidate; break; fi
    done
fi
[[ -n "$lupdate" ]] || { echo "update-translations: no lupdate (install qt6-l10n-tools)" >&2; exit 2; }

cd "$root"
# Every folder that holds user-visible text; tests/ and packaging/ hold none.
sources=(core models ui app)
options=(-recursive -extensions cpp,h -no-obsolete -locations none -silent)
for language in de fr; do
    "$lupdate" "${options[@]}" "${sources[@]}" -source-language en -target-language "$language" \
        -ts "$ts_dir/packhouse_$language.ts"
done
"$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -source-language en -target-language en \
    -ts "$ts_dir/packhouse_en.ts"
