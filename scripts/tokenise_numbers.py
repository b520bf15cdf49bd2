#!/usr/bin/env python3
"""Reference point for the benchmark: what a user would write instead of verslag.
Reads every *.txt file under the given directories and counts Dutch numbers with
one regex (grouping dots or spaces, decimal comma, optional sign and percent).
No extraction, no repair, no tables: only tokenising."""
import os
import re
import sys

NUMBER = re.compile(r"[-–]?\s?\d{1,3}(?:[.\u00a0 ]\d{3})*(?:,\d+)?\s?%?")

def main():
    count = 0
    for d in sys.argv[1:]:
        for root, _, names in os.walk(d):
            for n in names:
                if n.endswith(".txt"):
                    with open(os.path.join(root, n), "rb") as fh:
                        text = fh.read().decode("utf-8", errors="replace")
                    count += sum(1 for _ in NUMBER.finditer(text))
    print(count)

if __name__ == "__main__":
    main()
