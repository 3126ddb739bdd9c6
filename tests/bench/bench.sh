#!/bin/sh
# bench.sh: time pactum's writers against serdi and rapper, then pactum's
# extractor against wc and grep (bench-extract.sh).
#
#   bench.sh [ARTICLES]          generate ARTICLES synthetic records, export
#                                them with pactum, then run the peers on the
#                                N-Triples pactum wrote; then the extraction
#                                benchmark (bench-extract.sh)
#   bench.sh --peers FILE.nt     time only the peers, on a given N-Triples file
#   bench.sh --extract [MB]      only the extraction benchmark
#
# Environment:
#   PACTUM        the pactum binary        (default: ../../src/pactum from this script)
#   GEN           the gen-records binary   (default: ./gen-records beside this script)
#   GEN_ARTICLES  the gen-articles binary  (default: ./gen-articles beside this script)
#   RUNS          runs per timing, the best is kept (default 3)
#   SEED          seed for the generators  (default 1)
#   KEEP          if set, keep the temporary directories and say where they are
#   EXTRACT_MB    megabytes of articles for the extraction benchmark (default 100)
#   EXTRACT       set to 0 to skip the extraction benchmark
#
# Without ARTICLES the size is chosen so that the exported N-Triples (the
# default graph) hold at least 1,000,000 triples: 12000 articles, and if that
# gives fewer, the records are generated again at the size that does.
#
# This is a report: it exits 0 whatever the timings are, and non-zero only
# when a command fails or a tool is missing.

set -eu

prog=bench.sh
here=$(cd "$(dirname "$0")" && pwd)
PACTUM=${PACTUM:-$here/../../src/pactum}
GEN=${GEN:-$here/gen-records}
GEN_ARTICLES=${GEN_ARTICLES:-$here/gen-articles}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
TIME=/usr/bin/time
MIN_TRIPLES=1000000
DEFAULT_ARTICLES=12000

die() {
	echo "$prog: $*" >&2
	exit 1
}

usage() {
	echo "usage: $prog [ARTICLES] | $prog --peers FILE.nt | $prog --extract [MB]" >&2
	exit 2
}

# --------------------------------------------------------------- arguments

peers_only=
articles=
case ${1:-} in
--peers)
	[ $# -eq 2 ] || usage
	peers_only=$2
	[ -r "$peers_only" ] || die "cannot read '$peers_only'"
	case $peers_only in /*) ;; *) peers_only=$(pwd)/$peers_only ;; esac
	;;
--extract)
	[ $# -le 2 ] || usage
	shift
	PACTUM=$PACTUM GEN_ARTICLES=$GEN_ARTICLES RUNS=$RUNS SEED=$SEED \
		exec sh "$here/bench-extract.sh" "$@"
	;;
-h | --help)
	sed -n '2,29s/^# \{0,1\}//p' "$0"
	exit 0
	;;
'') ;;
*)
	[ $# -eq 1 ] || usage
	case $1 in *[!0-9]* | 0*) usage ;; esac
	articles=$1
	;;
esac
case $RUNS in '' | *[!0-9]* | 0*) die "RUNS must be a positive integer" ;; esac

# ------------------------------------------------------------------- tools

[ -x "$TIME" ] || die "$TIME not found (Debian: apt-get install time)"
command -v serdi >/dev/null 2>&1 || die "serdi not found (Debian: apt-get install serdi)"
command -v rapper >/dev/null 2>&1 || die "rapper not found (Debian: apt-get install raptor2-utils)"
if [ -z "$peers_only" ]; then
	[ -x "$PACTUM" ] || die "no pactum binary at '$PACTUM': build it first (make), or set PACTUM=/path/to/pactum; to time only the peers: $prog --peers FILE.nt"
	[ -x "$GEN" ] || die "no gen-records binary at '$GEN': build it first (make tests/bench/gen-records), or set GEN=/path/to/gen-records"
	case $PACTUM in /*) ;; *) PACTUM=$(pwd)/$PACTUM ;; esac
	case $GEN in /*) ;; *) GEN=$(pwd)/$GEN ;; esac
	case $GEN_ARTICLES in /*) ;; *) GEN_ARTICLES=$(pwd)/$GEN_ARTICLES ;; esac
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-bench.XXXXXX")
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

# measure KEY STDOUT COMMAND...: run COMMAND $RUNS times with its standard
# output sent to STDOUT, each under /usr/bin/time, and append
# "KEY best-seconds peak-KiB" to results (best = smallest elapsed time,
# peak = largest maximum resident set size over the runs). A failing run
# stops the benchmark with the command's messages.
measure() {
	key=$1
	sink=$2
	shift 2
	best=
	peak=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		if ! "$TIME" -o time.txt -f '%e %M' "$@" >"$sink" 2>err.txt; then
			echo "$prog: failed: $*" >&2
			tail -n 20 err.txt >&2
			grep -v '^[0-9.]* [0-9]*$' time.txt >&2 || true
			exit 1
		fi
		# the last line is ours; /usr/bin/time may add one before it
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
	printf '  %-14s %6.2f s  %8.1f MiB  (best of %d)\n' "$key" "$best" \
		"$(awk "BEGIN { print $peak / 1024 }")" "$RUNS" >&2
}

# statements in an N-Triples / N-Quads file: lines that are neither blank
# nor comments
count_statements() {
	[ -f "$1" ] || die "pactum exited 0 but wrote no $1"
	awk '!/^[ \t]*(#|$)/ { n++ } END { print n + 0 }' "$1"
}

generate() {
	echo "generating $1 articles (seed $SEED, --lang-mix) ..." >&2
	"$GEN" --articles "$1" --seed "$SEED" --lang-mix >records.jsonl ||
		die "gen-records failed"
}

# ------------------------------------------------------------------ pactum

: >results
if [ -z "$peers_only" ]; then
	auto=
	if [ -z "$articles" ]; then
		articles=$DEFAULT_ARTICLES
		auto=1
	fi
	generate "$articles"
	"$PACTUM" export -f ntriples -o out.nt records.jsonl 2>err.txt || {
		echo "$prog: failed: $PACTUM export -f ntriples -o out.nt records.jsonl" >&2
		tail -n 20 err.txt >&2
		exit 1
	}
	triples=$(count_statements out.nt)
	if [ -n "$auto" ] && [ "$triples" -lt "$MIN_TRIPLES" ]; then
		[ "$triples" -gt 0 ] || die "pactum wrote no triples"
		articles=$(awk "BEGIN { printf \"%d\", $articles * 1.05 * $MIN_TRIPLES / $triples + 1 }")
		echo "only $triples triples; again with $articles articles" >&2
		generate "$articles"
	fi
	records_mib=$(awk "BEGIN { printf \"%.1f\", $(wc -c <records.jsonl) / 1048576 }")

	echo "timing pactum ..." >&2
	# Like the peers below, pactum writes to standard output, sent to
	# /dev/null: both sides pay for making the bytes, neither for the disk.
	measure pactum-nt /dev/null "$PACTUM" export -q -f ntriples records.jsonl
	measure pactum-ttl /dev/null "$PACTUM" export -q -f turtle records.jsonl
	measure pactum-jsonld /dev/null "$PACTUM" export -q -f jsonld records.jsonl
	measure pactum-nq /dev/null "$PACTUM" export -q -f nquads records.jsonl
	"$PACTUM" export -q -f nquads -o out.nq records.jsonl
	triples=$(count_statements out.nt)
	quads=$(count_statements out.nq)
	nt=out.nt
else
	nt=$peers_only
	triples=$(count_statements "$nt")
	quads=0
fi

# ------------------------------------------------------------------- peers

echo "timing peers on the same N-Triples ..." >&2
measure serdi-nt /dev/null serdi -i ntriples -o ntriples "$nt"
measure serdi-ttl /dev/null serdi -i ntriples -o turtle "$nt"
measure rapper-ttl /dev/null rapper -q -i ntriples -o turtle "$nt"

# ------------------------------------------------------------------ report

echo
if [ -z "$peers_only" ]; then
	echo "pactum benchmark: $articles synthetic articles (seed $SEED, --lang-mix), records $records_mib MiB"
	echo "  $triples triples in the default graph (out.nt, $(awk "BEGIN { printf \"%.1f\", $triples / $articles }") per article), $quads quads in the dataset (out.nq)"
else
	echo "peer benchmark on $nt: $triples triples"
fi
echo "  each time is the best (smallest elapsed) of $RUNS runs under /usr/bin/time -f '%e %M';"
echo "  peak MiB is the largest maximum resident set size of those runs"
echo

awk -v triples="$triples" -v quads="$quads" -v peers_only="$peers_only" '
function rate(n, s) { return n / (s > 0 ? s : 0.01) }
{ secs[$1] = $2; kib[$1] = $3; order[++n] = $1 }
END {
	tool["pactum-nt"] = "pactum"; task["pactum-nt"] = "records -> N-Triples"
	tool["pactum-ttl"] = "pactum"; task["pactum-ttl"] = "records -> Turtle"
	tool["pactum-jsonld"] = "pactum"; task["pactum-jsonld"] = "records -> JSON-LD (*)"
	tool["pactum-nq"] = "pactum"; task["pactum-nq"] = "records -> N-Quads (*)"
	tool["serdi-nt"] = "serdi"; task["serdi-nt"] = "N-Triples -> N-Triples"
	tool["serdi-ttl"] = "serdi"; task["serdi-ttl"] = "N-Triples -> Turtle"
	tool["rapper-ttl"] = "rapper"; task["rapper-ttl"] = "N-Triples -> Turtle"
	printf "%-7s %-24s %9s %12s %9s\n", "tool", "task", "seconds", "triples/s", "peak MiB"
	printf "%-7s %-24s %9s %12s %9s\n", "-------", "------------------------", "-------", "---------", "--------"
	for (i = 1; i <= n; i++) {
		k = order[i]
		stmts = (k == "pactum-jsonld" || k == "pactum-nq") ? quads : triples
		printf "%-7s %-24s %9.2f %12.0f %9.1f\n", tool[k], task[k], secs[k], rate(stmts, secs[k]), kib[k] / 1024
	}
	if (peers_only != "")
		exit 0
	print "(*) JSON-LD and N-Quads hold the whole dataset (default graph and one named"
	print "    graph per article): their rate counts quads, not default-graph triples."
	print ""
	print "targets (time ratios: pactum seconds / peer seconds)"
	check("pactum N-Triples / serdi N-Triples", secs["pactum-nt"] / max(secs["serdi-nt"]), 1)
	check("pactum Turtle / serdi Turtle", secs["pactum-ttl"] / max(secs["serdi-ttl"]), 2)
	check("pactum JSON-LD / serdi Turtle", secs["pactum-jsonld"] / max(secs["serdi-ttl"]), 2)
	peak = 0
	for (k in kib)
		if (tool[k] == "pactum" && kib[k] > peak)
			peak = kib[k]
	verdict = peak / 1024 < 1024 ? "PASS" : "MISS"
	printf "  %-36s %8.1f MiB  target < 1024 MiB  %s\n", "pactum peak memory (all exports)", peak / 1024, verdict
	if (triples < 1000000)
		printf "  note: %d triples, fewer than the 1,000,000 the targets are set for\n", triples
	printf "  pactum vs rapper Turtle (for reference): %.2fx\n", secs["pactum-ttl"] / max(secs["rapper-ttl"])
}
function max(s) { return s > 0 ? s : 0.01 }
function check(what, ratio, limit) {
	printf "  %-36s %8.2fx      target <= %.0fx        %s\n", what, ratio, limit, ratio <= limit ? "PASS" : "MISS"
}
' results

# -------------------------------------------------------------- extraction

if [ -z "$peers_only" ] && [ "${EXTRACT:-1}" != 0 ]; then
	echo
	if [ -x "$GEN_ARTICLES" ]; then
		PACTUM=$PACTUM GEN_ARTICLES=$GEN_ARTICLES RUNS=$RUNS SEED=$SEED \
			sh "$here/bench-extract.sh" || exit 1
	else
		echo "extraction benchmark skipped: no gen-articles binary at '$GEN_ARTICLES'"
		echo "  (make tests/bench/gen-articles, or set GEN_ARTICLES=/path/to/gen-articles)"
	fi
fi
