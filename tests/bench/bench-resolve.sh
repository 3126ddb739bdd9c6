#!/bin/sh
# bench-resolve.sh: how resolution (merging the nodes that name one thing
# across articles, src/resolve/) grows with the number of mentions.
#
#   bench-resolve.sh [ARTICLES...]   default: 880 8800 88000 articles,
#                                    about 10k, 100k and 1M mentions
#
# For each size: gen-records --lang-mix writes the records (a quarter of
# the person names spelled otherwise: a middle initial, surname first, a
# vowel changed), `pactum export --timings -f nquads` exports them to
# /dev/null, and the resolve stage's time is read from --timings (best of
# RUNS). Peers in the same run: pactum's own read-and-build stage on the
# same records, and GNU sort (LC_ALL=C) over the names of the records'
# persons, institutions and places, one per line: sorting names by a key is
# the textbook way to block, and what resolution must not be much slower
# than. Prints a table; a report, it exits 0 whatever the
# times are.
#
# Environment: PACTUM, GEN (gen-records), RUNS (default 3), SEED (default 1).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PACTUM=${PACTUM:-$here/../../src/pactum}
GEN=${GEN:-$here/gen-records}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
TIME=/usr/bin/time
[ -x "$PACTUM" ] || { echo "bench-resolve.sh: no pactum at $PACTUM (run make)" >&2; exit 1; }
[ -x "$GEN" ] || { echo "bench-resolve.sh: no gen-records at $GEN (make tests/bench/gen-records)" >&2; exit 1; }
[ -x "$TIME" ] || { echo "bench-resolve.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ $# -gt 0 ] || set -- 880 8800 88000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

best() { sort -g | head -1; }

printf '%-9s %-10s %-20s %-10s %-12s %-10s %-10s %-9s %-9s\n' articles mentions "persons (nodes->one)" resolve_s ns/mention build_s sort_s resolve/sort peak_MiB
prev_rate=
for n in "$@"; do
  "$GEN" --articles "$n" --seed "$SEED" --lang-mix >"$tmp/r.jsonl"
  mentions=$(grep -o '"end":[0-9]' "$tmp/r.jsonl" | wc -l)
  grep -o '"name":"[^"]*"' "$tmp/r.jsonl" >"$tmp/names.txt"
  : >"$tmp/resolve.txt"
  : >"$tmp/build.txt"
  : >"$tmp/sort.txt"
  peak=0
  i=0
  while [ $i -lt "$RUNS" ]; do
    i=$((i + 1))
    "$TIME" -f '%M' -o "$tmp/mem" "$PACTUM" export --timings -q -f nquads -o /dev/null "$tmp/r.jsonl" 2>"$tmp/t"
    sed -n 's/^pactum export: resolve: \([0-9.]*\) s.*/\1/p' "$tmp/t" >>"$tmp/resolve.txt"
    sed -n 's/^pactum export: read and build: \([0-9.]*\) s.*/\1/p' "$tmp/t" >>"$tmp/build.txt"
    persons=$(sed -n 's/^pactum export: resolve: .*(persons \([0-9]*\) -> \([0-9]*\),.*/\1->\2/p' "$tmp/t")
    m=$(tail -1 "$tmp/mem")
    [ "$m" -gt "$peak" ] && peak=$m
    LC_ALL=C "$TIME" -f '%e' -o "$tmp/s" sort -S 1G "$tmp/names.txt" >/dev/null
    tail -1 "$tmp/s" >>"$tmp/sort.txt"
  done
  r=$(best <"$tmp/resolve.txt")
  b=$(best <"$tmp/build.txt")
  s=$(best <"$tmp/sort.txt")
  awk -v n="$n" -v m="$mentions" -v p="$persons" -v r="$r" -v b="$b" -v s="$s" -v k="$peak" 'BEGIN {
    printf "%-9d %-10d %-20s %-10.3f %-12.0f %-10.3f %-10.2f %-9.2f %-9.0f\n",
      n, m, p, r, r * 1e9 / m, b, s, (s > 0 ? r / s : 0), k / 1024 }'
done
