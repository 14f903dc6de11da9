"""Draw commitments at random (fixed seed) from an extraction of the BBC corpus, for reading by hand.

Usage:
    .venv/bin/python -m generator extract ../shared/corpus/bbc/*/*.txt > bbc.jsonl
    .venv/bin/python benchmarks/sample_commitments.py bbc.jsonl [--n 60] [--seed 15] > sample.md

Prints a Markdown table: each commitment with its sentence, actor, kind and amount, and an empty verdict
column to fill in (right / wrong, and why). benchmarks/commitments-precision.md is such a reading.

The draw is stable across versions of the extraction: each commitment gets a rank from a hash of the seed, its
article, sentence, actor, kind and amount, and the lowest ranks are drawn; a commitment that a later version
still finds keeps its place, so two readings differ only where the extraction did.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])

from generator.model import Amount  # noqa: E402
from generator.site.render import format_amount  # noqa: E402


def cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def ranked_amount(amount: dict | None) -> dict | None:
    """The amount as the first readings hashed it: a range then had ``value`` at its top and ``low`` at its first
    sum (now ``value`` is the first sum and ``high`` the top), so that the draw stays the same across that
    change."""
    if amount is None or "low" in amount:
        return amount
    old = dict(amount)
    high = old.pop("high", None)
    old["low"] = old["value"] if high is not None else None
    old["value"] = high if high is not None else old["value"]
    return old


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extraction", help="JSON Lines from `python -m generator extract`")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args(argv)
    rows = []
    with open(args.extraction, encoding="utf-8") as fh:
        for line in fh:
            b = json.loads(line)
            for c in b["commitments"]:
                rows.append((b["source"].split("bbc/")[-1], c))
    def rank(row: tuple[str, dict]) -> str:
        source, c = row
        key = json.dumps([args.seed, source, c["evidence"], c["actor"], c["kind"], ranked_amount(c["amount"])],
                         sort_keys=True)
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    sample = sorted(rows, key=rank)[:args.n]
    sample.sort(key=lambda r: (r[0], r[1]["start"], r[1]["actor"] or ""))
    print(f"{len(rows)} commitments in {args.extraction}; {len(sample)} drawn with seed {args.seed}.\n")
    print("| # | article | actor | kind | amount | sentence | verdict |")
    print("|---|---|---|---|---|---|---|")
    for i, (source, c) in enumerate(sample, 1):
        amount = format_amount(Amount(**c["amount"])) if c["amount"] else ""
        print(f"| {i} | {source} | {cell(c['actor'])} | {c['kind']} | {cell(amount)} | {cell(c['evidence'])} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
