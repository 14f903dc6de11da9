from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import nlp
from generator.extract import extract
from generator.sources import parse_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "seeds" / "000_cc9a268175d66e70.txt"


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline(nlp.DEFAULT_PIPELINE)


@pytest.fixture(scope="session")
def brief(pipeline):
    """Extract a briefing from article text (a headline line, a blank line, then the body)."""

    def run(text: str, name: str = "t.txt"):
        article = parse_article(text.encode("utf-8"), name, Path(name).stem)
        return extract(article, pipeline(article.text), "test")

    return run


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project's site configuration and docs in a temporary folder, with an empty seeds/."""
    dest = tmp_path / "proj"
    dest.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    (dest / "seeds").mkdir()
    return dest
