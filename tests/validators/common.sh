# Shared by tests/validators/*.test (POSIX sh; sourced after `set -eu`).
#
# Environment:
#   PACTUM                     the pactum binary (default: $top_builddir/src/pactum,
#                              else $top_srcdir/src/pactum)
#   top_srcdir                 the source tree (default: two levels above this file)
#   top_builddir               the build tree (default: $top_srcdir)
#   PACTUM_VALIDATORS_DIR      where `npm ci` was run (holds node_modules);
#                              default $top_srcdir/tests/validators
#   PACTUM_REQUIRE_VALIDATORS  1: a missing validator fails the test (exit 1)
#                              instead of skipping it (exit 77). CI sets it.
#
# Every test writes only in $tmp (mktemp -d), removed on exit.

if [ -z "${top_srcdir:-}" ]; then
	case $0 in
	*/*) top_srcdir=$(cd "$(dirname "$0")/../.." && pwd) ;;
	*) top_srcdir=$(cd ../.. && pwd) ;;
	esac
fi
top_srcdir=$(cd "$top_srcdir" && pwd)
top_builddir=${top_builddir:-$top_srcdir}
validators_src=$top_srcdir/tests/validators
validators_dir=${PACTUM_VALIDATORS_DIR:-$validators_src}
records_dir=$top_srcdir/tests/samples/records
# shellcheck disable=SC2034 # used by the tests that source this file
context_url=https://w3id.org/pactum/context.jsonld
export PACTUM_CONTEXT_FILE="$top_srcdir/ontology/context.jsonld"

test_name=$(basename "$0" .test)
exec 2>&1

say() { printf '%s: %s\n' "$test_name" "$*"; }
fail() { say "FAIL: $*" >&2; exit 1; }

# A validator is missing: skip, or fail where validators are required.
missing() {
	if [ "${PACTUM_REQUIRE_VALIDATORS:-0}" = 1 ]; then
		say "FAIL: $* (PACTUM_REQUIRE_VALIDATORS=1)" >&2
		exit 1
	fi
	say "SKIP: $*" >&2
	exit 77
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-$test_name.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

# Node validators: check node and node_modules, then stage the scripts in
# $tmp/v with node_modules linked in, so that ES module resolution finds the
# packages wherever `npm ci` was run (the source tree may be read-only).
need_node_validators() {
	command -v node >/dev/null 2>&1 ||
		missing "validators not installed: run npm ci in tests/validators (node not found)"
	for pkg in jsonld rdf-canonize n3 shacl-engine oxigraph @rdfjs/data-model @rdfjs/dataset; do
		[ -f "$validators_dir/node_modules/$pkg/package.json" ] ||
			missing "validators not installed: run npm ci in tests/validators (no $validators_dir/node_modules/$pkg)"
	done
	mkdir "$tmp/v"
	cp "$validators_src"/*.mjs "$tmp/v/"
	cp -R "$validators_src/lib" "$tmp/v/lib"
	cp "$validators_src/package.json" "$tmp/v/"
	ln -s "$validators_dir/node_modules" "$tmp/v/node_modules"
	# shellcheck disable=SC2034 # used by the tests that source this file
	V=$tmp/v
}

find_pactum() {
	if [ -z "${PACTUM:-}" ]; then
		for p in "$top_builddir/src/pactum" "$top_srcdir/src/pactum"; do
			if [ -x "$p" ]; then PACTUM=$p; break; fi
		done
	fi
	[ -n "${PACTUM:-}" ] || fail "PACTUM is not set and src/pactum is not built"
	[ -x "$PACTUM" ] || fail "PACTUM=$PACTUM is not an executable"
}

# export_all DIR [OPTION...]: the six formats of every sample record file.
export_all() {
	_dir=$1; shift
	find_pactum
	ls "$records_dir"/*.json >/dev/null 2>&1 || fail "no sample records in $records_dir"
	mkdir -p "$_dir"
	"$PACTUM" export "$@" -o "$_dir" "$records_dir"/*.json >"$tmp/export.log" 2>&1 || {
		cat "$tmp/export.log" >&2
		fail "pactum export -o $_dir failed"
	}
	for f in graph.ttl graph.nt graph.nq graph.trig graph.jsonld graph.rdf; do
		[ -s "$_dir/$f" ] || fail "pactum export did not write $_dir/$f (or it is empty)"
	done
}
