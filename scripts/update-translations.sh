#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources: new strings appear as unfinished entries to
# translate (Qt Linguist, or by hand), strings no longer in the code are dropped. Then tst_translations
# (ctest -R tst_translations) says what is still untranslated or broken.
#
#   bash scripts/update-translations.sh [PRESET]     # default preset: dev
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
[ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset"
cmake --build --preset "$preset" --target update_translations
if [ -x "build/$preset/tests/tst_translations" ]; then
    cmake --build --preset "$preset" --target tst_translations
    QT_QPA_PLATFORM=offscreen "build/$preset/tests/tst_translations" lint || {
        echo "update-translations: translate the entries listed above in translations/*.ts" >&2
        exit 1
    }
fi
