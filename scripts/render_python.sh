#!/usr/bin/env bash
# Renders the corpus's HTML pages of seeds 000 and 003 with Python HTML-to-text tools, as
# users' scrapers do, into fixtures/corpus/{trafilatura,inscriptis,bs4}/ (the table
# differential test in tests/tables_aligned.rs reads them):
#   trafilatura   trafilatura.extract(include_tables=True)   (Markdown-like pipe rows; a
#                                                            delimiter row under every head row;
#                                                            the caption as the first head row)
#   inscriptis    inscriptis.get_text                         (tables laid out in aligned columns)
#   bs4           BeautifulSoup(html.parser).get_text("\n")    (every cell on its own line)
# Made with trafilatura 2.3.1, inscriptis 2.7.6, beautifulsoup4 4.15.0 (Python 3.11):
#   pip install trafilatura==2.3.1 lxml_html_clean inscriptis==2.7.6 beautifulsoup4==4.15.0
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/html}
for s in 000_12b304da66a9a4f7 003_b2a1a9d0679e623b; do
  h="$src/$s.html"
  mkdir -p fixtures/corpus/trafilatura fixtures/corpus/inscriptis fixtures/corpus/bs4
  python3 -c 'import trafilatura,sys; sys.stdout.write((trafilatura.extract(open(sys.argv[1],encoding="utf-8").read(), include_tables=True) or "") + "\n")' "$h" > "fixtures/corpus/trafilatura/$s.txt"
  python3 -c 'import inscriptis,sys; sys.stdout.write(inscriptis.get_text(open(sys.argv[1],encoding="utf-8").read()))' "$h" > "fixtures/corpus/inscriptis/$s.txt"
  python3 -c 'import bs4,sys; sys.stdout.write(bs4.BeautifulSoup(open(sys.argv[1],encoding="utf-8").read(),"html.parser").get_text("\n"))' "$h" > "fixtures/corpus/bs4/$s.txt"
done
