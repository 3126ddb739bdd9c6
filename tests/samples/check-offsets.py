#!/usr/bin/env python3
"""Check pactum records (ontology/RECORDS.md, format 1) against their articles.

usage: check-offsets.py [RECORDS-FILE...]

With no argument, checks every *.json and *.jsonl file in the records/ folder
next to this script. Each record's article is read from articles/<file> next
to this script, decoded as UTF-8, and every mention must satisfy
text == article[start:end] (offsets in code points). Also checked: members
allowed by RECORDS.md (names starting with "x-" are ignored), unique ids,
references that point at an entity of the right class, enumerations, dates,
and that the dateline `date YYYY-MM-DD headline` agrees with article.issued
and article.title.

Prints each problem as `FILE: $.path: message` and exits 1 if there is any;
otherwise prints `N records checked, 0 problems` and exits 0. Standard
library only.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
RECORDS = os.path.join(HERE, "records")
AREAS_TTL = os.path.join(HERE, "..", "..", "ontology", "areas.ttl")

ENTITY = {"id", "key", "mentions"}
MEMBERS = {
    "record": {"pactum", "article", "countries", "persons", "institutions",
               "places", "agreements", "exercises", "visits", "meetings"},
    "article": {"file", "key", "issued", "language", "title", "source"},
    "countries": ENTITY | {"code", "name", "variants"},
    "persons": ENTITY | {"name", "variants", "titles", "country"},
    "institutions": ENTITY | {"name", "variants", "country", "kind"},
    "places": ENTITY | {"name", "variants", "country", "kind"},
    "agreements": ENTITY | {"kind", "status", "signed", "place", "parties",
                            "signatories", "areas"},
    "exercises": ENTITY | {"name", "edition", "start", "end", "participants",
                           "place", "areas"},
    "visits": ENTITY | {"visitor", "host", "start", "end", "days", "places"},
    "meetings": ENTITY | {"participants", "date", "place"},
    "mention": {"text", "start", "end"},
    "title": {"text", "lang"},
}
LISTS = ["countries", "persons", "institutions", "places",
         "agreements", "exercises", "visits", "meetings"]
KINDS = {
    "institutions": {"ministry", "armed_forces", "service_branch", "command",
                     "college", "embassy", "company", "commission",
                     "government", "other"},
    "places": {"city", "port", "base", "monument", "region", "other"},
    "agreements": {"mou", "treaty", "agreement", "protocol", "letter_of_intent"},
}
STATUSES = {"expected", "negotiating", "signed", "in_force"}
AREAS_EN = {
    "training", "military education", "exercises", "cybersecurity",
    "defence industry", "military health", "intelligence sharing",
    "counter-terrorism", "maritime security", "border security",
    "peacekeeping", "capacity building", "exchange of expertise", "aerospace",
    "research and technology", "logistics", "humanitarian assistance",
}
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|--\d{2}-\d{2})$")
CODE = re.compile(r"^[A-Z]{2}$")
DATELINE = re.compile(r"^date (\d{4}-\d{2}-\d{2}) (.*)$")

# reference member -> classes it may point at ("country" also accepts any
# ISO code, listed or not)
REFS = {
    ("persons", "country"): {"countries"},
    ("institutions", "country"): {"countries"},
    ("places", "country"): {"countries"},
    ("agreements", "place"): {"places"},
    ("agreements", "parties"): {"countries", "institutions"},
    ("agreements", "signatories"): {"persons"},
    ("exercises", "participants"): {"countries", "institutions", "persons"},
    ("exercises", "place"): {"places"},
    ("visits", "visitor"): {"persons"},
    ("visits", "host"): {"countries"},
    ("visits", "places"): {"places"},
    ("meetings", "participants"): {"persons", "institutions", "countries"},
    ("meetings", "place"): {"places"},
}
MULTI = {"parties", "signatories", "participants", "places"}


def area_labels():
    """English preferred labels, plus every label and local name of
    ontology/areas.ttl when that file exists."""
    labels = set(AREAS_EN)
    try:
        with open(AREAS_TTL, encoding="utf-8") as f:
            ttl = f.read()
    except OSError:
        return labels, False
    labels.update(m.group(1) for m in re.finditer(
        r'skos:(?:prefLabel|altLabel|hiddenLabel)\s+"([^"]*)"', ttl))
    labels.update(m.group(1) for m in re.finditer(
        r'(?m)^\s*(?:area:|<[^>]*/area/)([A-Za-z0-9_-]+)>?\s', ttl))
    return labels, True


class Checker:
    def __init__(self):
        self.problems = 0
        self.records = 0
        self.areas, self.have_ttl = area_labels()

    def report(self, fname, path, msg):
        self.problems += 1
        print(f"{fname}: {path}: {msg}")

    # -- reading -----------------------------------------------------------
    def load(self, fname):
        """Returns the list of records in fname: JSON Lines, concatenated
        objects or one array."""
        try:
            with open(fname, "rb") as f:
                text = f.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            self.report(fname, "$", f"cannot read: {e}")
            return []
        dec = json.JSONDecoder()
        values = []
        pos = 0
        while True:
            while pos < len(text) and text[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos >= len(text):
                break
            try:
                value, pos = dec.raw_decode(text, pos)
            except json.JSONDecodeError as e:
                self.report(fname, "$", f"bad JSON at line {e.lineno}: {e.msg}")
                return values
            values.append(value)
        if len(values) == 1 and isinstance(values[0], list):
            values = values[0]
        return values

    # -- checks ------------------------------------------------------------
    def members(self, fname, path, obj, allowed):
        for k in obj:
            if k not in allowed and not k.startswith("x-"):
                self.report(fname, f"{path}.{k}", "unknown member")

    def string(self, fname, path, v, required=False):
        if v is None and not required:
            return False
        if not isinstance(v, str):
            self.report(fname, path, f"expected a string, found {kind_of(v)}")
            return False
        return True

    def date(self, fname, path, v):
        if v is None:
            return
        if not isinstance(v, str) or not DATE.match(v):
            self.report(fname, path, f"expected a date (YYYY-MM-DD, YYYY-MM, "
                        f"YYYY, --MM-DD) or null, found {json.dumps(v, ensure_ascii=False)}")

    def posint(self, fname, path, v):
        if v is None:
            return
        if not isinstance(v, int) or isinstance(v, bool) or v < 1:
            self.report(fname, path, f"expected an integer >= 1, found {json.dumps(v)}")

    def strings(self, fname, path, v):
        if v is None:
            return
        if not isinstance(v, list):
            self.report(fname, path, f"expected an array of strings, found {kind_of(v)}")
            return
        for i, s in enumerate(v):
            self.string(fname, f"{path}[{i}]", s, required=True)

    def record(self, fname, root, rec):
        self.records += 1
        if not isinstance(rec, dict):
            self.report(fname, root, f"expected a record object, found {kind_of(rec)}")
            return
        self.members(fname, root, rec, MEMBERS["record"])
        if "pactum" in rec and rec["pactum"] != 1:
            self.report(fname, f"{root}.pactum", f"expected 1, found {json.dumps(rec['pactum'])}")
        text = self.article(fname, root, rec.get("article"))

        # ids first, so that references can be resolved in any order
        ids = {}
        for lst in LISTS:
            items = rec.get(lst)
            if items is None:
                continue
            if not isinstance(items, list):
                self.report(fname, f"{root}.{lst}", f"expected an array, found {kind_of(items)}")
                rec[lst] = []
                continue
            for i, e in enumerate(items):
                p = f"{root}.{lst}[{i}]"
                if not isinstance(e, dict):
                    self.report(fname, p, f"expected an object, found {kind_of(e)}")
                    continue
                if lst == "countries":
                    code = e.get("code")
                    if not isinstance(code, str) or not CODE.match(code):
                        self.report(fname, f"{p}.code", "required: an ISO 3166-1 alpha-2 "
                                    f"code in upper case, found {json.dumps(code)}")
                    else:
                        self.add_id(fname, f"{p}.code", ids, code, lst)
                    if "id" in e and e["id"] != code:
                        self.report(fname, f"{p}.id", "a country's id must be its code")
                elif "id" in e:
                    if self.string(fname, f"{p}.id", e["id"], required=True):
                        self.add_id(fname, f"{p}.id", ids, e["id"], lst)

        for lst in LISTS:
            for i, e in enumerate(rec.get(lst) or []):
                if isinstance(e, dict):
                    self.entity(fname, f"{root}.{lst}[{i}]", lst, e, ids, text)

    def add_id(self, fname, path, ids, ident, lst):
        if ident in ids:
            self.report(fname, path, f"duplicate id {json.dumps(ident, ensure_ascii=False)} "
                        f"(also in {ids[ident]})")
        else:
            ids[ident] = lst

    def article(self, fname, root, art):
        p = f"{root}.article"
        if not isinstance(art, dict):
            self.report(fname, p, f"required: an object, found {kind_of(art)}")
            return None
        self.members(fname, p, art, MEMBERS["article"])
        for k in ("key", "language", "title", "source"):
            self.string(fname, f"{p}.{k}", art.get(k))
        self.date(fname, f"{p}.issued", art.get("issued"))
        name = art.get("file")
        if not self.string(fname, f"{p}.file", name, required=True):
            return None
        path = os.path.join(ARTICLES, name)
        try:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            self.report(fname, f"{p}.file", f"cannot read article {path}: {e}")
            return None
        m = DATELINE.match(text.split("\n", 1)[0].rstrip("\r"))
        if m:
            if art.get("issued") != m.group(1):
                self.report(fname, f"{p}.issued", f"the dateline says {m.group(1)}, "
                            f"found {json.dumps(art.get('issued'))}")
            if "title" in art and art["title"] != m.group(2):
                self.report(fname, f"{p}.title", "differs from the dateline's headline "
                            f"{json.dumps(m.group(2), ensure_ascii=False)}")
        return text

    def entity(self, fname, p, lst, e, ids, text):
        self.members(fname, p, e, MEMBERS[lst])
        self.string(fname, f"{p}.key", e.get("key"))
        if lst in ("persons", "institutions", "places"):
            self.string(fname, f"{p}.name", e.get("name"), required=True)
        elif lst == "countries":
            self.string(fname, f"{p}.name", e.get("name"))
        if lst in ("countries", "persons", "institutions", "places"):
            self.strings(fname, f"{p}.variants", e.get("variants"))
        if lst in KINDS:
            k = e.get("kind")
            if k is not None or lst == "agreements":
                if k not in KINDS[lst]:
                    self.report(fname, f"{p}.kind", "expected one of "
                                f"{', '.join(sorted(KINDS[lst]))}, found {json.dumps(k)}")
        if lst == "persons":
            self.titles(fname, f"{p}.titles", e.get("titles"))
        if lst == "agreements":
            s = e.get("status")
            if s is not None and s not in STATUSES:
                self.report(fname, f"{p}.status", "expected one of "
                            f"{', '.join(sorted(STATUSES))}, found {json.dumps(s)}")
            self.date(fname, f"{p}.signed", e.get("signed"))
        if lst in ("agreements", "exercises"):
            self.areas_of(fname, f"{p}.areas", e.get("areas"))
        if lst == "exercises":
            n = e.get("name")
            if n is not None:
                self.string(fname, f"{p}.name", n)
            self.posint(fname, f"{p}.edition", e.get("edition"))
        if lst in ("exercises", "visits"):
            self.date(fname, f"{p}.start", e.get("start"))
            self.date(fname, f"{p}.end", e.get("end"))
        if lst == "visits":
            self.posint(fname, f"{p}.days", e.get("days"))
            for k in ("visitor", "host"):
                if e.get(k) is None:
                    self.report(fname, f"{p}.{k}", "required")
        if lst == "meetings":
            self.date(fname, f"{p}.date", e.get("date"))
            parts = e.get("participants")
            if not isinstance(parts, list) or not parts:
                self.report(fname, f"{p}.participants", "required: at least one participant")
        for (cls, member), targets in REFS.items():
            if cls != lst or e.get(member) is None:
                continue
            v = e[member]
            if member in MULTI:
                if not isinstance(v, list):
                    self.report(fname, f"{p}.{member}", f"expected an array of references, "
                                f"found {kind_of(v)}")
                    continue
                for i, r in enumerate(v):
                    self.ref(fname, f"{p}.{member}[{i}]", r, targets, ids)
            else:
                self.ref(fname, f"{p}.{member}", v, targets, ids)
        self.mentions(fname, f"{p}.mentions", e.get("mentions"), text)

    def ref(self, fname, p, r, targets, ids):
        if not isinstance(r, str):
            self.report(fname, p, f"expected a reference (string), found {kind_of(r)}")
            return
        if r in ids:
            if ids[r] not in targets:
                self.report(fname, p, f"{json.dumps(r, ensure_ascii=False)} is one of the "
                            f"{ids[r]}; expected one of the {' or '.join(sorted(targets))}")
            return
        if "countries" in targets and CODE.match(r):
            return  # a country need not be listed
        self.report(fname, p, f"{json.dumps(r, ensure_ascii=False)} is no id in this record")

    def titles(self, fname, p, v):
        if v is None:
            return
        if not isinstance(v, list):
            self.report(fname, p, f"expected an array, found {kind_of(v)}")
            return
        for i, t in enumerate(v):
            q = f"{p}[{i}]"
            if isinstance(t, str):
                continue
            if not isinstance(t, dict):
                self.report(fname, q, f"expected a string or {{text, lang}}, found {kind_of(t)}")
                continue
            self.members(fname, q, t, MEMBERS["title"])
            self.string(fname, f"{q}.text", t.get("text"), required=True)
            self.string(fname, f"{q}.lang", t.get("lang"))

    def areas_of(self, fname, p, v):
        if v is None:
            return
        if not isinstance(v, list):
            self.report(fname, p, f"expected an array of strings, found {kind_of(v)}")
            return
        for i, a in enumerate(v):
            if self.string(fname, f"{p}[{i}]", a, required=True) and a not in self.areas:
                where = "ontology/areas.ttl" if self.have_ttl else \
                    "the English preferred labels (ontology/areas.ttl not found)"
                self.report(fname, f"{p}[{i}]", f"unknown cooperation area "
                            f"{json.dumps(a, ensure_ascii=False)}: not in {where}")

    def mentions(self, fname, p, v, text):
        if v is None:
            return
        if not isinstance(v, list):
            self.report(fname, p, f"expected an array of mentions, found {kind_of(v)}")
            return
        for i, m in enumerate(v):
            q = f"{p}[{i}]"
            if not isinstance(m, dict):
                self.report(fname, q, f"expected a mention object, found {kind_of(m)}")
                continue
            self.members(fname, q, m, MEMBERS["mention"])
            t, s, e = m.get("text"), m.get("start"), m.get("end")
            ok = self.string(fname, f"{q}.text", t, required=True)
            for k, n in (("start", s), ("end", e)):
                if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                    self.report(fname, f"{q}.{k}", f"expected an integer >= 0, found {json.dumps(n)}")
                    ok = False
            if not ok or text is None:
                continue
            if not s < e <= len(text):
                self.report(fname, q, f"bad range [{s}, {e}) for an article of "
                            f"{len(text)} code points")
            elif text[s:e] != t:
                self.report(fname, q, f"text {json.dumps(t, ensure_ascii=False)} but the "
                            f"article has {json.dumps(text[s:e], ensure_ascii=False)} at [{s}, {e})")


def kind_of(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, str):
        return "a string"
    if isinstance(v, list):
        return "an array"
    return "an object"


def main(argv):
    files = argv[1:]
    if not files:
        try:
            files = sorted(os.path.join(RECORDS, f) for f in os.listdir(RECORDS)
                           if f.endswith((".json", ".jsonl")))
        except OSError as e:
            print(f"{RECORDS}: cannot list: {e}", file=sys.stderr)
            return 1
    c = Checker()
    for fname in files:
        recs = c.load(fname)
        for i, rec in enumerate(recs):
            c.record(fname, "$" if len(recs) == 1 else f"$[{i}]", rec)
    print(f"{c.records} records checked, {c.problems} problems")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
