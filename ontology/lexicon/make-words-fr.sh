#!/bin/sh
# Make ontology/lexicon/words-fr.txt from Debian's French word list
# (apt-get install wfrench): lower-case entries, accents removed the way
# pactum folds keys (é -> e), letters a-z only, sorted without duplicates.
# The extractor uses it to tell French common words from names.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/words-fr.txt"}
french=${DICT_FRENCH:-/usr/share/dict/french}
[ -r "$french" ] || { echo "make-words-fr.sh: cannot read $french (apt-get install wfrench)" >&2; exit 1; }
v=$(dpkg-query -W -f='${Version}' wfrench 2>/dev/null) || v=unknown
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
{
  printf '# source: Debian wfrench %s, lower-case words, accents removed\n' "$v"
  LC_ALL=C.UTF-8 grep -E '^[[:lower:]]' "$french" |
    LC_ALL=C.UTF-8 sed 'y/àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ/aaaaaaceeeeiiiinooooouuuuyyoa/' |
    LC_ALL=C grep -E '^[a-z]{2,}$' |
    LC_ALL=C sort -u
} >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
