"""generator.extract.sentences: the per-doc lookups the passes share (``Words``, ``sents_of``) give what a walk
over every token gives, on real parses."""
from generator import lexicon as lx
from generator import nlp
from generator.extract import extract
from generator.extract.actors.names import _common_words
from generator.extract.quotes.attribution import speech_verb
from generator.extract.sentences import between, sents_of, words_of
from generator.sources import parse_article
from tests.extract.articles import ARTICLE, COMPANY

TEXT = ARTICLE + "\nShe says we will. We said: our plans, US plans. Budgets rose. He told us that Closures were set. Plant closures hurt.\n" \
    + COMPANY


def parse(text=TEXT):
    return nlp.load_pipeline()(text)


def test_words_finds_every_token_by_form_and_lemma_in_order():
    doc = parse()
    words = words_of(doc)
    for forms in (("he", "she"), ("we", "our", "us"), ("said", "says", "told")):
        assert words.at(forms) == [t.i for t in doc if t.lower_ in forms]
        assert words.at(forms)  # the text has each of them
    for lemmas in ({"say", "tell"}, {"counterpart"}, lx.lexicon().cues.claim_nouns):
        assert words.at(lemmas=lemmas) == [t.i for t in doc if t.lemma_.lower() in lemmas]
    big = lx.lexicon().titles.role_heads  # a set larger than the article's vocabulary: looked up the other way
    assert words.at(big) == [t.i for t in doc if t.lower_ in big]
    either = frozenset({"cut", "plan", "spending"})
    assert words.either(either) == [t.i for t in doc if t.lower_ in either or t.lemma_.lower() in either]


def test_speech_verbs_are_the_tokens_speech_verb_takes():
    doc = parse()
    verbs = words_of(doc).speech_verbs(lx.lexicon().cues.speech_verbs)
    assert verbs == [t.i for t in doc if speech_verb(t)] and len(verbs) >= 5
    sent = sents_of(doc)[2]
    assert between(verbs, sent.start, sent.end) == [t.i for t in sent if speech_verb(t)]


def test_sentences_and_common_words_as_spacy_gives_them():
    doc = parse()
    assert [(s.start, s.end) for s in sents_of(doc)] == [(s.start, s.end) for s in doc.sents]
    lower = {t.text for t in doc if t.is_lower and t.is_alpha}
    inside = {t.text.lower() for t in doc if t.is_title and not t.is_sent_start and t.i > 0
              and not doc[t.i - 1].is_punct and not doc[t.i - 1].is_space}
    assert _common_words(doc) == lower - inside
    assert "budgets" in _common_words(doc)  # "Budgets" only first in a sentence, "budgets" in lower case
    assert "closures" not in _common_words(doc)  # also capitalised inside a sentence


def test_extraction_leaves_no_lookup_on_the_doc():
    doc = parse()
    article = parse_article(TEXT.encode(), "t.txt", "t")
    extract(article, doc)
    assert not {"briefing_words", "briefing_sents"} & set(doc.user_data)
