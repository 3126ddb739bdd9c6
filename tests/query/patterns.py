#!/usr/bin/python3
"""patterns.py OUTDIR DATASETS SEED: random datasets and queries that join
basic patterns with GRAPH, OPTIONAL, UNION, BIND and nested groups, and
count distinct values, for tests/query/patterns.test.

Each dataset OUTDIR/dN.nq holds a default graph and two named graphs over
a handful of terms, so that joins meet often; each query OUTDIR/dN-SHAPE.rq
is one shape with basic patterns drawn at random (variables ?a ?b ?c shared
at random between the parts). The shapes are those where rasqal 0.9.33
binds one variable in two patterns at once (query/scope.h): a pattern
before a GRAPH, after it, inside OPTIONAL, after a UNION. The same seed
gives the same files."""
import os
import random
import sys

out, datasets, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
X = "http://x/"
SUBJECTS = ["a1", "a2", "a3"]
OBJECTS = SUBJECTS + ["x", "y"]
PREDICATES = ["p", "q"]
SHAPES = {
    "graph-after": "{{ {L} . GRAPH ?g {{ {R} }} }}",
    "graph-first": "{{ GRAPH ?g {{ {R} }} {L} }}",
    "graph-iri": "{{ {L} . GRAPH <http://x/g1> {{ {R} }} }}",
    "two-graphs": "{{ GRAPH ?g {{ {L} }} GRAPH ?h {{ {R} }} }}",
    "nested": "{{ {L} . {{ {R} }} }}",
    "optional": "{{ {L} OPTIONAL {{ {R} }} }}",
    "optional-graph": "{{ {L} OPTIONAL {{ GRAPH ?g {{ {R} }} }} }}",
    "optional-unbound": "{{ {L} OPTIONAL {{ {R} }} FILTER(!BOUND(?c)) }}",
    "graph-optional": "{{ GRAPH ?g {{ {L} }} OPTIONAL {{ {R} }} }}",
    "union-join": "{{ {{ {L} }} UNION {{ {R} }} ?a <http://x/p> ?c }}",
    "bind-graph": "{{ {L} BIND(?a AS ?d) GRAPH ?g {{ {R} . ?d <http://x/q> ?b }} }}",
    "count-distinct": "SELECT ?a (COUNT(DISTINCT ?b) AS ?n) (COUNT(DISTINCT ?c) AS ?m) "
                      "WHERE {{ {L} . ?a <http://x/p> ?b . ?b <http://x/q> ?c }} GROUP BY ?a",
}


def statements(n):
    return sorted({(rnd.choice(SUBJECTS), rnd.choice(PREDICATES), rnd.choice(OBJECTS))
                   for _ in range(n)})


def term():
    if rnd.random() < 0.7:
        return rnd.choice(["?a", "?b", "?c"])
    return "<%s%s>" % (X, rnd.choice(OBJECTS))


def basic(n):
    return " . ".join("%s <%s%s> %s" % (term(), X, rnd.choice(PREDICATES), term())
                      for _ in range(n))


def nquads(triples, graph=None):
    g = " <%s%s>" % (X, graph) if graph else ""
    return "".join("<%s%s> <%s%s> <%s%s>%s .\n" % (X, s, X, p, X, o, g) for s, p, o in triples)


os.makedirs(out, exist_ok=True)
for i in range(datasets):
    with open(os.path.join(out, "d%d.nq" % i), "w") as f:
        f.write(nquads(statements(8)) + nquads(statements(5), "g1") + nquads(statements(5), "g2"))
    for name, shape in SHAPES.items():
        text = shape.format(L=basic(rnd.randint(2, 3)), R=basic(rnd.randint(1, 2)))
        if not text.startswith("SELECT"):
            text = "SELECT * WHERE " + text
        with open(os.path.join(out, "d%d-%s.rq" % (i, name)), "w") as f:
            f.write(text + "\n")
