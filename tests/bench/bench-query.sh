#!/bin/sh
# bench-query.sh [ARTICLES...]: pactum query against roqet and Oxigraph on
# the Turtle export of N synthetic articles (default 1000 10000 100000),
# three analysts' queries (tests/bench/queries), each tool loading the file
# and answering, timed end to end; the answers compared row for row
# (tests/query/answers.py, tests/validators/sparql-answers.mjs).
#
# Environment: PACTUM, GEN (gen-records), RUNS (best of, default 1),
# QUERY_TIMEOUT (seconds a tool may take on one query, default 600),
# VALIDATORS (where npm ci ran: tests/validators), KEEP (keep the files).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PACTUM=${PACTUM:-$top/src/pactum}
GEN=${GEN:-$here/gen-records}
RUNS=${RUNS:-1}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-600}
VALIDATORS=${VALIDATORS:-$top/tests/validators}
[ $# -gt 0 ] || set -- 1000 10000 100000
command -v roqet >/dev/null || { echo "bench-query: roqet not found (Debian package rasqal-utils)"; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-query: /usr/bin/time not found (Debian package time)"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-bench-query.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
# The Oxigraph script needs node_modules beside it.
mkdir "$tmp/v"
cp "$VALIDATORS/sparql-answers.mjs" "$tmp/v/"
ln -s "$VALIDATORS/node_modules" "$tmp/v/node_modules"

# timed NAME CMD...: best wall seconds of RUNS runs and peak MiB, in
# $tmp/NAME.time ("seconds MiB", or "timeout"/"failed"); output in $tmp/NAME.out
# (NAME: pactum, roqet or oxigraph)
timed() {
	tool=$1
	shift
	best=""
	r=0
	while [ "$r" -lt "$RUNS" ]; do
		rc=0
		timeout "$QUERY_TIMEOUT" /usr/bin/time -f '%e %M' -o "$tmp/$tool.t" "$@" >"$tmp/$tool.out" 2>"$tmp/$tool.err" || rc=$?
		if [ "$rc" -eq 124 ]; then echo "timeout" >"$tmp/$tool.time"; return; fi
		# roqet exits 2 after warnings
		if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then echo "failed" >"$tmp/$tool.time"; return; fi
		t=$(tail -n 1 "$tmp/$tool.t")
		s=${t% *}
		if [ -z "$best" ] || [ "$(echo "$s < ${best% *}" | bc)" = 1 ]; then best="$s $(( ${t#* } / 1024 ))"; fi
		r=$((r + 1))
	done
	echo "$best" >"$tmp/$tool.time"
}

printf '%-8s %-10s %-22s %9s %9s %9s %8s %8s %s\n' articles triples query pactum roqet oxigraph vs-roqet vs-oxi rows
for n in "$@"; do
	"$GEN" --articles "$n" --seed 1 --lang-mix >"$tmp/r.jsonl"
	"$PACTUM" export -f turtle -o "$tmp/g.ttl" "$tmp/r.jsonl" 2>/dev/null
	triples=$(wc -l <"$tmp/g.ttl")
	triples=$("$PACTUM" query --results csv "$tmp/g.ttl" 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 | tr -d '\r')
	for q in "$here"/queries/*.rq; do
		name=$(basename "$q" .rq)
		timed pactum "$PACTUM" query --results json "$tmp/g.ttl" "@$q"
		timed roqet roqet -q -D "$tmp/g.ttl" -r xml -e "$(cat "$q")"
		timed oxigraph node "$tmp/v/sparql-answers.mjs" "$tmp/g.ttl" text/turtle "$q"
		/usr/bin/python3 "$top/tests/query/answers.py" "$name" "$tmp/pactum.out" | LC_ALL=C sort >"$tmp/p.rows"
		rows=$(wc -l <"$tmp/p.rows")
		verdict="$rows"
		if [ "$(cat "$tmp/roqet.time")" != timeout ] && [ "$(cat "$tmp/roqet.time")" != failed ]; then
			/usr/bin/python3 "$top/tests/query/answers.py" "$name" "$tmp/roqet.out" | LC_ALL=C sort >"$tmp/r.rows"
			cmp -s "$tmp/p.rows" "$tmp/r.rows" && verdict="$verdict =roqet" || verdict="$verdict DIFFER-roqet"
		fi
		if [ "$(cat "$tmp/oxigraph.time")" != timeout ] && [ "$(cat "$tmp/oxigraph.time")" != failed ]; then
			LC_ALL=C sort "$tmp/oxigraph.out" >"$tmp/o.rows"
			cmp -s "$tmp/p.rows" "$tmp/o.rows" && verdict="$verdict =oxigraph" || verdict="$verdict DIFFER-oxigraph"
		fi
		p=$(cut -d' ' -f1 "$tmp/pactum.time")
		ratio() {
			o=$(cut -d' ' -f1 "$tmp/$1.time")
			case $o in timeout) echo ">$(echo "scale=2; $QUERY_TIMEOUT / $p" | bc)" ;; failed) echo "-" ;; *) echo "scale=2; $p / $o" | bc ;; esac
		}
		fmt() { case $(cat "$tmp/$1.time") in timeout) echo ">${QUERY_TIMEOUT}s" ;; failed) echo failed ;; *) echo "$(cut -d' ' -f1 "$tmp/$1.time")s/$(cut -d' ' -f2 "$tmp/$1.time")M" ;; esac; }
		printf '%-8s %-10s %-22s %9s %9s %9s %8s %8s %s\n' "$n" "$triples" "$name" "$(fmt pactum)" "$(fmt roqet)" "$(fmt oxigraph)" "$(ratio roqet)" "$(ratio oxigraph)" "$verdict"
	done
done
echo "vs-roqet, vs-oxi: pactum's time over the peer's (below 1: pactum is faster); rows: pactum's answer lines and which peers gave the same"
