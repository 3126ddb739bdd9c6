#!/bin/sh
# compare-builds.sh OLD_PACTUM NEW_PACTUM: do two builds of pactum write
# the same bytes? A change that says "behaviour unchanged" (a refactoring,
# a speed-up) is checked with it against the build before it.
#
# Every command that writes something runs with both builds on the same
# inputs, and every output is compared byte for byte:
#   - extract (records) and export in all six syntaxes, with and without
#     resolution, of: the bundled sample, the seeds (../shared/seeds, when
#     beside the checkout), the development corpus (clean and scraped), the
#     hostile records of tests/cli, synthetic records (gen-records) and
#     synthetic articles (gen-articles);
#   - publish of the sample and of the synthetic records (every file of the
#     site, compared with diff -r);
#   - query of the sample's export with every query of
#     tests/validators/queries, in every results format.
# Exit status 0 when everything is identical, 1 when something differs
# (each difference is named), 2 on bad usage.
#
# Environment: PACTUM_DATADIR (default: the checkout's ontology/),
# N (synthetic articles and records, default 3000), KEEP (keep the files).
set -u
[ $# -eq 2 ] || { echo "usage: compare-builds.sh OLD_PACTUM NEW_PACTUM" >&2; exit 2; }
old=$1
new=$2
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared=$(cd "$top/.." && pwd)/shared
N=${N:-3000}
export PACTUM_DATADIR=${PACTUM_DATADIR:-$top/ontology}
for b in "$old" "$new"; do
	[ -x "$b" ] || { echo "compare-builds: $b is not an executable" >&2; exit 2; }
done
[ -x "$here/gen-records" ] && [ -x "$here/gen-articles" ] ||
	{ echo "compare-builds: build tests/bench/gen-records and gen-articles first (make check builds them)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-compare.XXXXXX")
[ -n "${KEEP:-}" ] && echo "compare-builds: files in $tmp" || trap 'rm -rf "$tmp"' EXIT

"$here/gen-records" --articles "$N" --lang-mix >"$tmp/synthetic.jsonl"
"$here/gen-articles" --out "$tmp/synthetic-articles" --articles "$N" >/dev/null

# inputs: name and path (a file or a directory)
set -- sample "$top/tests/samples/articles" \
	hostile "$top/tests/cli/hostile.json" \
	synthetic-records "$tmp/synthetic.jsonl" \
	synthetic-articles "$tmp/synthetic-articles"
[ -d "$shared/seeds" ] && set -- "$@" seeds "$shared/seeds"
for part in dev held; do
	for form in articles scraped; do
		d=$top/tests/devcorpus/$part/$form
		[ -d "$d" ] && set -- "$@" "$part-$form" "$d"
	done
done

differ=0
compared=0
# same WHAT: compare $tmp/old/WHAT with $tmp/new/WHAT (files or trees)
same() {
	compared=$((compared + 1))
	if [ -d "$tmp/old/$1" ]; then
		diff -r "$tmp/old/$1" "$tmp/new/$1" >/dev/null
	else
		cmp -s "$tmp/old/$1" "$tmp/new/$1"
	fi || { echo "DIFFERENT: $1"; differ=1; }
}
# both WHAT CMD...: run CMD with each build (@P@ stands for the build, @O@
# for the output path), keep exit status and standard error beside it
both() {
	what=$1
	shift
	for side in old new; do
		if [ $side = old ]; then p=$old; else p=$new; fi
		out=$tmp/$side/$what
		mkdir -p "$(dirname "$out")"
		args=""
		for a in "$@"; do
			a=$(printf '%s' "$a" | sed "s|@P@|$p|g; s|@O@|$out|g")
			args="$args '$a'"
		done
		eval "$args" >"$out.stdout" 2>"$out.stderr"
		echo $? >"$out.rc"
		# messages name the build's path; compare them without it
		sed "s|$p|PACTUM|g" "$out.stderr" >"$out.msg" && rm "$out.stderr"
	done
	for f in stdout rc msg; do same "$what.$f"; done
	[ -e "$tmp/old/$what" ] && same "$what"
}

while [ $# -gt 0 ]; do
	name=$1
	input=$2
	shift 2
	case $input in *.json | *.jsonl) ;; *) both "$name/extract" @P@ extract -q "$input" ;; esac
	both "$name/export" @P@ export -q -o @O@ "$input"
	both "$name/export-unresolved" @P@ export -q --no-resolve -f nquads,jsonld -o @O@ "$input"
done
both sample/publish @P@ publish -q -o @O@ "$top/tests/samples/articles"
both synthetic/publish @P@ publish -q -o @O@ "$tmp/synthetic.jsonl"
for q in "$top"/tests/validators/queries/*.rq; do
	for r in table csv tsv json xml; do
		both "query/$(basename "$q" .rq).$r" @P@ query --results $r \
			"$tmp/old/sample/export/graph.nq" "@$q"
	done
done
echo "compare-builds: $compared outputs compared, $([ $differ = 0 ] && echo all identical || echo some differ)"
exit $differ
