#!/bin/sh
# evaluate.sh [PART...]: scores pactum on the development corpus
# (tests/devcorpus/README.md) with ../shared/eval/score.py, the measure of
# the hidden set. PART is dev (default) or held; each is scored:
#  - docs, clean: every article exported on its own, scored against its gold;
#  - docs, scraped: the same articles as a scraper delivers them;
#  - corpus: all clean articles of the part in one export, against
#    corpus.json (one node per real thing, across outlets and languages);
#  - stories: each story (the articles that tell one thing, stories.py) in
#    an export of its own, against its share of corpus.json: the hidden
#    set's two-outlet check.  The corpus measure cannot reach 1.0 (two
#    stories of one pair of countries hold agreements with one party set);
#    this one can.
# Environment: PACTUM (default src/pactum), SCORE (../shared/eval/score.py),
# JSON=1 for score.py's machine-readable last lines, KEEP=1 keeps the graphs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PACTUM=${PACTUM:-$top/src/pactum}
SCORE=${SCORE:-$top/../shared/eval/score.py}
[ -f "$SCORE" ] || { echo "evaluate: no $SCORE (../shared is not beside the project)"; exit 77; }
[ $# -gt 0 ] || set -- dev
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-devcorpus.XXXXXX")
[ -n "${KEEP:-}" ] && echo "graphs kept in $tmp" || trap 'rm -rf "$tmp"' EXIT
json=""
[ -n "${JSON:-}" ] && json=--json
for part in "$@"; do
	dir=$here/$part
	[ -d "$dir/articles" ] || { echo "evaluate: no part $part"; exit 2; }
	for form in articles scraped; do
		mkdir -p "$tmp/$part/$form"
		for a in "$dir/$form"/*.txt; do
			n=$(basename "$a" .txt)
			"$PACTUM" export -q -f turtle -o "$tmp/$part/$form/$n.ttl" "$a" 2>>"$tmp/$part/$form.log" || true
		done
		echo "== $part, docs, $( [ $form = articles ] && echo clean || echo scraped ) ($(ls "$dir/$form" | wc -l) articles)"
		/usr/bin/python3 "$SCORE" docs --all $json --gold "$dir/gold" "$tmp/$part/$form"/*.ttl
	done
	"$PACTUM" export -q -f turtle -o "$tmp/$part/corpus.ttl" "$dir/articles" 2>>"$tmp/$part/corpus.log" || true
	echo "== $part, corpus"
	/usr/bin/python3 "$SCORE" corpus $json --gold "$dir/gold" "$tmp/$part/corpus.ttl"
	/usr/bin/python3 "$here/stories.py" split "$dir/gold" "$tmp/$part/stories"
	for s in "$tmp/$part/stories"/*; do
		set --
		while read -r a; do set -- "$@" "$dir/articles/$a"; done < "$s/articles.txt"
		"$PACTUM" export -q -f turtle -o "$s/graph.ttl" "$@" 2>>"$tmp/$part/stories.log" || true
	done
	echo "== $part, stories"
	/usr/bin/python3 "$here/stories.py" score "$SCORE" "$tmp/$part/stories" $json
done
