#!/usr/bin/env bash
# Refresh the translation sources and compile them.
#
# 1. pyside6-lupdate extracts every self.tr(...) / QCoreApplication.translate(...) /
#    QT_TRANSLATE_NOOP(...) string of ui/ and kiosk/ into assets/translations/kiosk_<lang>.ts;
#    existing translations are kept, new strings come in as "unfinished", removed ones are dropped.
# 2. Translate the unfinished strings (Qt Linguist: pyside6-linguist, or any XML editor).
# 3. pyside6-lrelease compiles each .ts into the .qm the app loads. Commit both.
#
# tests/qt/test_translations.py fails while a kk or ru string is unfinished or a .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."

tool() {
    if [[ -x ".venv/bin/$1" ]]; then echo ".venv/bin/$1"; else command -v "$1"; fi
}
LUPDATE="$(tool pyside6-lupdate)"
LRELEASE="$(tool pyside6-lrelease)"
LANGUAGES=(kk ru en)
OUT=assets/translations

mkdir -p "$OUT"
for lang in "${LANGUAGES[@]}"; do
    "$LUPDATE" -silent -extensions py -locations none -no-obsolete \
        -source-language en -target-language "$lang" \
        ui kiosk -ts "$OUT/kiosk_$lang.ts"
    "$LRELEASE" -silent "$OUT/kiosk_$lang.ts" -qm "$OUT/kiosk_$lang.qm"
done
grep -c 'type="unfinished"' "$OUT"/kiosk_*.ts | sed 's/^/unfinished: /' || true
