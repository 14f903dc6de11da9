import json
import re

from generator.model import Actor, Amount, Briefing, Commitment, Quote, Sentence
from generator.site import Site, data, render

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "a | b | c",
    "{{ config.site_name }} {% include 'x' %}",
    "# Heading\n\n* emphasis * and _under_ and `code`",
    "<div>\n\nraw block\n\n</div>",
]


def hostile_briefing(payload: str) -> Briefing:
    text = f"{payload} said something. Second sentence {payload}."
    return Briefing(
        source="seeds/x.txt", slug="x", title=payload, text=text, credit=payload,
        sentences=[Sentence(0, len(payload) + 17), Sentence(len(payload) + 18, len(text))], summary=[0, 1],
        actors=[Actor(id="a", name=payload, type="person", role=payload, affiliation=payload, organization=payload,
                      aliases=[payload], mentions=2)],
        quotes=[Quote(text=payload, speaker=payload, kind="direct", cue=payload, start=0, end=len(payload), sentence=0)],
        commitments=[Commitment(actor=payload, action=payload, sector=payload,
                                amount=Amount(1e9, "GBP", payload), kind="pledge", year=None,
                                evidence=text, start=0, end=len(text), sentence=1)],
    )


def test_text_filter_leaves_no_markup_characters():
    for payload in HOSTILE:
        out = re.sub(r"&#\d+;", "", render.text(payload))
        assert not re.search(r"[<>`*_\[\]{}#|\\\n&]", out), out


def test_hostile_text_never_becomes_markup():
    for payload in HOSTILE:
        page = render.briefing_page(hostile_briefing(payload), "x.json")
        assert "<script" not in page and "<img" not in page
        assert "](javascript" not in page and 'href="javascript' not in page
        assert "{{" not in page and "{%" not in page
        # every table row keeps its five actor cells (name with type and other names, role, organisation,
        # country, mentions)
        row = next(line for line in page.splitlines() if line.startswith('<tr id="actor-'))
        assert row.count("<td>") == 5 and row.count("</td>") == 5


def test_organisation_column_only_when_some_actor_has_one():
    b = hostile_briefing("plain")
    assert "<th>Organisation</th>" in render.briefing_page(b, "x.json")
    assert "(implied)" not in render.briefing_page(b, "x.json")
    b.actors[0].organization = None
    b.actors[0].country_implied = True
    page = render.briefing_page(b, "x.json")
    assert "(implied)" in page
    assert "<th>Organisation</th>" not in page
    row = next(line for line in page.splitlines() if line.startswith('<tr id="actor-'))
    assert row.count("<td>") == 4


def test_sentences_get_anchors_that_items_link_to():
    b = hostile_briefing("Plain words")
    page = render.briefing_page(b, "x.json")
    assert 'id="s1"' in page and 'id="s2"' in page
    assert 'href="#s2"' in page  # the commitment links to its sentence


def test_commitment_line_reads_as_a_sentence():
    c = Commitment(actor="United Kingdom", action="raise", sector="defence", amount=Amount(2.5, "percent_gdp", "2.5 per cent"),
                   kind="pledge", year=2027, evidence="", start=0, end=0, sentence=0)
    assert render.commitment_line(c) == "United Kingdom: raise defence spending to 2.5% of GDP by 2027 (pledge)"
    # a verb of two words takes its sum as its object: "write off 100%", not "write off of 100%"
    c = Commitment(actor="G7", action="write off", sector=None, amount=Amount(100, "percent", "100%"),
                   kind="plan", year=None, evidence="", start=0, end=0, sentence=0)
    assert render.commitment_line(c) == "G7: write off 100% (plan)"
    # and so does a verb of one word with no field: "provide USD 10bn a year", not "provide of USD 10bn"
    c = Commitment(actor="Gordon Brown", action="provide", sector=None,
                   amount=Amount(10e9, "USD", "$10bn", unit_inferred=True, per="year"),
                   kind="plan", year=None, evidence="", start=0, end=0, sentence=0)
    assert render.commitment_line(c) == "Gordon Brown: provide USD 10,000,000,000 a year (currency inferred) (plan)"


def test_json_round_trip_and_byte_identical_output():
    b = hostile_briefing("Same input")
    again = Briefing.from_json(json.loads(data.briefing_json(b)))
    assert again == b
    assert render.briefing_page(b, "x.json") == render.briefing_page(again, "x.json")
    assert data.briefing_json(again) == data.briefing_json(b)


def test_listings_are_newest_first_whatever_the_input_order():
    old, new = hostile_briefing("Old story"), hostile_briefing("New story")
    old.slug, old.date, new.slug, new.date = "old", "2024-01-01", "new", "2025-01-01"
    forward, backward = Site([old, new], []).pages(), Site([new, old], []).pages()
    assert forward == backward
    listed = json.loads(forward["data/briefings.json"])["briefings"]
    assert [b["slug"] for b in listed] == ["new", "old"]


def test_to_json_equals_asdict():
    import dataclasses
    b = hostile_briefing("Same input")
    assert b.commitments and b.commitments[0].amount is not None and b.actors and b.sentences
    assert b.to_json() == dataclasses.asdict(b)
    assert b.to_json()["commitments"][0]["amount"] is not b.commitments[0].amount  # a copy, not the record


def test_home_one_line_summary_does_not_repeat_the_title():
    text = "UK Defence Secretary met his counterpart today. Ministers will raise spending. A third one."
    b = Briefing(source="s", slug="s", title="UK Defence Secretary met his counterpart today.", text=text,
                 sentences=[Sentence(0, 47), Sentence(48, 78), Sentence(79, len(text))], summary=[0, 1])
    assert render.one_line(b) == "Ministers will raise spending."


def test_rates_and_inferred_currencies_are_shown_as_such():
    assert render.format_amount(Amount(1400, "GBP", "£1,400", per="mother")) == "GBP 1,400 per mother"
    assert render.format_amount(Amount(2e9, "GBP", "£2bn", per="year")) == "GBP 2,000,000,000 a year"
    assert render.format_amount(Amount(5e6, "AUD", "$5m", unit_inferred=True)) == "AUD 5,000,000 (currency inferred)"
    rate = Commitment("Labour", "pay", "welfare", Amount(1400, "GBP", "£1,400", per="mother"), "pledge", None, "", 0, 0, 0)
    total = Commitment("Labour", "spend", "health", Amount(2e9, "GBP", "£2bn"), "pledge", None, "", 0, 0, 0)
    chart = render.chart([rate, total])
    assert "health" in chart and "welfare" not in chart  # a rate per mother is not added to the totals
    assert "(1 commitment)" in chart
    assert "(2 commitments)" in render.chart([total, total])


def test_file_of_all_briefings_is_one_json_document_of_each_briefing():
    a, b = hostile_briefing("Première <b>story</b> “quoted”"), hostile_briefing("Second story")
    expected = json.dumps({"briefings": [a.to_json(), b.to_json()]}, ensure_ascii=False, sort_keys=True) + "\n"
    assert data.all_json([a, b]).text() == expected
    assert data.all_json([a, b], {id(a): data.briefing_bytes(a), id(b): data.briefing_bytes(b)}).text() == expected
    assert data.all_json([]).text() == json.dumps({"briefings": []}) + "\n"
    assert json.loads(data.all_json([a]).text())["briefings"][0]["title"] == a.title


def test_aliases_shown_leave_out_the_name_again_possessives_and_names_with_a_role_before_them():
    from generator.site.render import shown_aliases

    assert shown_aliases("Graeme Souness", ["boss Graeme Souness", "Souness", "Boss Graeme Souness",
                                            "manager Graeme Souness", "Graeme"]) == ["Souness", "Graeme"]
    assert shown_aliases("Lycos Europe", ["Lycos Europe's", "LYCOS EUROPE", "Lycos"]) == ["Lycos"]
    # a people before the name is shown as the country, not as another name
    assert shown_aliases("Hayley Yelling", ["Briton Hayley Yelling", "Yelling"]) == ["Yelling"]
    assert shown_aliases("United States", ["U.S", "America", "U.S."]) == ["U.S", "America"]
    assert shown_aliases("Vince Cable", ["Treasury Cable", "Cable"]) == ["Treasury Cable", "Cable"]  # no role word


def test_a_quote_introduced_by_a_colon_shows_no_cue_and_a_verb_shows_its_own_in_lower_case():
    # the cue of 'Moyes continued: "..."' is the colon: a reader sees no "(:)" beside the quote; "said" is shown
    b = hostile_briefing("Plain words")
    b.quotes = [Quote(text="Plain", speaker="Plain words", kind="direct", cue=":", start=0, end=5, sentence=0),
                Quote(text="words", speaker="Plain words", kind="direct", cue="said", start=6, end=11, sentence=0),
                Quote(text="Plain", speaker="Plain words", kind="indirect", cue="Saying", start=0, end=5, sentence=0),
                Quote(text="words", speaker="Plain words", kind="indirect", cue="SAYS", start=6, end=11, sentence=0)]
    page = render.briefing_page(b, "x.json")
    assert "(:)" not in page
    assert '<span class="briefing-cue">(said)</span>' in page
    # a verb that opens its sentence is shown in lower case, as it would stand anywhere else; capitals stay
    assert '<span class="briefing-cue">(saying)</span>' in page and "(Saying)" not in page
    assert '<span class="briefing-cue">(SAYS)</span>' in page


def test_share_of_national_output_is_shown_as_the_text_measures_it():
    def shown(text: str) -> str:
        return render.format_amount(Amount(0.7, "percent_gdp", text))
    assert shown("0.7% of gross national income") == "0.7% of GNI"
    assert shown("0.7 per cent of GNI") == "0.7% of GNI"
    assert shown("0.7% of the country's gross national product") == "0.7% of GNP"
    assert shown("0.7% of gross domestic product") == "0.7% of GDP"
