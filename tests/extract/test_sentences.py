"""generator.extract.sentences: the per-doc lookups the passes share (``Words``, ``sents_of``) give what a walk
over every token gives, on real parses."""
import spacy
from spacy.tokens import Span

from generator import lexicon as lx
from generator import nlp
from generator.extract import extract
from generator.extract.actors.names import _common_words, _strip_name, ent_at, strip_name
from generator.extract.quotes.attribution import speech_verb
from generator.extract.sentences import between, english_words, ents_of, sents_of, words_of
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
    assert not {"briefing_words", "briefing_sents", "briefing_ents", "briefing_names"} & set(doc.user_data)


def test_entities_and_names_kept_on_the_doc_are_what_spacy_and_the_name_rules_give():
    doc = parse()
    ents = ents_of(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert ents_of(doc) is ents  # made once
    assert [ent_at(doc, t.i) for t in doc] == [next((e for e in doc.ents if e.start <= t.i < e.end), None)
                                                for t in doc]
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people
    for e in doc.ents:
        assert strip_name(e) == _strip_name(e)
        assert strip_name(e) is strip_name(e)  # kept for the next pass that asks
    # the same words under another label are stripped by that label's rules, not taken from the first
    honoured = parse("Mr Smith met Lord Jones.")
    as_person, as_body = Span(honoured, 0, 2, label="PERSON"), Span(honoured, 0, 2, label="ORG")
    assert strip_name(as_person).text == "Smith" and strip_name(as_body).text == "Smith"
    acme = parse("Acme chief executive John Smith spoke.")
    assert strip_name(Span(acme, 0, 5, label="PERSON")).text == "John Smith"
    assert strip_name(Span(acme, 0, 5, label="ORG")).text == "Acme chief executive John Smith"


def test_english_words_are_the_lemmatizers_index_shared_through_the_vocab():
    doc = parse()
    english = english_words(doc)
    assert {"desperate", "pop", "cliff", "house"} <= english and not {"charlize", "sylvain"} & english
    assert english_words(parse("Another doc.")) is english  # made once, for every doc of the pipeline
    bare = spacy.blank("en")("Charlize Theron")  # a pipeline without a lemmatizer index: no words known
    assert english_words(bare) == frozenset()
