#!/usr/bin/env bash
# The PDF and OCR renderings of the synthetic reports, made the way ../shared/corpus made the
# seeds' (its README, "Renderings"): the page printed to PDF by Chromium headless (A4, Liberation
# Sans, no header or footer), then
#   pdf-layout  pdftotext -enc UTF-8 -layout
#   pdf-raw     pdftotext -enc UTF-8
#   ocr         pdftoppm -r 200 -gray -png, tesseract PAGE stdout -l nld --dpi 200 per page
#   ocr-noisy   the same pages through ImageMagick (rotate ±0.4–0.8°, blur 0x0.6, resize 75%,
#               Gaussian noise; angle and sign seeded by report and page), tesseract --dpi 150
# into fixtures/synth/<report>/<rendering>.txt (scripts/render_synth_pdf.sh [REPORT...], default
# every report; run scripts/render_synth.sh first for the page). Needs Debian's chromium, fonts-liberation,
# poppler-utils, imagemagick, tesseract-ocr and tesseract-ocr-nld; the fixtures are committed,
# so the tests do not. Made with Chromium 156.0.8078.108, poppler 22.12.0, ImageMagick 6.9.11-60,
# tesseract 5.3.0 (nld 4.1.0) on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
css='<style>
@page { size: A4; margin: 15mm 14mm 17mm 14mm; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; margin: 0 10px; }
h1 { font-size: 15pt; } h2 { font-size: 12.5pt; }
p { margin: 0 0 7px 0; }
table.table { border-collapse: collapse; width: 100%; font-size: 8.3pt; }
table.table caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 4px; }
table.table th, table.table td { padding: 2px 4px; vertical-align: bottom; border-bottom: 1px solid #d0d7de; }
table.table thead th { background: #dce5ef; font-weight: bold; text-align: right; }
table.table td + td { text-align: right; white-space: nowrap; }
table.table tr { page-break-inside: avoid; }
</style>'
for r in ${*:-rdw duo cbr rvo rws ind ienw bd kad nvwa dji knmi cjib ksa uwv szw ilt bzk}; do
  d=fixtures/synth/$r
  python3 - "$d/page.html" "$work/$r.html" "$css" <<'PY'
import sys
src, dst, css = sys.argv[1:]
page = open(src, encoding="utf-8").read()
open(dst, "w", encoding="utf-8").write(page.replace("</head>", css + "</head>", 1))
PY
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$work/$r.pdf" "file://$work/$r.html" 2>/dev/null
  pdftotext -enc UTF-8 -layout "$work/$r.pdf" "$d/pdf-layout.txt"
  pdftotext -enc UTF-8 "$work/$r.pdf" "$d/pdf-raw.txt"
  rm -f "$work"/page-*.png
  pdftoppm -r 200 -gray -png "$work/$r.pdf" "$work/page"
  : > "$d/ocr.txt"
  : > "$d/ocr-noisy.txt"
  n=0
  for p in "$work"/page-*.png; do
    n=$((n + 1))
    tesseract "$p" stdout -l nld --dpi 200 2>/dev/null >> "$d/ocr.txt"
    # a seeded angle of 0.4–0.8 degrees, either way, per report and page
    angle=$(python3 -c 'import random,sys; g=random.Random(sys.argv[1]); print(round(g.choice([-1,1])*g.uniform(0.4,0.8),2))' "$r-$n")
    convert "$p" -rotate "$angle" -blur 0x0.6 -resize 75% -seed "$n" -attenuate 1.0 +noise Gaussian "$work/noisy.png"
    tesseract "$work/noisy.png" stdout -l nld --dpi 150 2>/dev/null >> "$d/ocr-noisy.txt"
  done
done
