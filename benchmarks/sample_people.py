"""Draw people at random (fixed seed) from an extraction of the BBC corpus, for judging their roles and countries.

Usage:
    .venv/bin/python -m generator extract ../shared/corpus/bbc/*/*.txt > bbc.jsonl
    .venv/bin/python benchmarks/sample_people.py bbc.jsonl [--n 40] [--seed 111] [--sections politics,business] > p.md

Prints a Markdown table: each actor the extraction typed a person, with its role, organisation and country (marked
"implied" where it is the article's country, not one the text ties to the person), the sentence of its first
mention, and an empty verdict column to fill in (a person or not; the role and the country a reader takes from the
text). benchmarks/people-readings.md is such a reading: the held-out BBC set of issue 14 scores actors, their
roles and their countries, and is drawn from the business and politics sections.

The draw is stable across versions of the extraction: each person gets a rank from a hash of the seed, its article
and its name, and the lowest ranks are drawn.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sample_quotes import arguments, briefings, cell

CONTEXT = 200  # characters of the text shown on each side of the first mention


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv, seed=111)
    sections = {s for s in args.sections.split(",") if s}
    rows: list[tuple[str, dict]] = []
    texts: dict[str, str] = {}
    for source, b in briefings(args.extraction, sections):
        texts[source] = b["text"]
        rows.extend((source, a) for a in b["actors"] if a["type"] == "person")

    def rank(row: tuple[str, dict]) -> str:
        source, a = row
        return hashlib.sha256(json.dumps([args.seed, source, a["name"]]).encode("utf-8")).hexdigest()

    sample = sorted(sorted(rows, key=rank)[:args.n], key=lambda r: (r[0], r[1]["name"]))
    print(f"{len(rows)} people in {Path(args.extraction).name} ({', '.join(sorted(sections)) or 'all sections'}); "
          f"{len(sample)} drawn with seed {args.seed}.\n")
    print("| # | article | person | role | organisation | country | first mention | verdict |")
    print("|---|---|---|---|---|---|---|---|")
    for i, (source, a) in enumerate(sample, 1):
        text = texts[source]
        first = a.get("first")
        at = first if isinstance(first, int) else max(0, text.find(a["name"]))
        country = (a.get("affiliation") or "none") + (" (implied)" if a.get("country_implied") else "")
        print(f"| {i} | {source} | {cell(a['name'])} | {cell(a.get('role') or 'none')} | "
              f"{cell(a.get('organization') or 'none')} | {cell(country)} | "
              f"...{cell(text[max(0, at - CONTEXT):at + CONTEXT])}... | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
