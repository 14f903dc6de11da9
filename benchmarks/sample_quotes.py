"""Draw quotes at random (fixed seed) from an extraction of the BBC corpus, for judging their speakers by hand.

Usage:
    .venv/bin/python -m generator extract ../shared/corpus/bbc/*/*.txt > bbc.jsonl
    .venv/bin/python benchmarks/sample_quotes.py bbc.jsonl [--n 40] [--seed 53] [--sections politics,business] > s.md

Prints a Markdown table: each quote with its kind, the speaker the extraction gives and the sentence around it,
and an empty verdict column to fill in (right / wrong, and why: the speaker a reader takes from the text, "none"
where the text names nobody). benchmarks/speaker-readings.md is such a reading. Only the business and politics
sections by default: the held-out BBC set of issue 14 is drawn from them.

The draw is stable across versions of the extraction: each quote gets a rank from a hash of the seed, its article
and its text (not its speaker), and the lowest ranks are drawn; a quote that a later version still finds keeps its
place whatever speaker it is given, so two readings differ only where the extraction's quotes or speakers did.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

CONTEXT = 300  # characters of the text shown before the quote


def cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def arguments(doc: str | None, argv: list[str] | None, seed: int) -> argparse.Namespace:
    """The options every draw of these scripts takes (the extraction, how many, the seed, the sections)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extraction", help="JSON Lines from `python -m generator extract`")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--sections", default="politics,business", help="comma-separated; empty for all")
    return ap.parse_args(argv)


def briefings(path: str, sections: set[str]) -> Iterator[tuple[str, dict]]:
    """Each briefing of the extraction in ``sections`` (all where empty), with its path under the corpus."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            b = json.loads(line)
            source = b["source"].split("bbc/")[-1]
            if not sections or source.split("/")[0] in sections:
                yield source, b


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv, seed=53)
    sections = {s for s in args.sections.split(",") if s}
    rows = []
    texts: dict[str, str] = {}
    for source, b in briefings(args.extraction, sections):
        texts[source] = b["text"]
        for q in b["quotes"]:
            rows.append((source, q))

    def rank(row: tuple[str, dict]) -> str:
        source, q = row
        key = json.dumps([args.seed, source, q["text"]])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    sample = sorted(rows, key=rank)[:args.n]
    sample.sort(key=lambda r: (r[0], r[1]["start"]))
    print(f"{len(rows)} quotes in {Path(args.extraction).name} ({', '.join(sorted(sections)) or 'all sections'}); "
          f"{len(sample)} drawn with seed {args.seed}.\n")
    print("| # | article | kind | speaker | quote | text before it | verdict |")
    print("|---|---|---|---|---|---|---|")
    for i, (source, q) in enumerate(sample, 1):
        text = texts[source]
        before = text[max(0, q["start"] - CONTEXT):q["start"]]
        print(f"| {i} | {source} | {q['kind']} | {cell(q['speaker'] or 'none')} | {cell(q['text'][:200])} | "
              f"...{cell(before)} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
