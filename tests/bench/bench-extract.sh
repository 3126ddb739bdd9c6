#!/bin/sh
# bench-extract.sh: time `pactum extract` on synthetic news articles, with
# wc and grep over the same files as a reference for raw I/O speed.
#
#   bench-extract.sh [MB]     generate about MB megabytes of articles
#                             (default: $EXTRACT_MB, or 100), then time
#                             pactum extract on all of them, on the first
#                             half and on the first quarter
#
# Environment:
#   PACTUM        the pactum binary       (default: ../../src/pactum from here)
#   GEN_ARTICLES  the gen-articles binary (default: ./gen-articles beside this script)
#   EXTRACT_MB    megabytes of articles   (default 100; 1 MB = 1,000,000 bytes)
#   EXTRACT_MODE  how pactum gets the files: dir (pactum extract DIR),
#                 list (pactum extract @LIST) or args (one argument a file);
#                 default: the first of these that works on two articles
#   RUNS          runs per timing, the best is kept (default 3)
#   SEED          seed for gen-articles   (default 1)
#   KEEP          if set, keep the temporary directory and say where it is
#
# Timed runs write the records to standard output, redirected to /dev/null
# (never `-o /dev/null`: pactum's -o writes a temporary file and renames it
# over the target, which would replace /dev/null itself when run as root).
#
# This is a report: it exits 0 whatever the timings are, and also when
# `pactum extract` does not exist yet (the report says SKIP); non-zero only
# when a tool is missing or a command fails.

# shellcheck disable=SC2012 # ls on our own names (synthetic-NNNNNN.txt)
set -eu

prog=bench-extract.sh
here=$(cd "$(dirname "$0")" && pwd)
PACTUM=${PACTUM:-$here/../../src/pactum}
GEN_ARTICLES=${GEN_ARTICLES:-$here/gen-articles}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
EXTRACT_MODE=${EXTRACT_MODE:-}
TIME=/usr/bin/time
TARGET_MBS=20

die() {
	echo "$prog: $*" >&2
	exit 1
}

usage() {
	echo "usage: $prog [MB]" >&2
	exit 2
}

case ${1:-} in
-h | --help)
	sed -n '2,26s/^# \{0,1\}//p' "$0"
	exit 0
	;;
'') mb=${EXTRACT_MB:-100} ;;
*)
	[ $# -eq 1 ] || usage
	mb=$1
	;;
esac
case $mb in '' | *[!0-9.]* | .*) die "MB must be a positive number, not '$mb'" ;; esac
awk "BEGIN { exit !($mb > 0) }" || die "MB must be a positive number, not '$mb'"
case $RUNS in '' | *[!0-9]* | 0*) die "RUNS must be a positive integer" ;; esac
case $EXTRACT_MODE in '' | dir | list | args) ;; *) die "EXTRACT_MODE must be dir, list or args" ;; esac

[ -x "$TIME" ] || die "$TIME not found (Debian: apt-get install time)"
[ -x "$PACTUM" ] || die "no pactum binary at '$PACTUM': build it first (make), or set PACTUM=/path/to/pactum"
[ -x "$GEN_ARTICLES" ] || die "no gen-articles binary at '$GEN_ARTICLES': build it first (make tests/bench/gen-articles), or set GEN_ARTICLES=/path/to/gen-articles"
case $PACTUM in /*) ;; *) PACTUM=$(pwd)/$PACTUM ;; esac
case $GEN_ARTICLES in /*) ;; *) GEN_ARTICLES=$(pwd)/$GEN_ARTICLES ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-bench-extract.XXXXXX")
cleanup() {
	if [ -n "${KEEP:-}" ]; then
		echo "$prog: kept $tmp" >&2
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM
cd "$tmp"

# ----------------------------------------------------------------- helpers

# measure KEY COMMAND...: run COMMAND $RUNS times with its standard output
# sent to /dev/null, each under /usr/bin/time, and append "KEY best-seconds
# peak-KiB" to results (best = smallest elapsed time, peak = largest
# maximum resident set size). A failing run stops the benchmark.
measure() {
	key=$1
	shift
	best=
	peak=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		if ! "$TIME" -o time.txt -f '%e %M' "$@" >/dev/null 2>err.txt; then
			echo "$prog: failed: $*" >&2
			tail -n 20 err.txt >&2
			grep -v '^[0-9.]* [0-9]*$' time.txt >&2 || true
			exit 1
		fi
		line=$(tail -n 1 time.txt)
		secs=${line% *}
		kib=${line#* }
		if [ -z "$best" ] || awk "BEGIN { exit !($secs < $best) }"; then
			best=$secs
		fi
		if [ "$kib" -gt "$peak" ]; then
			peak=$kib
		fi
	done
	echo "$key $best $peak" >>results
	printf '  %-16s %6.2f s  %8.1f MiB  (best of %d)\n' "$key" "$best" \
		"$(awk "BEGIN { print $peak / 1024 }")" "$RUNS" >&2
}

# link DIR K: DIR gets hard links to the first K articles of full/ (the
# same bytes as gen-articles --articles K would write)
link_first() {
	mkdir "$1"
	if ! (cd full && ls | head -n "$2" | xargs sh -c 'ln "$@" "../'"$1"'"' sh) 2>/dev/null; then
		rm -rf "$1"
		mkdir "$1"
		(cd full && ls | head -n "$2" | xargs sh -c 'cp "$@" "../'"$1"'"' sh)
	fi
}

# the command line that extracts directory DIR in the chosen mode
extract_cmd() {
	case $mode in
	dir) echo "$PACTUM extract $tmp/$1" ;;
	list) echo "$PACTUM extract @$tmp/$1.list" ;;
	args) echo "$PACTUM extract $tmp/$1/*.txt" ;;
	esac
}

# run_extract DIR [-o FILE]: extract DIR in the chosen mode
run_extract() {
	d=$1
	shift
	case $mode in
	dir) "$PACTUM" extract "$@" "$tmp/$d" ;;
	list) "$PACTUM" extract "$@" "@$tmp/$d.list" ;;
	args) "$PACTUM" extract "$@" "$tmp/$d"/*.txt ;;
	esac
}

lines() {
	if [ -f "$1" ]; then wc -l <"$1" | tr -d ' '; else echo 0; fi
}

# ---------------------------------------------------------------- articles

echo "generating about $mb MB of articles (seed $SEED) ..." >&2
"$GEN_ARTICLES" --out full --mb "$mb" --seed "$SEED" --stats 2>gen.txt ||
	{ cat gen.txt >&2; die "gen-articles failed"; }
cat gen.txt >&2
n=$(ls full | wc -l | tr -d ' ')
[ "$n" -ge 8 ] || die "too few articles ($n): ask for more megabytes"
half=$((n / 2))
quarter=$((n / 4))
link_first half "$half"
link_first quarter "$quarter"
link_first probe 2
for d in full half quarter probe; do
	(cd "$d" && ls) | sed "s|^|$tmp/$d/|" >"$d.list"
done
# bytes of input, and a warm page cache for everyone
bytes=$(xargs cat <full.list | wc -c | tr -d ' ')
persons=$(sed -n 's/.* \([0-9]*\) distinct persons.*/\1/p' gen.txt)

# ---------------------------------------------------------- pactum extract

have_extract=
if "$PACTUM" extract --help >help.txt 2>&1 && ! grep -qi 'unknown command' help.txt; then
	have_extract=1
fi

mode=
records=
if [ -n "$have_extract" ]; then
	if [ -n "$EXTRACT_MODE" ]; then
		modes=$EXTRACT_MODE
	else
		# try first what the help mentions
		modes="dir list args"
		if grep -q '@' help.txt && ! grep -qi 'dir' help.txt; then
			modes="list dir args"
		fi
	fi
	for m in $modes; do
		mode=$m
		rm -f probe.jsonl
		if run_extract probe -o "$tmp/probe.jsonl" >/dev/null 2>probe-err.txt &&
			[ "$(lines probe.jsonl)" -ge 1 ]; then
			break
		fi
		mode=
	done
	if [ -z "$mode" ]; then
		echo "$prog: pactum extract read none of: a directory, @LIST, file arguments" >&2
		tail -n 5 probe-err.txt >&2
		die "failed: $(extract_cmd probe)"
	fi
	[ "$(lines probe.jsonl)" -eq 2 ] ||
		echo "$prog: note: 2 articles gave $(lines probe.jsonl) record lines" >&2
	if [ "$mode" = args ]; then
		argmax=$(getconf ARG_MAX 2>/dev/null || echo 131072)
		[ "$(wc -c <full.list)" -lt "$((argmax / 2))" ] ||
			die "$n file arguments do not fit in ARG_MAX ($argmax): make pactum extract read a directory or @LIST, or lower EXTRACT_MB"
	fi
	echo "pactum extract mode: $mode ($(extract_cmd full))" >&2

	# once, untimed, to count the records
	run_extract full -o "$tmp/records.jsonl" >/dev/null 2>err.txt || {
		tail -n 20 err.txt >&2
		die "failed: $(extract_cmd full) -o records.jsonl"
	}
	records=$(lines records.jsonl)
	rm -f records.jsonl

	echo "timing pactum extract ..." >&2
	case $mode in
	dir)
		measure extract-full "$PACTUM" extract "$tmp/full"
		measure extract-half "$PACTUM" extract "$tmp/half"
		measure extract-quarter "$PACTUM" extract "$tmp/quarter"
		;;
	list)
		measure extract-full "$PACTUM" extract "@$tmp/full.list"
		measure extract-half "$PACTUM" extract "@$tmp/half.list"
		measure extract-quarter "$PACTUM" extract "@$tmp/quarter.list"
		;;
	args)
		# shellcheck disable=SC2046
		measure extract-full "$PACTUM" extract $(cat full.list)
		# shellcheck disable=SC2046
		measure extract-half "$PACTUM" extract $(cat half.list)
		# shellcheck disable=SC2046
		measure extract-quarter "$PACTUM" extract $(cat quarter.list)
		;;
	esac
else
	echo "$prog: $PACTUM has no 'extract' command yet: timing only the peers" >&2
fi

# ------------------------------------------------------------------- peers

# the peers read the same files, in a UTF-8 locale like pactum's input
peer_locale=C.UTF-8
if ! locale -a 2>/dev/null | grep -qi '^c\.utf-\{0,1\}8$'; then
	peer_locale=${LC_ALL:-${LANG:-C}}
fi
tr '\n' '\0' <full.list >full.list0
echo "timing peers on the same files (LC_ALL=$peer_locale) ..." >&2
measure wc-w env LC_ALL="$peer_locale" wc -w --files0-from=full.list0
# grep exits 1 when nothing matches; every article names a minister, so a
# failure here is a real one
measure grep-c env LC_ALL="$peer_locale" grep -r -c -i -E 'minister|ministre' "$tmp/full"

# ------------------------------------------------------------------ report

echo
echo "pactum extraction benchmark: $n synthetic articles (seed $SEED; half English, half French),"
echo "  $bytes bytes ($(awk "BEGIN { printf \"%.1f\", $bytes / 1e6 }") MB, 1 MB = 10^6 bytes)${persons:+, $persons distinct persons}"
if [ -n "$have_extract" ]; then
	echo "  pactum reads them as: $(extract_cmd full | sed "s|$tmp/||g") > /dev/null"
	echo "  records written for the $n articles: $records"
fi
echo "  each time is the best (smallest elapsed) of $RUNS runs under /usr/bin/time -f '%e %M';"
echo "  peak MiB is the largest maximum resident set size of those runs"
echo

awk -v n="$n" -v half="$half" -v quarter="$quarter" -v bytes="$bytes" \
	-v have="$have_extract" -v target="$TARGET_MBS" -v locale="$peer_locale" '
function max(s) { return s > 0 ? s : 0.01 }
{ secs[$1] = $2; kib[$1] = $3; order[++k] = $1 }
END {
	arts["extract-full"] = n; arts["extract-half"] = half; arts["extract-quarter"] = quarter
	arts["wc-w"] = n; arts["grep-c"] = n
	frac["extract-full"] = 1; frac["extract-half"] = half / n; frac["extract-quarter"] = quarter / n
	frac["wc-w"] = 1; frac["grep-c"] = 1
	tool["extract-full"] = tool["extract-half"] = tool["extract-quarter"] = "pactum"
	tool["wc-w"] = "wc"; tool["grep-c"] = "grep"
	task["extract-full"] = "extract, all articles"
	task["extract-half"] = "extract, first 1/2"
	task["extract-quarter"] = "extract, first 1/4"
	task["wc-w"] = "wc -w"
	task["grep-c"] = "grep -c -i -E (reference)"
	printf "%-7s %-26s %9s %8s %8s %11s %9s\n", "tool", "task", "articles", "seconds", "MB/s", "articles/s", "peak MiB"
	printf "%-7s %-26s %9s %8s %8s %11s %9s\n", "-------", "--------------------------", "--------", "-------", "----", "----------", "--------"
	for (i = 1; i <= k; i++) {
		key = order[i]
		mbs = bytes * frac[key] / 1e6 / max(secs[key])
		printf "%-7s %-26s %9d %8.2f %8.1f %11.0f %9.1f\n", tool[key], task[key], arts[key], secs[key], mbs, arts[key] / max(secs[key]), kib[key] / 1024
	}
	print "(the peers run with LC_ALL=" locale "; wc -w --files0-from and grep -r read the same files)"
	print ""
	print "targets"
	if (!have) {
		print "  pactum extract throughput        n/a: pactum has no extract command yet  SKIP"
		exit 0
	}
	mbs = bytes / 1e6 / max(secs["extract-full"])
	printf "  %-32s %7.1f MB/s   target >= %d MB/s (one core)  %s\n", "pactum extract throughput", mbs, target, (mbs >= target ? "PASS" : "MISS")
	printf "  %-32s %7.2fx       (pactum time / grep time, for reference)\n", "pactum vs grep -c", secs["extract-full"] / max(secs["grep-c"])
	printf "  peak memory by articles read: %d: %.1f MiB, %d: %.1f MiB, %d: %.1f MiB\n", quarter, kib["extract-quarter"] / 1024, half, kib["extract-half"] / 1024, n, kib["extract-full"] / 1024
	printf "  %-32s %7.2fx       (peak at all articles / peak at 1/4; ~1 if memory does not grow with articles)\n", "peak memory growth, 4x articles", kib["extract-full"] / max(kib["extract-quarter"])
}
' results
