#!/usr/bin/env python3
# Writes Name.resx (English) and Name.fr.resx (French) from a TSV of key<TAB>English<TAB>French.
# Usage: scripts/resx-from-tsv.py src/TescForce.Web/Resources/SharedResource.tsv src/TescForce.Web/Resources/SharedResource
import sys, html
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
def load(src):
    en=[];fr=[]
    for line in open(src,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        k,e,f=line.split('\t')
        en.append((k,e)); fr.append((k,f))
    return en,fr
if __name__=='__main__':
    src,base=sys.argv[1],sys.argv[2]
    en,fr=load(src)
    write(base+'.resx',en); write(base+'.fr.resx',fr)
