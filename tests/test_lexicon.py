"""generator.lexicon: the word lists, their checks, and name keys."""
import copy
import dataclasses

import pytest

from generator import lexicon as lx


def tables():
    return {name: copy.deepcopy(lx.load(name)) for name in ("titles", "cues", "actors", "commitments")}


def test_the_project_lexicon_loads_and_is_frozen():
    lex = lx.lexicon()
    assert "say" in lex.cues.speech_verbs and "spokesman" in lex.titles.role_heads
    assert [k for k, _ in lex.commitments.kinds] == list(lx.KINDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.cues = lex.cues  # type: ignore[misc]
    assert isinstance(lex.actors.org_nouns, frozenset)


@pytest.mark.parametrize("table,field,entry,why", [
    ("commitments", "actions", "set aside", "not one token"),
    ("cues", "speech_verbs", "Say", "lower case"),
    ("titles", "role_heads", "co-founder", "not one token"),
    ("actors", "org_heads", "bank", "capitalised"),
    ("titles", "heads", "Vice-President", "can never match"),
    ("titles", "qualifiers", "Defence", "more than once"),
])
def test_entries_that_can_never_match_are_rejected(table, field, entry, why):
    t = tables()
    t[table][field] = list(t[table][field]) + [entry]
    with pytest.raises(lx.LexiconError, match=why):
        lx.build(t)


def test_a_kind_table_must_name_every_kind():
    t = tables()
    del t["commitments"]["kinds"]["spend"]
    with pytest.raises(lx.LexiconError, match="kinds"):
        lx.build(t)


@pytest.mark.parametrize("text,key", [
    ("The Conservatives", "conservatives"), ("U.K.", "u k"), ("Labour's", "labour"), ("Labour’s", "labour"),
    ("  Mr  Blair ", "mr blair"), ("the Bank", "bank"),
])
def test_name_keys_ignore_case_dots_possessives_and_a_leading_the(text, key):
    assert lx.key(text) == key


def test_countries_aliases_demonyms_and_blocs():
    assert lx.country_of("U.K.") == "United Kingdom" and lx.country_of("Norwegian") == "Norway"
    assert lx.is_bloc("European Union") and not lx.is_bloc("France")
    assert lx.organizations()[lx.key("Tories")] == "Conservative Party"
    assert lx.international("World Bank") and not lx.international("Tesco")
    assert lx.country_of("Macedonia") == "Republic of Macedonia"  # the short name news uses
    assert lx.company_country("Deutsche Bank") == "Germany" and lx.company_country("ABN AMRO") == "Netherlands"
    assert lx.company_country("Acme Holdings") is None
    assert lx.person_country("George W. Bush") == "United States" and lx.person_country("Jane Doe") is None


def test_a_countrys_other_names_that_are_english_words_name_no_country():
    # "Island" (Iceland's own name), "Reunion", Greece's province "Drama", Ivory Coast's "Man": ordinary words in
    # names ("Island Records", "the Guildhall School of Speech and Drama"), never a country; English towns stay
    assert lx.country_of("Island") is None and lx.country_of("Reunion") is None
    assert lx.where("Drama") is None and lx.where("Man") is None and lx.where("Pool") is None
    assert lx.country_of("Iceland") == "Iceland" and lx.country_of("Réunion") == "Réunion"
    assert lx.where("Reading") == "United Kingdom"


def test_a_place_name_of_two_countries_points_to_neither():
    from generator import lexicon as lx
    places = lx.place_countries()
    assert places[lx.key("Melbourne")] == "Australia" and places[lx.key("Toronto")] == "Canada"
    assert lx.key("Victoria") not in places  # Seychelles' capital, an Australian state, a Canadian city


def test_new_zealands_old_counties_with_english_names_place_nothing():
    """The generated table's New Zealand "provinces" are its counties of before 1989; those named in English are
    towns of England and Australia and surnames ("an Oxford college" is no New Zealand story), the Maori-named
    ones and the present regions place an article in New Zealand."""
    from generator import lexicon as lx
    places = lx.place_countries()
    for name in ("Oxford", "Stratford", "Malvern", "Saint Kilda", "Franklin", "Cook"):
        assert places.get(lx.key(name)) != "New Zealand", name
    for name in ("Rotorua", "Waikato", "Otago", "Hawke's Bay", "Auckland"):
        assert places.get(lx.key(name)) == "New Zealand", name

def test_cities_place_a_place_and_never_outrank_the_country_table():
    from generator import lexicon as lx
    cities = lx.city_countries()
    assert lx.where("Munich") == "Germany" and lx.where("Houston") == "United States"
    assert lx.where("Glasgow") == "Scotland"  # the nations of the table keep their cities, as their capitals
    assert lx.where("Herat") == "Afghanistan"  # the accents English news leaves out ("Herāt")
    assert lx.where("Leeds") == lx.place_countries()[lx.key("Leeds")]  # the table's regions win
    assert lx.where("Hyderabad") is None  # India's and Pakistan's, of a like size
    taken = lx.countries().keys() | lx.capitals().keys() | lx.demonyms().keys() | lx.place_countries().keys()
    assert not taken & cities.keys()
    given = lx.lexicon().actors.female_given_names | lx.lexicon().actors.male_given_names
    assert not {lx.key(n) for n in given} & cities.keys()  # "Florence" is a woman before a city


@pytest.mark.parametrize("table,cached", [("companies", "_companies"), ("people", "_people")])
@pytest.mark.parametrize("bad,why", [
    ({"Acme": "Atlantis"}, "does not know"),
    ({"Acme": "France", "Acme Group": {"country": "France", "aliases": ["ACME"]}}, "names both"),
])
def test_a_name_of_no_known_country_or_a_name_given_twice_is_rejected(monkeypatch, table, cached, bad, why):
    real = lx.load
    monkeypatch.setattr(lx, "load", lambda name: bad if name == table else real(name))
    getattr(lx, cached).cache_clear()
    try:
        with pytest.raises(lx.LexiconError, match=why):
            getattr(lx, cached)()
    finally:
        monkeypatch.undo()
        getattr(lx, cached).cache_clear()
    assert lx.company_country("Deutsche Bank") == "Germany" and lx.person_country("Tony Blair") == "United Kingdom"
