"""Extractors on short real-looking articles (written for these tests), through the real spaCy pipeline."""
from generator.extract.quotes import find_quote_spans


def by_name(b):
    return {a.name: a for a in b.actors}


def quote_texts(b, kind=None):
    return [q.text for q in b.quotes if kind in (None, q.kind)]


# --- quote marks ---------------------------------------------------------------------------------------
def spans(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_straight_and_doubled_closing_marks():
    assert spans("He said “we will win.’’ Then left.") == ["we will win."]
    assert spans('She said "no deal" and "not now".') == ["no deal", "not now"]
    assert spans("“It is over,” she said.") == ["It is over,"]
    assert spans("He called it ‘a disgrace’ today.") == ["a disgrace"]


def test_apostrophes_are_not_quote_marks():
    assert spans("The minister’s plan isn’t new, and the 90s’ debts remain.") == []


def test_unbalanced_mark_stays_in_its_paragraph():
    text = "“This never closes, he said.\n\nA later paragraph says “this one does,” she said."
    assert spans(text) == ["This never closes, he said.", "this one does,"]


# --- actors ----------------------------------------------------------------------------------------------
ARTICLE = """Ministers set out defence plans

Foreign Secretary, Jane Holloway, will travel to Berlin to meet her German counterpart, officials said.
The talks follow calls from French President Anne Dubois for European nations to raise their defence budgets.
Holloway told reporters that Britain would "stand by its allies".
“We are ready to do more,” she added.
Economists at the Centre for Budget Research warned that higher defence spending would require tax rises.
The Foreign Secretary said the UK was in talks with the U.S. about a new agreement.
"""


def test_titles_are_roles_not_organisations(brief):
    b = brief(ARTICLE)
    names = by_name(b)
    assert "Foreign" not in names and "Secretary" not in names
    holloway = names["Jane Holloway"]
    assert holloway.type == "person" and holloway.role == "Foreign Secretary"
    assert "Holloway" in holloway.aliases
    assert holloway.mentions >= 3  # full name, surname, and the bare title once established
    dubois = names["Anne Dubois"]
    assert dubois.role == "President" and dubois.affiliation == "France"


def test_countries_merge_under_one_canonical_name(brief):
    names = by_name(brief(ARTICLE))
    uk = names["United Kingdom"]
    assert uk.type == "country" and {"Britain", "UK"} <= set(uk.aliases)
    assert "United States" in names
    assert "Berlin" not in names  # a place where something happens is not an actor


COMPANY = """Carmaker cuts jobs

US carmaker Delmont Motors has cut 2,000 jobs at its plants in Ohio and Michigan.
Its chief executive, Laura Pike, said the cuts were needed to protect the firm.
Analysts at the World Bank said demand for cars was falling across the world.
Mr Ferris, a Detroit union official, told reporters that workers were angry.
"""


def test_country_of_an_organisation_said_before_its_name_passes_to_its_staff(brief):
    names = by_name(brief(COMPANY))
    assert names["Delmont Motors"].affiliation == "United States"
    pike = names["Laura Pike"]
    assert pike.role == "chief executive"
    assert pike.organization == "Delmont Motors" and pike.affiliation == "United States"


def test_home_country_for_the_unplaced_but_never_for_international_bodies(brief):
    b = brief(COMPANY)
    names = by_name(b)
    assert names["World Bank"].affiliation is None  # belongs to no single country
    home = brief("Tax row\n\nMPs at Westminster clashed with the Treasury over tax.\n"
                 "Tom Quill, a Labour MP, said the Commons would vote on Tuesday.\n")
    assert by_name(home)["Tom Quill"].affiliation == "United Kingdom"
    assert by_name(home)["Tom Quill"].country_implied
    assert not by_name(b)["Delmont Motors"].country_implied  # said in the text: "US carmaker"
    foreign = brief("Election\n\nFrance and Germany held talks. Anna Weber said the talks went well.\n")
    assert by_name(foreign)["Anna Weber"].affiliation is None  # no country clearly leads


def test_region_names_give_places_not_people_and_unknown_qualifiers_are_skipped(brief):
    names = by_name(brief("Vote count\n\nThe Ukraine's new president, Ivan Petrenko, visited farms. "
                          "Much of the money came from Yorkshire millionaire Sir Paul Stokes.\n"))
    assert names["Ivan Petrenko"].affiliation == "Ukraine"
    assert "Yorkshire" not in names


def test_pronouns_follow_the_main_clause_subject_and_count_as_mentions(brief):
    b = brief("Budget talk\n\nEd Rowe, a former adviser, spoke on Monday. "
              "Mr Rowe, who left his post at the Treasury last year, said that Mr Grant would keep his rules.\n"
              "He said he hoped for more help for families.\n"
              "\"This is a big change,\" he told a lunch.\n")
    speakers = {q.text: q.speaker for q in b.quotes}
    assert speakers["This is a big change,"] == "Ed Rowe"
    assert speakers["he hoped for more help for families"] == "Ed Rowe"
    assert by_name(b)["Ed Rowe"].mentions >= 4


def test_sir_with_a_first_name_is_the_same_person(brief):
    b = brief("Business view\n\nSir Digby Hales, head of the employers' group, spoke. "
              "\"Stability is key,\" Sir Digby said.\n")
    assert "Digby" not in by_name(b)
    assert b.quotes[0].speaker == "Digby Hales"


# --- quotes ----------------------------------------------------------------------------------------------
def test_direct_quotes_with_pronoun_speakers_resolve_to_the_person(brief):
    b = brief(ARTICLE)
    direct = {q.text: q for q in b.quotes if q.kind == "direct"}
    assert direct["We are ready to do more,"].speaker == "Jane Holloway"
    assert direct["We are ready to do more,"].cue == "added"
    assert all(q.speaker not in ("she", "he", "she added") for q in b.quotes)


def test_reported_speech_with_organisation_and_title_speakers(brief):
    b = brief(ARTICLE)
    reported = {q.text: q for q in b.quotes if q.kind == "indirect"}
    ifs = next(q for t, q in reported.items() if t.startswith("higher defence spending"))
    assert ifs.speaker == "Centre for Budget Research" and ifs.cue == "warned"
    uk = next(q for t, q in reported.items() if t.startswith("the UK was in talks"))
    assert uk.speaker == "Jane Holloway"


def test_quote_offsets_point_into_the_text(brief):
    b = brief(ARTICLE)
    for q in b.quotes:
        assert b.text[q.start:q.end] == q.text


def test_quoted_fragment_at_the_end_of_reported_speech_is_its_own_direct_quote(brief):
    b = brief(ARTICLE)
    assert "stand by its allies" in quote_texts(b, "direct")
    assert not any("stand by" in t for t in quote_texts(b, "indirect"))


def test_speaker_named_after_the_quote(brief):
    b = brief("Talks resume\n\n“The offer is final,” said Peter Marsh, the union's general secretary.\n")
    (q,) = b.quotes
    assert (q.speaker, q.kind, q.cue) == ("Peter Marsh", "direct", "said")


# --- commitments -------------------------------------------------------------------------------------------
def test_pledge_with_percent_of_gdp_and_group_actor(brief):
    b = brief("Budget plans\n\nMinisters said they would publish the review soon.\n"
              "They are to raise defence spending to 2.5 per cent of gross domestic product by 2027.\n")
    (c,) = [c for c in b.commitments if c.amount]
    assert (c.amount.value, c.amount.unit, c.kind, c.sector, c.year) == (2.5, "percent_gdp", "pledge", "defence", 2027)
    assert c.actor == "Ministers"
    assert b.text[c.start:c.end] == c.evidence


def test_call_and_warning_without_amounts(brief):
    b = brief(ARTICLE)
    kinds = {c.kind: c for c in b.commitments}
    assert kinds["call"].actor == "Anne Dubois" and kinds["call"].sector == "defence"
    assert kinds["warning"].actor == "Centre for Budget Research"


def test_money_pledge_and_reported_results(brief):
    b = brief("Cash for schools\n\nThe government will spend £1.2bn on new schools in England.\n"
              "Tesco said its profits rose 10% to £2bn last year.\n")
    (c,) = b.commitments
    assert c.amount.value == 1.2e9 and c.amount.unit == "GBP" and c.sector == "education"
    assert c.kind == "pledge" and c.action == "spend"


def test_title_inside_the_name_entity_becomes_the_role(brief):
    b = brief("Rates rise\n\nTreasurer Peter Costello said the economy was strong.\n")
    costello = by_name(b)["Peter Costello"]
    assert costello.role == "Treasurer"
    assert b.quotes[0].speaker == "Peter Costello"


def test_the_firm_and_acronyms_resolve_to_the_organisation(brief):
    b = brief("Results out\n\nShares in Acme Holdings rose on Monday. The firm said it had sold more cars than expected.\n"
              "Women hold few top jobs, according to the Equal Opportunities Commission (EOC).\n"
              "Pay gaps remain wide in the private sector, according to the EOC.\n")
    speakers = [q.speaker for q in b.quotes]
    assert speakers[0] == "Acme Holdings"
    assert speakers[-1] == "Equal Opportunities Commission"


def test_counterpart_gives_role_and_country_to_the_person_named_next(brief):
    b = brief("Talks in Oslo\n\nHome Secretary Jane Holloway will meet her Swedish counterpart on Monday.\n"
              "Holloway and Lars Eriksson will discuss border controls.\n")
    eriksson = by_name(b)["Lars Eriksson"]
    assert eriksson.affiliation == "Sweden"
    assert eriksson.role == "counterpart of Jane Holloway"
    assert by_name(b)["Jane Holloway"].role == "Home Secretary"


def test_reported_necessity_is_the_speakers_warning(brief):
    b = brief("Tax warning\n\nThe Centre for Budget Research said the chancellor would need to raise taxes by £8bn after the election.\n")
    (c,) = b.commitments
    assert (c.kind, c.actor, c.amount.value) == ("warning", "Centre for Budget Research", 8e9)


def test_party_names_are_one_organisation(brief):
    b = brief("Tories pledge cash\n\nThe Tories say they will spend £250m a year on school sport.\n"
              "The Conservatives also promised to keep the payments.\n")
    names = by_name(b)
    assert "Conservative Party" in names and names["Conservative Party"].type == "organization"
    assert {"Tories", "Conservatives"} <= set(names["Conservative Party"].aliases)
    assert [c.actor for c in b.commitments] == ["Conservative Party", "Conservative Party"]


def test_organisation_named_after_its_country_gets_that_affiliation(brief):
    b = brief("Rates rise\n\nThe Reserve Bank of Australia raised interest rates on Wednesday, the bank said.\n")
    assert by_name(b)["Reserve Bank of Australia"].affiliation == "Australia"


def test_spending_in_passing_and_actorless_forecasts_are_not_commitments(brief):
    b = brief("Bank results\n\nAcme Bank cautioned that growth may slow because of weaker household spending.\n"
              "Economists said there could be a boost to the budget of about £400m.\n")
    assert b.commitments == []


def test_alternative_figures_of_one_commitment_make_one_entry(brief):
    b = brief("Winter fuel\n\nThe government gives £200 for winter fuel to households, or £300 where people are over 80.\n"
              "Labour's campaign cost £1.7m and the Greens' £404,000.\n")
    by_sentence = [(c.sentence, c.actor, c.amount.value) for c in b.commitments]
    assert [x for x in by_sentence if x[0] == 0] == [(0, "government", 200)]
    assert {x[1] for x in by_sentence if x[0] == 1} == {"Labour", "Green Party"}


def test_plans_stated_as_nouns_belong_to_the_last_speaker(brief):
    b = brief("Pay gap\n\nMinister Jane Holloway said sexism at work was holding women back.\n"
              "Plans include funding for universities to help women find jobs in engineering.\n")
    (c,) = b.commitments
    assert (c.actor, c.kind, c.amount) == ("Jane Holloway", "plan", None)


def test_company_named_after_a_firm_noun_is_an_organisation_and_time_zones_are_not_actors(brief):
    b = brief("Bank deal\n\nBarclays bid for South Africa's leading retail bank Absa. At 1405 GMT, its shares were down.\n")
    names = by_name(b)
    assert "GMT" not in names
    assert names["Absa"].type == "organization" and names["Absa"].affiliation == "South Africa"


def test_title_given_before_the_name_is_the_role_of_the_person_named_next(brief):
    b = brief("Leave plans\n\nPlans to extend paid paternity leave should be in the manifesto, the Employment "
              "Secretary has said.\nDavid Okafor told a conference that the cost was being assessed.\n"
              "The Employment Secretary added that business groups had been consulted.\n")
    okafor = by_name(b)["David Okafor"]
    assert okafor.role == "Employment Secretary"
    assert {q.speaker for q in b.quotes} == {"David Okafor"}
    (c,) = b.commitments
    assert (c.actor, c.kind, c.sector, c.amount) == ("David Okafor", "plan", "welfare", None)


def test_title_is_not_given_to_someone_already_named_or_inside_quotes(brief):
    b = brief("Talks\n\nDavid Okafor met unions on Monday.\nThe talks went well, the Employment Secretary said.\n"
              "Maria Lund, a union leader, agreed.\n")
    assert by_name(b)["David Okafor"].role is None and by_name(b)["Maria Lund"].role != "Employment Secretary"


def test_money_that_came_from_a_named_donor_is_spent_by_the_donor(brief):
    b = brief("Party funds\n\nMuch of the party's funding came from businessman Arthur Penrose, who paid for its posters.\n"
              "Most of the rain came from Atlantic storms.\n")
    (c,) = b.commitments
    assert (c.actor, c.kind, c.amount) == ("Arthur Penrose", "spend", None)


def test_sum_of_a_shortfall_is_a_warning_and_a_possessed_plan_is_its_owners(brief):
    b = brief("Budget gap\n\nA £3bn funding gap stands in the way of the 2027 target for new hospitals, the health board said.\n"
              "The Greens say Labour's plans to abolish tuition fees were dropped.\n")
    kinds = {(c.sentence, c.kind, c.actor) for c in b.commitments}
    assert {k for k in kinds if k[0] == 0} == {(0, "warning", "health board")}
    assert (1, "plan", "Labour") in kinds


def test_labels_and_terms_in_quote_marks_are_not_quotes_but_partial_quotes_are(brief):
    b = brief("Summit\n\nThousands will gather in Recife for the so-called \"people's summit\", organisers said. "
              "Health minister Ana Souza said the scheme was an \"urgent national priority\". "
              "Plans include grants for farmers and \"starter loans\" for young people.\n")
    assert [(q.text, q.speaker) for q in b.quotes if q.kind == "direct"] == [("urgent national priority", "Ana Souza")]


def test_participle_of_speech_speaks_for_the_main_subject(brief):
    b = brief("Pay\n\nMinister Ana Souza launched a review on Monday, saying pay gaps were still far too wide.\n")
    (q,) = [q for q in b.quotes if q.kind == "indirect"]
    assert (q.speaker, q.text) == ("Ana Souza", "pay gaps were still far too wide")


def test_title_after_a_named_person_is_not_given_to_the_next_person(brief):
    b = brief("Apology\n\nMaria Lund has apologised to the families.\nThe prime minister was speaking in Oslo. "
              "Peter Olsen said the families were pleased.\n")
    assert by_name(b)["Peter Olsen"].role != "prime minister"
