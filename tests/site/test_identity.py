"""Across articles: one actor per real person or body (generator.site.identity) and one briefing per story
(generator.site.duplicates), from hand-made briefings (no spaCy)."""
from generator.model import Actor, Amount, Briefing, Commitment, Quote, Sentence
from generator.site import Site, duplicates
from generator.site.duplicates import copies, shingles, similarity
from generator.site.identity import junk_name

STORY = ("The chancellor set out his plans for the economy on Monday, promising more money for schools and "
         "hospitals over the next three years. Opposition parties said the figures did not add up and called for "
         "an independent review of the public finances before the election.")


def briefing(slug, section, actors, text=None, quotes=(), commitments=(), date=None):
    text = text or f"Story {slug} about {section}. Nothing else is said in {slug}."
    return Briefing(source=f"seeds/{section}/{slug}.txt", slug=slug, title=f"Title {slug}", text=text, date=date,
                    sentences=[Sentence(0, len(text))], summary=[0], actors=list(actors), quotes=list(quotes),
                    commitments=list(commitments))


def person(name, aid="p", role=None, aff=None):
    return Actor(id=aid, name=name, type="person", role=role, affiliation=aff, mentions=1)


def org(name, aid="o"):
    return Actor(id=aid, name=name, type="organization", mentions=1)


def test_a_surname_joins_the_one_full_name_of_the_archive_and_its_quotes_follow():
    full = briefing("a", "politics", [person("Tony Blair", role="Prime Minister"), org("Labour")])
    full2 = briefing("b", "politics", [person("Tony Blair", role="Prime Minister")])
    short = briefing("c", "politics", [person("Blair", role="Labour leader"), org("Labour")],
                     quotes=[Quote("We will win.", "Blair", "direct", "said", 0, 12, 0, "p")])
    site = Site([full, full2, short], [])
    assert "blair" not in site.actors
    blair = site.actors["tony blair"]
    assert len(blair.briefings) == 3 and [q.text for _, q in blair.quotes] == ["We will win."]
    page = site.pages()["briefings/c.md"]
    assert 'href="../../actors/tony-blair/">Tony Blair</a>' in page and "also Blair" in page
    # roles with the number of briefings that state them, the most stated first
    assert blair.roles == ["Prime Minister", "Labour leader"]
    assert blair.role_counts == {"Prime Minister": 2, "Labour leader": 1}
    assert blair.folded(blair.roles, blair.role_counts) == (["Prime Minister", "Labour leader"], [])
    # a role stated in under a tenth of the briefings of the most stated one is folded away
    assert blair.folded(["PM", "President"], {"PM": 32, "President": 1}) == (["PM"], ["President"])


def test_two_people_with_one_surname_never_share_a_page():
    items = [briefing("g1", "politics", [person("Gordon Brown"), org("Treasury")]),
             briefing("g2", "politics", [person("Gordon Brown")]),
             briefing("w1", "sport", [person("Wes Brown")]),
             briefing("c1", "sport", [person("Craig Brown")]),
             briefing("p", "politics", [person("Brown", role="Chancellor"), org("Treasury")]),
             briefing("s", "sport", [person("Brown")]),
             briefing("s2", "sport", [person("Brown")])]
    site = Site(items, [])
    # politics: Gordon Brown holds every politics briefing of the Browns; sport: two Browns, neither dominant
    assert len(site.actors["gordon brown"].briefings) == 3
    assert "brown" not in site.actors  # the sport "Brown" is ambiguous: no page of its own
    assert "wes brown" not in site.actors or len(site.actors["wes brown"].briefings) == 1


def test_a_surname_joins_a_full_name_only_where_its_briefing_shares_someone_or_something_with_that_persons():
    items = [briefing("r1", "sport", [person("Darren Morris", role="prop"), org("Wales", "w")]),
             briefing("r2", "sport", [person("Darren Morris"), org("Leicester", "l")]),
             briefing("r3", "sport", [person("Morris"), org("Leicester", "l"), org("Wasps", "x")]),  # his team sheet
             briefing("r4", "sport", [person("Morris", role="prop")]),  # a role he holds
             briefing("f1", "sport", [person("Morris"), org("Leyton Orient", "l"), org("Mansfield", "m")]),
             briefing("f2", "sport", [person("Morris"), org("Leyton Orient", "l")]),
             briefing("b1", "sport", [person("Carl Hale"), person("Hale", "q")])]  # said in full in the briefing
    site = Site(items, [])
    morris = site.actors["darren morris"]
    assert [b.slug for b in morris.briefings] == ["r1", "r2", "r3", "r4"]  # not the football team sheets' Morris
    f1 = next(b for b in site.briefings if b.slug == "f1")
    assert "Morris" in [a.name for a in f1.actors] and "morris" not in site.actors  # no role, quote or honorific
    carl = next(a for a in site.briefings if a.slug == "b1").actors
    assert [a.name for a in carl] == ["Carl Hale"]


def test_an_initial_and_a_surname_join_the_one_full_name_of_the_section_with_that_initial():
    items = [briefing("h1", "sport", [person("Gavin Henson")]), briefing("h2", "sport", [person("Gavin Henson")]),
             briefing("t1", "sport", [person("G Henson")]), briefing("t2", "sport", [person("G Henson")]),
             briefing("j1", "sport", [person("Jonathan Thomas")]), briefing("j2", "sport", [person("James Thomas")]),
             briefing("t3", "sport", [person("J Thomas")]), briefing("t4", "sport", [person("J Thomas")]),
             briefing("p1", "politics", [person("Kevin Morgan")]), briefing("p2", "politics", [person("Kevin Morgan")]),
             briefing("t5", "sport", [person("K Morgan")]), briefing("t6", "sport", [person("K Morgan")])]
    site = Site(items, [])
    assert "g henson" not in site.actors and len(site.actors["gavin henson"].briefings) == 4  # the team sheet's
    assert len(site.actors["j thomas"].briefings) == 2  # two Thomases of that initial: left alone
    assert len(site.actors["k morgan"].briefings) == 2  # the only Kevin Morgan lives in another section


def test_organisation_spellings_middle_initials_and_junk_names():
    items = [briefing("a", "business", [org("ABN AMRO"), person("George W Bush", "b")]),
             briefing("b", "business", [org("ABN Amro"), person("George Bush", "b")]),
             briefing("c", "business", [org("ABN AMRO"), org("280bn", "n"), person("Roddick 6-2 7-6", "r")]),
             briefing("d", "business", [org("280bn", "n"), person("Roddick 6-2 7-6", "r"), org(". The Lib Dems", "l")]),
             briefing("e", "business", [org(". The Lib Dems", "l"), person("Lib Dem", "m")]),
             briefing("f", "business", [org("Liberal Democrats", "l")])]
    site = Site(items, [])
    assert len(site.actors["abn amro"].briefings) == 3 and site.actors["abn amro"].name == "ABN AMRO"
    assert len(site.actors["george bush"].briefings) == 2 or len(site.actors["george w bush"].briefings) == 2
    assert not any(junk_name(a.name) for a in site.actors.values())
    # a name of the organisations table is that organisation, whatever the NER typed it
    lib = site.actors["liberal democrats"]
    # (". The Lib Dems" too: its name key is the table's "Lib Dems")
    assert len(lib.briefings) == 3 and lib.type == "organization" and "lib dem" not in site.actors
    assert junk_name("280bn") and junk_name("Roddick 6-2 7-6") and junk_name(". The Lib Dems")
    assert not junk_name("G8") and not junk_name("3M Company")


def test_a_plural_ending_joins_names_of_several_words_only():
    items = [briefing("a", "business", [org("Academy Awards"), org("Times", "t")]),
             briefing("b", "business", [org("Academy Award"), org("Times", "t")]),
             briefing("c", "business", [org("Academy Awards"), org("Time", "t")]),
             briefing("d", "business", [org("Time", "t")])]
    site = Site(items, [])
    assert len(site.actors["academy awards"].briefings) == 3
    assert len(site.actors["times"].briefings) == 2 and len(site.actors["time"].briefings) == 2


def test_names_spelled_with_other_spaces_or_hyphens_are_one_body():
    items = [briefing("a", "business", [org("Time Warner"), org("Rolls-Royce", "r")]),
             briefing("b", "business", [org("TimeWarner"), org("Rolls Royce", "r")]),
             briefing("c", "business", [org("Time Warner"), org("Rolls-Royce", "r")]),
             briefing("d", "business", [org("Time Out", "t")]),
             briefing("e", "business", [org("Time Out", "t")])]
    site = Site(items, [])
    assert len(site.actors["time warner"].briefings) == 3 and "timewarner" not in site.actors
    assert len(site.actors["rolls-royce"].briefings) == 3 and "rolls royce" not in site.actors
    assert len(site.actors["time out"].briefings) == 2


def test_type_is_the_majority_and_an_actor_page_lists_each_briefing_once():
    items = [briefing("a", "politics", [person("Kilroy-Silk", role="MEP")]),
             briefing("b", "politics", [person("Kilroy-Silk")]),
             briefing("c", "politics", [org("Kilroy-Silk")])]
    site = Site(items, [])
    a = site.actors["kilroy-silk"]
    assert a.type == "person" and [b.slug for b in a.briefings] == sorted({b.slug for b in a.briefings})


def test_a_one_word_person_gets_a_page_only_when_something_shows_a_person_or_an_actor():
    def two(name, **kw):
        a = [person(name)]
        return [briefing(f"{name}{i}", "sport", a, **kw) for i in (1, 2)]
    plain = two("Gatwick")  # the NER's "person": nothing says so
    honour = [briefing("h1", "sport", [person("Hobson")]),
              briefing("h2", "sport", [Actor(id="p", name="Hobson", type="person", aliases=["Mr Hobson"])])]
    role = [briefing("r1", "sport", [person("Bono", role="frontman")]), briefing("r2", "sport", [person("Bono")])]
    quoted = two("Mido", quotes=[Quote("We played well.", "Mido", "direct", "said", 0, 15, 0, "p")])
    full = two("Ann Lee")
    site = Site(plain + honour + role + quoted + full, [])
    assert "gatwick" not in site.actors
    assert {"hobson", "bono", "mido", "ann lee"} <= set(site.actors)
    assert "gatwick" in Site(plain, [], always_show=["Gatwick"]).actors  # asked for by name


def test_a_first_name_alone_gets_a_page_only_with_a_role_or_an_honorific_even_when_quoted():
    said = [Quote("He had a wonderful life.", "Sheila", "direct", "said", 0, 24, 0, "p")]
    sheila = [briefing("s1", "entertainment", [person("Sheila")], quotes=said),
              briefing("s2", "entertainment", [person("Sheila")], quotes=said)]
    prince = [briefing("w1", "politics", [person("William", role="Prince")]),
              briefing("w2", "politics", [person("William")])]
    site = Site(sheila + prince, [])
    assert "sheila" not in site.actors  # two stories' Sheilas are not one person: no page, still in each briefing
    assert "william" in site.actors  # "Prince William": a role says who
    assert "Sheila" in site.pages()["briefings/s1.md"]


def test_a_name_one_article_says_as_a_work_gets_no_page_unless_something_shows_it_acting():
    film = [briefing("f1", "entertainment", [org("Vera Drake")]), briefing("f2", "entertainment", [org("Vera Drake")]),
            briefing("f3", "entertainment", [person("Mike Leigh")], text="Mike Leigh's film Vera Drake won.")]
    film[2].works = ["Vera Drake"]
    said = [Quote("We made it.", "Keane", "direct", "said", 0, 11, 0, "o")]
    band = [briefing("k1", "entertainment", [org("Keane")], quotes=said), briefing("k2", "entertainment", [org("Keane")]),
            briefing("k3", "entertainment", [], text="Their album Keane sold well.")]
    band[2].works = ["Keane"]
    show = [briefing("o1", "entertainment", [org("Office")]), briefing("o2", "entertainment", [org("Office")]),
            briefing("o3", "entertainment", [], text="He starred in the comedy The Office.")]
    show[2].works = ["The Office"]
    site = Site(film + band + show, [])
    assert "vera drake" not in site.actors and "office" not in site.actors  # "The Office" is "Office" too
    assert "keane" in site.actors  # it speaks: a band whose album bears its name
    assert "Vera Drake" in site.pages()["briefings/f1.md"]  # still listed in its briefings
    assert "vera drake" in Site(film, [], always_show=["Vera Drake"]).actors


def test_a_one_word_person_that_some_article_shows_to_be_a_body_is_one_unless_a_role_or_honorific_says_not():
    said = [Quote("We played well.", "Everton", "direct", "said", 0, 15, 0, "p")]
    club = [briefing("e1", "sport", [person("Everton")], quotes=said), briefing("e2", "sport", [person("Everton")]),
            briefing("e3", "sport", [org("Everton", "p")])]
    coach = [briefing("c1", "sport", [person("Wenger", role="manager")], quotes=said),
             briefing("c2", "sport", [person("Wenger")]), briefing("c3", "sport", [org("Wenger", "p")])]
    mr = [briefing("m1", "sport", [Actor(id="p", name="Hobson", type="person", aliases=["Mr Hobson"])], quotes=said),
          briefing("m2", "sport", [person("Hobson")]), briefing("m3", "sport", [org("Hobson", "p")])]
    quiet = [briefing("q1", "sport", [person("Gatwick")]), briefing("q2", "sport", [person("Gatwick")]),
             briefing("q3", "sport", [org("Gatwick", "p")])]
    site = Site(club + coach + mr + quiet, [])
    assert site.actors["everton"].type == "organization"
    assert site.actors["wenger"].type == "person" and site.actors["hobson"].type == "person"
    assert "gatwick" not in site.actors  # its type alone shows nothing: no page, as for a one-word "person"


def test_identical_and_near_identical_articles_are_one_briefing_that_names_every_source():
    varied = STORY.replace("on Monday", "on Tuesday")
    other = "A different story entirely about football results and the weather at the weekend in the north."
    money = [Commitment("Gordon Brown", "spend", "education", Amount(2e9, "GBP", "£2bn"), "pledge", None, STORY, 0,
                        len(STORY), 0, "g")]
    items = [briefing("one", "politics", [person("Gordon Brown", "g")], text=STORY, commitments=money),
             briefing("two", "politics", [person("Gordon Brown", "g")], text=STORY, commitments=money),
             briefing("three", "business", [person("Gordon Brown", "g")], text=varied, commitments=money),
             briefing("four", "sport", [person("Gordon Brown", "g")], text=other)]
    assert similarity(shingles(STORY), shingles(varied)) >= 0.7
    assert copies(items) == {0: [1, 2]}
    site = Site(items, [])
    pages = site.pages()
    # undated: the first in section and file order is kept ("business/three.txt"), and names the others
    assert sorted(b.slug for b in site.briefings) == ["four", "three"]
    assert "briefings/one.md" not in pages and "briefings/two.md" not in pages
    page = pages["briefings/three.md"]
    assert "Also published as" in page and "politics/one.txt" in page and "politics/two.txt" in page
    assert len(site.actors["gordon brown"].briefings) == 2
    assert pages["data/commitments.csv"].count("£2bn") == 1
    assert "2 briefings (2 more articles published as copies of these)" in pages["index.md"]


def test_copies_are_found_whatever_the_order_and_short_texts_only_when_identical():
    a = briefing("a", "x", [], text="Short note.")
    b = briefing("b", "x", [], text="Short note!")
    c = briefing("c", "x", [], text="Short note.")
    assert copies([a, b, c]) == {0: [2]}


def test_undated_briefings_are_never_the_latest_and_archive_pages_link_each_other():
    items = [briefing("b2", "politics", [], date=None), briefing("b1", "politics", [], date=None),
             briefing("a1", "business", [], date=None), briefing("d1", "business", [], date="2025-03-04")]
    site = Site(items, [])
    assert [b.slug for b in site.briefings] == ["d1", "a1", "b1", "b2"]  # dated first, then section and file
    home = site.pages()["index.md"]
    latest = home[home.index("## Latest"):home.index("## Undated")]
    assert "Title d1" in latest and "Title a1" not in latest
    assert home.index("Title a1") < home.index("Title b1") < home.index("Title b2")
    pages = site.pages()
    index = pages["archive/index.md"]
    assert index.index("2025-03") < index.index("Business") < index.index("Politics")
    assert "Months, newest first; then articles with no date, by section and file order." in index
    undated_only = Site([briefing("u", "politics", [])], []).pages()["archive/index.md"]
    assert "<p>Articles with no date, by section and file order.</p>" in undated_only
    business = pages["archive/business.md"]
    assert 'rel="prev" href="../2025-03/"' in business and 'rel="next" href="../politics/"' in business
    assert 'href="../">Archive</a>' in business
    assert 'rel="next"' not in pages["archive/politics.md"] and 'rel="prev"' not in pages["archive/2025-03.md"]
    page = pages["briefings/a1.md"]
    assert "Business" in page and "undated" in page and "seeds/business/a1.txt" in page


def test_an_actor_page_counts_stated_countries_and_shows_implied_ones_only_when_none_is_stated():
    def implied(name, aff, aid="p"):
        return Actor(id=aid, name=name, type="person", affiliation=aff, country_implied=True, mentions=1)
    items = [briefing("a", "sport", [person("Arne Weller", aff="France")]),
             briefing("b", "sport", [implied("Arne Weller", "Spain")]),
             briefing("c", "sport", [implied("Arne Weller", "Spain")]),
             briefing("d", "sport", [implied("Jo Fenn", "Brazil")]),
             briefing("e", "sport", [implied("Jo Fenn", "Brazil")])]
    site = Site(items, [])
    weller, fenn = site.actors["arne weller"], site.actors["jo fenn"]
    assert weller.affiliations == ["France"] and not weller.countries_implied
    assert fenn.affiliations == ["Brazil"] and fenn.countries_implied
    pages = site.pages()
    assert "Countries seen" in pages[f"actors/{weller.slug}.md"]
    assert "Countries implied" in pages[f"actors/{fenn.slug}.md"]


def test_an_actor_page_has_no_empty_rows():
    items = [briefing(slug, "politics", [person("Arne Weller", aid="w", aff="France"), person("Jo Fenn", aid="f")])
             for slug in ("a", "b")]
    site = Site(items, [])
    pages = site.pages()
    weller = pages[f"actors/{site.actors['arne weller'].slug}.md"]
    fenn = pages[f"actors/{site.actors['jo fenn'].slug}.md"]
    assert "Countries seen" in weller and "Roles seen" not in weller  # the row with a value, not the empty one
    assert "briefing-table" not in fenn  # nothing known of Jo Fenn but the name: no table at all


def test_copies_with_a_memo_shingle_only_new_texts_and_find_the_same_groups(tmp_path, monkeypatch):
    varied = STORY.replace("on Monday", "on Tuesday")
    other = "A different story about the weather in the north of the country, told in many more words than " \
            "the twenty that a text needs before it can be a copy of another one at all."
    items = [briefing("one", "x", [], text=STORY), briefing("two", "x", [], text=varied),
             briefing("three", "x", [], text=other)]
    shingled = []
    real = duplicates.shingles
    monkeypatch.setattr(duplicates, "shingles", lambda text, ids=None: shingled.append(text) or real(text, ids))
    path = tmp_path / "copies.npz"
    memo = duplicates.Memo(path)
    assert copies(items, memo=memo) == {0: [1]} and len(shingled) == 3
    memo.save(duplicates.NEAR_COPY)
    shingled.clear()
    assert copies(items, memo=duplicates.Memo(path)) == {0: [1]} and shingled == []  # nothing new: nothing shingled
    moved = items[:2] + [briefing("three", "x", [], text=STORY + " One more sentence.")]
    assert copies(moved, memo=duplicates.Memo(path)) == {0: [1, 2]} == copies(moved)
    # the new text, and the one it had to be compared with; the pair of the first two is known
    assert shingled[:2] == [moved[2].text, STORY]
    assert copies(items, threshold=0.99, memo=duplicates.Memo(path)) == copies(items, threshold=0.99) == {}
    path.write_bytes(b"not a memo")
    assert copies(items, memo=duplicates.Memo(path)) == {0: [1]}  # damaged: found from the texts
