from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import nlp
from generator.extract import extract
from generator.pipeline import DEFAULT_PIPELINE
from generator.sources import parse_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "seeds" / "000_cc9a268175d66e70.txt"


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline(DEFAULT_PIPELINE)


@pytest.fixture(scope="session")
def brief(pipeline):
    """Extract a briefing from article text (a headline line, a blank line, then the body)."""

    def run(text: str, name: str = "t.txt"):
        article = parse_article(text.encode("utf-8"), name, Path(name).stem)
        return extract(article, pipeline(article.text), "test")

    return run


def make_project(where: Path, seeds: dict[str, str | bytes]) -> Path:
    """A copy of the project's mkdocs.yml and docs/ under ``where``, with these seed files."""
    dest = where / "proj"
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", dest / "docs")
    (dest / "seeds").mkdir()
    for name, content in seeds.items():
        path = dest / "seeds" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return dest


def mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess:
    """A real `mkdocs build --strict` in ``project``."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *extra], cwd=project,
                          capture_output=True, text=True, env=env)
