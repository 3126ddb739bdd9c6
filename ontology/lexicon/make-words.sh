#!/bin/sh
# Make ontology/lexicon/words-en.txt from Debian's English word lists.
#
#     make-words.sh [OUTPUT]        (default: words-en.txt beside this script)
#
# Needs the Debian packages wamerican and wbritish
# (apt-get install wamerican wbritish). Keeps the lower-case entries of
# /usr/share/dict/american-english and /usr/share/dict/british-english made
# of 2 or more letters a-z only (no capitals, possessives, apostrophes or
# accents), plus the one-letter words "a" and "i", sorted in byte order
# without duplicates, after a comment line naming the source and versions.
# The generated file is committed, so building pactum does not need them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/words-en.txt"}
american=${DICT_AMERICAN:-/usr/share/dict/american-english}
british=${DICT_BRITISH:-/usr/share/dict/british-english}

for f in "$american" "$british"; do
  if [ ! -r "$f" ]; then
    echo "make-words.sh: cannot read $f (apt-get install wamerican wbritish)" >&2
    exit 1
  fi
done

version() {
  v=$(dpkg-query -W -f='${Version}' "$1" 2>/dev/null) || v=unknown
  [ -n "$v" ] || v=unknown
  printf '%s' "$v"
}

tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
{
  printf '# source: Debian wamerican %s + wbritish %s, lower-case words only\n' \
    "$(version wamerican)" "$(version wbritish)"
  { cat "$american" "$british"; printf 'a\ni\n'; } |
    LC_ALL=C grep -E '^[a-z]{2,}$|^[ai]$' |
    LC_ALL=C sort -u
} > "$tmp"
mv "$tmp" "$out"
trap - EXIT
