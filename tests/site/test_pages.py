"""generator.site: cross-article pages from hand-made briefings (no spaCy): actor pages, indexes, archive, data
downloads."""
import csv
import io
import re

from generator.model import Actor, Amount, Briefing, Commitment, Quote, Sentence
from generator.site import Site, Urls
from generator.site.urls import relpath


def briefing(slug, date, actors, quotes=(), commitments=(), source=None):
    text = f"First sentence here. Second sentence of {slug}."  # each its own text: copies are one briefing
    return Briefing(source=source or f"seeds/{slug}.txt", slug=slug, title=f"Title {slug}", text=text, date=date,
                    sentences=[Sentence(0, 20), Sentence(21, len(text))], summary=[0, 1],
                    actors=list(actors), quotes=list(quotes), commitments=list(commitments))


def person(name, aid="p", role=None, aff=None):
    return Actor(id=aid, name=name, type="person", role=role, affiliation=aff, mentions=2)


def test_urls_are_relative_for_both_url_styles():
    d, f = Urls(True), Urls(False)
    assert d.page("briefings/x.md") == "briefings/x/" and f.page("briefings/x.md") == "briefings/x.html"
    assert d.href("briefings/x.md", "actors/y/") == "../../actors/y/"
    assert f.href("briefings/x.md", "actors/y.html") == "../actors/y.html"
    assert d.href("index.md", "briefings/x/") == "briefings/x/"
    assert d.href("briefings/x.md", "briefings/x.json") == "../x.json"


def test_actor_in_two_briefings_gets_a_page_and_links():
    a1 = briefing("one", "2025-01-02", [person("Jane Holloway", role="Foreign Secretary", aff="United Kingdom")],
                  quotes=[Quote("We will act.", "Jane Holloway", "direct", "said", 21, 33, 1, "p")])
    a2 = briefing("two", "2025-02-03", [person("Jane Holloway", role="Home Secretary"), person("Solo Person", "q")],
                  commitments=[Commitment("Jane Holloway", "spend", "health", Amount(2e9, "GBP", "£2bn"), "pledge",
                                          None, "Second sentence here.", 21, 42, 1, "p")])
    site = Site([a1, a2], [])
    assert set(site.actors) == {"jane holloway"}
    pages = site.pages()
    actor = pages["actors/jane-holloway.md"]
    assert "Home Secretary <span class=\"briefing-count\">(1)</span>; Foreign Secretary" in actor and "We will act." in actor
    assert actor.index("Title two") < actor.index("Title one")  # newest first
    assert "GBP 2,000,000,000" in actor and "../../briefings/one/#s2" in actor
    assert 'href="../../actors/jane-holloway/">Jane Holloway</a>' in pages["briefings/two.md"]
    assert '<td>Solo Person <span' in pages["briefings/two.md"]
    assert "actors/solo-person.md" not in pages
    assert "jane-holloway" in pages["quotes.md"] and "GBP 2bn" in pages["commitments.md"]


def test_archive_by_month_then_section_and_home_lists_newest():
    items = [briefing("a", "2025-01-05", []), briefing("b", "2025-02-01", []),
             briefing("c", None, [], source="seeds/politics/c.txt")]
    site = Site(items, [("seeds/bad.txt", "the file is empty")])
    pages = site.pages()
    assert {"archive/2025-01.md", "archive/2025-02.md", "archive/politics.md"} <= set(pages)
    home = pages["index.md"]
    assert home.index("Title b") < home.index("Title a") < home.index("Title c")
    assert "seeds/bad.txt" in home


def test_csv_downloads_match_the_briefings_and_defuse_formulas():
    c = Commitment("=HYPERLINK(1)", "raise", "defence", Amount(2.5, "percent_gdp", "2.5 per cent"), "pledge", 2027,
                   "=cmd|' /C calc'!A0", 0, 20, 0)
    site = Site([briefing("x", None, [], commitments=[c])], [])
    rows = list(csv.DictReader(io.StringIO(site.pages()["data/commitments.csv"])))
    assert rows[0]["value"] == "2.5" and rows[0]["unit"] == "percent_gdp" and rows[0]["year"] == "2027"
    assert rows[0]["evidence"].startswith("'=")


def test_tags_are_safe_for_templates():
    b = briefing("x", None, [Actor(id="c", name="United Kingdom", type="country", mentions=3)],
                 commitments=[Commitment(None, None, "defence", None, "plan", None, "s", 0, 1, 0)])
    b.tags = ['<script>"x"', "ok tag"]
    tags = Site([b], []).tags.of(b)
    assert tags == ["United Kingdom", "defence", "ok tag", "scriptx"]


def test_relpath_agrees_with_posixpath():
    import posixpath

    from hypothesis import given
    from hypothesis import strategies as st

    part = st.sampled_from(["a", "b", "briefings", "x-1", "index.html"])
    path = st.lists(part, max_size=4).map(lambda ps: "/".join(ps) or ".")

    @given(path, path)
    def check(target, base):
        assert relpath(target, base) == posixpath.relpath(target, base)

    check()


def test_tags_lose_stray_punctuation_and_speakers_differing_in_case_share_a_section():
    b = briefing("one", "2025-01-02", [])
    b.tags = [". Labour", "'Trade' -"]
    assert {"Labour", "Trade"} <= set(Site([b], []).tags.of(b))
    q1 = Quote(text="Rates will rise.", speaker="Analysts", kind="direct", cue="said", start=0, end=5, sentence=0)
    q2 = Quote(text="Rates will fall.", speaker="analysts", kind="direct", cue="said", start=0, end=5, sentence=0)
    page = Site([briefing("one", "2025-01-02", [], [q1]), briefing("two", "2025-01-01", [], [q2])], []).pages()["quotes/a.md"]
    assert page.count('class="briefing-speaker"') == 1 and "(2)" in page


def test_commitments_page_lists_each_commitment_once_and_calls_and_warnings_apart():
    def pledge(actor, value, unit="GBP", kind="pledge"):
        return Commitment(actor, "spend", "health", Amount(value, unit, "x"), kind, None, "Second sentence here.",
                          21, 42, 1)
    one = briefing("one", "2025-01-02", [], commitments=[pledge("Labour", 35e9), pledge("Tories", 1e9, kind="warning")])
    two = briefing("two", "2025-02-03", [], commitments=[pledge("Labour", 35e9), pledge(None, 5e9),
                                                         pledge("Labor", 3e7, "AUD")])
    page = Site([one, two], []).pages()["commitments.md"]
    committed, others = page.split("## Calls and warnings")
    assert committed.count('<tr><td>Labour') == 1  # reported twice, listed once with both reports
    assert "Title one" in committed and "Title two" in committed
    assert "Tories" in others and "Tories" not in committed
    assert "GBP 5,000,000,000" not in page  # no owner, no row
    assert "Money committed by sector, GBP" in committed and "Money committed by sector, AUD" in committed


def _filters(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<span data-pagefind-filter="([^"]+)">([^<]*)</span>', page)


def test_search_indexes_briefings_and_actor_pages_with_their_filters():
    firm = Actor(id="f", name="Brown & <Sons>", type="organization", mentions=1)
    france = Actor(id="c", name="France", type="country", mentions=1)
    one = briefing("one", "2025-01-02", [person("Jane Holloway", aff="United Kingdom"), firm, france],
                   commitments=[Commitment("Jane Holloway", "spend", "health", Amount(2e9, "GBP", "£2bn"), "pledge",
                                           None, "Second sentence here.", 21, 42, 1, "p")])
    two = briefing("two", None, [person("Jane Holloway"), person("Solo Person", "q"), firm],
                   source="seeds/politics/two.txt")
    pages = Site([one, two], [], search=True).pages()

    first = pages["briefings/one.md"]
    assert "\npagefind: true\n---" in first.split("\n# ")[0]  # in the front matter
    assert _filters(first) == [("Page", "Briefing"), ("Section", "General"), ("Year", "2025"),
                               ("Actor", "Brown &#38; &#60;Sons&#62;"), ("Actor", "Jane Holloway"),
                               ("Country", "France"), ("Country", "United Kingdom"), ("Sector", "health"),
                               ("Commitment kind", "pledge")]
    assert 'data-pagefind-ignore' in first  # filter values are not page text
    second = _filters(pages["briefings/two.md"])
    assert ("Section", "Politics") in second and not any(k == "Year" for k, _ in second)
    assert ("Actor", "Solo Person") not in second  # only actors with a page of their own

    actor = pages["actors/jane-holloway.md"]
    assert "pagefind: true" in actor and '# Jane Holloway { data-pagefind-weight="8.0" }' in actor
    assert _filters(actor)[:3] == [("Page", "Actor"), ("Actor", "Jane Holloway"), ("Country", "United Kingdom")]
    assert ("Commitment kind", "pledge") in _filters(actor)

    site = Site([one, two], [], search=True)
    assert sorted(site.pages()) == sorted(pages) and sorted(site.indexed_pages()) == sorted(
        p for p, c in pages.items() if "\npagefind: true\n" in c)  # what the plugin digests: the marked pages
    search = pages["search.md"]
    assert "data-briefing-search-page" in search and 'href="../actors/"' in search
    for path in ("index.md", "quotes.md", "commitments.md", "tags.md", "actors/index.md", "search.md"):
        assert "pagefind" not in pages[path], path  # index pages stay out of the search index


def test_without_search_no_page_is_marked_and_there_is_no_search_page():
    pages = Site([briefing("one", "2025-01-02", [person("Jane Holloway")]),
                  briefing("two", None, [person("Jane Holloway")])], []).pages()
    assert "search.md" not in pages
    for marker in ("pagefind: true", "data-pagefind-filter", "data-pagefind-weight"):
        assert not any(marker in content for content in pages.values()), marker


def test_the_actor_filter_offers_the_actors_of_most_briefings(monkeypatch):
    import generator.site as site_module
    monkeypatch.setattr(site_module, "FILTER_ACTORS", 1)
    items = [briefing(f"b{i}", None, [person("Often Seen"), person("Twice Seen", "q")] if i < 2 else
                      [person("Often Seen")]) for i in range(3)]
    pages = Site(items, [], search=True).pages()
    assert ("Actor", "Often Seen") in _filters(pages["briefings/b0.md"])
    assert ("Actor", "Twice Seen") not in _filters(pages["briefings/b0.md"])
    assert "actors/twice-seen.md" in pages and not any(k == "Actor" for k, _ in _filters(pages["actors/twice-seen.md"]))


def test_an_actor_name_weighs_more_the_more_briefings_the_actor_is_in():
    from generator.site.render import name_weight
    weights = [float(name_weight(n)) for n in (1, 2, 4, 76, 1000)]
    assert weights == sorted(weights) and weights[0] > 7.0 and weights[-1] == 10.0  # above a headline's 7


def test_quote_pages_are_split_and_a_long_speaker_continues_on_the_next_page(monkeypatch):
    import generator.site as site_module
    monkeypatch.setattr(site_module, "PAGE_BUDGET", 700)
    quotes = [Quote(f"Quote number {i} about the plan " + "x" * 150, "Mary Major", "direct", "said", 0, 10, 0, "m")
              for i in range(6)]
    items = [briefing("one", "2025-01-02", [person("Mary Major", "m")], quotes=quotes),
             briefing("two", "2025-01-03", [person("Mark Minor", "m")],
                       quotes=[Quote("A short one.", "Mark Minor", "direct", "said", 0, 10, 0, "m")])]
    pages = Site(items, []).pages()
    split = sorted((p for p in pages if p.startswith("quotes/m")), key=lambda p: int(p[9:-3] or 1))
    assert split[0] == "quotes/m.md" and len(split) >= 3
    text = "".join(pages[p] for p in split)
    assert all(f"Quote number {i} " in text for i in range(6))  # every quote on some page, once
    assert sum(text.count(f"Quote number {i} ") for i in range(6)) == 6
    assert "continued" in pages[split[1]] and 'id="mary-major"' in pages[split[0]]
    assert 'id="mary-major"' not in pages[split[1]]  # the anchor is where the speaker starts
    assert 'aria-current="page"' in pages[split[1]] and 'href="../m/"' in pages[split[1]]
    index = pages["quotes.md"]
    assert 'href="m/#mary-major"' in index and "mark-minor" in index


def test_tags_are_grouped_by_kind_with_spellings_merged():
    def tagged(slug, tags, actors=(), commitments=()):
        b = briefing(slug, None, list(actors), commitments=list(commitments))
        b.tags = list(tags)
        return b

    france = Actor(id="c", name="France", type="country", mentions=2)
    spend = Commitment("France", "spend", "health", None, "pledge", None, "x", 0, 1, 0, "c")
    items = [tagged("a", ["ABN AMRO", "Academy Award"], [france]), tagged("b", ["ABN Amro", "Academy Awards"], [france]),
             tagged("c", ["ABN Amro"], commitments=[spend])]
    site = Site(items, [])
    pages = site.pages()
    index = pages["tags.md"]
    assert index.index("## Countries") < index.index("## Sectors") < index.index("## Topics")
    assert "ABN Amro <span" in index and "ABN AMRO" not in index  # the spelling most briefings use
    assert "(3)" in index.split("ABN Amro", 1)[1][:60]
    assert "Academy Award <span" in index and "Academy Awards" not in index  # a tie: the first by name
    assert site.tags.of(items[1]) == ["ABN Amro", "Academy Award", "France"]
    assert "health" in index.split("## Sectors", 1)[1].split("##", 1)[0]


def test_atom_feeds_parse_back_and_are_deterministic():
    import feedparser

    def site(url=None):
        items = [briefing("one", "2025-01-02", [person("Jane Holloway")], source="seeds/politics/one.txt"),
                 briefing("two", "2025-03-04", [person("Jane Holloway")], source="seeds/politics/two.txt"),
                 briefing("three", None, [person("Jane Holloway"), person("Tom <b>&amp; Co", "t")])]
        items[2].title = 'Markup <script>alert("x")</script> & more'
        return Site(items, [], site_url=url, site_name="Policy Desk")

    pages = site().pages()
    assert pages == site().pages()  # byte for byte
    assert {"feeds/briefings.xml", "feeds/sections/politics.xml", "feeds/sections/general.xml",
            "feeds/actors/jane-holloway.xml"} <= set(pages)
    whole = feedparser.parse(pages["feeds/briefings.xml"].encode("utf-8"))
    assert not whole.bozo, whole.get("bozo_exception")
    assert whole.feed.title == "Policy Desk" and whole.feed.updated.startswith("2025-03-04")
    assert [e.title for e in whole.entries][:2] == ["Title two", "Title one"]  # newest first, undated last
    assert whole.entries[2].title == 'Markup <script>alert("x")</script> & more'  # text, not markup
    assert whole.entries[0].link == "../briefings/two/"
    politics = feedparser.parse(pages["feeds/sections/politics.xml"].encode("utf-8"))
    assert [e.title for e in politics.entries] == ["Title two", "Title one"]
    actor = feedparser.parse(pages["feeds/actors/jane-holloway.xml"].encode("utf-8"))
    assert len(actor.entries) == 3 and actor.feed.link == "../../actors/jane-holloway/"
    assert "feed: feeds/actors/jane-holloway.xml" in pages["actors/jane-holloway.md"]
    assert 'href="../../feeds/actors/jane-holloway.xml"' in pages["actors/jane-holloway.md"]
    assert 'href="feeds/sections/politics.xml"' in pages["index.md"] and "feed: feeds/briefings.xml" in pages["index.md"]

    absolute = feedparser.parse(site("https://example.org/desk").pages()["feeds/briefings.xml"].encode("utf-8"))
    assert absolute.entries[0].link == "https://example.org/desk/briefings/two/"
    assert absolute.entries[0].id == "https://example.org/desk/briefings/two/"
    assert len({e.id for e in whole.entries}) == 3


def test_an_actor_page_shows_the_newest_quotes_and_links_to_all_of_them():
    many = [Quote(f"Point {i}.", "Jane Holloway", "direct", "said", 0, 10, 0, "p") for i in range(120)]
    items = [briefing("one", "2025-01-02", [person("Jane Holloway")], quotes=many),
             briefing("two", "2025-02-03", [person("Jane Holloway")],
                       quotes=[Quote("Newest point.", "Jane Holloway", "direct", "said", 0, 10, 0, "p")])]
    page = Site(items, []).pages()["actors/jane-holloway.md"]
    assert page.count('class="briefing-quote ') == 100
    assert page.index("Newest point.") < page.index("Point 0.")  # newest briefing first
    assert "The newest 100 of 121 quotes" in page and 'href="../../quotes/j/#jane-holloway"' in page


def test_names_without_a_letter_come_last_and_a_section_page_names_its_feed():
    q = [Quote("Yes.", "Zed Zulu", "direct", "said", 0, 1, 0, "z"), Quote("No.", "3M", "direct", "said", 0, 1, 0, "m")]
    items = [briefing("a", None, [person("Zed Zulu", "z"), Actor(id="m", name="3M", type="organization")], quotes=q,
                      source="seeds/business/a.txt"),
             briefing("b", None, [person("Zed Zulu", "z"), Actor(id="m", name="3M", type="organization")],
                      source="seeds/business/b.txt")]
    pages = Site(items, []).pages()
    index = pages["quotes.md"]
    assert index.index(">Z</a>") < index.index(">Other</a>") and "(1 speaker)" in index
    actors = pages["actors/index.md"]
    assert actors.index(">Z</a>") < actors.index(">Other</a>")
    assert "feed: feeds/sections/business.xml" in pages["archive/business.md"]
