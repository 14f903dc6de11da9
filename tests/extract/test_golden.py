"""Golden files: the whole extraction of a few articles, compared field by field (see tests/golden/README.md).
Run as a module with --update to regenerate them after an intended change."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

GOLDEN = ROOT / "tests" / "golden"
ARTICLES = {
    "sample.json": ROOT / "seeds" / "000_cc9a268175d66e70.txt",
    "bbc-politics-003.json": SHARED / "corpus" / "bbc" / "politics" / "003.txt",
    "bbc-business-504.json": SHARED / "corpus" / "bbc" / "business" / "504.txt",
}
VOLATILE = ("extractor", "pipeline")


def extraction(path: Path, nlp) -> dict:
    from generator.extract import extract
    from generator.sources import read_article

    source = path.relative_to(ROOT if ROOT in path.parents else SHARED / "corpus").as_posix()
    article = read_article(path, source)
    out = extract(article, nlp(article.text)).to_json()
    for key in VOLATILE:
        out.pop(key, None)
    return out


def differences(expected: dict, got: dict) -> list[str]:
    out = []
    for key in sorted(set(expected) | set(got)):
        a, b = expected.get(key), got.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            for i, (x, y) in enumerate(zip(a, b, strict=False)):
                if x != y:
                    out.append(f"{key}[{i}]: expected {json.dumps(x)[:300]}\n   got {json.dumps(y)[:300]}")
                    break
            if len(a) != len(b):
                out.append(f"{key}: expected {len(a)} items, got {len(b)}")
        else:
            out.append(f"{key}: expected {json.dumps(a)[:200]}, got {json.dumps(b)[:200]}")
    return out


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_extraction_matches_its_golden_file(name, pipeline):
    article = ARTICLES[name]
    if not article.exists():
        pytest.skip(f"{article} is not beside this checkout")
    expected = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    got = extraction(article, pipeline)
    diff = differences(expected, got)
    assert not diff, "extraction differs from tests/golden/" + name + " (regenerate with " \
        "`python -m tests.extract.test_golden --update` if intended):\n" + "\n".join(diff)


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print("usage: python -m tests.extract.test_golden --update", file=sys.stderr)
        return 2
    from generator import nlp

    pipe = nlp.load_pipeline()
    for name, article in sorted(ARTICLES.items()):
        if not article.exists():
            print(f"skipped {name}: {article} is missing", file=sys.stderr)
            continue
        text = json.dumps(extraction(article, pipe), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote tests/golden/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
