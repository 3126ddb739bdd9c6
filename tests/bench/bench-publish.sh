#!/bin/sh
# bench-publish.sh [ARTICLES]: pactum publish on synthetic records (default
# 25000 articles: over 100,000 resources), into a folder on tmpfs
# (/dev/shm, where the file system costs least) and on disk ($TMPDIR).
# Prints resources per second (end to end, and for the pages: HTML plus
# four data files each, in wall time and in processor time on one core),
# peak memory, and, as the peer measured in the same run, write-peer: the
# same files at the same sizes written with plain open, write and close,
# which is what the file system alone costs. A report: exits 0 whatever
# the figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PACTUM=${PACTUM:-$here/../../src/pactum}
GEN=${GEN:-$here/gen-records}
PEER=${PEER:-$here/write-peer}
n=${1:-25000}
tmp=$(mktemp -d)
shm=/dev/shm/pactum-bench-$$
trap 'rm -rf "$tmp" "$shm" "$shm.peer"' EXIT
"$GEN" --articles "$n" --lang-mix >"$tmp/r.jsonl"
echo "bench-publish: $n articles of synthetic records"
for where in "$shm" "$tmp/site"; do
	rm -rf "$where" "$where.peer"
	/usr/bin/time -f '%e %M' -o "$tmp/t" "$PACTUM" publish -v -o "$where" "$tmp/r.jsonl" 2>"$tmp/log"
	res=$(sed -n 's/^pactum publish: \([0-9]*\) resources.*/\1/p' "$tmp/log")
	pages=$(sed -n 's/.*; pages \([0-9.]*\) s.*/\1/p' "$tmp/log")
	cpu=$(sed -n 's/.*processor time \([0-9.]*\) s.*/\1/p' "$tmp/log")
	dumps=$(sed -n 's/.*compressing the dumps \([0-9.]*\) s.*/\1/p' "$tmp/log")
	read -r secs kb <"$tmp/t"
	sync
	read -r peer files bytes <<PEER
$("$PEER" "$where" "$where.peer")
PEER
	rm -rf "$where.peer"
	case $where in /dev/shm/*) fs=tmpfs ;; *) fs="disk ($(df -T "$tmp" | awk 'NR == 2 { print $2 }'))" ;; esac
	awk -v fs="$fs" -v r="$res" -v s="$secs" -v k="$kb" -v p="$pages" -v c="$cpu" -v z="$dumps" \
		-v peer="$peer" -v f="$files" -v b="$bytes" 'BEGIN {
		printf "%s: %d resources, %d files, %.2f GB\n", fs, r, f, b / 1e9
		printf "  publish, end to end:   %7.2f s  %6.0f resources/s  peak %.0f MiB\n", s, r / s, k / 1024
		printf "  pages (5 files each):  %7.2f s  %6.0f resources/s  (processor %.2f s: %.0f resources/s on one core)\n", p, r / p, c, r / c
		printf "  dumps, second thread:  %7.2f s\n", z
		printf "  peer, write-peer:      %7.2f s  %6.0f resources/s  (the same files, written with open/write/close)\n", peer, r / peer
		printf "  pages / peer:          %7.2f\n", p / peer }'
	rm -rf "$where"
done
