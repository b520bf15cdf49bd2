#!/usr/bin/env bash
# Writes the adversarial set of issue 11 into DIR (default: target/adversarial)
# for inspection by hand. The tests generate the same set themselves into a
# temp dir (tests/common/adversarial.rs is the single source), so the
# repository holds no large or hostile files.
#
#   scripts/gen_adversarial.sh [DIR] [full|ci]    (full: the sizes of issue 11)
#   verslag extract DIR -o out; cat out/errors.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/adversarial}"
if [ -e "$dir" ]; then
    echo "gen_adversarial: $dir exists; remove it first" >&2
    exit 2
fi
mkdir -p "$(dirname "$dir")"
dir="$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")"
VERSLAG_ADVERSARIAL_OUT="$dir" VERSLAG_ADVERSARIAL_SIZE="${2:-full}" \
    cargo test --quiet --test gen_adversarial -- --nocapture --exact write_adversarial_set
