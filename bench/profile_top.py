#!/usr/bin/env python3
"""Print the hottest functions of a py-spy profile in collapsed-stack ("raw") form.

    py-spy record -f raw -o /tmp/scan.folded -- jwt-audit scan . -f json -o /tmp/r.json --fail-on never
    python bench/profile_top.py /tmp/scan.folded --top 10

`self` counts the samples where a function was on top of the stack (time spent in its own
code); `total` counts the samples where it was anywhere on the stack (its own code and
what it called), each sample once per function. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

LINE_NO = re.compile(r":\d+\)$")  # "fn (path/to/file.py:123)" -> "fn (path/to/file.py)"


def parse(lines: Iterable[str]) -> Iterable[tuple[list[str], int]]:
    """(frames outermost first, samples) for each line 'f1;f2;f3 COUNT'."""
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        # py-spy --subprocesses roots each stack at a 'process PID:"cmdline"' pseudo-frame
        frames = [LINE_NO.sub(")", f) for f in stack.split(";") if f and not f.startswith("process ")]
        if frames and count.isdigit():
            yield frames, int(count)


def tally(lines: Iterable[str]) -> tuple[Counter[str], Counter[str], int]:
    """Samples per function on top of the stack, per function anywhere on it, and in all."""
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    samples = 0
    for frames, n in parse(lines):
        samples += n
        own[frames[-1]] += n
        for f in set(frames):
            total[f] += n
    return own, total, samples


def show(title: str, counts: Counter[str], samples: int, top: int) -> None:
    print(f"{title} (of {samples} samples)")
    for name, n in counts.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {n:7d}  {name}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folded", type=Path, help="py-spy record -f raw output")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--skip", action="append", default=[], help="drop frames matching this regex (repeat)")
    a = ap.parse_args(argv)
    with open(a.folded, encoding="utf-8", errors="replace") as fh:
        own, total, samples = tally(fh)
    if not samples:
        print("no samples", file=sys.stderr)
        return 1
    for pattern in a.skip:
        for counter in (own, total):
            for key in [k for k in counter if re.search(pattern, k)]:
                del counter[key]
    show("self time: the function's own code", own, samples, a.top)
    show("total time: the function and its callees", total, samples, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
