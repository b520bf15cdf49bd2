#!/usr/bin/env bash
# Renders the corpus's HTML pages of seeds 000 and 003 with text browsers and html2text at
# their default widths, into fixtures/corpus/{elinks,w3m80,links80,h2tc}/ (the table
# differential test in tests/tables_aligned.rs reads them). Cells too wide for their column
# wrap inside it; elinks and links centre a cell's lines on its row.
# Made with ELinks 0.13.2, w3m 0.5.3+git20230121, Links 2.28, html2text 1.3.2a (Debian 12):
#   apt-get install elinks w3m links html2text
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/html}
mkdir -p fixtures/corpus/elinks fixtures/corpus/w3m80 fixtures/corpus/links80 fixtures/corpus/h2tc
for s in 000_12b304da66a9a4f7 003_b2a1a9d0679e623b; do
  h="$src/$s.html"
  elinks -dump -dump-width 80 -no-references -no-numbering "$h" > "fixtures/corpus/elinks/$s.txt"
  w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 "$h" > "fixtures/corpus/w3m80/$s.txt"
  links -dump "$h" > "fixtures/corpus/links80/$s.txt"
  /usr/bin/html2text -utf8 "$h" > "fixtures/corpus/h2tc/$s.txt"
done
