"""generator.extract.commitments: kinds, amounts, actors and filters, through the real spaCy pipeline."""
from tests.extract.articles import ARTICLE

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


def test_reported_necessity_is_the_speakers_warning(brief):
    b = brief("Tax warning\n\nThe Centre for Budget Research said the chancellor would need to raise taxes by £8bn after the election.\n")
    (c,) = b.commitments
    assert (c.kind, c.actor, c.amount.value) == ("warning", "Centre for Budget Research", 8e9)


def test_what_a_speaker_says_a_plan_would_bring_is_the_speakers_warning(brief):
    b = brief("Housing\n\nThe Green Party unveiled plans for new homes. The Conservatives claimed the plans would "
              "amount to an extra tax of up to £9,000 on every new house. Mr Fox said the commission's proposal "
              "would mean a 20% rise in the budget.\n")
    got = {(c.actor, c.kind, c.amount.value) for c in b.commitments if c.amount}
    assert got == {("Conservative Party", "warning", 9000), ("Fox", "warning", 20)}


def test_money_someone_wanted_to_spend_is_a_plan_not_money_spent(brief):
    b = brief("Refugees\n\nMr Jones said he wanted to spend an extra £300m a year on refugees abroad.\n")
    (c,) = b.commitments
    assert (c.kind, c.amount.value) == ("plan", 300e6)


def test_a_sum_under_a_partys_promise_is_that_partys_pledge_whoever_asks_about_it(brief):
    b = brief("Homes\n\nMr Hall, the housing minister, said he also asked whether the Greens would match "
              "Labour's promise to spend £30bn on repairing council homes by 2010.\n")
    (c,) = b.commitments
    assert (c.actor, c.kind, c.amount.value) == ("Labour", "pledge", 30e9)


def test_the_government_is_a_government_named_before_never_the_party_or_body_named_last(brief):
    b = brief("Bird flu\n\nThe Conservative Party attacked ministers over hospital waiting lists on Monday. "
              "The government announced it is to spend £200m on drugs to treat a possible outbreak of bird flu.\n\n"
              "In Cardiff, the Welsh Assembly Government set out its budget. Cosla, the councils' body, met officials. "
              "The government said it would give councils an extra £100m.\n")
    owners = {c.amount.value: c.actor for c in b.commitments if c.amount}
    assert owners[200e6] == "government"
    assert owners[100e6] == "Welsh Assembly Government"


def test_the_company_is_the_business_last_named_as_a_subject_not_one_named_in_passing(brief):
    b = brief("Insurer sold\n\nUS banking group Northwind has sold its insurance arm to Fabrikam for $9bn.\n\n"
              "Under the agreement, Fabrikam will be able to sell its products through Northwind for ten years. "
              "The deal includes Contoso Bank branches. The company will pay $2bn in Fabrikam stock with the rest "
              "in cash.\n")
    (c,) = [c for c in b.commitments if c.amount and c.amount.value == 2e9]
    assert c.actor == "Fabrikam"


def test_a_policy_named_as_the_subject_is_the_plan_of_its_party_not_an_actor(brief):
    b = brief("Sport\n\nChildren would be offered two hours of free coaching a week by a future Green government, "
              "the Green Party has said. The Club4Sport policy would provide up to £120m yearly for local sports "
              "clubs to deliver after-school sport.\n")
    (c,) = [c for c in b.commitments if c.amount]
    assert (c.actor, c.amount.value) == ("Green Party", 120e6)


def test_a_reported_guess_at_what_another_might_spend_is_no_commitment(brief):
    b = brief("Aviation\n\nAnalysts said Brazil could spend up to $20bn in the aviation market over the next 20 "
              "years. Embraer said it would invest $2bn in a new plant.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments if c.amount] == [("Embraer", 2e9)]


def test_offers_of_money_are_pledges_and_a_business_is_never_its_country(brief):
    b = brief("Deals\n\nThe US agrochemical giant Monsanto has agreed to pay a $2m fine for bribing an official.\n\n"
              "Fabrikam Motors said talks with Contoso would go on. The US firm is thought to be offering about $3bn "
              "to leave the alliance. Telewest offered broadband for less than £20 a month.\n")
    got = {(c.actor, c.kind, c.amount.value) for c in b.commitments if c.amount}
    # (an offer the firm "is thought to be" making is hearsay: a plan, see hearsay())
    assert got == {("Monsanto", "pledge", 2e6), ("Fabrikam Motors", "plan", 3e9)}


def test_wishing_that_someone_else_spend_is_a_call(brief):
    b = brief("Pensions\n\nThe Pensioners Union wants the government to spend £2bn more on pensions. "
              "Fabrikam said it would prefer to see Contoso return $500m to shareholders.\n")
    got = {(c.actor, c.kind, c.amount.value) for c in b.commitments if c.amount}
    assert got == {("Pensioners Union", "call", 2e9), ("Fabrikam", "call", 500e6)}


def test_it_after_a_country_as_subject_is_that_country_acting_through_its_budget(brief):
    b = brief("Jobs plan\n\nSouth Korea will boost state spending next year to create jobs. It has earmarked 100 "
              "trillion won for the first six months of 2005.\n\nA US defence company has admitted paying bribes. "
              "It agreed to pay $13m in criminal penalties.\n")
    got = {(c.actor, c.amount.unit) for c in b.commitments if c.amount}
    assert ("South Korea", "KRW") in got
    assert not any(a == "United States" for a, _ in got)


def test_a_bid_someone_will_make_is_a_pledge_with_no_sum_but_supporting_one_is_not(brief):
    b = brief("Bidding war\n\nUS phone company Qwest has said it will table a new offer for MCI. It is not known "
              "whether the Glazer family would support a rival bid.\n")
    assert [(c.actor, c.kind, c.amount) for c in b.commitments] == [("Qwest", "pledge", None)]


def test_spending_in_passing_and_actorless_forecasts_are_not_commitments(brief):
    b = brief("Bank results\n\nMinisters will spend £1.2bn on new schools in England.\n"
              "Acme Bank cautioned that growth may slow because of weaker household spending.\n"
              "Economists said there could be a boost to the budget of about £400 million.\n")
    assert [(c.sentence, c.actor, c.amount.value) for c in b.commitments] == [(0, "Ministers", 1.2e9)]


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


def test_money_that_came_from_a_named_donor_is_spent_by_the_donor(brief):
    b = brief("Party funds\n\nMuch of the party's funding came from businessman Arthur Penrose, who paid for its posters.\n"
              "Most of the rain came from Atlantic storms.\n")
    (c,) = b.commitments  # the storms give no money
    assert (c.actor, c.kind, c.amount, c.sentence) == ("Arthur Penrose", "spend", None, 0)


def test_sum_of_a_shortfall_is_a_warning_and_a_possessed_plan_is_its_owners(brief):
    b = brief("Budget gap\n\nA £3bn funding gap stands in the way of the 2027 target for new hospitals, the health board said.\n"
              "Labour's plans to abolish tuition fees were dropped.\n"
              "The Greens say Labour's plans to abolish tuition fees were dropped.\n")
    kinds = {(c.sentence, c.kind, c.actor) for c in b.commitments}
    assert {k for k in kinds if k[0] == 0} == {(0, "warning", "health board")}
    assert (1, "plan", "Labour") in kinds
    # a rival's claim about the plan is the rival's warning, never Labour's commitment
    assert {k for k in kinds if k[0] == 2} == {(2, "warning", "Green Party")}


def test_a_plan_with_no_sum_is_a_commitment_only_about_money(brief):
    b = brief("Plans\n\nThe Conservatives have unveiled plans to introduce health checks for immigrants.\n\n"
              "Mr Howard said his party's plans to cut immigration were not racist.\n\n"
              "Labour has unveiled plans to extend paid maternity leave.\n\n"
              "The Democrats have unveiled plans to lower student debt.\n\n"
              "Labour has unveiled plans to build new schools.\n\n"
              "Labour has unveiled plans to fund new schools.\n")  # paying for them is money
    assert sorted((c.sentence, c.kind, c.amount) for c in b.commitments) == \
        [(2, "plan", None), (3, "plan", None), (5, "plan", None)]


RELEASE = """Labor's plan for Queensland

A Shorten Labor Government will invest $30 million in new rail links for Brisbane, the Labor leader said.

We will also fund 12,000 extra commuter car parks across Queensland.

Our plan for Australian families:

Invest $500 million towards the Cross River Rail project.

$10 million to transform the old dock into a public park.

Malcolm Turnbull will cut $50 million from Queensland hospitals.
"""


def test_a_release_in_a_party_voice_pledges_its_plans_in_local_dollars(brief):
    b = brief(RELEASE)
    by_sentence = {b.sentence_text(c.sentence)[:20]: c for c in b.commitments}
    # one issuer for every pledge, whether it says "A Shorten Labor Government will", "We will" or nothing
    assert {c.actor for c in b.commitments if c.kind == "pledge"} == {"Shorten Labor Government"}
    invest = by_sentence["A Shorten Labor Gove"]
    assert (invest.kind, invest.amount.value, invest.amount.unit, invest.amount.unit_inferred) == (
        "pledge", 3e7, "AUD", True)
    assert by_sentence["We will also fund 12"].amount is None  # money committed, no sum said
    assert by_sentence["Invest $500 million "].amount.value == 5e8  # a list item
    assert by_sentence["$10 million to trans"].amount.value == 1e7  # a list item without a verb


def test_us_dollars_said_so_stay_us_dollars_and_rates_are_not_totals(brief):
    b = brief("Aid\n\nAustralian ministers said on Monday that Canberra will give US$40m in aid to Fiji, "
              "and the government will pay $1,400 a year per family.\n")
    amounts = {c.amount.text: c.amount for c in b.commitments}
    assert amounts["US$40m"].unit == "USD" and not amounts["US$40m"].unit_inferred
    assert amounts["$1,400"].per == "year"


def test_a_small_sum_given_to_people_one_by_one_is_per_head_not_a_total(brief):
    b = brief("Budget\n\nThe minister announced payments of £80 for the over-75s. Child benefit for new fathers is to "
              "rise by £900 as part of new proposals announced by the Work Secretary Jane Smith. The council will "
              "give £300 for heating to pensioners. The party would introduce a £3,000 grant for young carers. The "
              "council will also spend £40m on grants for families, and will pay £60,000 to the hospital.\n")
    per = {c.amount.text: c.amount.per for c in b.commitments if c.amount}
    assert per["£80"] == "person" and per["£900"] == "father" and per["£300"] == "pensioner"
    assert per["£3,000"] == "carer"
    assert per["£40m"] is None  # a total for them all
    assert per["£60,000"] is None  # to one body
    b = brief("Lawsuit\n\nThe Consumers Federation of America is suing the retailer. The federation seeks damages of "
              "up to $9,000 (£4,800) for every customer who bought the CD.\n")
    assert [c.amount.per for c in b.commitments] == ["customer"]


def test_in_a_release_a_rivals_plan_is_no_commitment_unless_the_issuer_speaks_of_it(brief):
    b = brief(RELEASE + "\nThat is why we will never support Mr Turnbull's plan for $100,000 degrees.\n")
    # the release's own argument about a rival's plan commits no one (the Speech-Acts convention)
    assert not [c for c in b.commitments if b.sentence_text(c.sentence).startswith("Malcolm Turnbull")]
    # with "we" in the sentence the issuer takes a stand on it: the issuer's warning
    (c,) = [c for c in b.commitments if b.sentence_text(c.sentence).startswith("That is why")]
    assert (c.kind, c.actor, c.amount.value) == ("warning", "Shorten Labor Government", 1e5)
    # nothing else changes: the release's own plans stay its pledges
    assert {c.kind for c in b.commitments} == {"pledge", "warning"}


def test_in_a_release_money_spent_in_the_past_is_its_record_not_a_commitment(brief):
    b = brief(RELEASE + "\nThe former Labor Government spent over $2 billion on the motorway.\n\n"
              "In Government, Labor invested more than $3.5 billion to combat cancer.\n\n"
              "Labor will spend $4 million on new buses.\n")
    spent = [c.evidence for c in b.commitments if c.evidence.startswith(("The former", "In Government"))]
    assert spent == []
    (c,) = [c for c in b.commitments if c.evidence.startswith("Labor will spend")]
    assert (c.kind, c.amount.value) == ("pledge", 4e6)
    # in news, money spent is a fact worth reporting: the same sentences outside a release are kept
    news = brief("Motorway\n\nThe former Labor Government spent over $2 billion on the motorway, officials said.\n")
    assert [c.kind for c in news.commitments] == ["spend"]


def test_sums_of_results_and_questions_are_not_commitments(brief):
    b = brief("Results\n\nIts $17m profit was dwarfed by the figure announced by rival Google.\n"
              "In August it had warned of annual losses of £6m.\n"
              "£50m for the new stadium?\n"
              "The council will spend £4m on a new library.\n")
    assert [(c.evidence, c.amount.value) for c in b.commitments] == [("The council will spend £4m on a new library.", 4e6)]


def test_a_future_pledge_commits_money_through_a_joined_verb_not_through_an_object(brief):
    b = brief("Plans\n\nThe Greens will save the railways, improve schools and invest in new wind farms.\n"
              "The Greens will publish their budget on Monday.\n"
              "The Greens will protect the countryside.\n")
    assert [(c.sentence, c.kind, c.actor) for c in b.commitments] == [(0, "pledge", "Green Party")]


def test_a_split_hyphenated_word_does_not_take_the_subject(brief):
    b = brief("Rail boost\n\nA re-elected Coalition Government will invest $150 million toward the Eastern Rail "
              "Corridor.")
    (c,) = b.commitments
    assert (c.actor, c.kind, c.amount.value) == ("Coalition Government", "pledge", 150_000_000)


def test_a_pledge_with_an_object_of_money_commits_it_and_receiving_it_does_not(brief):
    b = brief("Tax office plan\n\nLabor will make investments in the tax office for compliance work.\n\n"
              "The club will get short-term loans from its bank.")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Labor", "pledge")]


def test_dollars_are_read_by_the_cities_an_article_is_set_in(brief):
    b = brief("Tram plan\n\nThe council in Melbourne will spend $20 million on new trams, officials in Sydney and "
              "Melbourne said.")
    (c,) = b.commitments
    assert (c.amount.unit, c.amount.unit_inferred) == ("AUD", True)


def test_dollars_are_read_by_a_state_named_once_where_no_other_country_is_named_more(brief):
    b = brief("Precinct\n\nA re-elected Coalition Government will invest $1 million to support the Exeter Community "
              "Precinct.\n\nThe precinct will serve residents of Exeter and nearby towns.\n\nIt will bring services "
              "together.\n\nIt will open next year.\n\nThis is a great initiative for Tasmania.\n")
    assert [c.amount.unit for c in b.commitments if c.amount] == ["AUD"]
    # no place at all: the dollar is the US dollar, marked as inferred
    b = brief("Precinct\n\nA re-elected Coalition Government will invest $1 million in a community precinct.\n")
    assert [(c.amount.unit, c.amount.unit_inferred) for c in b.commitments if c.amount] == [("USD", True)]


def test_labor_and_towns_of_its_states_make_a_release_australian_whatever_else_its_towns_are_called(brief):
    # "Labor", spelt so, is the Australian party; a province of South Africa called by points of the compass is
    # no evidence of South Africa, and a town called like the capital of the Isle of Man is no country speaking
    b = brief("Pool plan\n\nLabor will invest $4 million in a new pool for families.\n"
              "Families and tourists in the North-West will use it, Labor says.\n"
              "The pool will open next year.\nDouglas has waited for a pool for years.\n")
    (c,) = b.commitments
    assert (c.actor, c.amount.unit, c.amount.unit_inferred) == ("Labor", "AUD", True)
    assert not [a for a in b.actors if a.type == "country"]  # "Douglas has waited": no Isle of Man speaks
    # "Labor Department", "Labor Day": American names, no Australian cue
    b = brief("Jobs\n\nThe Labor Department said payrolls rose before Labor Day.\nThe Labor Department will spend "
              "$5 million on training, officials said.\n")
    assert [c.amount.unit for c in b.commitments if c.amount] == ["USD"]


THIRD_PERSON_RELEASE = """Reef plan

A re-elected Turnbull Coalition Government will protect the Great Barrier Reef.

The Turnbull Coalition Government will deliver a $40 million package to improve water quality.

Australia's reef supports jobs, and visitors from China and Japan come to see it. Australia's tourism grows.

The Turnbull Coalition Government will also work with farmers.

$6 million to acquire a new reef ranger vessel to police illegal fishing.

$15 million for new visitor facilities at Cairns.
"""


def test_a_release_in_the_third_person_owns_its_list_items_in_its_dollar(brief):
    b = brief(THIRD_PERSON_RELEASE)
    items = {c.amount.value: c for c in b.commitments if c.amount and c.amount.value in (6e6, 15e6)}
    assert set(items) == {6e6, 15e6}
    assert {c.actor for c in items.values()} == {"Turnbull Coalition Government"}
    # an Australian text that mentions other countries: "$" is still the Australian dollar
    assert {c.amount.unit for c in items.values()} == {"AUD"}
    assert all(c.amount.unit_inferred for c in items.values())


def test_list_items_of_a_news_report_belong_to_whoever_introduced_them(brief):
    b = brief("Cash\n\nThe City Council will invest $20 million in parks.\n\n"
              "$6 million to upgrade the harbour walk.\n\n$2 million for new playgrounds.\n")
    items = [c for c in b.commitments if c.amount and c.amount.value in (6e6, 2e6)]
    assert len(items) == 2
    assert {c.actor for c in items} == {"City Council"}
    assert {c.action for c in items} == {None}  # a sum, no verb: nothing said of what is done with it


def test_list_items_are_fragments_even_with_a_relative_clause_and_after_a_heading(brief):
    b = brief("Cash\n\nThe City Council is providing $10 million to its surf clubs.\n\n"
              "$3 million to extend the counselling programme, which provides free support for members.\n\n"
              "Training - $2 million for new instructors at the clubs.\n\n"
              "The changes by the auditor increase the council's budget measure by $4 million in total.\n")
    by_value = {c.amount.value: c for c in b.commitments if c.amount}
    # items after money given ("is providing") belong to the giver; a finite verb only in a relative clause or a
    # heading before a dash leaves them items
    assert {by_value[v].actor for v in (3e6, 2e6)} == {"City Council"}
    # a sentence whose sum is far from its start is no list item (no owner: no commitment)
    assert 4e6 not in by_value


def test_what_people_in_general_will_pay_is_nobodys_commitment(brief):
    # a party's release: everything outside quotes is in its voice, so only the rule keeps these out
    b = brief("Costs\n\nWe will protect Medicare. Labor will invest $175 million to unclog rail bottlenecks which "
              "are costing jobs.\n\nWe will pay $500 to each family.\n\n"
              "The freeze will cost them up to $440 a year.\n\n"
              "Under the plan, patients will pay $5 more for each prescription.\n")
    assert sorted(c.amount.value for c in b.commitments if c.amount) == [500, 175e6]


def test_what_one_payer_standing_for_all_will_pay_is_no_commitment_but_a_named_buyer_is(brief):
    # in a party's release everything outside quotes is in its voice, so only the rule keeps these out
    b = brief(RELEASE + "\nUnder the Liberals, every general patient will pay $5 more for each prescription.\n\n"
              "A single pensioner will pay $270 less a year under Labor.\n\n"
              "Their cuts could leave Australians paying up to $1.4 billion extra.\n")
    assert not {5, 270, 1.4e9} & {c.amount.value for c in b.commitments if c.amount}
    b = brief("Loans\n\nThe owners of Zentra are to ask the buyer of its former unit to pay back a $900m loan.\n")
    assert [c.amount.value for c in b.commitments] == [900e6]


def test_a_sum_that_a_commitment_builds_on_or_adds_to_is_not_the_commitment(brief):
    b = brief(RELEASE + "\nThe fund will build on $461 million in Reef funding already committed.\n\n"
              "This builds on the $100 million Safety Package announced in 2015.\n\n"
              "The new money will bring our total investment in black spots to $220 million.\n\n"
              "Labor will add $15 million to the $8 million allocated last year.\n")
    # a running total or an earlier sum is context; a new sum beside it is still committed
    values = {c.amount.value for c in b.commitments if c.amount}
    assert 15e6 in values and not {461e6, 100e6, 220e6, 8e6} & values


def test_an_effect_claimed_for_a_plan_is_not_a_commitment(brief):
    b = brief(RELEASE + "\nThe rail links will generate an additional $1.1 billion during construction.\n\n"
              "The park will bring an additional $428 million a year in economic activity.\n")
    assert not {1.1e9, 428e6} & {c.amount.value for c in b.commitments if c.amount}


def test_money_as_the_object_of_a_present_verb_is_a_pledge_and_a_past_one_money_spent(brief):
    b = brief("Plans\n\nThe Coalition is making a targeted investment of $13 million in science.\n\n"
              "The Coalition offers a $6,500 wage subsidy to employers.\n\n"
              "Last year the Coalition made a $184.5 million commitment to the Nanny Pilot Programme.\n\n"
              "Last year the council made a $5 million investment in its parks.\n\n"
              "Northfield Council will get a $2 million grant from the Arts Fund.\n")
    assert [(c.kind, c.amount.value) for c in b.commitments if c.amount] == [
        ("pledge", 13e6), ("pledge", 6500), ("pledge", 184.5e6), ("spend", 5e6)]


def test_in_a_release_a_party_the_ner_missed_is_still_a_rival(brief):
    b = brief(RELEASE + "\nThe Liberals have announced around $3 billion in taxpayer funds to make families worse off.\n"
              "\nWe oppose the Liberals' plan to spend $3 billion on it.\n")
    assert not [c for c in b.commitments if b.sentence_text(c.sentence).startswith("The Liberals")]
    (c,) = [c for c in b.commitments if b.sentence_text(c.sentence).startswith("We oppose")]
    assert (c.kind, c.actor) == ("warning", "Shorten Labor Government")


def test_money_to_be_given_is_the_plan_of_who_reports_it_and_a_wish_to_raise_spending_is_a_plan(brief):
    b = brief("Councils\n\nMore money is to be given to councils to build new parks, said housing minister Ann Cole.\n"
              "Greenspan urged Congress to take action to cut the deficit, such as increasing taxes.\n"
              "Labour wants to boost the aid Britain gives to 0.7% of national income.\n"
              "The IFS says the drop reflects measures announced in the Chancellor's tax-raising Budget of 2002.\n"
              "It is to be paid to the damaged funds and their shareholders.\n"
              "The IFS claims that taxes need to rise if state finances are to be put in order.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Ann Cole", "pledge"), ("Greenspan", "call"),
                                                          ("Labour", "plan")]


def test_a_business_target_for_a_result_is_no_plan(brief):
    b = brief("Targets\n\nArsenal is hoping to increase matchday earnings from 29% to 40% of turnover.\n"
              "Its revenues were $3bn in 2004, which Acme hoped to double by 2009.\n"
              "Acme is hoping to increase productivity by 3bn euros.\n"
              "Acme wants to cut prices next year.\n"
              "Acme wants to raise its investment in Asia.\n")
    assert [(c.actor, c.kind, c.sentence) for c in b.commitments] == [("Acme", "plan", 4)]


def test_reversing_cuts_and_a_tax_cut_are_pledges_without_a_sum(brief):
    b = brief("Plans\n\nLabor will reverse the cuts to bulk billing for pathology.\n\n"
              "The Coalition will deliver a corporate tax cut for small businesses.\n\n"
              "The Coalition will deliver a speech on Monday.\n")
    assert [(c.sentence, c.kind, c.amount) for c in b.commitments] == [(0, "pledge", None), (1, "pledge", None)]


def test_prices_income_and_what_the_public_spends_are_not_commitments(brief):
    b = brief("Gadgets and funds\n\n"
              "The new tablet will cost about £90 in the shops, Acme said. Acme's advertising campaign cost £2m last year.\n"
              "Hospitals in Kent can expect to receive about £40m more. "
              "A painting owned by the poet is expected to fetch up to £2m at auction.\n"
              "Northfield Council will receive a grant of £5m from the Arts Fund.\n"
              "British shoppers spent £4bn on their cards in May. Families are expected to put £9bn on credit cards.\n"
              "The council will spend the summer consulting residents, said Ms Jones.\n")
    # a price, money coming in, a guess at an auction, a market's size, time spent: only the campaign's cost is
    # money an actor spent
    assert [(c.actor, c.kind, c.amount.text if c.amount else None) for c in b.commitments] == [("Acme", "spend", "£2m")]


def test_money_hoped_for_is_a_call_and_an_expected_plan_needs_an_action(brief):
    b = brief("Funds\n\nMinisters had hoped to get £300m from the European fund.\n"
              "The chancellor is expected to freeze fuel duty next year.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Ministers", "call"), ("chancellor", "plan")]


def test_a_deal_belongs_to_the_bidder_and_further_sums_to_who_owns_them(brief):
    b = brief("Deals\n\nLast month, Brightco agreed to a takeover by Zentra Group in a deal valued at $4bn.\n"
              "Zentra plans to pay $2 in cash for each Brightco share, as well as special dividends of $3 a share.\n"
              "Shareholders backed Zentra's planned £900m offer for the firm.\n")
    # "Zentra" said alone is the body "Zentra Group" (names.repair_entities), however the NER tagged it
    assert {(c.actor, c.amount.text) for c in b.commitments} == {("Zentra Group", "$4bn"), ("Zentra Group", "$2"),
                                                                  ("Zentra Group", "£900m")}


def test_a_percentage_is_an_amount_only_where_it_changes_money(brief):
    b = brief("Health\n\nWaiting lists were only 10% of the health budget, Ms Hale said.\n"
              "The minister will cut the fuel tax by 5% next year.\n")
    # the minister is Ms Hale, the one person named just before (roles.named_before)
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Hale", "5%")]


def test_a_rival_is_not_the_firm_it_is_named_after_and_a_loan_is_its_givers(brief):
    b = brief("Deals\n\nZentra's biggest rival is to sell 20 planes to Air Vista in a deal worth $2bn.\n"
              "Regulators will look at Italy's provision of a 300m euro loan to the carrier.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Italy", "300m euro")]


def test_money_paid_to_the_subject_or_for_something_given_is_not_the_subjects_spending(brief):
    b = brief("Money\n\nMr Hale was paid up to £90,000 for his memoirs. Zentra gave control of the unit to Brightco "
              "for $2bn. Sir Ian gave the Green Party £40,000 last year.\n")
    assert [(c.kind, c.amount.text) for c in b.commitments] == [("spend", "£40,000")]


def test_a_rise_in_profits_and_a_markets_takings_are_results(brief):
    b = brief("Results\n\nAcme has announced a 26% rise in annual profits to $16.2bn. Zentra's online market will "
              "bring in about $300m by 2009, according to the report.\n")
    assert b.commitments == []


def test_a_pledge_whose_means_is_money_is_a_pledge_with_no_sum(brief):
    b = brief("Roads\n\nThe Greens will tackle congestion head-on by investing in new road projects.\n"
              "The Greens will tackle congestion head-on by talking to councils.\n")
    assert [(c.actor, c.kind, c.amount) for c in b.commitments] == [("Green Party", "pledge", None)]


def test_a_bid_is_the_bidders_plan_and_a_done_takeover_is_a_price(brief):
    b = brief("Bids\n\nMr Zed's offer values the club at £500m.\n\n"
              "The board rejected a £1.3bn takeover offer from Zentra Group last week.\n\n"
              "Bates left after Mr Abel's £140m takeover of the club.\n")
    assert [(c.actor, c.kind, c.amount.text) for c in b.commitments] == [("Zed", "plan", "£500m"),
                                                                         ("Zentra Group", "plan", "£1.3bn")]


def test_in_a_release_funding_that_will_be_delivered_is_the_issuers_pledge(brief):
    b = brief(RELEASE + "\nThe funding will be delivered to the University of Tasmania to build two new campuses.\n"
              "\nThe report will be delivered to the minister in May.\n")
    last = [c for c in b.commitments if "delivered" in c.evidence]
    assert [(c.kind, c.actor, c.amount) for c in last] == [("pledge", "Shorten Labor Government", None)]
    assert last[0].evidence.startswith("The funding")


def test_in_a_release_what_we_will_do_for_a_sector_is_a_pledge_but_not_a_condition_or_a_feeling(brief):
    b = brief(RELEASE + "\nWe will protect paid parental leave for young families.\n"
              "\nIf fuel duty does rise we will fight the tax in every town.\n"
              "\nWe will be horrified by any cut to pensions.\n")
    added = [c for c in b.commitments if c.evidence.startswith(("We will protect", "If fuel", "We will be"))]
    assert [(c.kind, c.actor, c.amount) for c in added] == [("pledge", "Shorten Labor Government", None)]
    assert added[0].evidence.startswith("We will protect")


def test_a_sum_a_firms_own_profits_lose_is_no_commitment_but_a_budget_cut_is(brief):
    b = brief("Restatement\n\nHollis Bakeries warned the restatement would cut its profits by $3.8m this year. "
              "Bristol City Council said it will cut its road budget by £3m next year.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Bristol City Council", "£3m")]


def test_a_partys_promises_a_donation_made_and_a_sum_promised_in_the_passive_have_their_owners(brief):
    b = brief("Police\n\nHome Secretary David Blunkett set out his plans on Tuesday. He has started to recruit 25,000 "
              "support officers. An extra £50m was promised on Tuesday so 2,000 officers can be recruited now. More "
              "than $23,000 has been pledged so far, according to the site. Dr Fox also underlined Tory promises to "
              "cut tax by £4bn. Science Minister Lord Sainsbury has made a £2m donation to the Labour Party.\n")
    got = {c.amount.text: (c.actor, c.kind) for c in b.commitments}
    assert got["£50m"] == ("David Blunkett", "pledge")
    assert got["£4bn"] == ("Conservative Party", "pledge")
    assert got["£2m"][1] == "spend" and got["£2m"][0].endswith("Sainsbury")
    assert "$23,000" not in got


def test_his_party_is_the_party_of_the_leader_just_named(brief):
    b = brief("Manifestos\n\nTory leader Michael Howard says his party can save £35bn in government spending by "
              "tackling waste. SNP leader Alex Salmond said his party would introduce a £2,000 grant for first time "
              "buyers.\n")
    got = {c.amount.text: (c.actor, c.kind) for c in b.commitments}
    assert got == {"£2,000": ("Scottish National Party", "pledge"), "£35bn": ("Conservative Party", "plan")}


def test_what_a_politician_says_a_measure_will_raise_is_her_plan(brief):
    b = brief("Nuclear\n\nTrade Secretary Patricia Hewitt said the new arrangements would raise up to £680m for the "
              "nuclear clean-up programme.\n")
    assert [(c.actor, c.kind, c.amount.text) for c in b.commitments] == [("Patricia Hewitt", "plan", "£680m")]


def test_its_offer_is_the_offer_of_the_named_subject_above(brief):
    b = brief("Exchange bid\n\nA big shareholder, Standard Life, spoke on Monday. It said Deutsche Boerse had to show "
              "why its planned £1.35bn offer for the LSE was good for shareholder value.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Deutsche Boerse", "£1.35bn")]


def test_money_being_invested_now_is_a_pledge_and_money_spent_before_is_spent(brief):
    b = brief("Plans\n\nThe Coalition is investing an additional $8.1 million to improve the website.\n\n"
              "The Coalition is supporting volunteers and providing $10 million to surf clubs.\n\n"
              "The Coalition is set to invest $7 million in clinics.\n\n"
              "The Coalition spent $4 million on a new library last year.\n")
    assert [(c.kind, c.amount.value) for c in b.commitments] == [
        ("pledge", 8.1e6), ("pledge", 10e6), ("pledge", 7e6), ("spend", 4e6)]


def test_our_investment_is_nobody_elses_and_an_announcer_parsed_as_a_clause_acts(brief):
    b = brief("Sport\n\nA re-elected Turnbull Coalition Government is therefore today announcing it will commit a "
              "further $60 million into our Sporting Schools Programme.\n\nOur $60 million investment to expand the "
              "successful Sporting Schools Programme will see more young women get active from an early age.\n")
    # "our" outside quotes in a text with no issuer is nobody the text names: not the programme
    assert [(c.actor, c.kind, c.amount.value) for c in b.commitments] == [
        ("Turnbull Coalition Government", "pledge", 60e6)]


def test_the_sum_is_read_in_its_own_clause(brief):
    b = brief("Money\n\nSinger Pete Doherty will have to spend the weekend in jail because he could not come up with "
              "£150,000 bond money for his bail on time.\n\nActress Sandra Bullock has donated $1m (£525,000) to The "
              "American Red Cross and actor Leonardo DiCaprio pledged a \"sizable\" aid contribution to Unicef.\n\n"
              "In its filing OptInRealBig claimed it had assets of less than $10m but debts of more than $50m which "
              "included the $46m that Microsoft is seeking via its lawsuit.\n")
    assert [(c.actor, c.kind, c.amount.value) for c in b.commitments] == [
        ("Sandra Bullock", "spend", 1e6), ("Microsoft", "plan", 46e6)]


def test_money_received_or_taken_off_a_result_is_nobodys_commitment(brief):
    b = brief("Results\n\nChancellor Gordon Brown has been given a £2.1bn boost in his attempts to meet his golden "
              "economic rule, which allows him to borrow only for investment.\n\nMultiplex said it cut A$68m from "
              "profit targets for Wembley and another UK project.\n\nThe Acme Group will cut £5m from its budget "
              "for roads.\n")
    assert [(c.actor, c.kind, c.amount.value) for c in b.commitments] == [("Acme Group", "pledge", 5e6)]


def test_the_level_a_result_stands_at_is_no_commitment_of_the_clause_beside_it(brief):
    b = brief("Budget\n\nThe Acme Government will announce its budget on Monday, and many commentators believe the "
              "deficit will remain at close to half a trillion dollars.\n\nThe Acme Government will cut the "
              "deficit by $40bn.\n")
    assert [(c.actor, c.kind, c.amount.value) for c in b.commitments] == [("Acme Government", "pledge", 40e9)]


def test_a_participle_that_only_describes_a_thing_commits_nothing(brief):
    b = brief("Loan row\n\n\"The pledged assets are with Acme Oil, so it will have to pay real money to the creditors,\" "
              "said lawyer Jane Doe.\n\nThe Acme Group will make the promised £5m cut in its budget for roads.\n")
    assert [(c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [("pledge", 5e6)]


def test_a_word_of_commitment_denied_says_nothing(brief):
    b = brief("Tax plans\n\nThe Tories on Monday highlighted their plans for tax cuts worth £4bn, although the specific "
              "taxes to be cut have not been announced.\n\nSir John said Defra had paid £1.3bn to contractors since "
              "2001, but has not agreed a final settlement with 57 of them.\n")
    assert [(c.kind, c.amount.value) for c in b.commitments] == [("plan", 4e9), ("spend", 1.3e9)]


def test_money_not_yet_committed_refused_or_no_plan_at_all_is_no_commitment(brief):
    b = brief("Funding row\n\nThe Acme Government has talked about the importance of the games but is yet to commit a "
              "dollar of much-needed funding to them.\n\nThe council refused to fund the £5m scheme.\n\nThe Acme "
              "Government has no plan to invest in schools.\n\nThe Acme Government will invest £5m in schools.\n")
    assert [(c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [("pledge", 5e6)]


def test_the_sum_named_again_is_the_last_owners_and_a_things_aim_is_no_plan(brief):
    b = brief("Arts\n\nThe Acme Foundation will invest $40 million in regional galleries.\n\nThe $20 million will be "
              "invested in rural schools.\n\nThe remaining $5 million will be paid by the insurers.\n\nThe Acme "
              "Foundation also invests $20 million each year in the Indigenous Languages and Arts (ILA) programme, "
              "which aims to address the erosion of languages.\n")
    assert [(c.actor, c.kind, c.amount.value) for c in b.commitments] == [
        ("Acme Foundation", "pledge", 40e6), ("Acme Foundation", "pledge", 20e6),
        ("Acme Foundation", "spend", 20e6)]


def test_a_list_introduced_by_will_commits_money_when_it_names_money(brief):
    b = brief(RELEASE + "\nFeatured in our new $7 million funding commitment, Labor will:\n\nThis new investment "
              "will:\n\nLabor will:\n")
    intros = [(c.kind, c.actor, c.amount.value if c.amount else None) for c in b.commitments if "will:" in c.evidence]
    assert intros == [("pledge", "Labor", 7e6), ("pledge", "Shorten Labor Government", None)]


def test_in_a_release_a_party_that_will_invest_a_sum_is_the_issuers_side(brief):
    b = brief("Schools\n\nA re-elected Turnbull Government will deliver a record $73.6 billion for schools.\n\nWe will "
              "invest $20 million in new science labs.\n\nOur plan will also fund 500 extra teachers across the "
              "country, and we will build new libraries.\n\nThe Coalition will also invest $31 million in programs to "
              "encourage more girls to study science.\n\nLabor will cut $50 million from school budgets.\n")
    last = [(c.kind, c.actor, c.evidence[:5]) for c in b.commitments][-2:]
    # the Coalition's sum is the issuer's side; a rival's cut in the release's own voice commits no one
    assert last == [("pledge", "Turnbull Government", "Our p"), ("pledge", "Coalition", "The C")]


def test_a_government_named_by_its_country_is_the_country_and_it_says_what_it_will_do(brief):
    b = brief("Aid\n\nThe Paris Club of creditor nations agreed to freeze debt payments.\n\nSeparately, the "
              "Indonesian government has said it will spend $5m on new schools.\n")
    owners = {c.evidence.split()[0]: c.actor for c in b.commitments}
    assert owners["Separately,"] == "Indonesia"
    assert [q.speaker for q in b.quotes] == ["Indonesia"]
    # "it" in what a country says is the country, not the body named before ("the Paris Club")
    b = brief("Aid\n\nThe Paris Club of creditor nations agreed to freeze debt payments.\n\nSeparately, Indonesia "
              "has said it will announce monthly how much it has spent on schools.\n")
    assert {q.speaker for q in b.quotes} == {"Indonesia"}


def test_in_a_release_its_funds_and_its_items_of_money_with_no_sum_are_its_pledges(brief):
    b = brief(RELEASE + "\nThis Fund will support the competitiveness of our strategic industries.\n"
              "\nGonski funding for our schools.\n"
              "\nA tax cut for small businesses\n"
              "\nNEW JOBS TAX CUT\n"
              "\nThis investment will create 500 jobs in Brisbane.\n"
              "\nFrom 1 January a wage subsidy of up to $6,500 will be available to businesses.\n"
              "\nA single parent on $65,000 will be $3,300 a year better off.\n"
              "\nThis plan will be commissioned in the first term of a Shorten Labor Government.\n"
              "\nOur plan will help families across the state.\n")
    found = {c.evidence: (c.kind, c.actor) for c in b.commitments}
    for said in ("This Fund will support", "Gonski funding", "A tax cut for small", "From 1 January a wage",
                 "This plan will be commissioned"):
        (evidence,) = [e for e in found if e.startswith(said)]
        assert found[evidence] == ("pledge", "Shorten Labor Government")
    # a heading, what money already committed or a plan is said to bring, and what somebody earns commit nothing
    assert not [e for e in found if e.startswith(("NEW JOBS", "This investment", "A single parent", "Our plan"))]


def test_the_same_words_in_reported_news_commit_nothing(brief):
    b = brief("Schools\n\nThe council met on Monday, its leader said.\n\nThis fund will support new schools.\n\n"
              "Extra funding for schools.\n")
    assert b.commitments == []


def test_a_pledge_of_money_under_an_announcement_or_hung_elsewhere_by_the_parser(brief):
    b = brief("Health\n\nThe party has announced that it will extend and expand funding for cancer networks.\n\n"
              "Labor will identify the communities that are most at risk of chronic disease and invest in keeping "
              "them healthy.\n\nITV will not fund the election campaign for the winner.\n")
    assert [(c.kind, c.evidence[:20]) for c in b.commitments] == [
        ("pledge", "The party has announ"), ("pledge", "Labor will identify ")]


def test_a_sum_a_party_invests_is_no_payment_by_people_named_after_it(brief):
    b = brief(RELEASE + "\nLabor is making a targeted investment of $13 million to encourage women to "
              "choose and stay in STEM fields, start-ups and entrepreneurial businesses - an investment that will "
              "help address pay inequality.\n")
    assert [c.amount.value for c in b.commitments if "STEM" in c.evidence] == [13e6]


def test_items_under_a_list_of_what_something_will_cost_are_no_commitments(brief):
    b = brief(RELEASE + "\nMalcolm Turnbull's cuts to Medicare will mean new fees and charges:\n\n"
              "$100 for a mammogram\n\n$300 for a woman diagnosed with breast cancer\n")
    assert not [c for c in b.commitments if "mammogram" in c.evidence or "breast cancer" in c.evidence]
    # the items of a list of the issuer's own plans still are ("Our plan for Australian families:")
    assert [c.amount.value for c in b.commitments if c.evidence.startswith("Invest $500 million")] == [5e8]


def test_a_fortune_a_completed_deal_a_court_award_and_a_price_cut_commit_nothing(brief):
    b = brief("Firms\n\nPreviously Russia's richest man, with an estimated fortune of $15bn, Mr Khodorkovsky is on "
              "trial. Oracle has announced it is cutting about 5,000 jobs following the completion of its $10.3bn "
              "takeover of Peoplesoft. The High Court ruled McDonald's had been libelled and awarded the company "
              "£60,000 in damages. BT also unveiled plans to cut the wholesale prices of its broadband product by "
              "about 8%.\n\nThe firm has announced £100m of new investment.\n")
    assert [c.evidence[:20] for c in b.commitments] == ["The firm has announc"]


def test_money_asked_from_someone_is_not_a_call_of_the_one_asked(brief):
    b = brief("Relief\n\nThe Maldives is asking for about $320m from the International Monetary Fund to help pay "
              "for relief.\n")
    assert not {"IMF", "International Monetary Fund"} & {c.actor for c in b.commitments}


def test_a_sum_someone_has_or_manages_is_no_commitment(brief):
    b = brief("Currencies\n\nSouth Korea, which has about $200bn in foreign reserves, said it plans instead to boost "
              "holdings of other currencies. The company announced it would spin off its private equity unit, which "
              "manages the $3bn Trident Funds operation.\n\nThe government has $5bn to spend on new roads.\n")
    assert not [c for c in b.commitments if c.amount and c.amount.value in (200e9, 3e9)]


def test_people_in_general_commit_nothing(brief):
    b = brief("Broadband\n\nAustralians will pay more - With a new price tag of $57 billion, the gold-plated policy is "
              "$8 billion more than the current peak funding projections.\n")
    assert not [c for c in b.commitments if c.actor in ("everyday Australians", "Families", "Australians")]


def test_a_sum_at_a_cost_of_something_planned_is_still_committed(brief):
    b = brief("Police\n\nThe government intends to have 25,000 community support officers on the streets by 2008 at "
              "a cost of £50m.\n")
    assert [c.amount.value for c in b.commitments if c.amount] == [50e6]


def test_a_sum_of_lost_reserves_a_price_range_and_a_raised_limit_commit_nothing(brief):
    b = brief("Record\n\nHe said: \"I give you this promise - with Labour, Britain will never return to the mistakes "
              "of 15% interest rates and £3bn in lost reserves.\" India has raised the limit for foreign direct "
              "investment in telecoms companies from 49% to 74%. \"I think we'll push lower and test the $40-40.25 "
              "range,\" said John Brady of ABN AMRO.\n")
    assert b.commitments == []


def test_is_to_in_a_condition_pledges_nothing(brief):
    b = brief("Club\n\nBorussia Dortmund estimated that it needs almost 30m euros until the end of June if it is to pay "
              "its bills.\n\nThe club is to invest 5m euros in its youth academy.\n")
    assert [c.evidence[:8] for c in b.commitments if c.kind == "pledge"] == ["The club"]


def test_push_and_press_call_only_when_they_ask_for_something(pipeline):
    from generator.extract.commitments.candidates import kind_of
    lower = next(iter(pipeline("The deficit, partly the result of massive tax cuts, has been a key factor in pushing "
                               "the US dollar lower.").sents))
    asked = next(iter(pipeline("The TUC pressed ministers to spend £500m more on pay.").sents))
    assert kind_of(lower)[0] != "call"
    assert kind_of(asked, has_money=True)[0] == "call"


def test_money_sought_is_a_call_and_a_rumoured_bid_a_plan(brief):
    b = brief("Oil\n\nYukos has said it intends to seek $20bn in damages from the buyer. Bosses of Deutsche Boerse and "
              "the London Stock Exchange are to meet amid talk that a takeover bid for the LSE will be raised to "
              "£1.5bn.\n")
    assert sorted((c.actor, c.kind) for c in b.commitments) == [("Deutsche Boerse", "plan"), ("Yukos", "call")]


def test_money_sought_in_a_relative_clause_with_its_own_subject_is_a_call(brief):
    b = brief("Prisons\n\nTom Harlow, a remand prisoner at the time, raised a legal challenge in 2001, in which he "
              "sought \u00a35,000. Those getting more than \u00a3100,000 will pay more, the minister said.\n")
    assert [(c.actor, c.kind) for c in b.commitments if c.amount is not None
            and c.amount.value == 5000] == [("Tom Harlow", "call")]


def test_a_sum_in_a_claim_for_it_is_money_asked_for_by_the_claims_owner(brief):
    b = brief("Tobacco\n\nThe US Justice Department is to try to overturn a court ruling that threw out its claim for "
              "$280bn (\u00a3149bn) in damages from tobacco firms. The firms said they had already met many of the "
              "government's demands in a landmark $206bn settlement reached with 46 states in 1998.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("US Justice Department", "call")]


def test_what_a_plan_would_cost_is_its_reporters_warning_not_the_plan(brief):
    b = brief("Budget\n\nPresident George W Bush sent his budget to Congress. However, analysts say the new figures fail "
              "to take into account the potential $2-$3.8 trillion costs of the president's plan to revamp state "
              "pensions. The Institute for Fiscal Studies said the $5bn cost of the president's plan to cut taxes was "
              "too high.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Institute for Fiscal Studies", "warning")]


def test_a_call_to_admit_is_no_call_to_pay_and_money_allocated_from_a_body_is_its(brief):
    b = brief("Aid\n\nMichael Howard attacked Gordon Brown. He urged the chancellor to admit he had been responsible "
              "for dragging millions into the net to pay stamp duty. Tony Blair visited the region. He said the £50 "
              "million originally allocated from the Department for International Development had been spent.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Department for International Development", "spend")]


def test_putting_money_on_a_claim_is_a_bet_not_a_commitment(brief):
    b = brief("Soul\n\nPaul Jones said: \"I would put money on the proposition that Ray Charles will have an influence "
              "on music forever.\" The council will put more money into schools.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("council", "pledge")]


def test_they_in_a_place_spend_for_that_place_not_for_the_body_named_last(brief):
    b = brief("Laptops\n\n\"Nokia make 200 million cell phones a year.\" He is in talks with China's education ministry. "
              "\"In China they spent $3bn on new textbooks last year.\"\n")
    assert [c.actor for c in b.commitments if c.amount is not None] == ["China"]


def test_a_speech_speaks_for_the_party_of_its_government_not_for_the_rival_it_names_most(brief):
    b = brief("Launch\n\nFriends, thank you all for coming along today.\n\n"
              "Mr Turnbull will cut our schools. Mr Turnbull will cut Medicare. Mr Turnbull will give big business a "
              "tax cut.\n\nWe will invest $50 million in new schools for our regions.\n\n"
              "So remind your friends that a new Labor government will fully fund our hospitals.\n\n"
              "We will fight for every job, and we will win.\n")
    (c,) = [c for c in b.commitments if c.evidence.startswith("We will invest")]
    assert c.actor == "Labor" and c.kind == "pledge"


def test_a_sum_founded_is_committed_by_whoever_founds_it_not_what_a_thing_is_worth(brief):
    b = brief("Charity\n\nOxfam said it was setting up a £2m fund for farmers in Malawi. A merger of Barclays and "
              "Wells Fargo would create the world's biggest bank, valued at $180bn. The bank set the price at £4m.\n")
    assert [(c.actor, c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [
        ("Oxfam", "pledge", 2e6)]


def test_cuts_in_a_spending_noun_are_what_a_plan_acts_on(brief):
    b = brief("Defence\n\nDefence Secretary Geoff Hoon is seeking large cuts in military spending, officials said. "
              "Analysts noted a rise in consumer spending.\n")
    assert [(c.actor, c.kind, c.amount) for c in b.commitments] == [("Geoff Hoon", "plan", None)]


def test_a_plan_noun_as_subject_belongs_to_its_named_owner(brief):
    b = brief("Schools\n\nThe Liberal Democrats' proposals would see education spending rise by £2bn, the party "
              "said on Monday. Teachers welcomed the news.\n")
    assert [(c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [("plan", 2e9)]
    assert "Liberal Democrat" in b.commitments[0].actor


def test_a_rivals_plan_inside_a_claim_is_the_claimants_warning(brief):
    b = brief("Campaign\n\nLabour stood by its claim that Tory leader Michael Howard was planning £20bn of cuts to public "
              "services.\n")
    assert [(c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [("warning", 2e10)]
    assert "Labour" in b.commitments[0].actor


def test_a_verb_joined_to_a_conditional_shares_it(brief):
    b = brief("Police\n\nShadow home secretary David Davis said the Tories would hire more police officers and match "
              "Labour's spending on schools.\n")
    assert [c.kind for c in b.commitments] == ["pledge"]
    assert b.commitments[0].actor in ("David Davis", "Conservative Party", "Tories")


def test_an_office_named_only_by_its_title_claims_a_rivals_plan_as_a_warning(brief):
    b = brief("Cuts\n\nThe debate went on. The Chancellor said the Conservatives' plans would see some £9bn in "
              "spending cuts by 2008.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("warning", "Chancellor")]
    own = brief("Schools\n\nGordon Brown will spend £2bn on new schools, the chancellor told MPs.\n")
    assert [(c.kind, c.actor) for c in own.commitments] == [("pledge", "Gordon Brown")]  # the title may be his


def test_a_demand_is_the_call_of_whoever_filed_it(brief):
    b = brief("Tobacco\n\nThe demand for $10bn - filed by the Justice Department in 2001 - was rejected by the "
              "court.\n")
    assert [(c.kind, c.actor, c.amount.value if c.amount else None) for c in b.commitments] == [
        ("call", "Justice Department", 1e10)]


def test_the_administration_with_none_named_is_the_home_countrys_government(brief):
    b = brief("Budget\n\nThe White House sent its budget to Congress in Washington on Monday. The US economy grew. "
              "The administration is expected to seek an extra $80bn from Congress later this year.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("United States", "call")]


def test_a_list_of_what_a_minister_has_done_is_his_pledges(brief):
    b = brief("Budget\n\nFinance Minister Ravi Kumar presented his budget on Monday. In his budget Mr Kumar has:\n\n"
              "- Increased spending on schools to 70bn rupees ($1.6bn) \n - Pledged 100bn rupees ($2.3bn) for flood "
              "victims \n - Tax cuts on raw materials\n\nThe opposition was unimpressed.\n")
    assert [(c.actor, c.kind, c.amount.value if c.amount else None) for c in b.commitments] == [
        ("Ravi Kumar", "pledge", 70e9), ("Ravi Kumar", "pledge", 100e9), ("Ravi Kumar", "pledge", None)]


def test_money_raised_in_the_past_is_a_total_and_money_to_raise_a_plan(brief):
    b = brief("Appeal\n\nThe Hope Concert raised more than $20m (£11m) to help flood victims last year. The charity "
              "had already collected about £4m from donors. Now Acme Corp plans to raise $30m from a share sale.\n")
    assert [(c.actor, c.kind, c.amount.text if c.amount else None) for c in b.commitments] == [
        ("Acme Corp", "plan", "$30m")]


def test_the_firm_of_a_named_country_is_the_business_placed_there_not_the_one_just_named(brief):
    b = brief("Carmakers\n\nThe French carmaker, Renault, said sales were strong. Renault recently ended an alliance "
              "with Ford. The US firm agreed to pay $500m to leave the venture.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments if c.amount] == [("Ford", "$500m")]


def test_a_purchase_signed_or_placed_is_the_buyers_pledge_and_a_sale_or_a_purchase_done_is_none(brief):
    b = brief("Airlines\n\nBudget airline Skyway has placed an order for 40 Airbus planes, in a deal valued at $3bn. "
              "Norland has signed a $20bn deal to import gas from Qatar. Jetline has ordered 20 planes in a $1bn deal. "
              "Aerotech has won a $2bn contract from the navy. Petrox has signed a $5bn deal to supply oil to Chile. "
              "Avia bought the airport for $900m last year.\n")
    assert [(c.actor, c.kind, c.amount.text) for c in b.commitments] == [
        ("Skyway", "pledge", "$3bn"), ("Norland", "pledge", "$20bn"), ("Jetline", "pledge", "$1bn")]
    assert {c.action for c in b.commitments} == {"buy"}  # what the money does, not "place" an order


def test_who_sets_out_their_own_plan_owns_it_and_a_tax_rate_is_its_share_not_the_earnings_it_starts_at(brief):
    b = brief("Party plans\n\nGreen Party leader Jo Marsh spoke in Leeds on Friday. Ms Marsh also outlined her "
              "party's plan to impose a 45% income tax rate on earnings over £150,000 a year. Senator Ann Cole "
              "touted her proposals to invest $200bn in roads.\n")
    assert [(c.actor, c.kind, c.amount.text) for c in b.commitments] == [
        ("Jo Marsh", "plan", "45%"), ("Ann Cole", "plan", "$200bn")]


def test_money_reallocated_or_redirected_is_committed(brief):
    b = brief("Budget\n\nTransport Minister Dan Ode reallocated £50m from road projects to rail in Leeds on Monday.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Dan Ode", "£50m")]


def test_a_body_named_beside_the_noun_that_describes_it_owns_its_payment(brief):
    b = brief("Settlements\n\nThe world's largest retailer, Wal-Mart, has agreed to pay a total of $9m to settle a "
              "lawsuit over wages. Britain's largest grocer, Tesco, will pay $4m to settle another.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Wal-Mart", "$9m"), ("Tesco", "$4m")]


def test_a_body_the_lead_leaves_unnamed_is_the_one_named_right_after(brief):
    b = brief("Bank payout\n\nA US bank has said it will donate more than $5m to victims of the floods in Texas.\n\n"
              "Lone Star Bank will put the money in a special fund run by a local charity. The bank had been sued by "
              "victims' families.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments if c.amount] == [("Lone Star Bank", "$5m")]


def test_money_said_as_the_subject_of_a_passive_is_announced_by_who_reports_it(brief):
    b = brief("Hospitals\n\nAn extra £50m will be spent on new hospitals, Health Minister Jane Roe said.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Jane Roe", "£50m")]
    # the government department of the country the article is about, none named, is that country's government
    b = brief("Budget\n\nColombia's economy grew 4% last year, Colombian officials said. Colombia's government has "
              "unveiled its budget for 2005 in Bogota.\n\nA total of $10bn is earmarked for subsidies for the poor, "
              "the government department for planning said.\n")
    assert [(c.actor, c.kind, c.amount.text) for c in b.commitments] == [("Colombia", "plan", "$10bn")]


def test_the_country_or_the_island_state_is_the_country_spoken_of(brief):
    b = brief("Relief\n\nThe Maldives was badly hit by the tsunami, officials said. The country is asking for about "
              "$320m from the International Monetary Fund. The island state will spend $50m on new sea walls. The "
              "state of Texas will give $1m.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Maldives", "$320m"), ("Maldives", "$50m")]


def test_a_business_ranked_in_a_country_is_the_one_placed_there(brief):
    b = brief("Airlines\n\nIndian airline SkyJet has signed a deal to lease 36 planes.\n\nFrench planemaker Avionix "
              "said the deal was its largest. Recently, India's first low-cost airline ordered 30 Airbus A320 planes "
              "for $1.8bn.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("SkyJet", "$1.8bn")]


def test_a_bribe_commits_nothing_and_money_spent_on_a_body_is_not_that_bodys(brief):
    b = brief("Quangos\n\nA former manager at Acme directed a consulting firm to give a $50,000 bribe to an official. "
              "Author Dan Lewis criticised the quangos. He said the £80m spent annually on the Energy Savings Trust "
              "would be better spent on boiler jackets for British homes.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("Dan Lewis", "£80m")]


def test_a_rate_a_listed_measure_changes_is_its_amount(brief):
    b = brief("Budget\n\nFinance minister Jane Doe unveiled her budget in Delhi on Monday.\n\nIn her budget Ms Doe has:"
              "\n\n- Reduced corporate tax rates to 25%\n\n- Increased funds for farmers by 12%\n")
    assert [(c.kind, c.amount.text if c.amount else None) for c in b.commitments] == [("pledge", "25%"),
                                                                                         ("pledge", "12%")]


def test_his_party_is_the_party_the_text_calls_his_own(brief):
    b = brief("Taxes\n\nAlex Salmond has told voters his Scottish National Party will offer them a real choice. With his "
              "party's previous pledge to increase taxes by one penny already adopted by the government, he has "
              "switched tack.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Scottish National Party", "pledge")]


def test_a_claim_with_no_owner_is_the_claim_of_whoever_speaks_of_it(brief):
    b = brief("Taxes\n\nTory leader Michael Howard said the claim that Labour was planning £8bn of tax rises was "
              "true.\n")
    assert [(c.actor, c.kind) for c in b.commitments] == [("Michael Howard", "warning")]


def test_a_gerund_that_is_a_subject_or_a_fragment_in_no_list_is_no_item(brief):
    b = brief(RELEASE + "\nLabor has a plan for jobs. It starts today.\n"
              "\nInvesting in infrastructure is a key part of our national economic plan for jobs and growth.\n"
              "\nSupporting these Australians into work will create 30,000 new jobs every year.\n"
              "\nOffering them a chance to take part in music and drama and sport.\n"
              "\nLabor will also invest in schools. Our plan includes:\n"
              "\nInvesting in science and research to create the next wave of jobs.\n")
    found = [c.evidence for c in b.commitments]
    # a gerund that is the subject of its sentence ("Investing in ... is a key part") is no item, nor is a
    # speech's fragment with no sum and no list to be in
    assert not [e for e in found if e.startswith(("Investing in infrastructure", "Supporting these", "Offering"))]
    # the same form under a list's introduction still is an item of the issuer's
    assert [(c.kind, c.actor) for c in b.commitments if c.evidence.startswith("Investing in science")] == [
        ("pledge", "Shorten Labor Government")]


def test_a_release_in_the_third_person_with_two_plans_of_its_party_and_no_one_reported_has_an_issuer(brief):
    b = brief("Reef plan\n\nThe Turnbull Government will protect the Great Barrier Reef by tackling climate change.\n"
              "\nThe Turnbull Government will deliver a $1 billion Reef Fund.\n"
              "\nThe Reef Fund will support clean energy projects in the Reef catchment.\n")
    found = {c.evidence[:30]: (c.kind, c.actor) for c in b.commitments}
    assert found.get("The Reef Fund will support cle") == ("pledge", "Turnbull Government")


def test_a_third_person_release_counts_its_party_under_two_names_and_a_fund_it_sets_up_is_not_the_issuer(brief):
    # the fund is the subject of more plans than either name of the government; the government is still the issuer
    b = brief("Reef plan\n\nA re-elected Turnbull Coalition Government will protect the Great Barrier Reef.\n"
              "\nThe Turnbull Government will deliver a $1 billion Reef Fund.\n"
              "\nThe Reef Fund will provide up to $1 billion over 10 years for projects in the Reef catchment.\n"
              "\nThe Reef Fund will support clean energy projects.\n"
              "\nThe Reef Fund will also help coastal sewage treatment plants.\n")
    assert {c.actor for c in b.commitments} <= {"Turnbull Government", "Turnbull Coalition Government"}
    assert [c.kind for c in b.commitments if c.evidence.startswith("The Reef Fund will provide")] == ["pledge"]


def test_medicare_is_health_spending_and_a_heading_or_slogan_in_capitals_is_no_item(brief):
    b = brief(RELEASE + "\nLabor will stand up for families, protecting Medicare from the Government's cuts.\n"
              "\nSAVE MEDICARE\n\nSave Medicare.\n")
    found = {c.evidence: (c.kind, c.sector) for c in b.commitments}
    assert found.get("Labor will stand up for families, protecting Medicare from the Government's cuts.") == (
        "pledge", "health")
    assert not [e for e in found if e.lower().startswith("save medicare")]


def test_a_pledge_before_a_purpose_and_a_verb_after_a_short_heading_are_the_issuers(brief):
    b = brief(RELEASE + "\nWe will help small businesses grow with our New Jobs Tax Cut, so more Queenslanders can "
              "fulfil their potential in the workforce.\n"
              "\nOur plan has three parts:\n"
              "\nAustralian Industry Participation - invest in stronger Participation Plans, so local businesses "
              "get a fair chance to supply.\n"
              "\nManufacturing Transition Boost – to support jobs at risk from planned automotive closures.\n")
    for said in ("We will help small businesses", "Australian Industry Participation", "Manufacturing Transition"):
        assert [(c.kind, c.actor) for c in b.commitments if c.evidence.startswith(said)] == [
            ("pledge", "Shorten Labor Government")], said


def test_an_industry_noun_with_a_name_and_its_short_name_in_brackets_is_that_business(brief):
    # "brewer" stands for a business; the parser splits the name "Scottish and Newcastle" (a nationality and a
    # city) and hangs the short name in brackets on its first word
    b = brief("Beer\n\nThe UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 30% of India's Sun Breweries "
              "for 3.2bn rupees.\n")
    (c,) = b.commitments
    assert (c.actor, c.amount.value, c.amount.unit) == ("S&N", 3.2e9, "INR")


def test_a_release_is_not_in_the_voice_of_parties_named_only_together_as_the_subject(brief):
    # "Labor and the Greens will ..." is an attack on two rivals, not the text naming itself; the party named alone
    # as the subject of its plan issued it (though named later), and the rivals' plan, in the release's own voice,
    # commits no one
    b = brief("Our plan for jobs\n\nIf they win, Labor and the Greens will cut funding for roads. We will spend $50 "
              "million on new rail links.\n\nOur plan means more jobs. The Liberal Party will cut taxes for small "
              "business.\n")
    rail = next(c for c in b.commitments if c.amount is not None)
    assert rail.actor == "Liberal Party" and rail.kind == "pledge"
    assert [c.kind for c in b.commitments if c.evidence.startswith("If they win")] == []


def test_a_party_committed_to_a_plan_is_its_subject(brief):
    b = brief("Tax row\n\nIndependent analysts said the sums were hard to check.\n\nMeanwhile, the Liberal Democrats are "
              "committed to increasing taxes for the most well off.\n\nThe Labour minister Jane Doe attacked the Tory "
              "plans. \"The Conservatives are committed to cutting public spending by a massive £35bn,\" she said.\n")
    got = [(c.actor, c.kind) for c in b.commitments]
    assert got == [("Liberal Democrats", "pledge"), ("Jane Doe", "warning")]


def test_a_participle_of_money_inside_a_compound_adjective_is_no_cue(brief):
    # "Medicare-funded services": the participle's own words say nothing about a sum, so it does not make a
    # commitment of the cut the sentence reports (in a release, a rival's cut in the past is no commitment at all)
    b = brief(RELEASE + "\nThe Liberals cut over $500 million from Medicare-funded pathology services in 2014.\n")
    assert not [c for c in b.commitments if c.evidence.startswith("The Liberals cut")]
    assert {c.actor for c in b.commitments if c.kind == "pledge"} == {"Shorten Labor Government"}


def test_a_partys_plan_alleged_by_someone_the_text_does_not_name_is_no_commitment_of_the_party(brief):
    # "he" stands for the prime minister, whom the text never names as such: the claim is an allegation about the
    # Tories' plans by someone unknown, not the Tories' own pledge (nor a warning of the chairman named before)
    b = brief("Tax clash\n\nConservative chairman Tom Wade accused Labour of lying.\n\nAt a Labour poster launch, the "
              "prime minister hailed his chancellor's performance. And he claimed the Tories would cut £35bn from "
              "public services.\n\nThe Tories claimed they would save £4bn by scrapping quangos.\n")
    assert not [c for c in b.commitments if c.evidence.startswith("And he claimed")]
    own = [c for c in b.commitments if c.evidence.startswith("The Tories claimed")]
    assert [(c.actor, c.amount.value) for c in own] == [("Conservative Party", 4e9)]  # their own claim of their plan


def test_the_level_of_a_result_a_participle_projects_and_figures_that_are_a_sum_are_no_commitments(brief):
    b = brief("Budget\n\nThe president presented his budget, cutting domestic spending in a bid to lower a record "
              "deficit projected to peak at $427bn this year.\n\nBorrowing figures for 2004 are £35bn, as already "
              "announced by the Office for National Statistics. The government will spend £2bn on new schools.\n")
    assert [c.amount.value for c in b.commitments if c.amount is not None] == [2e9]


def test_a_persons_planned_sum_a_party_speaks_of_is_the_partys_warning_and_a_difference_is_no_commitment(brief):
    b = brief("Tax row\n\nTory leader Tom Wade has pledged to cut waste.\n\nLabour, needless to say, claim his planned "
              "£35bn efficiency savings simply don't add up. An adviser, Ed Hale, said an examination of Tory plans "
              "showed there would be a £35bn difference in investment by 2011.\n")
    got = [(c.actor, c.kind) for c in b.commitments if c.amount is not None]
    assert got == [("Labour", "warning")]  # Labour's reading of his plan, not a plan of Labour's; no comparison figure


def test_a_sum_a_comparison_gives_is_no_commitment(brief):
    b = brief("Plans\n\nThe Tories agreed spending would increase more slowly under their plans, leading to a total of "
              "£33.5bn less spending than Labour anticipated by 2011. Labour will spend £2bn on new schools.\n")
    assert [c.amount.value for c in b.commitments if c.amount is not None] == [2e9]


def test_in_a_release_only_we_will_is_a_contrast_not_a_pledge_unless_it_has_a_sum(brief):
    b = brief(RELEASE + "\nOnly Labor will protect Medicare and properly invest in our public hospitals.\n"
              "\nOnly Labor will invest $20 million in new hospital beds for Cairns.\n")
    found = {c.evidence[:30]: c.kind for c in b.commitments}
    assert "Only Labor will protect Medica" not in found
    assert found["Only Labor will invest $20 mil"] == "pledge"


def test_a_speech_fragment_that_names_a_thing_by_its_price_alone_is_no_list_item(brief):
    speech = ("Speech\n\nWe will build a better Australia, and Labor will invest $30 million in new rail links.\n\n"
              "They have chosen the big banks over the battlers.\n\n"
              "A $50 billion giveaway for large multinationals.\n\n"
              "We say no to that, and we will say it every day.\n\n"
              "Our plan for the regions:\n\n"
              "A $5 million upgrade of the Bruce Highway.\n\n"
              "$10 million to transform the old dock into a public park.\n")
    found = {c.evidence[:25] for c in brief(speech).commitments}
    assert "A $50 billion giveaway fo" not in found
    # the same shape in a list is an item
    assert {"A $5 million upgrade of t", "$10 million to transform "} <= found


def test_spending_that_must_rise_is_the_call_of_the_one_who_says_so(brief):
    b = brief("Budget\n\nSpending must rise by £5bn, the Institute for Fiscal Studies says.\n\n"
              "Defence spending should increase by $10bn a year, Nato said.\n\n"
              "Spending rose by £5bn last year, the Institute for Fiscal Studies says.\n")
    found = {(c.kind, c.actor, c.amount.text if c.amount else None) for c in b.commitments}
    assert found == {("call", "Institute for Fiscal Studies", "£5bn"), ("call", "Nato", "$10bn")}


def test_what_this_would_save_or_cost_is_an_estimate_not_a_pledge(brief):
    b = brief("Roads\n\nProfessor Jane Hall of the Transport Institute wants lower speed limits. She estimates that this "
              "would save the country £119m a year.\n\n"
              "Acme Motors said it would invest £2bn in new plants.\n")
    found = {(c.actor, c.amount.text if c.amount else None) for c in b.commitments}
    assert found == {("Acme Motors", "£2bn")}


def test_which_never_stands_for_a_person_the_parser_hung_it_on(brief):
    b = brief("Concerts\n\nIt follows a London concert starring Tom Jones and Mary Smith, which raised more than £2m.\n\n"
              "Tesco, which bought the chain in March, is to invest £5m in new stores.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments if c.amount] == [("Tesco", "£5m")]


def test_a_budget_that_a_verb_acts_on_is_money_not_a_plan(brief):
    b = brief("EU\n\n\"I don't know of any national government thinking of increasing its budget by that amount,\" "
              "Jack Smith said.\n\nThe council plans to increase its budget by £5m.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("plan", "council")]


def test_a_price_a_firm_plans_to_charge_is_money_coming_in(brief):
    b = brief("Mobile TV\n\nSK Telecom, which is launching a TV service in May, plans to charge a flat fee of $12 a "
              "month for its channels.\n\nSK Telecom plans to spend $300m on the network.\n")
    assert [(c.actor, c.amount.text) for c in b.commitments] == [("SK Telecom", "$300m")]


def test_a_pledge_in_an_aside_a_call_without_asking_and_what_doing_something_would_bring(brief):
    b = brief("Aid\n\nAs well as pledging £960m over 15 years to the vaccine fund, Britain urged other donors to "
              "contribute.\n\n"
              "The Tories, Michael Howard said, can cut crime and improve public services without asking people to pay "
              "more taxes.\n\n"
              "Selling the gold at market value would boost the IMF's balance sheet, giving it more money to lend, "
              "John Reade said.\n")
    assert [(c.kind, c.actor, c.amount.text if c.amount else None) for c in b.commitments] == [
        ("pledge", "United Kingdom", "£960m")]


def test_a_penalty_faced_is_no_commitment_but_one_paid_is(brief):
    b = brief("Rented homes\n\nThe watchdog wants tougher rules.\n\n"
              "- Landlords who fail to register their flats will face fines up to a maximum of £5,000\n\n"
              "The drinks firm Diageo has agreed to pay a $3m fine for misleading its customers.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments] == [("Diageo", 3e6)]


def test_a_call_to_say_or_disclose_asks_for_no_money(brief):
    b = brief("Tax row\n\nThe Greens are demanding that the chancellor spell out which taxes he would raise. "
              "The Stadium Action Group urged the council to publish the cost of the new stadium. "
              "The Stadium Action Group urged the council to spend £2m on a new stadium.\n")
    assert [(c.kind, c.actor, c.amount.value if c.amount else None) for c in b.commitments] \
        == [("call", "Stadium Action Group", 2e6)]


def test_what_a_judge_orders_is_no_commitment_of_the_judge(brief):
    b = brief("Sentenced\n\nThe singer admitted assault. Judge Mary Brook said he must:\n\n"
              "- Do 200 hours of community service\n- Pay a $2,000 fine\n- Attend anger management classes\n")
    assert b.commitments == []


def test_former_members_of_a_body_are_not_the_body(brief):
    b = brief("Settlement\n\nTwelve former Parmalat directors have agreed to pay $80m (£43m) to settle a lawsuit "
              "brought by investors. Parmalat said it would appeal.\n")
    (c,) = b.commitments
    assert (c.actor, c.amount.value) == ("former Parmalat directors", 8e7)


def test_a_price_said_before_its_noun_is_no_commitment_unless_paid(brief):
    b = brief("Broadband\n\nVodafone said it would introduce a flat-rate £15 ($28) a month broadband tariff for "
              "students. The Football Association has announced that it would contribute the £40,000 entry fee to a "
              "children's charity.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments] == [("Football Association", 40000)]


def test_which_taxes_someone_would_raise_is_a_question_not_a_plan(brief):
    b = brief("Tax row\n\nMr Davies said: \"He has still not told voters which taxes he would raise to pay for his "
              "spending plans.\"\n")
    assert b.commitments == []


def test_a_necessity_denied_is_no_warning(brief):
    b = brief("Budget\n\nThe Institute for Fiscal Studies said the chancellor would need to raise taxes by £10bn. "
              "Labour ministers insist there is no need to raise taxes to fund better schools.\n\n"
              "Mr Hain will claim that he will have no need to raise taxes after the election.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("warning", "Institute for Fiscal Studies")]


def test_a_forecast_is_a_figure_not_a_plan(brief):
    b = brief("Growth\n\nThe World Bank is to cut its 2006 growth forecast for the French economy from 2.1% to 1.6%. "
              "Mr Dupont denied his economic forecasts were too rosy, but refused to rule out tax rises.\n")
    assert b.commitments == []


def test_what_is_spent_for_each_one_as_a_rule_is_a_figure(brief):
    b = brief("Schools\n\nThe minister said: \"In Finland they spend $40 per pupil per year on books.\" The "
              "government invests $20 million each year in the reading programme.\n")
    assert [c.amount.value for c in b.commitments] == [2e7]


def test_he_in_what_a_named_maker_announced_or_claimed_is_that_maker(brief):
    b = brief("Campaign\n\nMr Kennedy spoke on Monday. He said the chancellor's announcement that he was to offer a "
              "£300 rebate to pensioners was a gimmick. And Labour ministers ridiculed the claims made on Tuesday by "
              "Michael Howard that he could save £20 billion to spend on schools.\n")
    owners = {c.amount.value: c.actor for c in b.commitments if c.amount}
    assert owners[300].lower() == "chancellor" and owners[2e10] == "Michael Howard"


def test_hearsay_without_a_sum_is_a_plan_not_a_pledge(brief):
    b = brief("Budget talk\n\nThere is talk that the Tories will abolish inheritance tax. There are suggestions the "
              "chancellor is set to announce a cut in stamp duty. The bid follows weeks of speculation that Bolton "
              "Group would make an offer for Acme.\n")
    assert [c.kind for c in b.commitments] == ["plan", "plan", "plan"]


def test_governments_named_after_rival_leaders_are_not_one_side(brief):
    b = brief("Schools\n\nWe will fight for our schools. A Shorten Labor Government will invest $40 million in "
              "country schools. Labor will restore funding to TAFE. We know families need help.\n\n"
              "Despite its attacks on family budgets, the Turnbull Government has also tripled the deficit and blown "
              "out debt by $100 billion.\n")
    assert [c.amount.value for c in b.commitments if c.amount] == [4e7]


def test_money_that_may_be_spent_is_not_money_spent(brief):
    b = brief("Election spending\n\nThe Electoral Commission report suggests doubling the money which can be spent by "
              "candidates, while cutting national spending limits to £20m.\n")
    assert [c for c in b.commitments if c.kind == "spend"] == []


def test_what_accounts_say_was_spent_is_a_result(brief):
    b = brief("Lab closes\n\nAccording to its latest accounts, the Dublin Media Institute said it spent 9.2 million "
              "euros in 2004 and raised just 1.1 million euros.\n")
    assert b.commitments == []


def test_the_sum_a_plan_takes_not_a_cost_said_before_it(brief):
    b = brief("Costs\n\nHe suggested keeping troops in Bosnia could cost another £2bn, with the government also "
              "planning to spend at least £4bn on new rail lines.\n")
    (c,) = b.commitments
    assert (c.kind, c.amount.value) == ("plan", 4e9)


def test_money_one_will_need_to_spend_is_a_plan_not_money_spent(brief):
    b = brief("Relief\n\nThe prime minister said: \"My estimate is we will need to spend several hundred million "
              "pounds from government.\"\n")
    assert [c.kind for c in b.commitments] == ["plan"]


def test_a_bid_answered_is_never_the_answerers_but_a_loan_accepted_is(brief):
    b = brief("Club bid\n\nGlazer's two rivals, JP Smith and John Magnier, will reject any formal £800m offer for the "
              "club. Greece had to turn to the European Union for help, accepting a €20bn loan in return for cuts.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments] == [("Greece", 2e10)]


def test_an_open_question_about_plans_is_no_plan(brief):
    b = brief("Tax\n\nMr Clarke has said voters will have to wait for the Conservative manifesto to see if the party "
              "has plans to raise taxes. There are doubts about whether Congress will allocate funds to fight the "
              "virus. A spokesman for the project said he could not confirm whether the Treasury was planning to "
              "invest £6.5bn.\n")
    assert b.commitments == []


def test_an_offer_thought_or_suggested_by_reports_is_a_plan(brief):
    b = brief("Bids\n\nFord is thought to be offering about $3bn (£1.6bn) to end the partnership. Reports suggest "
              "Everton will lift their offer to £6m. Everton will lift their offer for the striker to £6m, the club "
              "said.\n")
    assert [c.kind for c in b.commitments] == ["plan", "plan", "pledge"]


def test_a_dividend_raised_is_the_firms_pledge_whatever_it_warns_of(brief):
    b = brief("Results\n\nCarlsberg increased its dividend payment by 20% to 60 euro cents, but warned that the weak "
              "dollar may lead to a drop in profit next year.\n")
    (c,) = b.commitments
    assert (c.kind, c.actor, c.amount.value, c.amount.unit) == ("pledge", "Carlsberg", 0.6, "EUR")


def test_broken_promises_and_money_being_spent_by_nobody_named_commit_nothing(brief):
    b = brief("Campaign\n\nThe Tories had broken promises by raising taxes 40 times, he said. Doubling the £300m being "
              "spent yearly on malaria research could save a million lives, Mr Benn said.\n")
    assert b.commitments == []


def test_a_person_is_never_the_voice_of_a_text_that_says_we(brief):
    b = brief("What the lobbies want\n\nHere is how four leading lobbies plan to make their cause heard.\n\n"
              "We have called for the state pension to be increased from £82 to £110 a week. That is what we want. "
              "It will be the hardest election Gordon Brown will ever fight.\n\n"
              "We will lobby every candidate. We expect Gordon Brown will listen to us.\n")
    assert all(c.actor != "Gordon Brown" for c in b.commitments)


def test_a_year_that_names_a_thing_after_it_is_no_target_year(brief):
    b = brief("Results\n\nCarlsberg increased its dividend payment by 20% to 60 euro cents, but warned that the weak "
              "dollar may lead to a drop in 2006 net profit. The government will spend £5bn on schools by 2010.\n")
    assert [c.year for c in b.commitments] == [None, 2010]


def test_a_sum_that_bounds_whom_a_plan_covers_is_not_its_money(brief):
    b = brief("Tax\n\nThe Greens planned to increase taxes on those earning more than £150,000 a year. The party "
              "will cut tax for households with incomes above £40,000.\n\n"
              "The Electoral Commission urged parties to seek out more small donations and suggests there should be "
              "income tax relief for gifts under £250.\n\n"
              "- Cut income tax for those earning less than 300,000 rupees ($6,800) to 25%\n")
    assert [(c.kind, c.amount) for c in b.commitments] == [("plan", None), ("pledge", None), ("call", None),
                                                           ("pledge", None)]


def test_a_sum_given_to_those_under_a_threshold_stays_the_sum(brief):
    b = brief("Aid\n\nThe government will give £500 to families earning less than £20,000.\n")
    (c,) = b.commitments
    assert (c.amount.value, c.amount.unit) == (500, "GBP")


def test_what_will_be_told_or_asked_is_no_commitment(brief):
    b = brief("Aid\n\nSeparately, the Thai government has said it will announce each month how much it has received "
              "in donations and how it has spent the money. Mr Cable asked why ministers had attacked plans for a new "
              "tax on those earning more than £100,000.\n")
    assert b.commitments == []


def test_a_noun_or_verb_of_asking_asks_only_with_what_it_asks_for(brief):
    b = brief("Council tax\n\nLabour says it already helps pensioners with council tax bills, with a £100 lump sum "
              "for the over-70s, and last year capped some budgets to keep demands down. The Greens' three pledges, "
              "to be paid for by a £2bn levy, will appeal right across the spectrum. Oxfam has appealed for £5m to "
              "help the victims.\n")
    assert [c.kind for c in b.commitments if c.actor == "Oxfam"] == ["call"]
    assert all(c.kind != "call" for c in b.commitments if c.actor != "Oxfam")


def test_a_warning_of_no_money_is_no_warning_whatever_sum_is_beside_it(brief):
    b = brief("Voting\n\nThe MPs said incentives to register, such as a £20 council tax rebate, were likely to be seen "
              "as gimmicks and risked undermining the integrity of the system. Costs of £5bn threaten to ruin the "
              "council, the MPs warned.\n")
    assert [(c.kind, c.amount.value) for c in b.commitments] == [("warning", 5e9)]


def test_we_is_never_a_plural_noun_of_things_but_may_be_bodies(brief):
    b = brief("Speech\n\nTax cuts for big business will not create jobs.\n\nAnd because we are living within our means "
              "we can ensure the funding we provide to schools will have grown by a further 26 per cent to "
              "$19.8 billion.\n")
    assert all(c.actor != "cuts" for c in b.commitments)
    b = brief("Lobbies\n\nHere is how the leading unions plan to be heard.\n\nWe have called for the state pension to "
              "be increased from £80 to £110.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("call", "unions")]


def test_a_budget_overseen_is_held_not_committed(brief):
    b = brief("Children\n\nSir Al Green, the new commissioner, will oversee a £3m annual budget. Sir Al Green will "
              "spend £2m on schools.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments] == [("Al Green", 2e6)]


def test_what_doing_it_would_bring_is_a_plan_and_a_payment_prevented_is_none(brief):
    b = brief("Stamp duty\n\nVince Cable, the Liberal Democrats' Treasury spokesman, said raising the threshold to "
              "£150,000 would prevent over 400,000 home-buyers from paying the tax.\n")
    assert [(c.kind, c.amount.value) for c in b.commitments] == [("plan", 150000)]
    b = brief("Law\n\nAcme said the ruling would stop the firm from paying £5m to its former chief. The new law will bar "
              "councils from spending £5m on consultants, Acme said.\n")
    assert b.commitments == []


def test_a_share_is_read_from_the_cues_own_clause(brief):
    b = brief("Budget\n\nSpain and Italy want the EU budget to be capped at 1% of the members' combined output - the "
              "European Commission has urged an increase to 1.3%.\n")
    assert [(c.actor, c.amount.value) for c in b.commitments if c.kind == "call"] == [("European Commission", 1.3)]


def test_calls_turned_aside_are_not_the_callers(brief):
    b = brief("Oil\n\nShell chief Jeroen van der Veer rejected calls for a windfall tax on the firm's huge profits, "
              "saying that in the North Sea it paid progressively more tax. Oxfam has called for a £5bn windfall tax "
              "on oil firms.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("call", "Oxfam")]


def test_what_something_will_mean_is_an_effect_not_a_pledge(brief):
    b = brief("Pensions\n\nThe cuts on Aviva's policies will mean a saver who had invested £40 a month into a policy for "
              "20 years would see a smaller payout.\n")
    assert b.commitments == []


def test_we_is_never_a_programme(brief):
    b = brief("Jobs\n\nThe Liberal Party has a strong record on jobs.\n\nOur $50 million Youth Jobs Package is rolling "
              "out training across the state.\n\nWe have committed $20 million over four years to a new apprentice "
              "partnership with the states.\n")
    assert [c.actor for c in b.commitments if c.amount and c.amount.value == 20e6] == ["Liberal Party"]


def test_plans_or_proposals_announced_or_agreed_are_plans_and_a_sum_announced_a_pledge(brief):
    b = brief("Fees\n\nIn June, Mr Lewis announced proposals to increase tuition fees by £2,000. The council agreed plans "
              "to spend £3m on roads. Ms Berg announced £4m for schools.\n")
    assert [(c.kind, c.amount.text) for c in b.commitments] == [("plan", "£2,000"), ("plan", "£3m"), ("pledge", "£4m")]


def test_debt_given_up_is_a_commitment_and_a_plan_backed_with_no_owner_is_the_backers(brief):
    b = brief("Debt\n\nAid ministers have backed plans to write off up to 90% of the debts of the poorest nations. Mr "
              "Lewis has also pledged to cancel the debt owed to Britain. Anna Berg wrote about the debts of the "
              "poor. Tom Hale backed the proposals.\n")
    assert [(c.kind, c.actor, c.action, c.amount.text if c.amount else None) for c in b.commitments] == [
        ("plan", "Aid ministers", "write off", "90%"), ("pledge", "Lewis", "cancel", None)]


def test_the_province_or_the_state_with_no_actor_is_the_one_named_last(brief):
    b = brief("Testing\n\nOntario will expand testing to pharmacies, the premier said.\n\nHealth Minister Anna Berg said the "
              "province would spend $30 million on the program.\n")
    assert [(c.actor, c.amount.unit) for c in b.commitments if c.amount] == [("Ontario", "CAD")]
    # "the state" is a state only of a country made of states; in a British story it is no county or region
    b = brief("Care\n\nFlorida officials met on Monday. The state will pay $26m for the new clinics, Governor Tom Hale "
              "said.\n")
    assert [c.actor for c in b.commitments] == ["Florida"]
    b = brief("Floods\n\nFloods hit homes in Yorkshire. The state would spend £30m on repairs, the minister said.\n")
    assert "Yorkshire" not in [c.actor for c in b.commitments]


def test_a_sum_said_yearly_is_a_sum_a_year(brief):
    b = brief("Sport\n\nThe Conservatives' Club2School policy would provide up to £250m yearly for local sports clubs.\n")
    (c,) = b.commitments
    assert (c.amount.value, c.amount.per) == (2.5e8, "year")


def test_a_threat_to_raise_a_tax_is_the_threateners_plan(brief):
    b = brief("Fuel\n\nIn 2000 protesters blocked roads after Mr Brown threatened to raise fuel taxes.\n")
    assert [(c.kind, c.actor) for c in b.commitments] == [("plan", "Brown")]


def test_a_capital_that_acts_is_its_countrys_government(brief):
    b = brief("Airline aid\n\nCommission officials are to look at Rome's provision of a 400m euro loan to the carrier. "
              "Alitalia is Italy's national airline.\n")
    assert [c.actor for c in b.commitments] == ["Italy"]


def test_a_sum_in_a_phrase_set_before_the_subject_is_not_the_one_the_verb_commits(brief):
    b = brief("Networks\n\nAs part of $3bn in multi-year contracts announced late last year, Sprint will spend around "
              "$1bn on new network technology.\n")
    (c,) = b.commitments
    assert (c.actor, c.kind, c.amount.value) == ("Sprint", "pledge", 1e9)


def test_the_level_a_change_starts_from_is_not_its_sum(brief):
    b = brief("Budget\n\nThe chancellor is expected to raise the stamp duty threshold from £60,000. Labour will spend "
              "£5bn on schools, up from £3bn last year. Labour will increase the child care rebate from $7,500 to "
              "$10,000.\n")
    amounts = [c.amount.text if c.amount else None for c in b.commitments]
    assert amounts[:2] == [None, "£5bn"]
    assert "$7,500 to $10,000" in amounts  # a change to a new level, read from its first sum as the gold sets do


def test_what_someone_considers_is_no_plan_and_what_they_say_others_should_spend_is_their_call(brief):
    b = brief("Oil\n\n\"The company considers that the victor of today's auction has bought itself a serious $9bn "
              "headache,\" said Volga spokesman Ivan Petrov. Volga is considering whether to raise its offer to "
              "$3bn.\n\nShell believes that the government should spend $5bn on roads.\n")
    found = sorted(((c.actor, c.kind, c.amount.value if c.amount else None) for c in b.commitments),
                   key=lambda x: str(x))
    assert ("Volga", "plan", 9e9) not in found and ("Volga", "plan", 3e9) in found
    assert ("Shell", "call", 5e9) in found and not any(kind == "spend" for _, kind, _ in found)


def test_a_call_to_look_into_how_money_is_spent_or_into_value_for_money_asks_for_no_money(brief):
    b = brief("Licence fee\n\nMPs have urged the broadcaster Nordvision to give watchdogs more freedom to scrutinise "
              "how \u00a32bn in licence fee money is spent. The Public Accounts Committee called for the National "
              "Audit Office to be given a free hand to investigate how Nordvision offers value for money. The "
              "committee urged ministers to spend \u00a350m on local radio.\n")
    found = [(c.kind, c.amount.value if c.amount else None) for c in b.commitments]
    assert ("call", 2e9) not in found and ("call", None) not in found
    assert ("call", 50e6) in found
