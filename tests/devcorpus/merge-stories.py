#!/usr/bin/python3
"""merge-stories.py OUT STORIES.json...: one corpus.json (the format of
../shared/seeds/gold/corpus.json) from the cross-article truths of several
batches of stories: the lists are concatenated, each batch's things being
its own (two batches never tell one story), except persons: one real
person named in two stories (the same name and country) is one node, so
one entry with the articles of both."""
import json
import sys

out = {"about": "What one graph of all the articles of this part must hold: one node per "
                "real-world thing, however many articles, outlets and languages mention it.",
       "persons": [], "agreements": [], "exercises": [], "visits": [], "meetings": []}
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        batch = json.load(f)
    for key in ("agreements", "exercises", "visits", "meetings"):
        out[key].extend(batch.get(key, []))
    for person in batch.get("persons", []):
        same = [p for p in out["persons"] if (p["name"], p.get("country")) == (person["name"], person.get("country"))]
        if same:
            same[0]["docs"] = sorted(set(same[0]["docs"]) | set(person["docs"]))
        else:
            out["persons"].append(person)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
