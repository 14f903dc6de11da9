"""generator.components: the rule components on hand-built Docs (a blank English pipeline, no model), and the
title patterns."""
import pytest
import spacy
from spacy.tokens import Doc, Span

from generator import components
from generator.lexicon import Titles
from generator.pipeline import DEFAULT_PIPELINE


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def doc_of(vocab, words, ents=(), pos=None, spaces=None):
    doc = Doc(vocab, words=words, spaces=spaces, pos=pos or ["PROPN"] * len(words))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_paragraph_break_starts_a_sentence(vocab):
    doc = Doc(vocab, words=["One", "line", "\n\n", "Next", "one", "here"], spaces=[True, False, False, True, True, False])
    components.paragraphs(doc)
    assert doc[3].is_sent_start is True
    assert doc[1].is_sent_start is not True and doc[4].is_sent_start is not True


def test_a_wire_datelines_dash_ends_a_sentence_and_nothing_else_does(vocab):
    words = ["Title", "\n\n", "MANCHESTER", ",", "N.H.", "—", "Voters", "said", "no", ".", "\n\n",
             "WASHINGTON", "(", "Reuters", ")", "-", "U.S.", "lawmakers", "said", "yes", ".", "\n\n",
             "NATO", "-", "the", "alliance", "-", "agreed", ".", "\n\n", "Tom", "Hale", "-", "Labour", "'s", "man"]
    spaces = [False, False, False, True, True, True, True, True, False, False, False,
              True, False, False, True, True, True, True, True, False, False, False,
              True, True, True, True, True, False, False, False, True, True, True, False, True, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    components.paragraphs(doc)
    assert [t.text for t in doc if t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_space] == ["Voters", "U.S."]
    assert components.datelines(doc) == [(2, 6), (11, 16)]


def test_a_bullet_and_the_first_word_of_its_item_are_one_sentence(vocab):
    doc = Doc(vocab, words=["He", "has", ":", "\n\n", "-", "Announced", "a", "package", "\n\n", "-", "Cut", "tax"],
              spaces=[True, False, False, False, True, True, True, False, False, True, True, False])
    components.paragraphs(doc)
    assert doc[4].is_sent_start is True and doc[9].is_sent_start is True
    assert doc[5].is_sent_start is False and doc[10].is_sent_start is False


def test_a_line_break_is_no_part_of_an_entity(vocab):
    doc = doc_of(vocab, ["at", "Sadler", "Wells", "\n\n", "-", "Best"], [(1, 4, "ORG")],
                 pos=["ADP", "PROPN", "PROPN", "SPACE", "PUNCT", "ADJ"], spaces=[True, True, False, False, True, False])
    components.places(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sadler Wells", "ORG")]


def test_capital_tagged_as_a_person_becomes_a_place(vocab):
    doc = doc_of(vocab, ["Talks", "in", "Kyiv", "ended"], [(2, 3, "PERSON")], pos=["NOUN", "ADP", "PROPN", "VERB"])
    components.places(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kyiv", "GPE")]


def test_party_tagged_as_norp_becomes_an_organisation_and_a_missed_country_is_added(vocab):
    doc = doc_of(vocab, ["The", "Tories", "met", "Norway"], [(1, 2, "NORP")], pos=["DET", "PROPN", "VERB", "PROPN"])
    components.places(doc)
    # widened to the known name with its article, relabelled; the country the NER missed is added
    assert [(e.text, e.label_) for e in doc.ents] == [("The Tories", "ORG"), ("Norway", "GPE")]


def test_broken_span_ending_in_and_is_dropped_and_titles_are_kept(vocab):
    doc = doc_of(vocab, ["Trade", "and", "Industry", "Secretary", "Ann", "Lee"],
                 [(0, 2, "ORG"), (2, 4, "TITLE"), (4, 6, "PERSON")])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("Industry Secretary", "TITLE"), ("Ann Lee", "PERSON")]


def test_a_name_headed_by_a_bodys_word_tagged_as_a_person_is_an_organisation_unless_a_given_name_leads(vocab):
    doc = doc_of(vocab, ["the", "Fostering", "Network", "and", "Tom", "Service", "met", "Mr", "Service"],
                 [(1, 3, "PERSON"), (4, 6, "PERSON"), (7, 9, "PERSON")],
                 pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "PROPN"])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("Fostering Network", "ORG"), ("Tom Service", "PERSON"), ("Mr Service", "PERSON")]


def test_a_name_written_before_based_is_a_place_there_and_only_there(vocab):
    # "the Newport-based athlete said": Newport is where the athlete is, not who speaks; "Newport" said alone and
    # "Newport - based" with spaces (a dash between words) are left as tagged
    doc = doc_of(vocab, ["the", "Newport", "-", "based", "athlete", "met", "Newport", "-", "based", "fans"],
                 [(1, 2, "ORG"), (6, 7, "ORG")],
                 pos=["DET", "PROPN", "PUNCT", "VERB", "NOUN", "VERB", "PROPN", "PUNCT", "VERB", "NOUN"],
                 spaces=[True, False, False, True, True, True, True, True, True, False])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [("Newport", "GPE"), ("Newport", "ORG")]


def test_a_code_is_no_actor_and_a_word_with_a_number_in_it_no_person(vocab):
    # "COVID-19" tagged as a person or (alone) a body is a disease, nobody; "MI6" tagged as a person is a body; a
    # number after a name is left as tagged ("Ted Cruz 1", a caption's), and so is a body named with a code
    doc = doc_of(vocab, ["COVID-19", "hit", "MI6", "and", "Ted", "Cruz", "1", "and", "EB-5", "Investment", "Coalition",
                         "and", "COVID-19"],
                 [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 7, "PERSON"), (8, 11, "ORG"), (12, 13, "ORG")],
                 pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "NUM", "CCONJ", "PROPN", "PROPN", "PROPN",
                      "CCONJ", "PROPN"])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("MI6", "ORG"), ("Ted Cruz 1", "PERSON"), ("EB-5 Investment Coalition", "ORG")]


def test_a_datelines_place_is_a_place_its_agency_no_name_and_a_city_after_a_person_and_of_a_place(vocab):
    words = ["EDMONTON", "(", "AP", ")", "—", "Gordon", "Walsh", "of", "Red", "Deer", "met", "Bank", "of", "Red", "Deer"]
    spaces = [True, False, False, True, True, True, True, True, True, True, True, True, True, True, False]
    doc = doc_of(vocab, words, [(0, 1, "ORG"), (2, 3, "ORG"), (5, 7, "PERSON"), (8, 10, "ORG"), (11, 15, "ORG")],
                 spaces=spaces)
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("EDMONTON", "GPE"), ("Gordon Walsh", "PERSON"), ("Red Deer", "GPE"), ("Bank of Red Deer", "ORG")]


def test_a_given_name_after_a_role_word_tagged_as_a_body_is_a_person_and_a_body_there_stays_one(vocab):
    doc = doc_of(vocab, ["NDP", "MP", "Alistair", "MacGregor", "met", "minister", "John", "Lewis", "Foundation"],
                 [(2, 4, "ORG"), (6, 9, "ORG")])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("Alistair MacGregor", "PERSON"), ("John Lewis Foundation", "ORG")]


def test_nothing_to_repair_changes_nothing(vocab):
    doc = doc_of(vocab, ["Ann", "Lee", "spoke"], [(0, 2, "PERSON")], pos=["PROPN", "PROPN", "VERB"])
    assert components.relabel_entities(doc) is None


def test_components_declare_what_they_read_and_write():
    meta = spacy.Language.get_factory_meta("briefing_places")
    assert "doc.ents" in meta.requires and "doc.ents" in meta.assigns
    assert "token.is_sent_start" in spacy.Language.get_factory_meta("briefing_paragraphs").assigns


def test_title_patterns_from_a_small_lexicon_match_titles_only(vocab):
    titles = Titles(heads=("Secretary", "Attorney General", "Chief"), weak_heads=frozenset({"Chief"}),
                    qualifiers=("Defence",), of_titles=("Secretary of State",), honorifics=frozenset(),
                    post_nominals=frozenset(), rank_abbreviations=frozenset(), rank_roles={},
                    role_heads=frozenset(), role_words=frozenset(),
                    royal_titles=frozenset(),
                    not_role_words=frozenset(), body_roles=frozenset(), team_roles=frozenset(), firm_roles=frozenset(),
                    positions=frozenset(),
                    descriptions=frozenset(), minister_heads=frozenset(), office_heads=frozenset(),
                    judge_heads=frozenset())
    patterns = components.title_patterns(titles)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(patterns)
    doc = nlp("The Defence Secretary met the Secretary of State and the Attorney General, not the Chief.")
    assert [e.text for e in doc.ents] == ["Defence Secretary", "Secretary of State", "Attorney General"]
    assert {p["label"] for p in patterns} == {"TITLE"}
    lower = nlp("the defence secretary said")
    assert [e.text for e in lower.ents] == ["defence secretary"]


def test_the_project_pipeline_finds_titles_with_the_title_ruler_first(pipeline):
    assert pipeline.pipe_names[0] == "briefing_titles"
    assert isinstance(pipeline.get_pipe("briefing_titles"), components.TitleRuler)
    doc = pipeline("The defence secretary met the Secretary of State.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "TITLE"] == [
        ("defence secretary", "TITLE"), ("Secretary of State", "TITLE")]


def test_the_title_ruler_sets_the_entities_spacys_entity_ruler_sets_with_the_same_patterns():
    words = lambda key, text: [{key: w} for w in text.split()]  # noqa: E731
    patterns = [{"label": "TITLE", "pattern": words("TEXT", t)}
                for t in ("Prime Minister", "Deputy Prime Minister", "Minister of State", "State Secretary")]
    patterns += [{"label": "TITLE", "pattern": words("LOWER", t)}
                 for t in ("prime minister", "deputy prime minister", "home secretary", "secretary of state")]
    patterns += [{"label": "TITLE", "pattern": "Home Office Minister"},  # a phrase as written
                 {"label": "ROLE", "pattern": [{"LOWER": "chief"}, {"IS_TITLE": True}]},  # neither kind: a token pattern
                 {"label": "TITLE", "pattern": words("TEXT", "Vice-President")}]  # split by the tokenizer
    texts = ["The Deputy Prime Minister met the prime minister and the Minister of State Secretary.",
             "the deputy prime minister, Chief Whip, home secretary of state and Home Office Minister Vice-President",
             "Home Secretary of State Secretary PRIME MINISTER chief Executive", "nothing here"]
    nlp = spacy.blank("en")
    stock = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "validate": True,
                                                 "overwrite_ents": False})
    stock.add_patterns(patterns)
    ours = components.TitleRuler(nlp.vocab)
    ours.add_patterns(patterns, nlp.make_doc)
    assert len(ours.exact) and len(ours.lower) and len(ours.tokens)  # every kind of pattern in play
    for text in texts:
        expected = [(e.start, e.end, e.label_) for e in nlp(text).ents]
        got = [(e.start, e.end, e.label_) for e in ours(nlp.make_doc(text)).ents]
        assert got == expected, text
    seen = ours(nlp.make_doc(texts[0]))
    assert ("Deputy Prime Minister", "TITLE") in [(e.text, e.label_) for e in seen.ents]  # the longer match first
    # an entity already set is kept, and no title is set over it
    doc = nlp.make_doc("the prime minister spoke")
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert [(e.text, e.label_) for e in ours(doc).ents] == [("minister", "PERSON")]


def test_words_with_a_hyphenated_re_prefix_stay_one_token_and_the_sentence_parses(pipeline):
    doc = pipeline("A re-elected Government will invest in roads (Re-election, re-run). He was re-elected.")
    words = [t.text for t in doc]
    assert {"re-elected", "Re-election", "re-run"} <= set(words) and "re" not in words
    invest = doc[words.index("invest")]
    assert invest.dep_ == "ROOT" and doc[words.index("Government")].head == invest
    # other hyphenated words are split as the stock tokenizer splits them
    assert [t.text for t in pipeline.make_doc("a pre-war well-known")] == ["a", "pre", "-", "war", "well", "-", "known"]


def test_verbs_with_a_hyphenated_co_prefix_stay_one_token_and_their_clause_parses(pipeline):
    doc = pipeline("said Hany Farid, a professor at Dartmouth College, who co-developed the system with Microsoft.")
    words = [t.text for t in doc]
    verb = doc[words.index("co-developed")]
    # the relative clause's verb, not "co" as a verb and "developed the system" as what was said
    assert verb.dep_ == "relcl" and doc[words.index("system")].head == verb and "co" not in words
    assert {"co-wrote", "co-hosting"} <= {t.text for t in pipeline.make_doc("She co-wrote it, co-hosting a show.")}
    # nouns of "co-" stay split, as their titles are matched word by word
    assert [t.text for t in pipeline.make_doc("the co-founder")] == ["the", "co", "-", "founder"]


def test_a_quote_mark_glued_to_the_punctuation_and_word_around_it_is_a_word_of_its_own(pipeline):
    text = 'Ryan said,“Look, images have no place.” It read:"We want it." He arrived."It is fine," she said.'
    words = [t.text for t in pipeline.make_doc(text)]
    assert words[:5] == ["Ryan", "said", ",", "“", "Look"]
    assert words[words.index("read"):words.index("read") + 4] == ["read", ":", '"', "We"]
    assert words[words.index("arrived"):words.index("arrived") + 4] == ["arrived", ".", '"', "It"]
    # the quote then has its verb of saying: it is Ryan's
    doc = pipeline(text)
    said = doc[1]
    assert said.lemma_ == "say" and doc[0].head == said and doc[0].dep_ == "nsubj"
    # marks between words, or before a word in lower case, are split (or not) as the stock tokenizer does
    assert [t.text for t in pipeline.make_doc('a "quoted" word, 3,000 e.g. U.S. it\'s')] == \
        ["a", '"', "quoted", '"', "word", ",", "3,000", "e.g.", "U.S.", "it", "'s"]


def test_the_pipeline_tokenizer_is_the_stock_one_but_for_its_four_changes(pipeline):
    """The tokenizer is made anew with the changes at once (``nlp._keep_prefixed_words``): every other special
    case and rule of the stock one stays."""
    stock = spacy.load(DEFAULT_PIPELINE).tokenizer
    assert set(stock.rules) - set(pipeline.tokenizer.rules) == {"m."}  # the one exception dropped
    assert set(pipeline.tokenizer.rules) <= set(stock.rules)
    text = ("Dr. Smith didn't say the U.S. (and e.g. Calif.) would pay $375m. It said so, said M&S. "
            "A re-elected firm's well-known 'pre-war' cash: 3.5% of £1.2bn! He said,\"No.\"")
    ours, theirs = [t.text for t in pipeline.make_doc(text)], [t.text for t in stock(text)]
    assert ours[:ours.index("$")] == theirs[:theirs.index("$")]  # "Dr.", "did"+"n't", "U.S.", "Calif." as stock
    assert ["375", "m", "."] == ours[ours.index("$") + 1:ours.index("$") + 4]  # no "m." exception
    assert "M&S" in ours and "M&S." in theirs
    assert "re-elected" in ours and "re-elected" not in theirs
    tail = ours[ours.index("firm"):ours.index("He")]
    assert tail == theirs[theirs.index("firm"):theirs.index("He")]
    assert ours[-6:-2] == ["said", ",", '"', "No"] and 'said,"No' in theirs


def test_a_pipelines_own_kind_of_tokenizer_is_changed_in_place_not_replaced():
    from spacy.tokenizer import Tokenizer

    from generator.nlp import _keep_prefixed_words

    class OwnTokenizer(Tokenizer):
        pass

    nlp = spacy.blank("en")
    stock = nlp.tokenizer
    nlp.tokenizer = OwnTokenizer(nlp.vocab, rules=stock.rules, prefix_search=stock.prefix_search,
                                 suffix_search=stock.suffix_search, infix_finditer=stock.infix_finditer,
                                 token_match=stock.token_match, url_match=stock.url_match)
    _keep_prefixed_words(nlp)
    assert type(nlp.tokenizer) is OwnTokenizer
    words = [t.text for t in nlp("A re-elected board paid $375m. It said so, said M&S. Ed said,“No.”")]
    assert "re-elected" in words and "M&S" in words and ["375", "m", "."] == words[5:8]
    assert words[-5:-2] == [",", "“", "No"]
    plain = spacy.blank("en")
    _keep_prefixed_words(plain)
    assert type(plain.tokenizer) is Tokenizer and "re-elected" in [t.text for t in plain("A re-elected board.")]


def test_a_preposition_or_said_opening_the_sentence_is_no_part_of_the_name_after_it(vocab):
    words = ["Across", "Wales", ",", "pickets", "met", ".", "Said", "Mr", "Fogg", ":", "Reporters", "Without",
             "Borders", "spoke"]
    doc = Doc(vocab, words=words, pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PROPN",
                                       "PUNCT", "PROPN", "ADP", "PROPN", "VERB"],
              sent_starts=[True] + [False] * 5 + [True] + [False] * 3 + [True] + [False] * 3)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 8, label="PERSON"), Span(doc, 8, 9, label="PERSON"),
                Span(doc, 11, 13, label="ORG")]
    # "Wales" alone is then a country; "Said Mr" leaves nothing but an honorific, dropped; a preposition inside a
    # name that does not open the sentence stays
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("Wales", "GPE"), ("Fogg", "PERSON"), ("Without Borders", "ORG")]


def test_an_ex_prefix_is_no_part_of_a_name_and_alone_is_no_name(vocab):
    words = ["the", "ex", "-", "Yukos", "boss", "and", "Ex", "-", "Labour", "minister", "Frank", "Field", "met",
             "Rex", "Ex"]
    spaces = [True, False, False, True, True, True, False, False, True, True, True, True, True, True, False]
    doc = doc_of(vocab, words, [(0, 4, "PERSON"), (6, 7, "PERSON"), (10, 12, "PERSON"), (13, 15, "PERSON")],
                 spaces=spaces)
    # "Rex Ex" has no hyphen after "Ex": a name as written ("Labour" is added as the known party it is)
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [
        ("Yukos", "PERSON"), ("Labour", "ORG"), ("Frank Field", "PERSON"), ("Rex Ex", "PERSON")]


def test_a_sum_written_as_one_word_is_no_name_but_a_company_like_3m_is(vocab):
    doc = doc_of(vocab, ["worth", "745bn", "Indian", "rupees", "and", "3M", "said"], [(1, 3, "ORG"), (5, 6, "ORG")],
                 pos=["ADJ", "NUM", "ADJ", "NOUN", "CCONJ", "PROPN", "VERB"])
    assert [(e.text, e.label_) for e in components.relabel_entities(doc)] == [("3M", "ORG")]
