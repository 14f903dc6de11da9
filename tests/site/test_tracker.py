"""Tracked commitments (generator.site.tracker): one sum reported in several briefings, from hand-made briefings."""
from generator.model import Actor, Amount, Briefing, Commitment, Sentence
from generator.site import Site
from generator.site.tracker import track


def briefing(slug, date, commitments, actors=("Labour", "Conservative Party")):
    text = f"Report {slug}. Labour says it will spend the money on schools, in {slug}."
    return Briefing(source=f"seeds/politics/{slug}.txt", slug=slug, title=f"Title {slug}", text=text, date=date,
                    sentences=[Sentence(0, len(text))], summary=[0],
                    actors=[Actor(id=f"a{i}", name=n, type="organization", mentions=1) for i, n in enumerate(actors)],
                    commitments=list(commitments))


def pledge(actor, value, text, kind="pledge", sector="education", aid="a0"):
    return Commitment(actor, "spend", sector, Amount(value, "GBP", text), kind, None, f"{actor} {text}.", 0, 10, 0,
                      aid)


def test_one_sum_in_three_briefings_is_one_tracked_commitment_disputed_in_a_fourth():
    items = [briefing("jan", "2025-01-10", [pledge("Labour", 1.2e9, "£1.2bn", kind="plan")]),
             briefing("mar", "2025-03-02", [pledge("Labour", 1.2e9, "£1.2bn"), pledge("Labour", 1.2e9, "£1.2bn")]),
             briefing("apr", "2025-04-20", [pledge("Labour", 1.25e9, "£1.25bn")]),
             briefing("may", "2025-05-01", [pledge("Conservative Party", 1.2e9, "£1.2bn", kind="warning", aid="a1")]),
             briefing("other", "2025-05-02", [pledge("Labour", 1.5e9, "£1.5bn")])]
    tracked = {round(t.amount.value / 1e8): t for t in track(items)}
    t = tracked[12]
    assert [b.slug for b, _ in t.reports] == ["jan", "mar", "apr"]  # each briefing once, "£1.25bn" within rounding
    assert t.kind == "pledge" and t.first[0].slug == "jan" and t.latest[0].slug == "apr"
    assert [b.slug for b, _ in t.disputes] == ["may"]
    assert len(tracked[15].reports) == 1 and not tracked[15].disputes

    site = Site(items, [], min_articles=1)
    pages = site.pages()
    (path,) = [p for p in pages if p.startswith("commitments/") and "1-2bn" in p]
    page = pages[path]
    assert "reported in 3 briefings" in page and "disputed in 1" in page
    assert "First reported</th><td>2025-01-10" in page and "Latest report</th><td>2025-04-20" in page
    assert page.count("Title mar") == 1 and "Conservative Party" in page
    # the commitments page lists it once, linked to its page; each report links to the tracked page
    index = pages["commitments.md"]
    assert index.count(f'href="{path.removesuffix(".md").removeprefix("commitments/")}/"') == 1
    # "mar" reports the sum twice: both rows link to the tracked page, and it counts once
    assert pages["briefings/mar.md"].count("tracked: 3 reports") == 2
    assert "tracked: 1 report" in pages["briefings/other.md"]


def test_undated_reports_claim_no_first_or_latest():
    items = [briefing("b", None, [pledge("Labour", 2e9, "£2bn")]), briefing("a", None, [pledge("Labour", 2e9, "£2bn")])]
    (t,) = track(Site(items, []).briefings)
    assert t.first is None and t.latest is None
    page = Site(items, []).pages()["commitments/labour-2bn-education.md"]
    assert "no report is dated" in page and "Latest" not in page


def test_the_owners_own_people_do_not_dispute_it():
    own = briefing("own", "2025-02-01", [pledge("Labour", 3e9, "£3bn"),
                                          pledge("Jo Bloggs", 3e9, "£3bn", kind="warning", aid="p")])
    own.actors.append(Actor(id="p", name="Jo Bloggs", type="person", organization="Labour", mentions=1))
    (t,) = track([own])
    assert t.disputes == []


def test_a_person_and_their_party_and_a_report_with_no_sector_are_one_owner():
    leader = briefing("leader", "2025-01-05", [pledge("Ann Lee", 35e9, "£35bn", sector="tax", aid="p")])
    leader.actors.append(Actor(id="p", name="Ann Lee", type="person", role="leader", organization="Labour", mentions=1))
    rival = briefing("rival", "2025-01-06", [pledge("Bo Ray", 35e9, "£35bn", sector="tax", aid="q")])
    rival.actors.append(Actor(id="q", name="Bo Ray", type="person", organization="Green Party", mentions=1))
    other = briefing("other", "2025-01-07", [pledge("Ann Lee", 35e9, "£35bn", sector="health", aid="p")])
    other.actors.append(Actor(id="p", name="Ann Lee", type="person", organization="Labour", mentions=1))
    items = [leader, rival, other,
             briefing("party", "2025-01-08", [pledge("Labour", 35e9, "£35bn", sector="tax")]),
             briefing("vague", "2025-01-09", [pledge("Labour", 35e9, "£35 billion", sector=None)])]
    # a rival's warning in a briefing that names the leader only disputes the party's commitment
    attack = briefing("attack", "2025-01-10", [pledge("Conservative Party", 35e9, "£35bn", kind="warning", aid="a1")],
                      actors=("Ann Lee", "Conservative Party"))
    items.append(attack)
    # the organisation is the one the person's actor page shows first
    site = Site(items, [], min_articles=1)
    tracked = {t.label: sorted(b.slug for b, _ in t.reports) for t in site.tracked}
    assert [[b.slug for b, _ in t.disputes] for t in site.tracked if t.owner == "Labour"] == [["attack"]]
    assert tracked == {"Labour: £35bn (tax)": ["leader", "party", "vague"],
                       "Bo Ray: £35bn (tax)": ["rival"],  # another party's person
                       "Ann Lee: £35bn (health)": ["other"]}  # another sector
    assert len(track(items)) == 4  # given no organisations, a person joins no body: "Ann Lee: £35bn (tax)" too
    # each report's row links to the page it is tracked on
    pages = site.pages()
    assert "tracked: 3 reports" in pages["briefings/leader.md"] and "tracked: 3 reports" in pages["briefings/vague.md"]
    page = pages["commitments/labour-35bn-tax.md"]
    assert page.count(", by ") == 1 and "Ann Lee" in page.split(", by ")[1].split("<br>")[0]  # whose report it is


def test_a_report_with_no_sector_stays_apart_when_its_owner_has_the_sum_under_two():
    items = [briefing("a", None, [pledge("Labour", 2e9, "£2bn", sector="health")]),
             briefing("b", None, [pledge("Labour", 2e9, "£2bn", sector="education")]),
             briefing("c", None, [pledge("Labour", 2e9, "£2bn", sector=None)])]
    assert sorted(len(t.reports) for t in track(items)) == [1, 1, 1]


def test_a_share_with_no_sector_is_not_joined_to_one_with_a_sector():
    def share(sector, text):
        return Commitment("Labour", "cut", sector, Amount(30, "percent", "30%"), "pledge", None, text, 0, 10, 0, "a0")
    items = [briefing("budget", None, [share("tax", "- Reduced corporate tax rates to 30%"),
                                       share(None, "- Increased flow of funds to farms by 30%")])]
    assert sorted(len(t.reports) for t in track(items)) == [1, 1]  # two measures of one budget


def test_a_sum_for_each_one_is_tracked_whoever_the_ones_are_called_but_apart_from_totals_and_rates():
    def each(value, per):
        c = pledge("Labour", value, f"£{value:g}")
        c.amount.per = per
        return c
    items = [briefing("jan", "2025-01-10", [each(200, "pensioner")]), briefing("feb", "2025-02-10", [each(200, "person")]),
             briefing("mar", "2025-03-10", [each(200, None)]), briefing("apr", "2025-04-10", [each(200, "year")])]
    assert sorted(len(t.reports) for t in track(items)) == [1, 1, 2]
