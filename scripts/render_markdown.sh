#!/usr/bin/env bash
# Renders the corpus's HTML pages of seeds 000 and 003 as Markdown, as users' converters
# do, into fixtures/corpus/md-*/ (the piped-table differential test reads them):
#   md-pandoc        pandoc -f html -t markdown --wrap=none   (simple/multiline tables, `--` for the en dash,
#                                                              captions after the table as `: title`)
#   md-gfm           pandoc -f html -t gfm --wrap=none        (pipe tables, padded; captions dropped;
#                                                              tables with spanning header cells stay raw HTML)
#   md-html2text     python html2text, body_width=0           (no outer pipes; the caption in the corner cell)
#   md-markdownify   python markdownify                       (outer pipes; the caption above the table)
# Made with pandoc 2.17.1.1, html2text 2025.4.15, markdownify 1.2.3:
#   apt-get install pandoc; pip install html2text==2025.4.15 markdownify==1.2.3
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/html}
for s in 000_12b304da66a9a4f7 003_b2a1a9d0679e623b; do
  h="$src/$s.html"
  mkdir -p fixtures/corpus/md-gfm fixtures/corpus/md-html2text fixtures/corpus/md-markdownify fixtures/corpus/md-pandoc
  pandoc -f html -t gfm --wrap=none "$h" -o "fixtures/corpus/md-gfm/$s.txt"
  pandoc -f html -t markdown --wrap=none "$h" -o "fixtures/corpus/md-pandoc/$s.txt"
  python3 -c 'import html2text,sys; h=html2text.HTML2Text(); h.body_width=0; sys.stdout.write(h.handle(open(sys.argv[1],encoding="utf-8").read()))' "$h" > "fixtures/corpus/md-html2text/$s.txt"
  python3 -c 'import markdownify,sys; sys.stdout.write(markdownify.markdownify(open(sys.argv[1],encoding="utf-8").read()))' "$h" > "fixtures/corpus/md-markdownify/$s.txt"
done
