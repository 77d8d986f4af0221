#!/usr/bin/env bash
# Refresh resources/i18n/pgp_desk_{da,nb}.ts from the tr()/translate() strings in
# src/pgp_desk/ui. Existing translations are kept; new strings arrive as "unfinished" for a
# translator (Qt Linguist: .venv/bin/pyside6-linguist resources/i18n/pgp_desk_da.ts).
#
#   bash scripts/update-translations.sh          # update the .ts files in place
#   bash scripts/update-translations.sh --check  # change nothing; exit 1 when lupdate would
#                                                # add or drop a string or one is untranslated
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-.venv/bin/pyside6-lupdate}
check=false
[[ "${1:-}" == "--check" ]] && check=true
mapfile -t sources < <(find src/pgp_desk/ui -name '*.py' | sort)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for lang in da nb; do
  ts="resources/i18n/pgp_desk_${lang}.ts"
  target=$ts
  if $check; then
    target="$scratch/pgp_desk_${lang}.ts"
    cp "$ts" "$target"
  fi
  "$lupdate" -silent -locations none -no-obsolete -target-language "${lang/nb/nb_NO}" \
    "${sources[@]}" -ts "$target"
  if $check && ! cmp -s "$ts" "$target"; then
    echo "$ts is out of date: run bash scripts/update-translations.sh and translate" \
      "the new strings" >&2
    diff -u "$ts" "$target" | grep '^[-+] *<source>' >&2 || true
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$target" || true)
  if [[ "$unfinished" != 0 ]]; then
    echo "$ts: $unfinished message(s) to translate (open it in Qt Linguist):" >&2
    grep -B1 'type="unfinished"' "$target" | grep -o '<source>.*</source>' >&2 || true
    $check && status=1
  fi
done
exit $status
