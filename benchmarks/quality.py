"""Extraction quality on the public gold sets, scored by ../shared/eval/score.py (a benchmark, and the quality
floor of ``make test``: tests/test_quality_floor.py compares these figures with the README's table).

Usage:
    .venv/bin/python benchmarks/quality.py [--sets dev,gold,actors,money,quotes,polnear,speech] [--json OUT]
        [--keep DIR]

Sets: ``dev`` (../shared/eval/dev: the sample and six BBC articles), ``gold`` (tests/gold: six more BBC
articles annotated for this project), ``actors`` (tests/gold-actors: one hundred and twenty-four BBC business and
politics articles annotated for their actors only), ``money`` (tests/gold-commitments: seventy-one BBC business
and politics articles annotated for their commitments only), ``quotes`` (tests/gold-quotes: thirty BBC sport,
entertainment and technology articles and one hundred and ten business and politics ones annotated for their
quotes only; each folder's README tells how and when each was annotated),
``polnear`` (../shared/eval/polnear/dev: 84 US political articles, quotes only), ``speech``
(../shared/eval/speech-acts/dev: 136 Australian election releases, commitments only); and, on request only,
``polnear-train`` (../shared/eval/polnear/train: 840 more articles, to check that a rule holds up on more text).
Prints one table (a figure per set and measure, "-" where a set does not annotate it). ``--keep DIR`` keeps each
set's extraction as DIR/<set>.jsonl (for benchmarks/errors.py).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
CORPUS = SHARED / "corpus"
sys.path.insert(0, str(ROOT))

from generator.build import Settings, extract_articles  # noqa: E402
from generator.sources import SourceError, read_article  # noqa: E402


@dataclass(frozen=True)
class GoldSet:
    name: str
    gold: Path
    only: tuple[str, ...]  # score.py --only (empty: everything)

    def articles(self) -> list[tuple[Path, str]]:
        """(file, source name the scorer pairs with the gold file) for every gold file of the set."""
        out = []
        for g in sorted(self.gold.glob("*.json")):
            source = json.loads(g.read_text(encoding="utf-8"))["source"]
            for base in (CORPUS, self.gold.parent / "articles", ROOT / "seeds", SHARED / "seeds"):
                if (base / source).is_file():
                    out.append((base / source, source))
                    break
            else:
                raise FileNotFoundError(f"{g}: article {source} not found")
        return out


SETS = {
    "dev": GoldSet("dev", EVAL / "dev", ()),
    "gold": GoldSet("gold", ROOT / "tests" / "gold", ()),
    "polnear": GoldSet("polnear", EVAL / "polnear" / "dev" / "gold", ("quotes",)),
    "speech": GoldSet("speech", EVAL / "speech-acts" / "dev" / "gold", ("commitments",)),
    "actors": GoldSet("actors", ROOT / "tests" / "gold-actors", ("actors",)),
    "money": GoldSet("money", ROOT / "tests" / "gold-commitments", ("commitments",)),
    "quotes": GoldSet("quotes", ROOT / "tests" / "gold-quotes", ("quotes",)),
    # not in the default run or the floor: 840 articles to check that a rule measured on dev holds up on more text
    "polnear-train": GoldSet("polnear-train", EVAL / "polnear" / "train" / "gold", ("quotes",)),
}
DEFAULT_SETS = ["dev", "gold", "actors", "money", "quotes", "polnear", "speech"]

# (label in the README, key in score.py's summary, field)
MEASURES = [
    ("quotes F1", "quotes", "f1"),
    ("direct quotes F1", "direct_quotes", "f1"),
    ("speaker accuracy", "quotes_speaker", "acc"),
    ("direct speaker accuracy", "direct_quotes_speaker", "acc"),
    ("actors F1", "actors", "f1"),
    ("role accuracy", "actor_role", "acc"),
    ("country accuracy", "actor_affiliation", "acc"),
    ("commitments F1", "commitments", "f1"),
    ("commitment amount accuracy", "commitment_amount", "acc"),
    ("commitment actor accuracy", "commitment_actor", "acc"),
    ("commitment kind accuracy", "commitment_kind", "acc"),
]
SCORED = {  # which measures a set annotates
    "dev": {m[0] for m in MEASURES},
    "gold": {m[0] for m in MEASURES},
    "actors": {"actors F1", "role accuracy", "country accuracy"},
    "money": {"commitments F1", "commitment amount accuracy", "commitment actor accuracy", "commitment kind accuracy"},
    "polnear": {"quotes F1", "direct quotes F1", "speaker accuracy", "direct speaker accuracy"},
    "quotes": {"quotes F1", "direct quotes F1", "speaker accuracy", "direct speaker accuracy"},
    "speech": {"commitments F1", "commitment amount accuracy", "commitment actor accuracy",
               "commitment kind accuracy"},
}
SCORED["polnear-train"] = SCORED["polnear"]


def available(names: list[str] | None = None) -> list[str]:
    return [n for n in (names or DEFAULT_SETS) if SETS[n].gold.is_dir() and (EVAL / "score.py").is_file()]


def extract_set(gold_set: GoldSet, cache_dir: Path | None) -> str:
    """The set's extraction as JSON Lines, through the project's own extraction (and its cache)."""
    articles = []
    for path, source in gold_set.articles():
        try:
            articles.append(read_article(path, source))
        except SourceError as exc:
            raise SystemExit(f"{gold_set.name}: {exc}") from None
    briefings = extract_articles(articles, Settings(cache_dir=cache_dir, jobs=2))
    return "".join(json.dumps(b.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for b in briefings)


def score(gold_set: GoldSet, jsonl: str) -> dict[str, dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        fh.write(jsonl)
    try:
        args = [sys.executable, str(EVAL / "score.py"), "--gold", str(gold_set.gold), "--pred", fh.name, "--json"]
        for part in gold_set.only:
            args += ["--only", part]
        proc = subprocess.run(args, capture_output=True, text=True, check=True)
    finally:
        Path(fh.name).unlink()
    summary = json.loads(proc.stdout)
    if summary.get("missing"):
        raise SystemExit(f"{gold_set.name}: no prediction for {summary['missing'][:3]}")
    return summary["total"]


def measure(names: list[str] | None = None, cache_dir: Path | None = ROOT / ".briefing-cache",
            keep: Path | None = None) -> dict[str, dict[str, float]]:
    """{set: {measure label: figure}} for the sets given (default: every set present beside this checkout)."""
    out: dict[str, dict[str, float]] = {}
    for name in available(names):
        jsonl = extract_set(SETS[name], cache_dir)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        total = score(SETS[name], jsonl)
        out[name] = {label: round(total[key][field], 3) for label, key, field in MEASURES
                     if label in SCORED[name] and key in total}
    return out


def table(figures: dict[str, dict[str, float]]) -> str:
    names = list(figures)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for label, _, _ in MEASURES:
        cells = [f"{figures[n][label]:.3f}" if label in figures[n] else "-" for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS), help="comma-separated: " + ", ".join(SETS))
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("--keep", type=Path, help="keep each set's extraction as DIR/<set>.jsonl")
    ap.add_argument("--no-cache", action="store_true", help="parse every article again")
    args = ap.parse_args(argv)
    names = [n for n in args.sets.split(",") if n]
    unknown = set(names) - set(SETS)
    if unknown:
        ap.error(f"unknown sets: {', '.join(sorted(unknown))}")
    missing = set(names) - set(available(names))
    if missing:
        print(f"not beside this checkout, skipped: {', '.join(sorted(missing))}", file=sys.stderr)
    figures = measure(names, None if args.no_cache else ROOT / ".briefing-cache", args.keep)
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
