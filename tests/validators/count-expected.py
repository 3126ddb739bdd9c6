#!/usr/bin/python3
"""count-expected.py GRAPH.ttl: the row count each query of queries/ should
give, computed with rdflib's graph API (no SPARQL, no pactum code), so that
the "# expect: N" lines of queries/*.rq come from an independent count.
Needs Debian's python3-rdflib. Prints name<TAB>count, as oxigraph.mjs does.
Keep it in step with the queries when one is added or changed."""
import sys
import rdflib
from rdflib import RDF, Literal
P = rdflib.Namespace('https://w3id.org/pactum/ontology#')
g = rdflib.Graph(); g.parse(sys.argv[1], format='turtle')
def inst(c): return set(g.subjects(RDF.type, P[c]))
out = {}
for name, c in [('persons','Person'),('agreements','Agreement'),('exercises','Exercise'),('visits','Visit'),('meetings','Meeting'),('countries','Country'),('documents','Document'),('institutions','Institution'),('places','Place'),('mentions','Mention')]:
    out[name] = len(inst(c))
agr = inst('Agreement')
# agreements-of-country: SN
sn = [s for s in g.subjects(P.countryCode, Literal('SN'))]
rows = set()
for a in agr:
    for c in g.objects(a, P.party):
        if c in sn:
            sigs = list(g.objects(a, P.signatory))
            if sigs:
                for s in sigs: rows.add((a, s))
            else: rows.add((a, None))
out['agreements-of-country'] = len(rows)
rows = set()
for a in agr:
    for c in g.objects(a, P.party):
        for code in g.objects(c, P.countryCode):
            sigs = list(g.objects(a, P.signatory))
            for s in (sigs or [None]): rows.add((code, a, s))
out['agreements-by-country'] = len(rows)
years = set()
for e in inst('Exercise'):
    ds = [d for d in g.objects(e, P.startDate) if not str(d).startswith('--')]
    if ds:
        for d in ds: years.add(str(d)[:4])
    else: years.add('unknown')
out['exercises-by-year'] = len(years)
persons = inst('Person')
pairs = set()
for m in inst('Meeting'):
    ps = sorted(str(p) for p in g.objects(m, P.participant) if p in persons)
    for i in range(len(ps)):
        for j in range(i+1, len(ps)):
            pairs.add((m, ps[i], ps[j]))
out['who-met-whom'] = len(pairs)
out['signatories'] = len({(a, s) for a in agr for s in g.objects(a, P.signatory) if s in persons})
for k in sorted(out): print(f"{k}\t{out[k]}")
