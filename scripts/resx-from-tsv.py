#!/usr/bin/env python3
# Writes Name.resx (English) and Name.fr.resx (French) from TSV files of key<TAB>English<TAB>French:
# Name.tsv plus every Name.<Feature>.tsv beside it (one file per feature keeps merges apart).
# Usage: scripts/resx-from-tsv.py src/TescForce.Web/Resources/SharedResource.tsv src/TescForce.Web/Resources/SharedResource
import sys, html, glob, os
HEADER='''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
def write(path, entries):
    with open(path,'w',encoding='utf-8') as f:
        f.write(HEADER)
        for k,v in entries:
            f.write('  <data name="%s" xml:space="preserve"><value>%s</value></data>\n' % (k, html.escape(v, quote=False)))
        f.write('</root>\n')
def load(src, en, fr, seen):
    for n,line in enumerate(open(src,encoding='utf-8'), 1):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        parts=line.split('\t')
        if len(parts)!=3: sys.exit('%s:%d: expected key<TAB>English<TAB>French' % (src,n))
        k,e,f=parts
        if k in seen: sys.exit('%s:%d: key %s already defined in %s' % (src,n,k,seen[k]))
        seen[k]=src
        en.append((k,e)); fr.append((k,f))
if __name__=='__main__':
    src,base=sys.argv[1],sys.argv[2]
    stem=src[:-len('.tsv')] if src.endswith('.tsv') else src
    sources=[src]+sorted(p for p in glob.glob(stem+'.*.tsv') if p!=src)
    en=[];fr=[];seen={}
    for s in sources: load(s,en,fr,seen)
    write(base+'.resx',en); write(base+'.fr.resx',fr)
