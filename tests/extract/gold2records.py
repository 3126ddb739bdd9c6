#!/usr/bin/env python3
"""Write the records a perfect extraction of the articles would give.

  gold2records.py EXPECTED_DIR > records.jsonl

Turns every tests/extract/expected/*.json into a pactum record (JSON Lines,
ontology/RECORDS.md, without mentions), so that check.py can be tested
without the extractor: these records must score 1.0 everywhere, and a copy
with a person removed or a status changed must fail (see extract.test).
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    d = sys.argv[1]
    for f in sorted(os.listdir(d)):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(d, f), encoding="utf-8") as fh:
            g = json.load(fh)
        print(json.dumps(record(g), ensure_ascii=False))


def record(g):
    art = {"file": g["doc"], "language": g["lang"]}
    if g.get("published"):
        art["issued"] = g["published"]
    if g.get("source"):
        art["source"] = g["source"]
    rec = {"pactum": 1, "article": art,
           "countries": [{"code": c} for c in g["countries"]]}
    pid, lid = {}, {}
    rec["persons"] = []
    for n, p in enumerate(g["persons"], 1):
        e = {"id": f"p{n}", "name": p["name"], "variants": p["variants"], "titles": p["titles"]}
        if p.get("country"):
            e["country"] = p["country"]
        rec["persons"].append(e)
        pid[p["name"]] = e["id"]
    rec["institutions"] = []
    for n, i in enumerate(g["institutions"], 1):
        e = {"id": f"i{n}", "name": i["name"], "variants": i["variants"], "kind": i["kind"]}
        if i.get("country"):
            e["country"] = i["country"]
        rec["institutions"].append(e)
    rec["places"] = []
    for n, p in enumerate(g.get("places", []), 1):
        e = {"id": f"l{n}", "name": p["name"], "variants": p["variants"], "kind": p["kind"]}
        if p.get("country"):
            e["country"] = p["country"]
        rec["places"].append(e)
        lid[p["name"]] = e["id"]

    def place(name):
        return lid.get(name) if name else None

    rec["agreements"] = [
        {"id": f"a{n}", "kind": a["kind"], "status": a["status"], "signed": a["signed"],
         "place": place(a["place"]), "parties": a["parties"],
         "signatories": [pid[s] for s in a["signatories"]], "areas": a["areas"]}
        for n, a in enumerate(g["agreements"], 1)]
    rec["exercises"] = [
        {"id": f"e{n}", "name": x["name"], "start": x["start"], "end": x["end"],
         "participants": x["participants"], "place": place(x["place"]),
         **({"edition": x["edition"]} if x["edition"] is not None else {})}
        for n, x in enumerate(g["exercises"], 1)]
    rec["visits"] = [
        {"id": f"v{n}", "visitor": pid[v["visitor"]], "host": v["host_country"], "start": v["start"],
         "end": v["end"], "places": [lid[p] for p in v["places"]],
         **({"days": v["days"]} if v.get("days") else {})}
        for n, v in enumerate(g["visits"], 1)]
    rec["meetings"] = [
        {"id": f"m{n}", "participants": [pid[p] for p in m["participants"]], "date": m["date"],
         "place": place(m["place"])}
        for n, m in enumerate(g["meetings"], 1)]
    # null references are absent in records
    for cls in ("agreements", "exercises", "meetings"):
        for e in rec[cls]:
            if e.get("place") is None:
                e.pop("place", None)
    return rec


if __name__ == "__main__":
    main()
