"""Cross-article figures of an archive, as the site shows it (a benchmark for issue "across articles").

Usage:
    .venv/bin/python -m generator extract --quiet ../shared/corpus/bbc/*/*.txt > /tmp/bbc.jsonl
    .venv/bin/python benchmarks/archive.py /tmp/bbc.jsonl [--sample 40 --seed 16 --out benchmarks/actor-pages.md]

Prints: briefings given and published; published briefings whose text is byte-identical to another published one;
actor pages, people among them and people with a one-word name; actor pages whose name has no letter, starts
with punctuation or holds a score; speaker-and-quote pairs and commitment rows shown more than once across the
published briefings (the extra copies); tracked commitments, those with more than one report and those disputed.
``--out`` writes a sample of actor pages (the first by a hash of seed and name key, so that two versions of the
code draw the same pages wherever both have them: name, type, briefings, roles, countries, aliases) as a Markdown
table with an empty verdict column, for reading by hand.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import lexicon as lx  # noqa: E402
from generator.model import Briefing  # noqa: E402
from generator.site import Site  # noqa: E402

# the names generator.site.identity.junk_name refuses, written out here so that the script also measures the code
# before that function existed (the "before" column of the README)
JUNK = re.compile(r"^\W|\d+\s*-\s*\d+|^[£$€]?\d[\d.,]*\s*(?:bn|m|tn|k|p|%)?$")


def extra(counts: Counter) -> int:
    return sum(n - 1 for n in counts.values() if n > 1)


def figures(site: Site, given: int) -> dict[str, int]:
    texts = Counter(hashlib.sha256(b.text.encode()).hexdigest() for b in site.briefings)
    people = [a for a in site.actors.values() if a.type == "person"]
    tracked = getattr(site, "tracked", [])  # (none before the tracker)
    quotes: Counter = Counter()
    rows: Counter = Counter()
    for b in site.briefings:
        for q in b.quotes:
            if q.speaker:
                quotes[(lx.key(q.speaker), q.text)] += 1
        for c in b.commitments:
            a = c.amount
            rows[(c.actor, c.kind, a.unit if a else None, a.value if a else None, c.evidence)] += 1
    return {
        "briefings given": given,
        "briefings published": len(site.briefings),
        "published copies of another published text": extra(texts),
        "actor pages": len(site.actors),
        "people with a page": len(people),
        "people with a one-word name": sum(1 for a in people if len(a.name.split()) == 1),
        "actor pages named by a number, score or punctuation": sum(1 for a in site.actors.values()
                                                                  if JUNK.search(a.name)),
        "repeated speaker-and-quote pairs": extra(quotes),
        "repeated commitment rows": extra(rows),
        "tracked commitments": len(tracked),
        "tracked commitments with more than one report": sum(1 for t in tracked if len(t.reports) > 1),
        "tracked commitments disputed": sum(1 for t in tracked if t.disputes),
    }


def sample(site: Site, n: int, seed: int) -> str:
    # ranked by a hash of the seed and the name key, not drawn from a list: two versions of the code draw the same
    # pages wherever both have them, so their readings can be compared page by page
    chosen = sorted(site.actors.values(), key=lambda a: hashlib.sha256(f"{seed}:{a.key}".encode()).hexdigest())[:n]
    lines = ["| # | actor | type | briefings | roles (briefings) | countries (briefings) | also called | verdict |",
             "|---|---|---|---|---|---|---|---|"]
    for i, a in enumerate(chosen, 1):
        roles = "; ".join(f"{r} ({a.role_counts.get(r, 0)})" for r in a.roles[:3]) if hasattr(a, "role_counts") \
            else "; ".join(a.roles[:3])
        countries = "; ".join(f"{c} ({a.affiliation_counts.get(c, 0)})" for c in a.affiliations[:3]) \
            if hasattr(a, "affiliation_counts") else "; ".join(a.affiliations[:3])
        cells = [str(i), a.name, a.type, str(len(a.briefings)), roles, countries, ", ".join(a.aliases[:6]), ""]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("briefings", help="JSON lines of briefings (python -m generator extract)")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--out", help="write the sample of actor pages here (Markdown)")
    ap.add_argument("--json", help="also write the figures as JSON")
    args = ap.parse_args()
    with open(args.briefings, encoding="utf-8") as f:
        briefings = [Briefing.from_json(json.loads(line)) for line in f if line.strip()]
    site = Site(briefings, [])
    found = figures(site, len(briefings))
    width = max(map(len, found))
    for k, v in found.items():
        print(f"{k:<{width}}  {v:,}")
    if args.json:
        Path(args.json).write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    if args.out:
        Path(args.out).write_text(sample(site, args.sample, args.seed), encoding="utf-8")


if __name__ == "__main__":
    main()
