#!/usr/bin/python3
"""stories.py split PART_GOLD OUT: cuts a part's corpus.json into stories.

The hidden set measures resolution on two-outlet corpora: one story told by
two outlets (often in two languages), exported as one graph and checked
against that story's truth.  Our corpus.json holds every story of a part in
one list, and there the check cannot reach 1.0: two stories about the same
pair of countries each hold an agreement with the same parties, and
score.py wants exactly one node per party set.  A perfect extractor scores
about 0.84 there.  This script gives the measure the hidden set uses.

A story is a connected group of articles: two articles are in one story when
one agreement, exercise, visit or meeting of corpus.json names both.  Persons
do not join stories (a minister appears in many).  For each story, OUT/N/
receives corpus.json (the story's things; each person with only the story's
articles) and articles.txt (the story's article file names, one per line).

stories.py score PART_GOLD OUT: after each OUT/N/graph.ttl is written, runs
score.py's corpus check on each story and prints one line per story and the
total (with --json, a last line {"stories": ratio, "ok": n, "total": n})."""
import contextlib
import importlib.util
import io
import json
import os
import sys


def stories(gold):
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key in ("agreements", "exercises", "visits", "meetings"):
        for thing in gold.get(key, []):
            docs = thing.get("docs", [])
            for d in docs:
                find(d)
            for d in docs[1:]:
                parent[find(d)] = find(docs[0])
    groups = {}
    for d in parent:
        groups.setdefault(find(d), set()).add(d)
    return sorted(sorted(g) for g in groups.values())


def split(gold_dir, out):
    with open(os.path.join(gold_dir, "corpus.json"), encoding="utf-8") as f:
        gold = json.load(f)
    for n, docs in enumerate(stories(gold)):
        mine = set(docs)
        story = {"about": "one story of " + gold_dir}
        for key in ("agreements", "exercises", "visits", "meetings"):
            story[key] = [t for t in gold.get(key, []) if set(t.get("docs", [])) <= mine]
        story["persons"] = []
        for p in gold.get("persons", []):
            pd = sorted(set(p.get("docs", [])) & mine)
            if pd:
                story["persons"].append(dict(p, docs=pd))
        d = os.path.join(out, "%03d" % n)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "corpus.json"), "w", encoding="utf-8") as f:
            json.dump(story, f, ensure_ascii=False, indent=1)
        with open(os.path.join(d, "articles.txt"), "w", encoding="utf-8") as f:
            f.write("".join(x + "\n" for x in docs))


def score(score_py, out, as_json):
    spec = importlib.util.spec_from_file_location("score", score_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ok = total = 0
    for n in sorted(os.listdir(out)):
        d = os.path.join(out, n)
        graph = os.path.join(d, "graph.ttl")
        if not os.path.exists(graph):
            continue
        args = type("A", (), {"gold": d, "graphs": [graph], "json": True})()
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            mod.cmd_corpus(args)
        lines = buf.getvalue().splitlines()
        res = json.loads(lines[-1])
        ok += res["ok"]
        total += res["total"]
        with open(os.path.join(d, "articles.txt"), encoding="utf-8") as f:
            names = " ".join(x.strip() for x in f)
        print(f"story {n} ({names}): {res['ok']}/{res['total']}")
        for line in lines:
            if line.startswith("MISS"):
                print("   " + line)
    print(f"STORIES {ok}/{total} = {ok / total:.3f}" if total else "STORIES none")
    if as_json:
        print(json.dumps({"stories": round(ok / total, 4) if total else 0, "ok": ok, "total": total}))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "split":
        split(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], "--json" in sys.argv[4:])
    else:
        sys.exit(__doc__)
