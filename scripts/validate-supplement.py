#!/usr/bin/env python3
# Checks the curated skill supplement against the ESCO files (run from anywhere): unique codes and labels,
# no duplicate of an ESCO concept, every parent exists, no cycle, every row reaches ESCO.
"""Validate tescforce_supplement.csv against the ESCO subset.

Usage: python3 validate.py [supplement.csv] [esco_dir]
Exit code 0 when every check passes, 1 otherwise.
"""
import collections
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPLEMENT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'src', 'TescForce.Infrastructure', 'Data', 'Esco', 'tescforce_supplement.csv')
ESCO_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'TescForce.Infrastructure', 'Data', 'Esco')

HEADER = ['code', 'label_en', 'label_fr', 'alt_labels_en', 'alt_labels_fr', 'parent_uris', 'description_en']
MIN_ROWS = 170
CODE_RE = re.compile(r'^tescforce:[a-z0-9]+(?:-[a-z0-9]+)*$')
ESCO_URI_RE = re.compile(r'^http://data\.europa\.eu/esco/')

# Preferred labels that coincide with an ESCO *alternative* label (not a preferred one).
# The brief forbids only synonym == ESCO alt label; these preferred labels are kept on
# purpose because ESCO files the product only as a loose example/synonym of a broader
# concept. Every entry must be justified; any other such overlap fails validation.
ALLOWED_PREF_ALT_OVERLAP = {
    'tescforce:git': "ESCO lists 'git' only as an alt label of 'tools for software configuration management'",
    'tescforce:tensorflow': "ESCO lists 'tensorflow' as an alt label of 'computer vision' (a tool, not the field)",
    'tescforce:keras': "ESCO lists 'keras' as an alt label of 'computer vision'",
    'tescforce:cuda': "ESCO lists 'cuda' as an alt label of 'computer vision'",
    'tescforce:opencv': "ESCO lists 'OpenCV' as alt label of 'computer vision' and 'computer programming'",
    'tescforce:ada': "ESCO lists 'Ada' among ~60 languages lumped as alt labels of 'computer programming'",
    'tescforce:selenium': "ESCO lists 'Selenium' as an example alt label of 'tools for ICT test automation'",
    'tescforce:confluence': "ESCO lists 'Confluence' as an alt label of 'use online tools to collaborate'",
    'tescforce:scrum': "ESCO lists 'scrum' only as a French alt label of 'ICT project management methodologies'",
    'tescforce:burp-suite': "ESCO lists 'Burpsuite' as an alt label of 'penetration testing tool'",
}

# Rough families: a row belongs to the first family whose anchor is among its ancestors
# (the row itself, its supplement ancestors and their direct ESCO parents).
FAMILIES = [
    ('aerospace, space & functional safety', {
        'tescforce:avionics', 'tescforce:space-systems-engineering', 'tescforce:safety-critical-software',
        'tescforce:dependability-engineering', 'tescforce:formal-methods',
        'ESCO:aircraft flight control systems'}),
    ('artificial intelligence', {'ESCO:machine learning', 'ESCO:principles of artificial intelligence',
                                 'ESCO:natural language processing', 'ESCO:computer vision',
                                 'ESCO:artificial neural networks', 'ESCO:data science'}),
    ('cybersecurity', {'ESCO:cyber security', 'ESCO:ICT security standards', 'ESCO:ICT security legislation',
                       'ESCO:digital identity management', 'ESCO:handle cybersecurity incidents',
                       'ESCO:penetration testing tool', 'ESCO:attack vectors', 'ESCO:ICT encryption',
                       'ESCO:cloud security and compliance', 'ESCO:implement ICT risk management',
                       'ESCO:web application security threats', 'ESCO:cyber attack counter-measures'}),
    ('embedded, automotive, hardware & robotics', {
        'ESCO:embedded systems', 'ESCO:real-time computing', 'ESCO:field-programmable gate arrays',
        'ESCO:integrated circuit types', 'ESCO:microprocessors', 'ESCO:automotive engineering', 'ESCO:robotics',
        'ESCO:Internet of Things', 'ESCO:programmable logic controller', 'ESCO:automation technology',
        'ESCO:hardware testing methods', 'ESCO:signal processing', 'ESCO:telecommunications engineering',
        'ESCO:transmission technology', 'ESCO:sensors'}),
    ('cloud, DevOps & infrastructure', {
        'ESCO:DevOps', 'ESCO:cloud technologies', 'ESCO:manage ICT virtualisation environments',
        'ESCO:tools for software configuration management', 'ESCO:monitor system performance',
        'ESCO:automate cloud tasks', 'ESCO:develop with cloud services', 'tescforce:linux'}),
    ('data, databases & BI', {
        'ESCO:database', 'ESCO:NoSQL', 'ESCO:data warehouse', 'ESCO:business intelligence',
        'ESCO:data extraction, transformation and loading tools', 'ESCO:distributed computing',
        'ESCO:analyse big data', 'ESCO:data storage', 'ESCO:manage ICT data architecture', 'ESCO:manage data',
        'ESCO:perform data analysis', 'ESCO:scientific computing', 'ESCO:data visualisation software'}),
    ('engineering tools, MBSE & simulation', {
        'ESCO:CAD software', 'ESCO:CAE software', 'ESCO:product data management',
        'ESCO:model based system engineering', 'ESCO:MATLAB', 'ESCO:computer simulation',
        'tescforce:systems-engineering', 'tescforce:requirements-engineering'}),
    ('software development (languages, web, APIs)', {
        'ESCO:computer programming', 'ESCO:JavaScript Framework', 'ESCO:software frameworks',
        'ESCO:web programming', 'ESCO:design application interfaces', 'ESCO:software architecture models',
        'ESCO:C#', 'ESCO:Java (computer programming)', 'ESCO:Python (computer programming)', 'ESCO:ASP.NET',
        'ESCO:JavaScript', 'ESCO:use concurrent programming'}),
    ('methods, quality & testing', {
        'ESCO:ICT project management methodologies', 'ESCO:Agile development', 'ESCO:Agile project management',
        'ESCO:tools for ICT test automation', 'ESCO:develop automated software tests',
        'ESCO:levels of software testing', 'ESCO:conduct ICT code review', 'ESCO:web based collaborative platforms',
        'ESCO:systems development life-cycle'}),
]

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def norm(s):
    """Normalisation required by the brief: lower-case, accents stripped (plus trimmed/collapsed spaces)."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()


def compact(s):
    """Stricter key: normalised, parenthetical qualifiers dropped, only letters/digits/+/# kept.
    Catches 'Burp Suite' vs 'Burpsuite', 'MISRA-C' vs 'MISRA C', 'Ada (computer programming)' vs 'Ada'."""
    n = norm(s)
    n = re.sub(r'\s*\([^)]*\)\s*$', '', n) or n
    return re.sub(r'[^a-z0-9+#]', '', n)


def keys(s):
    return {norm(s), compact(s)} - {''}


def split_multi(value, where):
    if value == '':
        return []
    items = value.split('|')
    for it in items:
        if it == '' or it != it.strip():
            err(f'{where}: empty item or stray whitespace in multi-value {value!r}')
    return [it.strip() for it in items if it.strip()]


# ------------------------------------------------------------------ load ESCO
esco = {}            # uri -> row
esco_pref = collections.defaultdict(set)   # key -> set of 'uri label'
esco_alt = collections.defaultdict(set)
esco_label_to_uri = collections.defaultdict(set)
for fn in ('esco_digital_skills.csv', 'esco_skill_groups.csv'):
    with open(os.path.join(ESCO_DIR, fn), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            uri = r['uri'].strip()
            esco[uri] = r
            esco_label_to_uri[r['label_en'].strip()].add(uri)
            for lab in (r.get('label_en', ''), r.get('label_fr', '')):
                if lab.strip():
                    for k in keys(lab):
                        esco_pref[k].add(f"{r['label_en']!r} <{uri}>")
            for col in ('alt_labels_en', 'alt_labels_fr'):
                for lab in (r.get(col) or '').split('|'):
                    if lab.strip():
                        for k in keys(lab):
                            esco_alt[k].add(f"{r['label_en']!r} <{uri}>")


def resolve_anchor(a):
    if a.startswith('ESCO:'):
        uris = esco_label_to_uri.get(a[5:], set())
        if len(uris) != 1:
            err(f'validate.py family anchor {a!r} resolves to {len(uris)} ESCO URIs')
        return uris
    return {a}


FAMILIES = [(name, set().union(*(resolve_anchor(a) for a in anchors))) for name, anchors in FAMILIES]

# ------------------------------------------------------------------ load supplement
raw = open(SUPPLEMENT, 'rb').read()
try:
    text = raw.decode('utf-8')
except UnicodeDecodeError as e:
    print(f'FAIL: not UTF-8: {e}')
    sys.exit(1)
if text.startswith('\ufeff'):
    err('file starts with a BOM')
reader = csv.reader(text.splitlines(keepends=True), strict=True)
table = list(reader)
if not table or table[0] != HEADER:
    err(f'header mismatch: {table[0] if table else None}')
rows = []
for i, rec in enumerate(table[1:], start=2):
    if len(rec) != len(HEADER):
        err(f'line {i}: {len(rec)} fields instead of {len(HEADER)}')
        continue
    rows.append(dict(zip(HEADER, rec)))

if len(rows) < MIN_ROWS:
    err(f'only {len(rows)} rows (< {MIN_ROWS})')

# ------------------------------------------------------------------ per-row checks
codes = collections.Counter(r['code'] for r in rows)
for c, n in codes.items():
    if n > 1:
        err(f'duplicate code {c}')
code_set = set(codes)

pref_en_seen, pref_fr_seen = {}, {}
all_terms = collections.defaultdict(set)   # key -> codes using it as label or synonym
parents = {}
for r in rows:
    c = r['code']
    for k in HEADER:
        if r[k] != r[k].strip():
            err(f'{c}: leading/trailing whitespace in {k}')
        if '\n' in r[k] or '\r' in r[k]:
            err(f'{c}: newline in {k}')
    if not CODE_RE.match(c):
        err(f'{c}: code is not tescforce:<lower-kebab-slug>')
    en, fr = r['label_en'].strip(), r['label_fr'].strip()
    if not en or not fr:
        err(f'{c}: empty label_en or label_fr')
    for lab, seen, lang in ((en, pref_en_seen, 'en'), (fr, pref_fr_seen, 'fr')):
        for k in keys(lab):
            if k in seen and seen[k] != c:
                err(f'{c}: preferred label_{lang} {lab!r} duplicates that of {seen[k]}')
            seen[k] = c
    alts = split_multi(r['alt_labels_en'], f'{c} alt_labels_en') + split_multi(r['alt_labels_fr'], f'{c} alt_labels_fr')
    if not alts:
        err(f'{c}: no synonym in either language')
    # no synonym repeats a preferred label of the row or another synonym of the row
    # (label_en and label_fr may coincide: product names are the same in both languages)
    row_keys = {k: en for k in keys(en)}
    row_keys.update({k: fr for k in keys(fr) if k not in row_keys})
    for lab in alts:
        for k in keys(lab):
            if k in row_keys:
                err(f'{c}: synonym {lab!r} repeats {row_keys[k]!r} in the same row')
        row_keys.update({k: lab for k in keys(lab)})
    # ESCO duplication
    overlaps_alt = False
    for lab in {en, fr}:
        for k in keys(lab):
            if k in esco_pref:
                err(f'{c}: preferred label {lab!r} equals ESCO preferred label {sorted(esco_pref[k])}')
            if k in esco_alt:
                overlaps_alt = True
                if c not in ALLOWED_PREF_ALT_OVERLAP:
                    err(f'{c}: preferred label {lab!r} equals ESCO alt label of {sorted(esco_alt[k])} (not allow-listed)')
    if c in ALLOWED_PREF_ALT_OVERLAP and not overlaps_alt:
        err(f'{c}: allow-listed but its preferred labels no longer overlap an ESCO alt label (stale entry)')
    for lab in alts:
        for k in keys(lab):
            if k in esco_pref:
                err(f'{c}: synonym {lab!r} equals ESCO preferred label {sorted(esco_pref[k])}')
            if k in esco_alt:
                err(f'{c}: synonym {lab!r} equals ESCO alt label of {sorted(esco_alt[k])}')
    for lab in {en, fr, *alts}:
        for k in keys(lab):
            all_terms[k].add(c)
    # description
    d = r['description_en'].strip()
    if not d:
        err(f'{c}: empty description_en')
    elif not d.endswith('.') or len(d) > 260 or re.search(r'\.\s+[A-Z]', d[:-1]):
        err(f'{c}: description_en should be one short sentence ending with a period')
    # parents
    ps = split_multi(r['parent_uris'], f'{c} parent_uris')
    if not ps:
        err(f'{c}: no parent')
    if len(set(ps)) != len(ps):
        err(f'{c}: duplicate parent')
    for p in ps:
        if p == c:
            err(f'{c}: is its own parent')
        elif ESCO_URI_RE.match(p):
            if p not in esco:
                err(f'{c}: ESCO parent {p} not found in ESCO files')
        elif p.startswith('tescforce:'):
            if p not in code_set:
                err(f'{c}: supplement parent {p} not found')
        else:
            err(f'{c}: parent {p!r} is neither an ESCO URI nor a supplement code')
    parents[c] = ps

for k, cs in all_terms.items():
    if len(cs) > 1:
        err(f'term {k!r} used as label/synonym by several rows: {sorted(cs)}')
for c in ALLOWED_PREF_ALT_OVERLAP:
    if c not in code_set:
        err(f'allow-list entry {c} has no row')

# ------------------------------------------------------------------ graph checks
WHITE, GREY, BLACK = 0, 1, 2
state = {c: WHITE for c in code_set}


def visit(c, path):
    state[c] = GREY
    for p in parents.get(c, []):
        if p in state:
            if state[p] == GREY:
                err('cycle: ' + ' -> '.join(path + [c, p]))
            elif state[p] == WHITE:
                visit(p, path + [c])
    state[c] = BLACK


sys.setrecursionlimit(10000)
for c in sorted(code_set):
    if state[c] == WHITE:
        visit(c, [])


def esco_ancestors(uri, memo={}):
    if uri in memo:
        return memo[uri]
    memo[uri] = set()
    out = set()
    for b in (esco.get(uri, {}).get('broader_uris') or '').split('|'):
        b = b.strip()
        if b:
            out.add(b)
            out |= esco_ancestors(b)
    memo[uri] = out
    return out


def closure(c, memo={}):
    """All ancestors of a supplement row (supplement codes and ESCO URIs, transitively)."""
    if c in memo:
        return memo[c]
    memo[c] = set()
    out = set()
    for p in parents.get(c, []):
        out.add(p)
        out |= closure(p) if p in code_set else esco_ancestors(p)
    memo[c] = out
    return out


if not errors:  # graph is acyclic and references resolve
    for c in sorted(code_set):
        anc = closure(c)
        if not any(a in esco for a in anc):
            err(f'{c}: does not reach any ESCO concept')
        # no redundant parent: a listed parent must not already be an ancestor of another listed parent
        for p in parents[c]:
            for q in parents[c]:
                if p != q and p in (closure(q) if q in code_set else esco_ancestors(q)):
                    err(f'{c}: parent {p} is redundant (already an ancestor of {q})')

# ------------------------------------------------------------------ report
fam_count = collections.Counter()
fam_of = {}
if not errors:
    for c in code_set:
        anc = {c} | {a for a in closure(c) if a in code_set}
        anc |= {p for a in anc for p in parents.get(a, []) if p in esco}
        fam = next((name for name, anchors in FAMILIES if anc & anchors), 'other')
        fam_of[c] = fam
        fam_count[fam] += 1

n_esco_parents = sum(1 for r in rows for p in r['parent_uris'].split('|') if p in esco)
n_group_parents = sum(1 for r in rows for p in r['parent_uris'].split('|')
                      if p in esco and 'skill_type' not in esco[p])
only_groups = [r['code'] for r in rows
               if all(p in esco and 'skill_type' not in esco[p] for p in r['parent_uris'].split('|'))]
for c in only_groups:
    warnings.append(f'{c}: attached only to ESCO skill groups (no digital-skill or supplement parent)')

print(f'file: {SUPPLEMENT}')
print(f'rows: {len(rows)}')
print(f'direct ESCO parent links: {n_esco_parents} (of which to skill groups: {n_group_parents}); '
      f'supplement-to-supplement links: {sum(len(v) for v in parents.values()) - n_esco_parents}')
print(f'preferred labels coinciding with an ESCO alt label (allow-listed): {len(ALLOWED_PREF_ALT_OVERLAP)}')
if fam_count:
    print('rows per rough family:')
    for name, _ in FAMILIES + [('other', None)]:
        if fam_count.get(name):
            print(f'  {fam_count[name]:4d}  {name}')
    if fam_count.get('other'):
        print('  other =', ', '.join(sorted(c for c, f in fam_of.items() if f == 'other')))
for w in warnings:
    print('WARN:', w)
if errors:
    errors = list(dict.fromkeys(errors))
    print(f'\nFAIL: {len(errors)} problem(s)')
    for e in errors:
        print('  -', e)
    sys.exit(1)
print('\nPASS: all checks succeeded')
