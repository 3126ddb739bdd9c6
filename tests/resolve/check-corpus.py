#!/usr/bin/python3
"""check-corpus.py GOLD.json GRAPH.ttl: does one graph of many articles hold
one node per real thing? For each gold person, institution, agreement and
visit: exactly one node matches it (names compared without case, accents or
punctuation, at a similarity of 0.85 or more), that node is mentioned in
every article the gold names, and its country, status and date are the
gold's. Prints one line per check and exits 1 on any miss. Written for
pactum's own test articles (tests/resolve/articles); needs python3-rdflib."""
import difflib
import json
import os
import sys
import unicodedata

import rdflib
from rdflib import RDF, RDFS

P = rdflib.Namespace("https://w3id.org/pactum/ontology#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
KINDS = {"MoU": "mou", "Treaty": "treaty", "GeneralAgreement": "agreement",
         "Protocol": "protocol", "LetterOfIntent": "letter_of_intent"}
STATUSES = {"Expected": "expected", "Negotiating": "negotiating", "Signed": "signed",
            "InForce": "in_force"}


def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in s.lower()).split())


def similar(gold, names):
    return max((difflib.SequenceMatcher(None, norm(gold), norm(n)).ratio() for n in names),
               default=0.0)


def main():
    gold = json.load(open(sys.argv[1]))
    g = rdflib.Graph()
    g.parse(sys.argv[2], format="turtle")

    def names(n):
        return [str(x) for x in g.objects(n, RDFS.label)] + [str(x) for x in g.objects(n, SKOS.altLabel)]

    def one(n, p):
        return next(iter(g.objects(n, p)), None)

    def code(n):
        if n is None:
            return None
        c = one(n, P.countryCode)
        return str(c).upper() if c is not None else None

    def docs(n):
        return {os.path.basename(str(f)) for d in g.objects(n, P.mentionedIn)
                for f in g.objects(d, P.fileName)}

    def local(o, table):
        return table.get(str(o).rsplit("#", 1)[-1]) if o is not None else None

    misses = 0

    def check(what, hits, want_docs, extra):
        nonlocal misses
        found = set().union(*(docs(h) for h in hits)) if hits else set()
        good = len(hits) == 1 and set(want_docs) <= found and all(extra.values())
        misses += not good
        detail = ", ".join(f"{k} {'ok' if v else 'WRONG'}" for k, v in extra.items())
        print(f"{'ok  ' if good else 'MISS'} {what}: {len(hits)} node(s), articles "
              f"{len(found & set(want_docs))}/{len(want_docs)}{', ' + detail if detail else ''}")

    for gp in gold.get("persons", []):
        hits = [n for n in g.subjects(RDF.type, P.Person) if similar(gp["name"], names(n)) >= 0.85]
        extra = {"country": code(one(hits[0], P.country)) == gp["country"]} if len(hits) == 1 and "country" in gp else {}
        check(f"person {gp['name']}", hits, gp["docs"], extra)
    for gi in gold.get("institutions", []):
        hits = [n for n in g.subjects(RDF.type, P.Institution) if similar(gi["name"], names(n)) >= 0.85]
        extra = {"country": code(one(hits[0], P.country)) == gi["country"]} if len(hits) == 1 else {}
        check(f"institution {gi['name']}", hits, gi["docs"], extra)
    for ga in gold.get("agreements", []):
        hits = [n for n in g.subjects(RDF.type, P.Agreement)
                if {code(c) for c in g.objects(n, P.party)} == set(ga["parties"])
                and local(one(n, P.agreementKind), KINDS) == ga["kind"]]
        extra = {}
        if len(hits) == 1:
            extra = {"status": local(one(hits[0], P.status), STATUSES) == ga["status"],
                     "signed": str(one(hits[0], P.signedOn)) == ga["signed"]}
        check(f"agreement {ga['kind']} {'-'.join(ga['parties'])}", hits, ga["docs"], extra)
    for gv in gold.get("visits", []):
        hits = [n for n in g.subjects(RDF.type, P.Visit)
                if code(one(n, P.hostCountry)) == gv["host_country"]
                and one(n, P.visitor) is not None
                and similar(gv["visitor"], names(one(n, P.visitor))) >= 0.85]
        check(f"visit {gv['visitor']} -> {gv['host_country']}", hits, gv["docs"], {})
    print(f"{'FAIL' if misses else 'PASS'}: {misses} miss(es)")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
