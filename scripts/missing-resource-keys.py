#!/usr/bin/env python3
# Lists the L["Key"] literals used by the Razor components that SharedResource.tsv lacks.
import glob, os, re, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
used = set()
for f in glob.glob(os.path.join(root, 'src/TescForce.Web/Components/**/*.razor'), recursive=True):
    used.update(re.findall(r'L\["([A-Za-z0-9_]+)"\]', open(f, encoding='utf-8-sig').read()))
tsv = os.path.join(root, 'src/TescForce.Web/Resources/SharedResource.tsv')
have = {l.split('\t')[0] for l in open(tsv, encoding='utf-8') if l.strip() and not l.startswith('#')}
missing = sorted(used - have)
print('\n'.join(missing))
sys.exit(1 if missing else 0)
