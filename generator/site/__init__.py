"""The whole site from a list of briefings: briefing pages, actor pages, quote and commitment indexes,
archive pages, tags, data downloads. Pure: briefings in, ``{path: content}`` out, in a deterministic order.

Modules: ``directory`` (actors and tags across briefings), ``urls`` (where pages live, relative links),
``render`` (every template and display format), ``data`` (JSON and CSV downloads).
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator import lexicon as lx
from generator.model import Briefing, Commitment, Quote
from generator.site import data, duplicates, feeds, identity, memo, render, tracker, urls
from generator.site.directory import TAG_KINDS, SiteActor, Tags, collect_actors
from generator.site.urls import SlugSpace, Urls, unique_slugs
from generator.sources import slugify

__all__ = ["Site", "SiteActor", "Urls"]

ARCHIVE_PAGE = 200  # briefings listed on one archive page; the home page shows the newest HOME_LATEST
HOME_LATEST = 20
MOST_QUOTED = 30
MOST_SEEN = 40  # actors of each type on the actors index (the letter pages list every one)
MOST_TAGGED = 150  # actor tags on the tags index (every actor is on the actors index)
FILTER_ACTORS = 250  # actors offered in the search's actor filter (those in most briefings)


def section_of(b: Briefing) -> str:
    """The briefing's section: the seeds sub-folder it came from, else "General"."""
    parts = b.source.replace("\\", "/").split("/")
    return parts[-2].replace("-", " ").replace("_", " ").title() if len(parts) >= 3 else "General"


def month_of(b: Briefing) -> str | None:
    return b.date[:7] if b.date else None


def initial_label(initial: str) -> str:
    """How an initial is shown: "A" ... "Z", and "Other" for names that do not start with a letter."""
    return "Other" if initial == "other" else initial.upper()


def initial_of(name: str) -> str:
    """The page a speaker's quotes are on: the first letter of the name (accents dropped), else "other"."""
    first = slugify(name[:1]) if name else ""
    return first if first.isalpha() else "other"


PAGE_BUDGET = 60_000  # characters of quotes (text and briefing titles) on one quotes page: about 130 KB of HTML


def paginate(speakers: list[str], by: dict[str, list[tuple[Briefing, Quote]]],
             budget: int | None = None) -> list[list[tuple[str, list[tuple[Briefing, Quote]], bool]]]:
    """Speakers' quotes in pages of at most ``budget`` (default PAGE_BUDGET) characters: each page a list of
    (speaker, quotes, continued from the page before)."""
    budget = PAGE_BUDGET if budget is None else budget
    pages: list[list[tuple[str, list[tuple[Briefing, Quote]], bool]]] = [[]]
    used = 0
    for name in speakers:
        items: list[tuple[Briefing, Quote]] = []
        cont = False
        for b, q in by[name]:
            size = len(q.text) + len(b.title) + 120  # the markup around a quote
            if used + size > budget and (items or pages[-1]):
                if items:
                    pages[-1].append((name, items, cont))
                    items, cont = [], True
                pages.append([])
                used = 0
            items.append((b, q))
            used += size
        pages[-1].append((name, items, cont))
    return pages


def range_label(blocks: Sequence[tuple[str, object, bool]]) -> str:
    """A page of speakers named by the first two letters of its first and last speaker: "Ma–Mi"."""
    return f"{blocks[0][0][:2]}–{blocks[-1][0][:2]}"


@dataclass
class ArchivePage:
    title: str
    path: str
    items: list[Briefing]


def archive_pages(briefings: list[Briefing]) -> list[ArchivePage]:
    """One page per month (dated briefings) or per section (undated), each at most ARCHIVE_PAGE long; months
    first, then sections."""
    groups: dict[str, list[Briefing]] = defaultdict(list)
    for b in briefings:
        groups[month_of(b) or section_of(b)].append(b)
    out = []
    space = SlugSpace()
    for name in sorted(groups, key=lambda g: (not _MONTH.fullmatch(g), g)):
        items = groups[name]
        chunks = [items[i:i + ARCHIVE_PAGE] for i in range(0, len(items), ARCHIVE_PAGE)]
        # a section folder named like a month ("seeds/2025-02/") must not take the month's page
        base = name if _MONTH.fullmatch(name) or _MONTH.match(slugify(name)) is None else f"section {name}"
        for n, chunk in enumerate(chunks, 1):
            slug = space.claim(base + (f" {n}" if n > 1 else ""), "section")
            title = name + (f" (page {n} of {len(chunks)})" if len(chunks) > 1 else "")
            out.append(ArchivePage(title, Urls.archive(slug), chunk))
    return out


_MONTH = re.compile(r"\d{4}-\d{2}")

# Search filters, by keyword: the name a reader sees above the filter's values
FILTER_NAMES = {"page": "Page", "section": "Section", "year": "Year", "actor": "Actor", "country": "Country",
                "sector": "Sector", "commitment": "Commitment kind"}


def _no_link(name: str | None) -> str:
    """The ``link`` of a deferred file that links no actor (a feed)."""
    raise AssertionError("a feed links no actor")


def _filters(page: str, **values: Iterable[str]) -> list[tuple[str, str]]:
    """(filter name, value) pairs in a fixed order, each value once."""
    out = [(FILTER_NAMES["page"], page)]
    for key, found in values.items():
        out.extend((FILTER_NAMES[key], v) for v in sorted(set(found)))
    return out


class Site:
    def __init__(self, briefings: list[Briefing], rejected: list[tuple[str, str]], *, directory_urls: bool = True,
                 briefings_dir: str = "briefings", min_articles: int = 2, always_show: list[str] | None = None,
                 search: bool = False, site_url: str | None = None, site_name: str = "Briefings",
                 copies_memo: duplicates.Memo | None = None):
        ordered = render.order(briefings)
        # one briefing per story: a copy (byte-identical or near-identical text) is named on the briefing kept and
        # adds nothing to any index; the first in listing order is kept (``copies_memo``: what an earlier build
        # found, so that only new texts are compared)
        groups = duplicates.copies(ordered, memo=copies_memo)
        dropped = {j for js in groups.values() for j in js}
        self.briefings, self.ambiguous = identity.merge(
            [b for i, b in enumerate(ordered) if i not in dropped], section_of)
        self.copies: dict[str, list[Briefing]] = {ordered[i].slug: [ordered[j] for j in js] for i, js in groups.items()}
        self.search = search
        self.quote_pages: dict[str, tuple[str, str]] = {}  # speaker key -> (quotes page, anchor of their first quote)
        self.site_url = (site_url.rstrip("/") + "/") if site_url else None
        self.site_name = site_name
        self.rejected = rejected
        self.urls = Urls(directory_urls, briefings_dir)
        self.actors = collect_actors(self.briefings, min_articles, {lx.key(n) for n in (always_show or [])},
                                     hidden=self.ambiguous)
        self.tags = Tags(self.briefings, self.actors)
        self.archive = archive_pages(self.briefings)
        self.tracked = tracker.track(self.briefings, {
            k: lx.key(a.organizations[0]) for k, a in self.actors.items() if a.type == "person" and a.organizations})
        slugs = unique_slugs([t.label for t in self.tracked], "commitment")
        for t in self.tracked:
            t.slug = slugs[t.label]
        self.tracked_by_key = {k: t for t in self.tracked for k in t.keys}
        # the actor search filter offers the actors of most briefings: a filter of every actor would be a list
        # of thousands that each search downloads; every actor's page is found by its name
        ranked = sorted((a for a in self.actors.values() if a.type != "country"),  # countries: the Country filter
                        key=lambda a: (-len(a.briefings), a.name))
        self.filter_actors = {a.key for a in ranked[:FILTER_ACTORS]}

    # --- paths and links ----------------------------------------------------------------------------------
    def briefing_path(self, b: Briefing) -> str:
        return self.urls.briefing(b.slug)

    def actor_path(self, a: SiteActor) -> str:
        return self.urls.actor(a.slug)

    def tag_path(self, tag: str) -> str:
        actor = self.tags.actor(tag)
        return self.actor_path(actor) if actor is not None else self.urls.tag(self.tags.slugs[tag])

    def actor_link(self, from_page: str, name: str | None) -> str:
        """The actor's name, escaped, linked to their page when they have one."""
        if not name:
            return ""
        a = self.actors.get(lx.key(name))
        if a is None:
            return render.text(name)
        return f'<a class="briefing-actor-link" href="{self.urls.to_page(from_page, self.actor_path(a))}">' \
               f'{render.text(name)}</a>'

    def actor_target(self, name: str | None) -> str:
        """What ``actor_link(page, name)`` depends on besides the page and the name: the slug of the actor's page
        it links to, or "" (``memo.Deferred``'s ``target``)."""
        a = self.actors.get(lx.key(name)) if name else None
        return a.slug if a is not None else ""

    def _brief_ref(self, from_page: str, b: Briefing, sentence: int | None = None) -> str:
        return self.urls.to_page(from_page, self.briefing_path(b),
                                 render.anchor(sentence) if sentence is not None else None)

    # --- pages --------------------------------------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        """Every generated file: path -> content."""
        return {path: content if isinstance(content, str) else content.text() for path, content in self.iter_pages()}

    def indexed_pages(self) -> list[str]:
        """The pages marked for the search index (none without search)."""
        if not self.search:
            return []
        return [self.briefing_path(b) for b in self.briefings] + self.light_indexed_pages()

    def light_indexed_pages(self) -> list[str]:
        """The indexed pages that are not briefings: actor and tracked-commitment pages (small to index)."""
        if not self.search:
            return []
        return [self.actor_path(a) for a in self.actors.values()] + [self.urls.tracked(t.slug) for t in self.tracked]

    def iter_pages(self, deferred: bool = False) -> Iterator[tuple[str, str | data.Parts | memo.Deferred]]:
        """Every generated file as (path, content), one at a time, so that a caller that stores or hashes each
        as it comes never holds the whole site in memory (at 20,000 articles about a gigabyte of text); the
        briefings' data files and the file of all briefings come as UTF-8 parts (``data.Parts``), each briefing's
        JSON as it was read from the cache where it was. With ``deferred``, briefing, actor and quotes pages
        and the feeds come as ``memo.Deferred``, made only when the caller asks."""
        seen = urls.UniquePaths(self.urls)
        each: dict[int, bytes] = {}  # id(b) -> the briefing's JSON file, reused for the file of all briefings
        digests: dict[int, str] = {}  # id(b) -> the SHA-256 of that file: what an actor page's inputs name it by
        for b in self.briefings:
            path = self.briefing_path(b)
            own = data.briefing_bytes(b)
            values = dict(data_file=self.urls.href(path, self.urls.briefing_json(b.slug)), section=section_of(b),
                          also=self.copies.get(b.slug, []), tracked=self._tracked_links(path, b),
                          tags=[(t, self.urls.to_page(path, self.tag_path(t))) for t in self.tags.of(b)],
                          search=self.briefing_filters(b) if self.search else None)
            link = functools.partial(self.actor_link, path)
            each[id(b)] = own
            if deferred:
                digests[id(b)] = hashlib.sha256(own + b"\n").hexdigest()
                yield seen.add(path), memo.Deferred(
                    memo.digest([digests[id(b)], sorted(values.items())]),
                    functools.partial(self._briefing_page, b, values), link, self.actor_target)
            else:
                yield seen.add(path), self._briefing_page(b, values, link)
            yield seen.add(self.urls.briefing_json(b.slug)), data.Parts([own, b"\n"])
        yield seen.add(urls.ALL_BRIEFINGS_JSON), data.all_json(self.briefings, each)
        each.clear()
        quotes = self.quotes_pages(digests if deferred else None)  # before the actor pages, which link to them
        for a in sorted(self.actors.values(), key=lambda a: a.slug):
            path = self.actor_path(a)
            if deferred:
                yield seen.add(path), memo.Deferred(self._actor_inputs(a, digests),
                                                    functools.partial(self.actor_page, a),
                                                    functools.partial(self.actor_link, path), self.actor_target)
            else:
                yield seen.add(path), self.actor_page(a)
        groups: list[Callable[[], Iterable[tuple[str, str | memo.Deferred]]]] = [  # made one after another
            lambda: self.actors_pages().items(), lambda: quotes.items(),
            lambda: [(urls.COMMITMENTS, self.commitments_page())], lambda: self.tracked_pages().items(),
            lambda: self.archive_pages().items(), lambda: [(urls.HOME, self.home())],
            lambda: self.tags_pages().items(),
            lambda: [(urls.COMMITMENTS_CSV, data.commitments_csv(self.briefings)),
                     (urls.QUOTES_CSV, data.quotes_csv(self.briefings))],
            lambda: self.feeds(digests if deferred else None).items()]
        for group in groups:
            for path, content in group():
                yield seen.add(path), content
        if self.search:
            indexes = (urls.ACTORS_INDEX, urls.QUOTES_INDEX, urls.COMMITMENTS)
            yield seen.add(urls.SEARCH), render.search_page({k: self.urls.to_page(urls.SEARCH, k) for k in indexes})

    @staticmethod
    def _briefing_page(b: Briefing, values: dict[str, Any], link: Callable[[str | None], str]) -> str:
        return render.briefing_page(b, link=link, **values)

    def actor_page(self, a: SiteActor, link: Callable[[str | None], str] | None = None) -> str:
        path = self.actor_path(a)
        return render.actor_page(a, ref=lambda b, i=None: self._brief_ref(path, b, i),
                                 link=link or functools.partial(self.actor_link, path), **self._actor_values(a))

    def _actor_values(self, a: SiteActor) -> dict[str, Any]:
        """What an actor's page is made from besides the actor, ``ref`` and ``link``."""
        path = self.actor_path(a)
        feed = self.urls.feed("actors", a.slug)
        where = self.quote_pages.get(a.key)
        return dict(all_quotes=self.urls.to_page(path, where[0], where[1]) if where else None,
                    home=self.urls.href(path, ""), feed=self.urls.href(path, feed), feed_path=feed,
                    search=self.actor_filters(a) if self.search else None)

    def _actor_inputs(self, a: SiteActor, digests: dict[int, str]) -> str:
        """The digest of everything an actor's page is made from but ``link``'s answers (``memo.Deferred``): every
        field of the actor, its briefings by the SHA-256 of their JSON (``digests``) and their paths, its quotes
        and commitments by their briefing and place in it, and the page's other values. The render code is part
        of the code version the page memo is kept under."""
        values: list[Any] = []
        for f in dataclasses.fields(a):
            v = getattr(a, f.name)
            if f.name == "briefings":
                v = [[digests[id(b)], self.briefing_path(b)] for b in v]
            elif f.name == "quotes":
                v = [self._placed(digests, b, b.quotes, q) for b, q in v]
            elif f.name == "commitments":
                v = [self._placed(digests, b, b.commitments, c) for b, c in v]
            values += [f.name, v]
        return memo.digest([values, sorted(self._actor_values(a).items())])

    def _placed(self, digests: dict[int, str], b: Briefing, items: list[Any], item: Any) -> list[Any]:
        """A quote or commitment of ``b`` as a memoised page's inputs name it: the briefing by the SHA-256 of its
        JSON and its path, the item by its place in ``items``."""
        return [digests[id(b)], self.briefing_path(b), next(i for i, x in enumerate(items) if x is item)]

    # --- feeds -------------------------------------------------------------------------------------------
    @functools.cached_property
    def sections(self) -> dict[str, list[Briefing]]:
        """Section -> its briefings (listing order), sections by name."""
        by: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.briefings:
            by[section_of(b)].append(b)
        return dict(sorted(by.items()))

    @functools.cached_property
    def section_slugs(self) -> dict[str, str]:
        return unique_slugs(self.sections, "section")

    def feeds(self, digests: dict[int, str] | None = None) -> dict[str, str | memo.Deferred]:
        """Atom feeds: the site's, each section's, each actor's with a page (``feeds/...xml``). With ``digests``
        (``id(b)`` -> the SHA-256 of the briefing's JSON) they come as ``memo.Deferred``, made from the briefings
        they list (by that digest and their path), their title and page, and the site's address and name."""
        out: dict[str, str | memo.Deferred] = {}

        def make(path: str, title: str, page: str, items: list[Briefing]) -> None:
            def link(target: str) -> str:
                if self.site_url:
                    return self.site_url + self.urls.page(target)
                return self.urls.from_file(path, target)

            def entry_id(b: Briefing) -> str:
                where = self.urls.page(self.briefing_path(b))
                return self.site_url + where if self.site_url else f"tag:briefings.invalid,2024:{where}"

            def feed(_link: object = None) -> str:
                self_href = self.site_url + path if self.site_url else posixpath.basename(path)
                feed_id = self.site_url + path if self.site_url else f"tag:briefings.invalid,2024:{path}"
                return feeds.atom(title, feed_id, self_href, link(page), items,
                                  href=lambda b: link(self.briefing_path(b)), entry_id=entry_id,
                                  summary=render.one_line, author=self.site_name)

            if digests is None:
                out[path] = feed()
            else:
                shown = [[digests[id(b)], self.briefing_path(b)] for b in items[:feeds.FEED_ENTRIES]]
                out[path] = memo.Deferred(memo.digest([title, page, self.site_url, self.site_name, shown]), feed,
                                          _no_link)

        make(self.urls.feed(), self.site_name, urls.HOME, self.briefings)
        for section, items in self.sections.items():
            make(self.urls.feed("sections", self.section_slugs[section]), f"{self.site_name}: {section}", urls.HOME,
                 items)
        for a in sorted(self.actors.values(), key=lambda a: a.slug):
            make(self.urls.feed("actors", a.slug), f"{self.site_name}: {a.name}", self.actor_path(a), a.briefings)
        return out

    # --- search filters (Pagefind) ------------------------------------------------------------------------
    def briefing_filters(self, b: Briefing) -> list[tuple[str, str]]:
        """The briefing's values of the search filters: its section and year, its actors among the
        FILTER_ACTORS of most briefings (by their page's name), countries, and the sectors and kinds of its
        commitments."""
        actors = {self.actors[k].name for k in (lx.key(a.name) for a in b.actors) if k in self.filter_actors}
        countries = {a.affiliation for a in b.actors if a.affiliation}
        countries |= {a.name for a in b.actors if a.type == "country"}
        return _filters(page="Briefing", section=[section_of(b)], year=[b.date[:4]] if b.date else [],
                        actor=actors, country=countries, sector={c.sector for c in b.commitments if c.sector},
                        commitment={c.kind for c in b.commitments})

    def actor_filters(self, a: SiteActor) -> list[tuple[str, str]]:
        return _filters(page="Actor", actor=[a.name] if a.key in self.filter_actors else [], country=a.affiliations,
                        sector={c.sector for _, c in a.commitments if c.sector},
                        commitment={c.kind for _, c in a.commitments})

    def _actor_href(self, from_page: str, a: SiteActor) -> str:
        return self.urls.to_page(from_page, self.actor_path(a))

    def actors_pages(self) -> dict[str, str]:
        """``actors/index.md``: the most seen of each type and the letters; ``actors/a-z/<initial>.md``: every
        actor of that initial in a table (sortable, filterable by type and country)."""
        path = urls.ACTORS_INDEX
        groups: dict[str, list[SiteActor]] = defaultdict(list)
        letters: dict[str, list[SiteActor]] = defaultdict(list)
        for a in self.actors.values():
            groups[a.type].append(a)
            letters[initial_of(a.name)].append(a)
        ordered = [(t, sorted(groups[t], key=lambda a: (-len(a.briefings), a.name))[:MOST_SEEN], len(groups[t]))
                   for t in ("person", "organization", "country", "group") if groups.get(t)]
        out: dict[str, str] = {}
        bar = []
        for initial in sorted(letters, key=lambda i: (i == "other", i)):
            page = self.urls.actors_letter(initial)
            actors = sorted(letters[initial], key=lambda a: (a.name.lower(), a.name))
            out[page] = render.actors_letter(initial_label(initial), actors,
                                             href=functools.partial(self._actor_href, page),
                                             index=self.urls.to_page(page, path))
            bar.append((initial_label(initial), self.urls.to_page(path, page), len(actors)))
        out[path] = render.actors_index(ordered, href=lambda a: self.urls.to_page(path, self.actor_path(a)),
                                        letters=bar, total=len(self.actors))
        return out

    def quotes_pages(self, digests: dict[int, str] | None = None) -> dict[str, str | memo.Deferred]:
        """``quotes.md``: speakers by initial with counts; ``quotes/<initial>.md`` (then ``<initial>-2.md`` ...):
        their quotes, A to Z, each page at most PAGE_BUDGET characters of quotes (a speaker with more goes on
        over the next page). A changed article re-renders only the pages of its speakers' initials. With
        ``digests`` (``id(b)`` -> the SHA-256 of the briefing's JSON), the pages of quotes come as
        ``memo.Deferred``."""
        by: dict[str, list[tuple[Briefing, Quote]]] = defaultdict(list)
        self.quote_pages = {}
        shown: dict[str, str] = {}  # one entry per speaker key: "Analysts" and "analysts" are one speaker
        for b in self.briefings:
            for q in b.quotes:
                if q.speaker:
                    name = shown.setdefault(lx.key(q.speaker), q.speaker)
                    by[name].append((b, q))
        groups: dict[str, list[str]] = defaultdict(list)
        for speaker in sorted(by, key=lambda n: (n.lower(), n)):
            groups[initial_of(speaker)].append(speaker)
        out: dict[str, str | memo.Deferred] = {}
        index = []
        where: dict[str, str] = {}  # speaker -> link from the quotes index to their first quote
        for initial in sorted(groups, key=lambda i: (i == "other", i)):  # names not starting with a letter last
            pages = paginate(groups[initial], by)
            paths = [self.urls.quotes_page(initial, n) for n in range(1, len(pages) + 1)]
            anchors = unique_slugs(groups[initial], "speaker")
            labels = [range_label(blocks) for blocks in pages]
            for path, blocks, label in zip(paths, pages, labels, strict=True):
                nav = [(other_label, self.urls.to_page(path, other), other == path)
                       for other, other_label in zip(paths, labels, strict=True)] if len(pages) > 1 else []
                on_page = [(name, items, anchors[name], cont) for name, items, cont in blocks]
                values = dict(initial=initial_label(initial) + (f" ({label})" if nav else ""),
                              index=self.urls.to_page(path, urls.QUOTES_INDEX), pages=nav)
                make = functools.partial(self._quotes_page, path, on_page, values)
                if digests is None:
                    out[path] = make(functools.partial(self.actor_link, path))
                else:  # by every quote's briefing and place in it, not by the briefing's text
                    placed = [[name, anchor, cont, [self._placed(digests, b, b.quotes, q) for b, q in items]]
                              for name, items, anchor, cont in on_page]
                    out[path] = memo.Deferred(memo.digest([placed, sorted(values.items())]), make,
                                              functools.partial(self.actor_link, path), self.actor_target)
                for name, _, cont in blocks:
                    if not cont:
                        where[name] = self.urls.to_page(urls.QUOTES_INDEX, path, anchors[name])
                        self.quote_pages[lx.key(name)] = (path, anchors[name])
            here = self.urls.to_page(urls.QUOTES_INDEX, paths[0])
            speakers = [(name, len(by[name]), where[name]) for name in groups[initial]]
            index.append((initial_label(initial), here, speakers))
        top = sorted(((n, len(items)) for n, items in by.items()), key=lambda kv: (-kv[1], kv[0]))[:MOST_QUOTED]
        out[urls.QUOTES_INDEX] = render.quotes_index(
            index, [(n, c, where[n]) for n, c in top], total=sum(len(v) for v in by.values()),
            csv=self.urls.href(urls.QUOTES_INDEX, urls.QUOTES_CSV))
        return out

    def _quotes_page(self, path: str, speakers: list[tuple[str, list[tuple[Briefing, Quote]], str, bool]],
                     values: dict[str, Any], link: Callable[[str | None], str]) -> str:
        return render.quotes_page(speakers=speakers, link=link, ref=functools.partial(self._brief_ref, path), **values)

    def tags_pages(self) -> dict[str, str]:
        """``tags.md``: every tag with its count, linked to the actor's page for an actor and otherwise to
        ``tags/<tag>.md``, which lists its briefings, newest first."""
        by: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.briefings:
            for t in self.tags.of(b):
                by[t].append(b)
        names = sorted(by, key=lambda n: (n.lower(), n))
        out: dict[str, str] = {}
        for name in names:
            if self.tags.actor(name) is not None:
                continue  # an actor: their page lists every briefing already
            path = self.tag_path(name)
            out[path] = render.tag_page(name, by[name], href=functools.partial(self._brief_ref, path),
                                        index=self.urls.to_page(path, urls.TAGS_INDEX))
        groups = []
        for kind in TAG_KINDS:
            tags = sorted((n for n in names if self.tags.kinds[n] == kind), key=lambda n: (-len(by[n]), n.lower(), n))
            if tags:
                shown = tags[:MOST_TAGGED] if kind == "actor" else tags
                groups.append((kind, len(tags), [(n, len(by[n]), self.urls.to_page(urls.TAGS_INDEX, self.tag_path(n)))
                                                 for n in shown]))
        out[urls.TAGS_INDEX] = render.tags_index(groups, total=len(names),
                                                 actors=self.urls.to_page(urls.TAGS_INDEX, urls.ACTORS_INDEX))
        return out

    def commitment_groups(self) -> list[tuple[Commitment, list[tuple[Briefing, Commitment]], str | None]]:
        """Each commitment once, with every report (newest first) and the path of its tracked page: a tracked
        commitment (a sum pledged, planned or spent: ``tracker``) is one entry under its most reported kind;
        any other commitment with the same owner, kind, sum and sector in several briefings is one entry too.
        Commitments with no owner are left out."""
        out: list[tuple[Commitment, list[tuple[Briefing, Commitment]], str | None]] = []
        for t in self.tracked:
            newest = t.reports[0][1]
            out.append((dataclasses.replace(newest, kind=t.kind), t.reports, self.urls.tracked(t.slug)))
        groups: dict[tuple[object, ...], list[tuple[Briefing, Commitment]]] = {}
        for b in self.briefings:
            for c in b.commitments:
                if not c.actor or tracker.key_of(c) is not None:
                    continue
                a = c.amount
                key = (lx.key(c.actor), c.kind, c.sector, a.unit if a else None, round(a.value, 2) if a else None,
                       a.per if a else None)
                reports = groups.setdefault(key, [])
                if not any(rb is b for rb, _ in reports):
                    reports.append((b, c))
        out.extend((reports[0][1], reports, None) for reports in groups.values())
        return out

    def commitments_page(self) -> str:
        path = urls.COMMITMENTS
        return render.commitments_page(self.commitment_groups(), link=lambda n: self.actor_link(path, n),
                                       ref=lambda b, i: self._brief_ref(path, b, i),
                                       csv=self.urls.href(path, urls.COMMITMENTS_CSV),
                                       page=lambda p: self.urls.to_page(path, p))

    def _tracked_links(self, path: str, b: Briefing) -> dict[int, tuple[str, int]]:
        """Index of each of the briefing's tracked commitments -> (link to its page, number of reports)."""
        out = {}
        for i, c in enumerate(b.commitments):
            t = self.tracked_by_key.get(tracker.key_of(c))  # type: ignore[arg-type]
            if t is not None:
                out[i] = (self.urls.to_page(path, self.urls.tracked(t.slug)), len(t.reports))
        return out

    def tracked_pages(self) -> dict[str, str]:
        """``commitments/<slug>.md``: a tracked commitment, its reports and who disputed it."""
        out = {}
        for t in self.tracked:
            path = self.urls.tracked(t.slug)
            search = _filters(page="Commitment", sector=[t.sector] if t.sector else [], commitment=[t.kind]) \
                if self.search else None
            out[path] = render.tracked_page(t, link=functools.partial(self.actor_link, path),
                                            ref=functools.partial(self._brief_ref, path),
                                            index=self.urls.to_page(path, urls.COMMITMENTS), search=search)
        return out

    def archive_pages(self) -> dict[str, str]:
        """Archive pages, each linked to the one before and after it and to ``archive/index.md``, which lists them
        all; a section's page names the section's feed (the briefings of a month have none)."""
        out = {}
        for n, page in enumerate(self.archive):
            dated = any(b.date for b in page.items)
            feed = None if dated else self.urls.feed("sections", self.section_slugs[section_of(page.items[0])])
            near = [(other.title, self.urls.to_page(page.path, other.path))
                    for other in self.archive[max(0, n - 1):n] + self.archive[n + 1:n + 2]]
            out[page.path] = render.archive_page(page.title, page.items,
                                                 href=functools.partial(self._brief_ref, page.path), feed=feed,
                                                 index=self.urls.to_page(page.path, urls.ARCHIVE_INDEX),
                                                 previous=near[0] if n > 0 else None,
                                                 following=near[-1] if n + 1 < len(self.archive) else None)
        out[urls.ARCHIVE_INDEX] = render.archive_index(
            [(p.title, self.urls.to_page(urls.ARCHIVE_INDEX, p.path), len(p.items)) for p in self.archive],
            dated=any(b.date for b in self.briefings), undated=any(not b.date for b in self.briefings))
        return out

    def home(self) -> str:
        path = urls.HOME
        return render.home_page(
            [b for b in self.briefings if b.date][:HOME_LATEST], total=len(self.briefings), rejected=self.rejected,
            undated=[b for b in self.briefings if not b.date][:HOME_LATEST],
            copies=sum(len(c) for c in self.copies.values()), archive_index=self.urls.to_page(path, urls.ARCHIVE_INDEX),
            href=lambda b: self._brief_ref(path, b),
            archive=[(page.title, self.urls.to_page(path, page.path), len(page.items)) for page in self.archive],
            link=lambda n: self.actor_link(path, n),
            pages={k: self.urls.to_page(path, k) for k in (urls.ACTORS_INDEX, urls.QUOTES_INDEX, urls.COMMITMENTS,
                                                           urls.TAGS_INDEX)},
            data=self.urls.href(path, urls.ALL_BRIEFINGS_JSON),
            feeds=[("every briefing", self.urls.href(path, self.urls.feed()))] + [
                (section, self.urls.href(path, self.urls.feed("sections", slug)))
                for section, slug in self.section_slugs.items()],
            feed_path=self.urls.feed())
