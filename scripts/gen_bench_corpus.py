#!/usr/bin/env python3
"""Generate the benchmark corpus: the seeds and the ../shared/corpus renderings,
replicated with small seeded variations (years shifted, amounts scaled, labels
kept, three in four files cut to a 0.5-3 KB excerpt at line boundaries) to at least TARGET_MB over tens of thousands of files of mixed layouts.

Usage: scripts/gen_bench_corpus.py OUT_DIR [TARGET_MB] [SOURCE_DIR...]
Deterministic: the same arguments give the same bytes. Not committed: the repo
stays small; run this before scripts/bench.sh.
"""
import os
import random
import re
import sys

def sources(dirs):
    files = []
    for d in dirs:
        for root, _, names in os.walk(d):
            for n in sorted(names):
                if n.endswith(".txt"):
                    files.append(os.path.join(root, n))
    return sorted(files)

NUM = re.compile(rb"(?<![0-9.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![0-9])")
YEAR = re.compile(rb"\b(20[0-3]\d)\b")

def vary(data, rng):
    shift = rng.randint(-5, 5)
    data = YEAR.sub(lambda m: str(int(m.group(1)) + shift).encode(), data)
    factor = rng.choice([1, 1, 2, 3])
    if factor != 1:
        def scale(m):
            s = m.group(1)
            if b"." in s:
                v = int(s.replace(b".", b"")) * factor
                return f"{v:,}".replace(",", ".").encode()
            return s
        data = NUM.sub(scale, data)
    return data

def main():
    out = sys.argv[1]
    target_mb = float(sys.argv[2]) if len(sys.argv) > 2 else 100
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[3:] or [os.path.join(here, "..", "seeds"), os.path.join(here, "..", "..", "shared", "corpus")]
    files = [f for f in sources(dirs) if "/html/" not in f]
    if not files:
        sys.exit("no source files found")
    blobs = [(os.path.basename(os.path.dirname(f)), os.path.basename(f), open(f, "rb").read()) for f in files]
    rng = random.Random(20261125)
    target = int(target_mb * 1024 * 1024)
    total = 0
    i = 0
    while total < target:
        kind, name, data = blobs[i % len(blobs)]
        d = vary(data, rng) if kind not in ("flat-utf16le", "flat-cp1252") else data
        if kind != "flat-utf16le" and rng.random() < 0.75:
            # an excerpt (one page, one section) from a line boundary: reports are
            # often converted piecemeal, and it gives tens of thousands of files
            size = rng.randint(512, 3072)
            start = d.find(b"\n", rng.randrange(max(1, len(d) - size))) + 1
            end = d.find(b"\n", start + size)
            d = d[start:end if end > 0 else len(d)]
        sub = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{i:06d}_{kind}_{name}"), "wb") as fh:
            fh.write(d)
        total += len(d)
        i += 1
    print(f"{i} files, {total / 1e6:.1f} MB in {out}")

if __name__ == "__main__":
    main()
