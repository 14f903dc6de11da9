"""The project's own gold annotations (tests/gold) quote their articles exactly."""
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

GOLD = sorted((Path(__file__).parent / "gold").glob("*.json"))
CORPUS = SHARED / "corpus"


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_gold_quotes_and_evidence_occur_in_the_article(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = " ".join((CORPUS / gold["source"]).read_text(encoding="utf-8").split())
    for q in gold["quotes"]:
        assert q["text"] in text, q["text"]
        assert q["kind"] in ("direct", "indirect")
    for c in gold["commitments"]:
        assert c["evidence"] in text, c["evidence"]
        assert c["kind"] in ("pledge", "call", "plan", "warning", "spend")
    for a in gold["actors"]:
        assert a["type"] in ("person", "organization", "country", "group", "place")


ACTORS_ONLY = sorted((Path(__file__).parent / "gold-actors").glob("*.json"))


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("path", ACTORS_ONLY, ids=lambda p: p.name)
def test_actors_only_gold_names_occur_in_the_article(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = " ".join((CORPUS / gold["source"]).read_text(encoding="utf-8").split())
    assert gold["quotes"] == [] and gold["commitments"] == []  # scored with --only actors
    for a in gold["actors"]:
        assert a["type"] in ("person", "organization", "country", "group", "place")
        assert any(name in text for name in [a["name"], *a["aliases"]]), a["name"]


COMMITMENTS_ONLY = sorted((Path(__file__).parent / "gold-commitments").glob("*.json"))


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("path", COMMITMENTS_ONLY, ids=lambda p: p.name)
def test_commitments_only_gold_evidence_occurs_in_the_article(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = " ".join((CORPUS / gold["source"]).read_text(encoding="utf-8").split())
    assert gold["quotes"] == [] and gold["actors"] == []  # scored with --only commitments
    for c in gold["commitments"]:
        assert c["evidence"] in text, c["evidence"]
        assert c["kind"] in ("pledge", "call", "plan", "warning", "spend")
        assert c["amount"] is None or set(c["amount"]) == {"value", "unit"}


QUOTES_ONLY = sorted((Path(__file__).parent / "gold-quotes").glob("*.json"))


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("path", QUOTES_ONLY, ids=lambda p: p.name)
def test_quotes_only_gold_quotes_occur_in_the_article(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (CORPUS / gold["source"]).read_text(encoding="utf-8")
    assert gold["commitments"] == []  # scored with --only quotes
    names = {n for a in gold["actors"] for n in [a["name"], *a["aliases"]]}
    for q in gold["quotes"]:
        assert q["text"] in text, q["text"]
        assert q["kind"] in ("direct", "indirect")
        assert q["speaker"] is None or q["speaker"] in names, q["speaker"]
