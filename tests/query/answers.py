#!/usr/bin/python3
"""answers.py NAME FILE: a query's answer, as pactum query or roqet wrote it
(SPARQL 1.1 JSON or XML results for SELECT and ASK, N-Triples or RDF/XML
for CONSTRUCT; XML is read with rdflib), in
the canonical form of tests/validators/sparql-answers.mjs: "NAME<TAB>line"
per row (var=term ..., variables sorted, rows sorted), ASK true or false,
CONSTRUCT a line per distinct triple; blank nodes are _:b, xsd:string is
dropped. roqet's JSON has "typed-literal" and "unbound": both are read."""
import json
import re
import sys

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(b):
    kind = b.get("type")
    if kind == "uri":
        return "<%s>" % b["value"]
    if kind == "bnode":
        return "_:b"
    if kind in ("literal", "typed-literal"):
        text = json.dumps(b["value"], ensure_ascii=False)
        lang = b.get("xml:lang") or b.get("lang")
        if lang:
            return "%s@%s" % (text, lang.lower())
        dt = b.get("datatype")
        if dt and dt != XSD_STRING:
            return "%s^^<%s>" % (text, dt)
        return text
    return None  # unbound


NT_TERM = re.compile(r'<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?')


def nt_term(t):
    if t.startswith("_:"):
        return "_:b"
    if t.startswith('"'):
        m = re.match(r'("(?:[^"\\]|\\.)*")(.*)$', t)
        value = json.loads(m.group(1))
        rest = m.group(2)
        text = json.dumps(value, ensure_ascii=False)
        if rest.startswith("@"):
            return text + rest.lower()
        if rest.startswith("^^<") and rest[3:-1] != XSD_STRING:
            return text + rest
        return text
    return t


def main():
    name, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = []
    stripped = text.lstrip()
    if stripped.startswith("{"):
        doc = json.loads(text)
        if "boolean" in doc:
            lines = ["true" if doc["boolean"] else "false"]
        else:
            for row in doc["results"]["bindings"]:
                cells = []
                for var in sorted(row):
                    t = term(row[var])
                    if t is not None:
                        cells.append("%s=%s" % (var, t))
                lines.append(" ".join(cells))
            lines.sort()
    elif stripped.startswith("<?xml") and "sparql-results" in text[:300]:
        from rdflib.query import Result
        from rdflib.term import BNode, Literal, URIRef
        result = Result.parse(source=open(path, "rb"), format="xml")
        if result.type == "ASK":
            lines = ["true" if result.askAnswer else "false"]
        else:
            def as_json(t):
                if isinstance(t, URIRef):
                    return {"type": "uri", "value": str(t)}
                if isinstance(t, BNode):
                    return {"type": "bnode", "value": str(t)}
                b = {"type": "literal", "value": str(t)}
                if t.language:
                    b["xml:lang"] = t.language
                elif t.datatype:
                    b["datatype"] = str(t.datatype)
                return b
            for row in result.bindings:
                cells = ["%s=%s" % (str(v), term(as_json(row[v]))) for v in sorted(row, key=str)
                         if row[v] is not None]
                lines.append(" ".join(cells))
            lines.sort()
    elif stripped.startswith("<?xml") or stripped.startswith("<rdf:RDF"):
        import rdflib
        g = rdflib.Graph()
        g.parse(path, format="xml")
        seen = set()
        for s_, p_, o_ in g:
            parts = []
            for t in (s_, p_, o_):
                if isinstance(t, rdflib.BNode):
                    parts.append("_:b")
                elif isinstance(t, rdflib.URIRef):
                    parts.append("<%s>" % t)
                else:
                    b = {"type": "literal", "value": str(t)}
                    if t.language:
                        b["xml:lang"] = t.language
                    elif t.datatype:
                        b["datatype"] = str(t.datatype)
                    parts.append(term(b))
            seen.add(" ".join(parts))
        lines = sorted(seen)
    else:
        seen = set()
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            terms = NT_TERM.findall(line)
            seen.add(" ".join(nt_term(t) for t in terms[:3]))
        lines = sorted(seen)
    for line in lines:
        print("%s\t%s" % (name, line))


main()
