#!/usr/bin/env python3
"""Score pactum records against the expected extraction of each article.

  check.py [options] RECORDS EXPECTED_DIR

RECORDS is what `pactum extract` wrote: JSON Lines, several JSON objects one
after another, or a JSON array of records (ontology/RECORDS.md). Each record
is matched to EXPECTED_DIR/*.json by the base name of its `article.file`.

Scoring follows ../shared/eval/score.py (docs mode), read from records
instead of RDF: names match when their normalized forms (accents and case
dropped, punctuation as spaces) are equal, when one's tokens hold the other's
and they share at least two (0.95), or when difflib's ratio is >= 0.85, over
name + variants; matching is one-to-one, best pairs first. References inside
a record are resolved: entity ids, and ISO codes for countries; a party or
participant that is an institution or a person counts as its country.

Categories (precision, recall, F1): persons, institutions, countries,
agreements (same kind and parties), exercises (same participants, edition not
contradicting), visits (same visitor and host), meetings (every expected
person among the participants), and places. MAIN F1 is the mean of the first
seven, as in score.py.

Accuracies: person country, agreement kind / status / signed date, exercise
edition / start / end, visit start / end, meeting date; gated by
--min-accuracy. Also reported, not gated: titles, institution and place
country and kind, agreement place / signatories / areas, exercise place,
visit days / places, meeting place, article date / language / source.

An expected value of null is not checked (the text may not say it), except in
an expected file with "strict_nulls": true, where every null date (and the
article date) must be null in the record too: an article without a date line
must not have its relative dates resolved.

An expected file may also hold "forbid": {"persons": [...], "institutions":
[...], "places": [...], "exercises": [...], "any": [...], "countries":
["GN"]}: names (or codes) that must not be extracted as such.

Lines: MISS (expected, not found), EXTRA (found, not expected), WRONG (a
value), FORBIDDEN. Exit status: 0 when every threshold holds, 1 when MAIN F1
< --min-f1, a category F1 < --min-category, an accuracy < --min-accuracy or
any forbidden item was extracted, 2 on bad input. --json prints a summary as
the last line.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

MAIN = ["persons", "institutions", "countries", "agreements", "exercises", "visits", "meetings"]
CATEGORIES = MAIN + ["places"]
GATED = ["person.country", "agreement.kind", "agreement.status", "agreement.signed",
         "exercise.edition", "exercise.start", "exercise.end", "visit.start", "visit.end",
         "meeting.date"]
SIM = 0.85


# ---------------------------------------------------------------- names

def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = "".join(c if c.isalnum() else " " for c in s)
    return " ".join(s.split())


def name_sim(a, b):
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ta, tb = set(na.split()), set(nb.split())
    if (ta <= tb or tb <= ta) and len(ta & tb) >= 2:
        return 0.95
    return SequenceMatcher(None, na, nb).ratio()


def best_sim(names_a, names_b):
    return max((name_sim(a, b) for a in names_a for b in names_b if a and b), default=0.0)


def assign(gold, pred, score, threshold):
    """One-to-one matching, best pairs first: [(gold_i, pred_j)]."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                pairs.append((-s, i, j))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return sorted(out)


# ---------------------------------------------------------------- areas

def load_areas(path):
    """norm(label or local name) -> local name, from ontology/areas.ttl."""
    table = {}
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    block_re = re.compile(r"^area:([A-Za-z0-9-]+)\s*$(.*?)(?=^\S|\Z)", re.M | re.S)
    label_re = re.compile(r"(?:skos:prefLabel|skos:altLabel|rdfs:label)((?:\s*\"[^\"]*\"@[A-Za-z-]+\s*,?)+)")
    for m in block_re.finditer(text):
        local = m.group(1)
        table[norm(local.replace("-", " "))] = local
        for lm in label_re.finditer(m.group(2)):
            for lit in re.findall(r"\"([^\"]*)\"@", lm.group(1)):
                table.setdefault(norm(lit), local)
    return table or None


class Areas:
    def __init__(self, table):
        self.table = table

    def key(self, label):
        n = norm(label)
        if self.table is None:
            return n
        return self.table.get(n)

    def keys(self, labels, where, strict):
        out = set()
        for a in labels or []:
            k = self.key(a)
            if k is None:
                if strict:
                    raise ValueError(f"{where}: unknown cooperation area \"{a}\"")
                k = "?" + norm(a)
            out.add(k)
        return out


# ---------------------------------------------------------------- input

class BadInput(Exception):
    pass


def read_records(path):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        raise BadInput(f"{path}: {e}")
    dec = json.JSONDecoder()
    out, i, n = [], 0, len(text)
    while True:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            break
        line = text.count("\n", 0, i) + 1
        try:
            obj, i = dec.raw_decode(text, i)
        except json.JSONDecodeError as e:
            raise BadInput(f"{path}:{line}: not JSON: {e.msg}")
        items = obj if isinstance(obj, list) else [obj]
        for rec in items:
            if not isinstance(rec, dict) or not isinstance(rec.get("article"), dict) \
                    or not isinstance(rec["article"].get("file"), str):
                raise BadInput(f"{path}:{line}: a record needs article.file")
            out.append(rec)
    return out


GOLD_KEYS = {"doc", "lang", "published", "source", "title", "strict_nulls", "countries", "persons",
             "institutions", "places", "agreements", "exercises", "visits", "meetings", "forbid", "about",
             "note"}


def read_expected(directory, areas):
    gold = {}
    try:
        files = sorted(f for f in os.listdir(directory) if f.endswith(".json") and f != "corpus.json")
    except OSError as e:
        raise BadInput(f"{directory}: {e}")
    if not files:
        raise BadInput(f"{directory}: no expected *.json file")
    for f in files:
        path = os.path.join(directory, f)
        try:
            with open(path, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError) as e:
            raise BadInput(f"{path}: {e}")
        if not isinstance(g, dict) or not isinstance(g.get("doc"), str):
            raise BadInput(f"{path}: expected an object with \"doc\"")
        unknown = set(g) - GOLD_KEYS
        if unknown:
            raise BadInput(f"{path}: unknown member(s) {', '.join(sorted(unknown))}")
        for k in CATEGORIES:
            g.setdefault(k, [])
            if not isinstance(g[k], list):
                raise BadInput(f"{path}: \"{k}\" must be a list")
        g.setdefault("forbid", {})
        try:
            for n, a in enumerate(g["agreements"]):
                a["_areas"] = areas.keys(a.get("areas", []), f"{path}: agreements[{n}]", True)
        except ValueError as e:
            raise BadInput(str(e))
        for cat, need in (("persons", "name"), ("institutions", "name"), ("places", "name"),
                          ("visits", "visitor"), ("meetings", "participants"), ("agreements", "kind"),
                          ("exercises", "participants")):
            for n, item in enumerate(g[cat]):
                if not isinstance(item, dict) or need not in item:
                    raise BadInput(f"{path}: {cat}[{n}] needs \"{need}\"")
        if g["doc"] in gold:
            raise BadInput(f"{path}: doc {g['doc']} is described twice")
        gold[g["doc"]] = g
    return gold


# ---------------------------------------------------------------- a record, resolved

def strs(x):
    return [s for s in (x or []) if isinstance(s, str)]


class Record:
    """One record with its references resolved to names and country codes."""

    def __init__(self, rec, areas):
        self.rec = rec
        self.areas = areas
        self.by_id = {}
        self.country_codes = set()
        for c in rec.get("countries") or []:
            code = c.get("code")
            if isinstance(code, str):
                self.country_codes.add(code.upper())
                self.by_id[code] = ("country", c)
                if isinstance(c.get("id"), str):
                    self.by_id[c["id"]] = ("country", c)
        for cls in ("persons", "institutions", "places", "agreements", "exercises", "visits", "meetings"):
            for e in rec.get(cls) or []:
                if isinstance(e, dict) and isinstance(e.get("id"), str):
                    self.by_id.setdefault(e["id"], (cls, e))
        self.referenced = set()

    def _code_ref(self, ref):
        """A reference meant as a country: its ISO code, or None."""
        if not isinstance(ref, str):
            return None
        hit = self.by_id.get(ref)
        if hit and hit[0] == "country":
            return hit[1]["code"].upper()
        if hit is None and re.fullmatch(r"[A-Za-z]{2}", ref):
            return ref.upper()
        return None

    def country_of(self, ref, depth=0):
        """ISO code of a country reference, or of the country of an entity."""
        code = self._code_ref(ref)
        if code:
            self.referenced.add(code)
            return code
        hit = self.by_id.get(ref) if isinstance(ref, str) else None
        if hit and depth < 3 and hit[0] in ("persons", "institutions", "places"):
            return self.country_of(hit[1].get("country"), depth + 1)
        return None

    def names_of(self, ref):
        hit = self.by_id.get(ref) if isinstance(ref, str) else None
        if hit is None:
            return [ref] if isinstance(ref, str) else []
        e = hit[1]
        return strs([e.get("name")]) + strs(e.get("variants"))

    def is_person(self, ref):
        hit = self.by_id.get(ref) if isinstance(ref, str) else None
        return hit is not None and hit[0] == "persons"

    def entities(self, cls):
        return [e for e in self.rec.get(cls) or [] if isinstance(e, dict)]

    def named(self, cls):
        out = []
        for e in self.entities(cls):
            titles = []
            for t in e.get("titles") or []:
                if isinstance(t, str):
                    titles.append(t)
                elif isinstance(t, dict) and isinstance(t.get("text"), str):
                    titles.append(t["text"])
            out.append({"names": strs([e.get("name")]) + strs(e.get("variants")),
                        "country": self.country_of(e.get("country")),
                        "kind": e.get("kind"), "titles": titles})
        return out

    def agreements(self):
        return [{"kind": a.get("kind"), "status": a.get("status"), "signed": a.get("signed"),
                 "place": self.names_of(a.get("place")) if a.get("place") else [],
                 "parties": {self.country_of(p) for p in a.get("parties") or []} - {None},
                 "signatories": [self.names_of(s) for s in a.get("signatories") or []],
                 "areas": self.areas.keys(strs(a.get("areas")), "record", False)}
                for a in self.entities("agreements")]

    def exercises(self):
        return [{"names": strs([e.get("name")]), "edition": e.get("edition"),
                 "start": e.get("start"), "end": e.get("end"),
                 "participants": {self.country_of(p) for p in e.get("participants") or []} - {None},
                 "place": self.names_of(e.get("place")) if e.get("place") else []}
                for e in self.entities("exercises")]

    def visits(self):
        return [{"visitor": self.names_of(v.get("visitor")), "host": self.country_of(v.get("host")),
                 "start": v.get("start"), "end": v.get("end"), "days": v.get("days"),
                 "places": [self.names_of(p) for p in v.get("places") or []]}
                for v in self.entities("visits")]

    def meetings(self):
        out = []
        for m in self.entities("meetings"):
            parts = m.get("participants") or []
            for p in parts:
                self.country_of(p)
            out.append({"participants": [self.names_of(p) for p in parts if self.is_person(p)],
                        "date": m.get("date"),
                        "place": self.names_of(m.get("place")) if m.get("place") else []})
        return out

    def countries(self):
        # listed countries, plus every country a reference names
        return set(self.country_codes) | self.referenced


# ---------------------------------------------------------------- tallies

class Tally:
    def __init__(self):
        self.c = {}

    def add(self, key, tp, fp, fn):
        a = self.c.setdefault(key, [0, 0, 0])
        a[0] += tp
        a[1] += fp
        a[2] += fn

    def acc(self, key, ok):
        a = self.c.setdefault(key, [0, 0, 0])
        a[0] += 1 if ok else 0
        a[2] += 1

    def merge(self, other):
        for k, (tp, fp, fn) in other.c.items():
            self.add(k, tp, fp, fn)

    def prf(self, key):
        tp, fp, fn = self.c.get(key, [0, 0, 0])
        p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def accuracy(self, key):
        ok, _, total = self.c.get(key, [0, 0, 0])
        return ok / total if total else None


def show(v):
    return "null" if v is None else str(v)


class Doc:
    """Scores one article; collects its report lines."""

    def __init__(self, name, gold, record, areas):
        self.name = name
        self.g = gold
        self.r = record
        self.areas = areas
        self.t = Tally()
        self.lines = []
        self.forbidden = 0
        self.strict = bool(gold.get("strict_nulls"))
        # gold place name -> its names (name + variants), to compare places by any form
        self.place_forms = {}
        for p in gold.get("places", []):
            forms = [p["name"]] + list(p.get("variants", []))
            for f in forms:
                self.place_forms[norm(f)] = forms

    def say(self, kind, what, detail):
        self.lines.append(f"{kind} {self.name}: {what}: {detail}")

    def forms(self, place):
        return self.place_forms.get(norm(place), [place])

    def value(self, key, label, expected, got, context):
        """An accuracy: expected null is skipped unless strict_nulls."""
        if expected is None and not self.strict:
            return
        ok = expected == got
        self.t.acc(key, ok)
        if not ok:
            self.say("WRONG", label, f"expected {show(expected)}, got {show(got)} [{context}]")

    def place_value(self, key, label, expected, got_names, context):
        if expected is None:
            return
        ok = bool(got_names) and best_sim(self.forms(expected), got_names) >= SIM
        self.t.acc(key, ok)
        if not ok:
            self.say("WRONG", label, f"expected {expected}, got {got_names[0] if got_names else 'null'} [{context}]")

    def names_prf(self, key, label, gold_names, pred_lists, context, forms=None):
        """gold_names: strings; pred_lists: list of name lists."""
        forms = forms or (lambda n: [n])
        m = assign(gold_names, pred_lists, lambda g, p: best_sim(forms(g), p), SIM)
        self.t.add(key, len(m), len(pred_lists) - len(m), len(gold_names) - len(m))
        got = {i for i, _ in m}
        for i, n in enumerate(gold_names):
            if i not in got:
                self.say("WRONG", label, f"missing {n} [{context}]")

    def entity_category(self, cat, preds, check):
        gold = self.g.get(cat, [])
        m = assign(gold, preds, lambda g, p: best_sim([g["name"]] + list(g.get("variants", [])), p["names"]), SIM)
        self.t.add(cat, len(m), len(preds) - len(m), len(gold) - len(m))
        gi = {i for i, _ in m}
        pj = {j for _, j in m}
        for i, g in enumerate(gold):
            if i not in gi:
                self.say("MISS", cat, json.dumps(g["name"], ensure_ascii=False))
        for j, p in enumerate(preds):
            if j not in pj:
                self.say("EXTRA", cat, json.dumps(p["names"][0] if p["names"] else "", ensure_ascii=False))
        for i, j in m:
            check(gold[i], preds[j])

    def run(self):
        g, r = self.g, self.r

        # the article
        art = r.rec.get("article", {})
        if "published" in g:
            self.value("article.issued", "article date", g["published"], art.get("issued"), "article")
        if g.get("lang"):
            self.value("article.language", "article language", g["lang"], art.get("language"), "article")
        if g.get("source"):
            self.value("article.source", "article source", g["source"], art.get("source"), "article")

        # persons
        def person(gp, pp):
            who = gp["name"]
            if gp.get("country"):
                ok = pp["country"] == gp["country"]
                self.t.acc("person.country", ok)
                if not ok:
                    self.say("WRONG", "person country", f"expected {gp['country']}, got {show(pp['country'])} [{who}]")
            for title in gp.get("titles", []):
                ok = best_sim([title], pp["titles"]) >= 0.8
                self.t.acc("person.title", ok)
                if not ok:
                    self.say("WRONG", "person title", f"missing {json.dumps(title, ensure_ascii=False)} [{who}]")
        self.entity_category("persons", r.named("persons"), person)

        def inst_or_place(key):
            def check(gi, pi):
                if gi.get("country"):
                    self.value(key + ".country", key + " country", gi["country"], pi["country"], gi["name"])
                if gi.get("kind"):
                    self.value(key + ".kind", key + " kind", gi["kind"], pi["kind"], gi["name"])
            return check
        self.entity_category("institutions", r.named("institutions"), inst_or_place("institution"))
        self.entity_category("places", r.named("places"), inst_or_place("place"))

        # relations (resolving them also collects referenced countries)
        ags, exs, vs, ms = r.agreements(), r.exercises(), r.visits(), r.meetings()

        # countries
        gold_c = {c.upper() for c in g.get("countries", [])}
        pred_c = r.countries()
        self.t.add("countries", len(gold_c & pred_c), len(pred_c - gold_c), len(gold_c - pred_c))
        for c in sorted(gold_c - pred_c):
            self.say("MISS", "countries", c)
        for c in sorted(pred_c - gold_c):
            self.say("EXTRA", "countries", c)

        # agreements: same kind and parties; parties alone match with a wrong kind
        ga = g.get("agreements", [])

        def ag_score(ge, p):
            parties = {x.upper() for x in ge["parties"]}
            if p["parties"] != parties:
                return 0.0
            s = 1.0 if p["kind"] == ge["kind"] else 0.6
            return s + (0.01 if p["signed"] == ge.get("signed") else 0) + (0.01 if p["status"] == ge.get("status") else 0)
        m = assign(ga, ags, ag_score, 0.6)
        self.t.add("agreements", len(m), len(ags) - len(m), len(ga) - len(m))
        self.report_unmatched("agreements", ga, ags, m,
                              lambda a: f"{a['kind']} {'-'.join(sorted(a['parties']))} ({a.get('status')})")
        for i, j in m:
            ge, p = ga[i], ags[j]
            ctx = f"{ge['kind']} {'-'.join(sorted(ge['parties']))}"
            self.value("agreement.kind", "agreement kind", ge["kind"], p["kind"], ctx)
            self.value("agreement.status", "agreement status", ge.get("status"), p["status"], ctx)
            self.value("agreement.signed", "agreement date", ge.get("signed"), p["signed"], ctx)
            self.place_value("agreement.place", "agreement place", ge.get("place"), p["place"], ctx)
            self.names_prf("agreement.signatories", "agreement signatories", ge.get("signatories", []),
                           p["signatories"], ctx)
            gold_a, pred_a = ge["_areas"], p["areas"]
            self.t.add("agreement.areas", len(gold_a & pred_a), len(pred_a - gold_a), len(gold_a - pred_a))
            if gold_a != pred_a:
                self.say("WRONG", "agreement areas",
                         f"expected {sorted(gold_a)}, got {sorted(pred_a)} [{ctx}]")

        # exercises: same participants; edition must not contradict
        ge_ = g.get("exercises", [])

        def ex_score(ge, p):
            if p["participants"] != {x.upper() for x in ge["participants"]}:
                return 0.0
            if ge.get("edition") is not None and p["edition"] is not None and ge["edition"] != p["edition"]:
                return 0.0
            s = 1.0
            if ge.get("name") and p["names"]:
                s = 0.5 + 0.5 * best_sim([ge["name"]] + list(ge.get("variants", [])), p["names"])
            return s + (0.01 if p["start"] == ge.get("start") else 0) + (0.01 if p["edition"] == ge.get("edition") else 0)
        m = assign(ge_, exs, ex_score, 0.5)
        self.t.add("exercises", len(m), len(exs) - len(m), len(ge_) - len(m))
        self.report_unmatched("exercises", ge_, exs, m,
                              lambda e: f"{e.get('name') or '(unnamed)'} #{show(e.get('edition'))} "
                                        f"{'-'.join(sorted(e['participants']))}",
                              lambda e: f"{(e['names'] or ['(unnamed)'])[0]} #{show(e['edition'])} "
                                        f"{'-'.join(sorted(e['participants']))}")
        for i, j in m:
            ge, p = ge_[i], exs[j]
            ctx = f"{ge.get('name') or '(unnamed)'} {'-'.join(sorted(ge['participants']))}"
            self.value("exercise.edition", "exercise edition", ge.get("edition"), p["edition"], ctx)
            self.value("exercise.start", "exercise start", ge.get("start"), p["start"], ctx)
            self.value("exercise.end", "exercise end", ge.get("end"), p["end"], ctx)
            self.place_value("exercise.place", "exercise place", ge.get("place"), p["place"], ctx)

        # visits: same visitor and host
        gv = g.get("visits", [])

        def v_score(ge, p):
            if p["host"] != ge["host_country"].upper():
                return 0.0
            return best_sim([ge["visitor"]], p["visitor"]) + (0.01 if p["start"] == ge.get("start") else 0)
        m = assign(gv, vs, v_score, SIM)
        self.t.add("visits", len(m), len(vs) - len(m), len(gv) - len(m))
        self.report_unmatched("visits", gv, vs, m, lambda v: f"{v['visitor']} -> {v['host_country']}",
                              lambda v: f"{(v['visitor'] or ['?'])[0]} -> {show(v['host'])}")
        for i, j in m:
            ge, p = gv[i], vs[j]
            ctx = f"{ge['visitor']} -> {ge['host_country']}"
            self.value("visit.start", "visit start", ge.get("start"), p["start"], ctx)
            self.value("visit.end", "visit end", ge.get("end"), p["end"], ctx)
            if ge.get("days") is not None:
                self.value("visit.days", "visit days", ge["days"], p["days"], ctx)
            self.names_prf("visit.places", "visit places", ge.get("places", []), p["places"], ctx, self.forms)

        # meetings: every expected person among the participants
        gm = g.get("meetings", [])

        def m_score(ge, p):
            if len(p["participants"]) < len(ge["participants"]):
                return 0.0
            mm = assign(ge["participants"], p["participants"], lambda a, b: best_sim([a], b), SIM)
            if len(mm) != len(ge["participants"]):
                return 0.0
            bonus = 0.1 if p["date"] == ge.get("date") else 0.0
            if ge.get("place") and p["place"] and best_sim(self.forms(ge["place"]), p["place"]) >= SIM:
                bonus += 0.05
            return 1.0 + bonus
        m = assign(gm, ms, m_score, 1.0)
        self.t.add("meetings", len(m), len(ms) - len(m), len(gm) - len(m))
        self.report_unmatched("meetings", gm, ms, m, lambda x: " + ".join(x["participants"]),
                              lambda x: " + ".join(n[0] for n in x["participants"] if n) or "(no person)")
        for i, j in m:
            ge, p = gm[i], ms[j]
            ctx = " + ".join(ge["participants"])
            self.value("meeting.date", "meeting date", ge.get("date"), p["date"], ctx)
            self.place_value("meeting.place", "meeting place", ge.get("place"), p["place"], ctx)

        self.check_forbidden()

    def report_unmatched(self, cat, gold, pred, m, gdesc, pdesc=None):
        pdesc = pdesc or gdesc
        gi = {i for i, _ in m}
        pj = {j for _, j in m}
        for i, x in enumerate(gold):
            if i not in gi:
                self.say("MISS", cat, gdesc(x))
        for j, x in enumerate(pred):
            if j not in pj:
                self.say("EXTRA", cat, pdesc(x))

    def check_forbidden(self):
        fb = self.g.get("forbid") or {}
        r = self.r
        pools = {cat: [(cat, strs([e.get("name")]) + strs(e.get("variants"))) for e in r.entities(cat)]
                 for cat in ("persons", "institutions", "places", "exercises")}
        for cat in ("persons", "institutions", "places", "exercises", "any"):
            if cat == "any":
                pool = [x for c in ("persons", "institutions", "places", "exercises") for x in pools[c]]
            else:
                pool = pools[cat]
            for bad in fb.get(cat, []):
                for found_cat, names in pool:
                    if names and best_sim([bad], names) >= SIM:
                        self.forbidden += 1
                        self.say("FORBIDDEN", found_cat,
                                 f"{json.dumps(names[0], ensure_ascii=False)} (forbidden: {json.dumps(bad, ensure_ascii=False)})")
        codes = r.countries()
        for c in fb.get("countries", []):
            if c.upper() in codes:
                self.forbidden += 1
                self.say("FORBIDDEN", "countries", c.upper())

    def missing_record(self):
        """The article has no record: everything it holds is missed."""
        for cat in CATEGORIES:
            n = len(self.g.get(cat, []))
            if n:
                self.t.add(cat, 0, 0, n)
        self.lines.append(f"MISS {self.name}: no record for this article")


# ---------------------------------------------------------------- report

def fmt_prf(t, key):
    p, r, f = t.prf(key)
    tp, fp, fn = t.c.get(key, [0, 0, 0])
    return f"P {p:.2f}  R {r:.2f}  F1 {f:.2f}   (tp {tp} fp {fp} fn {fn})"


def main_f1(t):
    return sum(t.prf(k)[2] for k in MAIN) / len(MAIN)


PRF_SUBKEYS = ("agreement.signatories", "agreement.areas", "visit.places")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records")
    ap.add_argument("expected_dir")
    ap.add_argument("--min-f1", type=float, default=0.85, help="least MAIN F1 (mean of 7 categories), default 0.85")
    ap.add_argument("--min-category", type=float, default=0.70, help="least F1 of any category, default 0.70")
    ap.add_argument("--min-accuracy", type=float, default=0.8, help="least value of each gated accuracy, default 0.8")
    ap.add_argument("--areas", default=os.path.join(here, "..", "..", "ontology", "areas.ttl"),
                    help="the cooperation-area scheme (default: ontology/areas.ttl of this tree)")
    ap.add_argument("--quiet", action="store_true", help="leave out EXTRA lines")
    ap.add_argument("--json", action="store_true", help="print a machine-readable summary as the last line")
    args = ap.parse_args()

    table = load_areas(args.areas)
    if table is None:
        print(f"note: no area scheme at {args.areas}: areas compared as written", file=sys.stderr)
    areas = Areas(table)
    try:
        gold = read_expected(args.expected_dir, areas)
        records = read_records(args.records)
    except BadInput as e:
        print(f"check.py: {e}", file=sys.stderr)
        return 2

    by_file = {}
    for rec in records:
        name = os.path.basename(rec["article"]["file"])
        if name in by_file:
            print(f"note: two records for {name}: the first is scored", file=sys.stderr)
            continue
        by_file[name] = rec
    unexpected = sorted(set(by_file) - set(gold))

    total = Tally()
    per_doc = {}
    forbidden = 0
    for name in sorted(gold):
        rec = by_file.get(name)
        d = Doc(name, gold[name], Record(rec, areas) if rec else None, areas)
        if rec is None:
            d.missing_record()
        else:
            d.run()
        total.merge(d.t)
        forbidden += d.forbidden
        per_doc[name] = d
        cells = "  ".join(f"{k[:5]} {d.t.prf(k)[2]:.2f}" for k in CATEGORIES)
        print(f"== {name}  MAIN {main_f1(d.t):.2f}   {cells}")
        for k in CATEGORIES if rec is not None else []:
            tp, fp, fn = d.t.c.get(k, [0, 0, 0])
            if fp or fn:
                print(f"   {k:13s} {fmt_prf(d.t, k)}")
        for line in d.lines:
            if args.quiet and line.startswith("EXTRA "):
                continue
            print("   " + line)
    if unexpected:
        print(f"note: records with no expected file (not scored): {', '.join(unexpected)}")

    print()
    print(f"articles: {len(gold)} expected, {sum(1 for n in gold if n in by_file)} with a record")
    for k in CATEGORIES:
        print(f"{k:24s} {fmt_prf(total, k)}" + ("" if k in MAIN else "   (not in MAIN)"))
    acc_keys = sorted(k for k in total.c if "." in k and k not in PRF_SUBKEYS)
    for k in PRF_SUBKEYS:
        if k in total.c:
            print(f"{k:24s} {fmt_prf(total, k)}   (reported)")
    for k in acc_keys:
        ok, _, n = total.c[k]
        print(f"{k:24s} accuracy {ok}/{n} = {ok / n if n else 1.0:.2f}" + ("" if k in GATED else "   (reported)"))
    mf = main_f1(total)
    print(f"{'MAIN F1 (mean of 7)':24s} {mf:.3f}")

    failures = []
    if mf < args.min_f1:
        failures.append(f"MAIN F1 {mf:.3f} < {args.min_f1}")
    for k in CATEGORIES:
        f = total.prf(k)[2]
        if f < args.min_category:
            failures.append(f"{k} F1 {f:.3f} < {args.min_category}")
    for k in GATED:
        a = total.accuracy(k)
        if a is not None and a < args.min_accuracy:
            failures.append(f"{k} accuracy {a:.3f} < {args.min_accuracy}")
    if forbidden:
        failures.append(f"{forbidden} forbidden item(s) extracted")
    for f in failures:
        print(f"FAIL: {f}")
    print("PASS" if not failures else f"FAILED ({len(failures)} threshold(s))")

    if args.json:
        summary = {
            "main_f1": round(mf, 4),
            "pass": not failures,
            "failures": failures,
            "forbidden": forbidden,
            "articles": len(gold),
            "records_matched": sum(1 for n in gold if n in by_file),
            "categories": {k: dict(zip(("p", "r", "f1"), (round(x, 4) for x in total.prf(k))),
                                   tp=total.c.get(k, [0, 0, 0])[0], fp=total.c.get(k, [0, 0, 0])[1],
                                   fn=total.c.get(k, [0, 0, 0])[2])
                           for k in CATEGORIES + [k for k in PRF_SUBKEYS if k in total.c]},
            "accuracies": {k: {"ok": total.c[k][0], "total": total.c[k][2],
                               "accuracy": round(total.accuracy(k), 4), "gated": k in GATED}
                           for k in acc_keys},
            "per_article": {n: {"main_f1": round(main_f1(d.t), 4),
                                **{k: round(d.t.prf(k)[2], 4) for k in CATEGORIES},
                                "forbidden": d.forbidden}
                            for n, d in per_doc.items()},
        }
        print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
