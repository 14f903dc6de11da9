"""Cost of one pathological article: N one-word paragraphs (issue: 100,000 of them once ran 7 minutes and 4.7 GB).

Usage:
    .venv/bin/python benchmarks/long_text.py [N ...]     (default: 10000 40000 100000)

Prints, per N: characters, parse and extraction time, and the peak memory of the process so far. Parsing is in
pieces of ``generator.nlp.PIECE_CHARS`` characters, so time should grow in proportion to N and memory stay flat.
"""
from __future__ import annotations

import random
import resource
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 2)[0])

from generator.extract import extract  # noqa: E402
from generator.nlp import load_pipeline, parse  # noqa: E402
from generator.pipeline import DEFAULT_PIPELINE  # noqa: E402
from generator.sources import parse_article  # noqa: E402

WORDS = "minister budget said pledge school money council bank".split()


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [10_000, 40_000, 100_000]
    load_pipeline(DEFAULT_PIPELINE)
    print("| paragraphs | characters | parse s | extract s | peak memory MB |")
    print("|---|---|---|---|---|")
    for n in sizes:
        body = "\n\n".join(random.Random(n).choice(WORDS) for _ in range(n))
        article = parse_article(("Headline\n\n" + body).encode(), "long.txt", "long")
        start = time.perf_counter()
        doc = next(parse([article.text], DEFAULT_PIPELINE))
        parsed = time.perf_counter()
        extract(article, doc, DEFAULT_PIPELINE)
        done = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"| {n:,} | {len(article.text):,} | {parsed - start:.1f} | {done - parsed:.1f} | {peak:,} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
