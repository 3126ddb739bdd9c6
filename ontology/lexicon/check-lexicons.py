#!/usr/bin/env python3
"""Check the lexicon tables beside this script: UTF-8, one header with the
README columns, that many fields on every line, no duplicate lines, known
lang / kind / status values, ISO codes of countries.tsv, no (phrase, lang)
with two different values (case and accents ignored), words-en.txt sorted.
Standard library only; exit status 1 on any error.

    check-lexicons.py
"""
import re, sys, unicodedata
import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '')
def norm(s):
    s = s.replace('\u2019', "'").replace('\u2013', '-')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).casefold()
SPEC = {
 'country-forms.tsv': (['code','lang','kind','form'], {'kind': {'short','demonym'}}),
 'places.tsv': (['name','country','kind','capital','lang'], {'kind': {'city','port','base','monument','region','other'}, 'capital': {'yes','no'}}),
 'titles.tsv': (['phrase','lang','kind'], {'kind': {'role','rank','honorific'}}),
 'institutions.tsv': (['head','lang','kind','country'], {'kind': {'ministry','armed_forces','service_branch','command','college','embassy','company','commission','government','other'}}),
 'agreements.tsv': (['phrase','lang','kind'], {'kind': {'mou','treaty','agreement','protocol','letter_of_intent'}}),
 'statuses.tsv': (['phrase','lang','status'], {'status': {'expected','negotiating','signed','in_force'}}),
 'events.tsv': (['phrase','lang','kind'], {'kind': {'exercise','visit','meeting','speech','presence','attendance'}}),
 'calendar.tsv': (['word','lang','kind','value'], {'kind': {'month','weekday','relative'}}),
 'numbers.tsv': (['word','lang','kind','value'], {'kind': {'cardinal','ordinal'}}),
 'furniture.tsv': (['pattern','kind'], {'kind': {'line','prefix','end','end-prefix'}}),
 'place-heads.tsv': (['head','lang','kind','side'], {'kind': {'base','port','monument','vessel'}, 'side': {'before','after'}}),
}
codes = set()
for line in open(D + 'countries.tsv', encoding='utf-8'):
    if line.startswith('#') or line.startswith('code\t'): continue
    codes.add(line.split('\t')[0])
assert len(codes) == 249, len(codes)
errors = 0
def err(f, n, msg):
    global errors
    errors += 1
    print(f'{f}:{n}: {msg}')
tables = {}
for f, (cols, allowed) in SPEC.items():
    raw = open(D + f, 'rb').read()
    text = raw.decode('utf-8')
    if '\r' in text: err(f, 0, 'CR in file')
    if not text.endswith('\n'): err(f, 0, 'no final newline')
    header = None
    seen = {}
    rows = []
    for n, line in enumerate(text.split('\n')[:-1], 1):
        if line != line.rstrip(): err(f, n, 'trailing whitespace')
        if line.startswith('#'): continue
        if not line.strip(): err(f, n, 'empty line'); continue
        fields = line.split('\t')
        if header is None:
            header = fields
            if fields != cols: err(f, n, f'header {fields} != {cols}')
            continue
        if f == 'institutions.tsv' and len(fields) == len(cols) - 1:
            fields.append('')  # the country column is optional
        if len(fields) != len(cols): err(f, n, f'{len(fields)} fields, want {len(cols)}: {line!r}'); continue
        if line in seen: err(f, n, f'duplicate of line {seen[line]}')
        seen[line] = n
        r = dict(zip(cols, fields))
        for c, v in r.items():
            if v != v.strip() and not (f == 'furniture.tsv' and c == 'pattern' and v == v.lstrip() and v.endswith(' ') and r['kind'] == 'prefix'):
                err(f, n, f'spaces around {c}: {v!r}')
            if v == '' and not (f in ('places.tsv', 'institutions.tsv') and c == 'country'):
                err(f, n, f'empty {c}')
        for c, ok in allowed.items():
            if r[c] not in ok: err(f, n, f'{c} {r[c]!r} not in {sorted(ok)}')
        if 'lang' in r and r['lang'] not in ('en', 'fr', '*'): err(f, n, f'lang {r["lang"]!r}')
        for c in ('code', 'country'):
            if c in r and r[c] and r[c] not in codes: err(f, n, f'unknown country code {r[c]}')
        if f in ('titles.tsv','institutions.tsv','agreements.tsv','statuses.tsv','events.tsv','calendar.tsv','numbers.tsv'):
            key = r.get('phrase', r.get('head', r.get('word')))
            if key != key.lower(): err(f, n, f'not lower case: {key!r}')
        if f == 'calendar.tsv':
            k, v = r['kind'], r['value']
            if k == 'month' and not (v.isdigit() and 1 <= int(v) <= 12): err(f, n, 'bad month')
            if k == 'weekday' and not (v.isdigit() and 1 <= int(v) <= 7): err(f, n, 'bad weekday')
            if k == 'relative' and not re.fullmatch(r'(year|month|week|day|story|toldyear)[+-]\d+', v): err(f, n, 'bad relative')
        if f == 'numbers.tsv' and not r['value'].isdigit(): err(f, n, 'bad number')
        rows.append((n, r))
    tables[f] = rows
    # conflicting values for one (phrase, lang), accents and case ignored, '*' = en and fr
    keycol = cols[0] if f != 'country-forms.tsv' else 'form'
    valcols = [c for c in cols if c not in (keycol, 'lang')]
    if f in ('furniture.tsv',): continue
    vals = {}
    for n, r in rows:
        langs = ['en', 'fr'] if r.get('lang', '*') == '*' else [r['lang']]
        v = tuple(r[c] for c in valcols)
        for l in langs:
            vals.setdefault((norm(r[keycol]), l), {}).setdefault(v, n)
    for (k, l), vs in vals.items():
        if len(vs) > 1:
            if f == 'places.tsv' and len({x[0] for x in vs}) == 1: continue
            err(f, min(vs.values()), f'{k!r} [{l}] has {len(vs)} values: {sorted(vs)}')
# every country has forms
have = {r['code'] for n, r in tables['country-forms.tsv']}
if have != codes: err('country-forms.tsv', 0, f'codes without forms: {sorted(codes - have)}')
# a country form must not be another country's name
names = {}
for line in open(D + 'countries.tsv', encoding='utf-8'):
    if line.startswith('#') or line.startswith('code\t'): continue
    fs = line.rstrip('\n').split('\t')
    for x in fs[1:]:
        if x: names.setdefault(norm(x), set()).add(fs[0])
for n, r in tables['country-forms.tsv']:
    other = names.get(norm(r['form']), set()) - {r['code']}
    if other: err('country-forms.tsv', n, f'{r["form"]} is also the name of {other}')
# synonym groups: "TAG TAB canonical TAB forms...", a form in one group per tag
def synonym_key(x):
    return '-'.join(''.join(c if c.isalnum() else ' ' for c in norm(x)).split())
for f, tags in [('names.tsv', {'abbrev', 'short', 'particle', 'optional', 'common'}),
                ('institution-names.tsv', codes | {'*'}), ('place-names.tsv', codes)]:
    text = open(D + f, encoding='utf-8').read()
    if not text.endswith('\n'): err(f, 0, 'no final newline')
    owner = {}
    groups = 0
    for n, line in enumerate(text.split('\n')[:-1], 1):
        if line != line.rstrip(): err(f, n, 'trailing whitespace')
        if line.startswith('#'): continue
        if not line.strip(): err(f, n, 'empty line'); continue
        fields = line.split('\t')
        if fields[0] not in tags: err(f, n, f'unknown tag {fields[0]!r}')
        if len(fields) < 2 or not all(fields[1:]): err(f, n, 'expected a tag and non-empty forms'); continue
        groups += 1
        for x in fields[1:]:
            k = (fields[0], synonym_key(x))
            if k in owner and owner[k] != n: err(f, n, f'{x!r} is already in the group of line {owner[k]}')
            owner.setdefault(k, n)
    tables[f] = [None] * groups
# words-en.txt
w = open(D + 'words-en.txt', encoding='utf-8').read().split('\n')
if not w[0].startswith('# source: Debian wamerican '): err('words-en.txt', 1, 'no source line')
body = [x for x in w[1:] if x]
if any(not re.fullmatch(r'[a-z]+', x) for x in body): err('words-en.txt', 0, 'non a-z entry')
if any(len(x) == 1 and x not in ('a', 'i') for x in body): err('words-en.txt', 0, 'stray one-letter word')
if body != sorted(set(body)): err('words-en.txt', 0, 'not sorted -u')
for f, rows in tables.items():
    print(f'{f}: {len(rows)} data lines')
print(f'words-en.txt: {len(body)} words')
print('errors:', errors)
sys.exit(1 if errors else 0)
