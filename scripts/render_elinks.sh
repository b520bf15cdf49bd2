#!/usr/bin/env bash
# Renders the corpus's HTML pages of seeds 000 and 003 with elinks at its default
# width of 80 columns into fixtures/corpus/elinks/ (the table differential test in
# tests/tables_aligned.rs reads them). Cells too wide for their column wrap inside
# it, and a cell's lines are centred on its row: a label wrapped over two lines has
# its values on the first, over three on the middle one.
# Made with ELinks 0.13.2 (Debian 12): apt-get install elinks
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/html}
mkdir -p fixtures/corpus/elinks
for s in 000_12b304da66a9a4f7 003_b2a1a9d0679e623b; do
  elinks -dump -dump-width 80 -no-references -no-numbering "$src/$s.html" > "fixtures/corpus/elinks/$s.txt"
done
