"""generator.attributes: the attribute ruler's fast matcher finds the stock Matcher's matches, the fast lemmatizer
gives the stock lemmatizer's lemmas, and the pipeline with them tags every token as with the stock components."""
from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from generator import attributes
from generator.pipeline import DEFAULT_PIPELINE
from tests.conftest import ROOT, SHARED

TEXTS = [
    (ROOT / "seeds" / "000_cc9a268175d66e70.txt").read_text(encoding="utf-8"),
    "Y'all ain't seen nothin' yet, he said. There's gonna be trouble, and I'd have said so; it isn't over.\n\n"
    "Let's go. Whether or not the firm's shares rose, those who'd sold them weren't sorry — they've done well.",
]


def corpus_texts(n: int) -> list[str]:
    """Up to ``n`` BBC articles from the corpus beside the checkout (none where it is absent)."""
    files = sorted((SHARED / "corpus" / "bbc").glob("*/*.txt"))
    step = max(1, len(files) // n) if files else 1
    return [f.read_text(encoding="utf-8", errors="replace") for f in files[::step][:n]]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(DEFAULT_PIPELINE)


def test_the_project_pipeline_uses_the_fast_matcher(pipeline):
    assert isinstance(pipeline.get_pipe("attribute_ruler").match, attributes.FastMatch)


def test_the_stock_rulers_matches_are_found(stock):
    ruler = stock.get_pipe("attribute_ruler")
    fast = attributes.FastMatch(ruler)
    docs = stock.pipe(TEXTS + corpus_texts(150), disable=["attribute_ruler", "lemmatizer", "ner"])
    compared = 0
    for doc in docs:
        expected = AttributeRuler.match(ruler, doc)
        assert fast(doc) == expected
        compared += len(expected)
    assert compared > 500  # the sample article alone gives about 700 (the corpus, where it is beside, thousands)


def test_every_token_is_tagged_as_with_the_stock_matcher(pipeline):
    """The project's pipeline against the same pipeline with spaCy's own Matcher put back."""
    from generator import nlp

    same = nlp.load_pipeline.__wrapped__(DEFAULT_PIPELINE)
    ruler: Any = same.get_pipe("attribute_ruler")
    del ruler.match  # the instance's fast matcher and setter: the class's own methods are used again
    del ruler.set_annotations
    assert not isinstance(ruler.match, attributes.FastMatch)
    assert not isinstance(ruler.set_annotations, attributes.FastSet)
    texts = TEXTS + corpus_texts(40)
    for ours, theirs in zip(pipeline.pipe(texts), same.pipe(texts), strict=True):
        assert [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.ent_type_) for t in ours] == \
            [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.ent_type_) for t in theirs]


def blank_ruler(patterns: list) -> AttributeRuler:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return ruler  # type: ignore[return-value]


def tagged(vocab, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))))


PLAIN = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["cut", "rise"]}}]], "attrs": {"LEMMA": "change"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}, "index": 0},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{"TAG": "NN"}], [{"LOWER": "cut"}]], "attrs": {"POS": "VERB"}},  # later: wins on "cut"
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP"}},
]


def test_hand_made_patterns_match_as_the_stock_matcher_matches():
    ruler = blank_ruler(PLAIN)
    fast = attributes.FastMatch(ruler)
    doc = tagged(ruler.vocab, ["There", "was", "a", "cut", "that", "y'", "all", "saw", "\n", "Rise"],
                 ["EX", "VBD", "DT", "NN", "WDT", "PRP", "DT", "VBD", "_SP", "NN"],
                 ["expl", "ROOT", "det", "attr", "nsubj", "nsubj", "appos", "relcl", "dep", "npadvmod"])
    expected = AttributeRuler.match(ruler, doc)
    assert fast(doc) == expected
    assert len(expected) >= 8  # every kind of pattern above matched somewhere
    ruler.match = fast  # type: ignore[method-assign]
    ruler(doc)
    assert [doc[1].pos_, doc[3].pos_, doc[3].lemma_, doc[4].pos_, doc[5].lemma_, doc[9].lemma_] == \
        ["VERB", "VERB", "change", "PRON", "you", "change"]


def test_the_fast_setter_sets_what_the_rulers_own_sets():
    ruler = blank_ruler(PLAIN)
    words = ["There", "was", "a", "cut", "that", "y'", "all", "saw", "\n", "Rise"]
    tags = ["EX", "VBD", "DT", "NN", "WDT", "PRP", "DT", "VBD", "_SP", "NN"]
    deps = ["expl", "ROOT", "det", "attr", "nsubj", "nsubj", "appos", "relcl", "dep", "npadvmod"]
    ours, theirs = tagged(ruler.vocab, words, tags, deps), tagged(ruler.vocab, words, tags, deps)
    matches = AttributeRuler.match(ruler, ours)
    attributes.FastSet(ruler)(ours, matches)
    AttributeRuler.set_annotations(ruler, theirs, matches)
    assert [(t.pos_, t.lemma_, t.tag_, str(t.morph)) for t in ours] == \
        [(t.pos_, t.lemma_, t.tag_, str(t.morph)) for t in theirs]
    assert ours[1].pos_ == "VERB" and ours[5].lemma_ == "you"  # a last (index -1) and a first (index 0) token set
    # a pattern whose index falls outside its match: the ruler's own error
    bad = blank_ruler([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 1}])
    doc = tagged(bad.vocab, ["a", "cut"], ["DT", "NN"], ["det", "ROOT"])
    with pytest.raises(ValueError):
        attributes.FastSet(bad)(doc, AttributeRuler.match(bad, doc))


def test_patterns_added_later_are_read():
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PLAIN[:1])
    assert attributes.install(nlp) is True
    ruler.add_patterns([{"patterns": [[{"LOWER": "cut"}]], "attrs": {"POS": "VERB"}}])
    doc = tagged(nlp.vocab, ["a", "cut"], ["DT", "NN"], ["det", "ROOT"])
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(ruler.match(doc)) == 2
    # a pattern it does not read, added later: spaCy's matcher from then on, with its matches
    ruler.add_patterns([{"patterns": [[{"TAG": "DT", "OP": "+"}]], "attrs": {"POS": "DET"}}])
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert len(ruler.match(doc)) == 3 and ruler.match.stock


def test_a_ruler_with_a_pattern_it_cannot_read_keeps_the_stock_matcher():
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert attributes.install(nlp) is False
    assert not isinstance(ruler.match, attributes.FastMatch)
    with pytest.raises(attributes.Unsupported):
        attributes.FastMatch(ruler)


def test_the_project_pipeline_lemmatizes_as_the_stock_lemmatizer(pipeline):
    """The fast lemmatizer against the same pipeline with spaCy's English lemmatizer put back."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    from generator import nlp

    assert type(pipeline.get_pipe("lemmatizer")) is attributes.FastEnglishLemmatizer
    same = nlp.load_pipeline.__wrapped__(DEFAULT_PIPELINE)
    lemmatizer: Any = same.get_pipe("lemmatizer")
    lemmatizer.__class__ = EnglishLemmatizer
    texts = TEXTS + corpus_texts(60)
    for ours, theirs in zip(pipeline.pipe(texts), same.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_a_lemmatizer_set_to_overwrite_runs_the_stock_code():
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    nlp = spacy.load(DEFAULT_PIPELINE)
    assert attributes.install_lemmatizer(nlp)
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    lemmatizer.overwrite = True

    def lemmas() -> list[str]:
        doc = nlp.make_doc("The cats were running.")
        for name, proc in nlp.pipeline:
            if name != "lemmatizer":
                doc = proc(doc)
        doc[1].lemma_ = "kitten"  # as if a component before had set it: overwritten
        lemmatizer(doc)
        return [t.lemma_ for t in doc]

    fast = lemmas()
    lemmatizer.__class__ = EnglishLemmatizer
    assert fast == lemmas() and fast[1] == "cat"
    assert attributes.install_lemmatizer(spacy.blank("en")) is False  # no lemmatizer: nothing to give
