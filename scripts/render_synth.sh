#!/usr/bin/env bash
# Makes the synthetic-report fixtures: each made-up report of scripts/synth_report.py as a page,
# rendered by the converters of ../shared/corpus (same options) and by others users run, into
# fixtures/synth/<report>/<rendering>.txt with the page and its truth.tsv beside them
# (tests/synthetic_reports.rs reads them).
#   scripts/render_synth.sh [REPORT...]   (default: every report)
# Made with lynx 2.9.0dev.12, w3m 0.5.3, pandoc 2.17.1.1, ELinks 0.13.2, Links 2.28 (Debian 12 packages),
# BeautifulSoup 4.15.0, inscriptis 2.7.6, trafilatura 2.3.1, html2text 2025.4.15 (pip).
set -euo pipefail
cd "$(dirname "$0")/.."
for r in ${*:-rdw duo cbr rvo rws ind ienw bd kad nvwa dji knmi cjib ksa uwv szw ilt bzk}; do
  d=fixtures/synth/$r
  python3 scripts/synth_report.py "$r" "$d"
  h=$d/page.html
  lynx -dump -nolist -assume_charset=utf-8 -display_charset=utf-8 "$h" > "$d/lynx.txt"
  w3m -dump -cols 160 -T text/html -I UTF-8 -O UTF-8 "$h" > "$d/w3m.txt"
  pandoc -f html -t plain "$h" -o "$d/pandoc.txt"
  pandoc -f html -t gfm "$h" -o "$d/gfm.txt"
  elinks -dump -dump-width 80 -no-references -no-numbering "$h" > "$d/elinks.txt"
  w3m -dump -cols 80 -T text/html -I UTF-8 -O UTF-8 "$h" > "$d/w3m80.txt"
  links -dump "$h" > "$d/links80.txt"
  python3 -c 'import bs4,re,sys; t=bs4.BeautifulSoup(open(sys.argv[1],encoding="utf-8").read(),"html.parser").body.get_text("\n"); sys.stdout.write(re.sub(r"\n{3,}", "\n\n", t))' "$h" > "$d/flat.txt"
  python3 -c 'import inscriptis,sys; sys.stdout.write(inscriptis.get_text(open(sys.argv[1],encoding="utf-8").read()))' "$h" > "$d/inscriptis.txt"
  python3 -c 'import trafilatura,sys; sys.stdout.write((trafilatura.extract(open(sys.argv[1],encoding="utf-8").read(), include_tables=True) or "") + "\n")' "$h" > "$d/trafilatura.txt"
  python3 -c 'import html2text,sys; h=html2text.HTML2Text(); h.body_width=0; sys.stdout.write(h.handle(open(sys.argv[1],encoding="utf-8").read()))' "$h" > "$d/html2text.txt"
done
