#!/usr/bin/python3
"""explain.py --gold DIR GRAPH...: what each graph missed and added, per article.

The development aid beside evaluate.sh: score.py gives the totals, this lists
the things behind them (gold items not found, found items not in gold), one
article at a time, by category, with the same matching rules as score.py
(imported from ../shared/eval/score.py). Use: KEEP=1 evaluate.sh dev, then
explain.py --gold dev/gold /tmp/pactum-devcorpus.*/dev/articles/*.ttl
[--only visits,meetings].
"""
import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "shared", "eval"))
import score as S  # noqa: E402


def show_person(p):
    return "/".join(p["names"][:2]) + (f" [{p['country']}]" if p.get("country") else "")


def explain(G, doc, gold, only):
    out = []

    def section(cat, gold_items, pred_items, fn, thr, gshow, pshow, attrs=None):
        if only and cat not in only:
            return
        m = S.assign(gold_items, pred_items, fn, thr)
        mg = {i for i, _ in m}
        mp = {j for _, j in m}
        for i, g in enumerate(gold_items):
            if i not in mg:
                out.append(f"  - {cat}: {gshow(g)}")
        for j, p in enumerate(pred_items):
            if j not in mp:
                out.append(f"  + {cat}: {pshow(p)}")
        if attrs:
            for i, j in m:
                for line in attrs(gold_items[i], pred_items[j]):
                    out.append(f"  ~ {cat}: {line}")

    persons = [G.person(n) for n in G.of_class(S.PACT.Person, doc)]
    section("persons", gold["persons"], persons,
            lambda g, p: S.best_sim([g["name"]] + g["variants"], p["names"]), 0.85,
            lambda g: g["name"], show_person,
            lambda g, p: ([f"{g['name']} country {p['country']} != {g.get('country')}"]
                          if g.get("country") and p["country"] != g["country"] else []) +
                         [f"{g['name']} title {t!r} not in {p['titles']}"
                          for t in g.get("titles", []) if S.best_sim([t], p["titles"]) < 0.8])
    insts = [{"names": G.names(n)} for n in G.of_class(S.PACT.Institution, doc)]
    section("institutions", gold["institutions"], insts,
            lambda g, p: S.best_sim([g["name"]] + g["variants"], p["names"]), 0.85,
            lambda g: g["name"], lambda p: p["names"][0] if p["names"] else "?")
    if not only or "countries" in only:
        pc = {G.code(n) for n in G.of_class(S.PACT.Country, doc)} - {None}
        for c in sorted(set(gold["countries"]) - pc):
            out.append(f"  - countries: {c}")
        for c in sorted(pc - set(gold["countries"])):
            out.append(f"  + countries: {c}")
    ags = [G.agreement(n) for n in G.of_class(S.PACT.Agreement, doc)]
    section("agreements", gold["agreements"], ags,
            lambda g, p: 1.0 if p["kind"] == g["kind"] and p["parties"] == set(g["parties"]) else
            (0.6 if p["parties"] == set(g["parties"]) else 0.0), 0.6,
            lambda g: f"{g['kind']} {sorted(g['parties'])} {g['status']} {g['signed']}",
            lambda p: f"{p['kind']} {sorted(p['parties'])} {p['status']} {p['signed']}",
            lambda g, p: [f"{k}: {p[k]} != {g[k]}" for k in ("kind", "status", "signed")
                          if g[k] and p[k] != g[k]] +
                         [f"signatories {g['signatories']} vs {p['signatories']}"
                          if len(S.assign(g["signatories"], p["signatories"], lambda a, b: S.best_sim([a], b), 0.85)) < len(g["signatories"]) else ""] +
                         [f"areas {sorted(S.norm(a) for a in g['areas'])} vs {sorted(p['areas'])}"
                          if {S.norm(a) for a in g['areas']} != set(p['areas']) else ""])
    exs = [G.exercise(n) for n in G.of_class(S.PACT.Exercise, doc)]

    def ex_score(g, p):
        if p["participants"] != set(g["participants"]):
            return 0.0
        if g["edition"] is not None and p["edition"] is not None and g["edition"] != p["edition"]:
            return 0.0
        if g.get("name") and p["names"]:
            return 0.5 + 0.5 * S.best_sim([g["name"]], p["names"])
        return 1.0
    section("exercises", gold["exercises"], exs, ex_score, 0.5,
            lambda g: f"{g.get('name')} #{g['edition']} {sorted(g['participants'])} {g['start']}..{g['end']}",
            lambda p: f"{p['names'][:1]} #{p['edition']} {sorted(p['participants'])} {p['start']}..{p['end']}",
            lambda g, p: [f"{g.get('name')} {k}: {p[k]} != {g[k]}" for k in ("edition", "start", "end")
                          if g[k] is not None and p[k] != g[k]])
    vs = [G.visit(n) for n in G.of_class(S.PACT.Visit, doc)]
    section("visits", gold["visits"], vs,
            lambda g, p: S.best_sim([g["visitor"]], p["visitor"]) if p["host"] == g["host_country"] else 0.0, 0.85,
            lambda g: f"{g['visitor']} -> {g['host_country']} {g['start']}..{g['end']}",
            lambda p: f"{p['visitor'][:1]} -> {p['host']} {p['start']}..{p['end']}",
            lambda g, p: [f"{g['visitor']} {k}: {p[k]} != {g[k]}" for k in ("start", "end")
                          if g[k] and p[k] != g[k]])
    ms = [G.meeting(n) for n in G.of_class(S.PACT.Meeting, doc)]

    def meet_score(g, p):
        if len(p["participants"]) < len(g["participants"]):
            return 0.0
        mm = S.assign(g["participants"], p["participants"], lambda a, b: S.best_sim([a], b), 0.85)
        return 1.0 if len(mm) == len(g["participants"]) else 0.0
    section("meetings", gold["meetings"], ms, meet_score, 1.0,
            lambda g: f"{g['participants']} {g['date']}",
            lambda p: f"{[x[:1] for x in p['participants']]} {p['date']}",
            lambda g, p: [f"date {p['date']} != {g['date']}"] if g["date"] and p["date"] != g["date"] else [])
    return [l for l in out if not l.endswith(": ")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--only", default="")
    ap.add_argument("graphs", nargs="+")
    a = ap.parse_args()
    only = set(filter(None, a.only.split(",")))
    for path in a.graphs:
        G = S.Graph(path)
        for name, doc in sorted(G.docs.items()):
            gpath = os.path.join(a.gold, os.path.splitext(name)[0] + ".json")
            if not os.path.exists(gpath):
                continue
            with open(gpath) as fh:
                gold = json.load(fh)
            lines = explain(G, doc, gold, only)
            if lines:
                print(name)
                print("\n".join(lines))


if __name__ == "__main__":
    main()
