#!/usr/bin/env bash
# End-to-end benchmark with reference points measured in the same run.
#   scripts/bench.sh [CORPUS_DIR] [TARGET_MB]
# Generates the corpus if missing, builds the release binary, and times on the
# same bytes: wc -l, ripgrep counting digits, a Python regex tokeniser, and
# verslag extract --jsonl with RAYON_NUM_THREADS=1 and =2 (peak RSS from
# /usr/bin/time). Prints MB/s, files/s and the ratios; BENCHMARKS.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench-corpus}
mb=${2:-100}
[ -d "$corpus" ] || python3 scripts/gen_bench_corpus.py "$corpus" "$mb"
cargo build --release -q
bin=target/release/verslag
bytes=$(du -sb "$corpus" | cut -f1)
files=$(find "$corpus" -name '*.txt' | wc -l)
echo "corpus: $corpus, $files files, $bytes bytes; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# warm the page cache
cat $(find "$corpus" -name '*.txt') > /dev/null
t() { # label, command...
  local label=$1; shift
  local start end rss
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o /tmp/verslag-bench-rss "$@" > /dev/null
  end=$(date +%s.%N)
  rss=$(cat /tmp/verslag-bench-rss)
  local secs
  secs=$(echo "$end - $start" | bc -l)
  printf '%-28s %8.2f s %9.1f MB/s %9.0f files/s %8d KB peak RSS\n' "$label" "$secs" \
    "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$files / $secs" | bc -l)" "$rss"
  echo "$label $secs" >> /tmp/verslag-bench-times
}
rm -f /tmp/verslag-bench-times
t "wc -l" sh -c "find '$corpus' -name '*.txt' -print0 | xargs -0 cat | wc -l"
if command -v rg > /dev/null; then
  t "rg -c [0-9]" rg -c '[0-9]' "$corpus"
else
  echo "rg -c [0-9]: ripgrep is not installed (apt-get install ripgrep); skipped"
fi
t "python regex tokeniser" python3 scripts/tokenise_numbers.py "$corpus"
t "verslag 1 thread" env RAYON_NUM_THREADS=1 "$bin" extract -q "$corpus" --jsonl /dev/null
t "verslag 2 threads" env RAYON_NUM_THREADS=2 "$bin" extract -q "$corpus" --jsonl /dev/null
awk '{ s[$1" "$2" "$3]=$NF } END {
  py=s["python regex tokeniser"]; v1=s["verslag 1 thread"]; v2=s["verslag 2 threads"]; rg=s["rg -c [0-9]"];
  printf "speed-up with 2 threads: %.2fx\n", v1/v2;
  printf "verslag (1 thread) vs python tokeniser: %.2fx faster\n", py/v1;
  if (rg > 0) printf "verslag (1 thread) time / ripgrep time: %.1f\n", v1/rg }' /tmp/verslag-bench-times
# Linearity: the same mix at 1 MB and 10 MB (generated beside the corpus), 1 thread.
for small in 1 10; do
  c="${corpus%/}-${small}mb"
  [ -d "$c" ] || python3 scripts/gen_bench_corpus.py "$c" "$small" > /dev/null
  b=$(du -sb "$c" | cut -f1)
  s=$(date +%s.%N)
  RAYON_NUM_THREADS=1 "$bin" extract -q "$c" --jsonl /dev/null
  e=$(date +%s.%N)
  printf 'linearity, 1 thread: %4d MB corpus (%d bytes): %.1f MB/s\n' "$small" "$b" "$(echo "$b / 1000000 / ($e - $s)" | bc -l)"
done
printf 'linearity, 1 thread: %4d MB corpus (%d bytes): %.1f MB/s\n' "$mb" "$bytes" \
  "$(awk '$1" "$2" "$3=="verslag 1 thread" {print '"$bytes"' / 1000000 / $NF}' /tmp/verslag-bench-times)"
