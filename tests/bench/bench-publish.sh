#!/bin/sh
# bench-publish.sh [ARTICLES]: pactum publish on synthetic records (default
# 20000 articles, about 100,000 resources), into a folder on tmpfs
# (/dev/shm, where the file system costs least) and on disk ($TMPDIR);
# prints resources per second and peak memory, and, as a peer in the same
# run, the time to copy the published site with cp -r (pure file creation).
# A report: exits 0 whatever the figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PACTUM=${PACTUM:-$here/../../src/pactum}
GEN=${GEN:-$here/gen-records}
n=${1:-20000}
tmp=$(mktemp -d)
shm=/dev/shm/pactum-bench-$$
trap 'rm -rf "$tmp" "$shm" "$shm.copy"' EXIT
"$GEN" --articles "$n" --lang-mix >"$tmp/r.jsonl"
for where in "$shm" "$tmp/site"; do
	rm -rf "$where"
	/usr/bin/time -f '%e %M' -o "$tmp/t" "$PACTUM" publish -o "$where" "$tmp/r.jsonl" 2>"$tmp/log"
	res=$(sed -n 's/^pactum publish: \([0-9]*\) resources.*/\1/p' "$tmp/log")
	read -r secs kb <"$tmp/t"
	files=$(find "$where" -type f | wc -l)
	/usr/bin/time -f '%e' -o "$tmp/c" cp -r "$where" "$where.copy"
	copy=$(cat "$tmp/c")
	rm -rf "$where.copy"
	awk -v w="$where" -v r="$res" -v s="$secs" -v k="$kb" -v f="$files" -v c="$copy" 'BEGIN {
		printf "%-28s %7d resources %7d files  %6.2f s  %7.0f resources/s  peak %5.0f MiB  (cp -r of the site: %.2f s, %.0f files/s)\n",
			w, r, f, s, r / s, k / 1024, c, (c > 0 ? f / c : 0) }'
done
