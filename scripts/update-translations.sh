#!/usr/bin/env bash
# Refresh resources/i18n/pgp_desk_{da,nb}.ts from the tr() strings in src/pgp_desk/ui.
# Existing translations are kept; new strings arrive as "unfinished" for a translator
# (Qt Linguist: pyside6-linguist resources/i18n/pgp_desk_da.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-.venv/bin/pyside6-lupdate}
mapfile -t sources < <(find src/pgp_desk/ui -name '*.py' | sort)
for lang in da nb; do
  "$lupdate" -locations none -no-obsolete -target-language "${lang/nb/nb_NO}" \
    "${sources[@]}" -ts "resources/i18n/pgp_desk_${lang}.ts"
done
