"""The renderer: every template (``generator/templates/``, Jinja2, with ``macros.j2`` for repeated markup) and
every piece of display formatting. Pages are Markdown with HTML blocks.

Every piece of article-derived text goes through one filter, ``text``: it turns HTML and Markdown
characters into character references, so text from an article is shown as text and can never become
markup, a link, a heading, a table cell break or template syntax. Output is deterministic: the same
briefings give byte-identical pages.
"""
from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any

import jinja2

from generator import lexicon as lx
from generator.model import Amount, Briefing, Commitment, Quote

# Characters with a meaning in HTML (& < > "), Markdown (code, emphasis, links, headings, tables, escapes,
# images, strike/sub/superscript, maths) and Jinja/MkDocs templates ({ }): numeric character references.
# Article text is only ever placed inside HTML blocks or after "# " on a heading line, where no other
# character starts markup.
_ESCAPE = {c: f"&#{ord(c)};" for c in "&<>\"`*_[]{}#|\\!~^$"}
_ESCAPE["\n"] = " "
_ESCAPE["\r"] = " "
_TABLE = str.maketrans(_ESCAPE)

Link = Callable[[str | None], str]


def text(value: Any) -> str:
    """Escape article-derived text for Markdown and HTML alike."""
    if value is None:
        return ""
    return str(value).translate(_TABLE)


def anchor(index: int) -> str:
    return f"s{index + 1}"


@functools.cache
def _title_words() -> frozenset[str]:
    """Role words and title words, lower case: a name with these before it is the name with a role."""
    titles = lx.lexicon().titles
    return titles.role_words | {w.lower() for w in titles.heads} | {w.lower() for w in titles.weak_heads}


def shown_aliases(name: str, aliases: Sequence[str]) -> list[str]:
    """The other names worth showing a reader: not the name itself or another alias again in another case or with
    other dots ("U.S" and "U.S."), with a possessive ("Lycos Europe's"), or with role words or a title before it
    ("boss Graeme Souness", "Boss Graeme Souness", "manager Graeme Souness": the role is shown as a role), or a
    people ("Briton Hayley Yelling": shown as the country)."""
    role_words = _title_words()
    kept: list[str] = []
    seen = {name.casefold().replace(".", "")}
    bases = [name.casefold(), *(a.casefold() for a in aliases)]
    for alias in aliases:
        low = alias.casefold()
        bare = low.removesuffix("'s").removesuffix("’s")
        words = low.split()
        prefixed = any(low.endswith(" " + base) and all(w.rstrip(".") in role_words or lx.country_of(w) is not None
                                                          for w in low[:-len(base)].split())
                       for base in bases if base != low and len(base.split()) < len(words))
        if low.replace(".", "") in seen or (bare != low and bare in bases) or prefixed:
            continue  # "U.S" after "U.S.": the same name with other dots
        seen.add(low.replace(".", ""))
        kept.append(alias)
    return kept


TIME_UNITS = ("year", "month", "week", "day", "hour")


def _national_measure(text: str) -> str:
    """The measure of a national output a share is of: "GNI" for "0.7% of gross national income", "GNP" for
    "of gross national product", "GDP" otherwise."""
    if re.search(r"national\s+income|\bGNI\b", text, re.I):
        return "GNI"
    if re.search(r"national\s+product|\bGNP\b", text, re.I):
        return "GNP"
    return "GDP"


def format_amount(amount: Amount) -> str:
    """A normalised amount for people: "GBP 2,500,000,000", "2.5% of GDP", "GBP 1,400 per mother", "AUD 5,000,000
    (currency inferred)" for a bare "$" read by the article's country."""
    def num(v: float) -> str:
        return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")

    upto = f" to {num(amount.high)}" if amount.high is not None else ""  # a range: "GBP 1,000 to 2,000"
    if amount.unit == "percent_gdp":  # one unit for shares of a national output; shown as the text measures it
        core = f"{num(amount.value)}{upto}% of {_national_measure(amount.text)}"
    elif amount.unit == "percent":
        core = f"{num(amount.value)}{upto}%"
    else:
        core = f"{amount.unit} {num(amount.value)}{upto}"
    if amount.per:
        core += f" a {amount.per}" if amount.per in TIME_UNITS else " each" if amount.per == "each" \
            else f" per {amount.per}"
    if amount.unit_inferred:
        core += " (currency inferred)"
    return core


def short_amount(value: float, unit: str) -> str:
    """A total for a chart label: "GBP 1.2bn"."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"{unit} {value / size:.3g}{suffix}"
    return f"{unit} {value:.3g}"


def cue(word: str) -> str:
    """A quote's cue as a briefing shows it beside the quote: the verb as the text has it, but in lower case where
    only its opening the sentence capitalised it ("Saying Britain must change direction, Mr Howard argues" shows
    "(saying)"); a word in capitals stays as it is."""
    return word[:1].lower() + word[1:] if word[:1].isupper() and word[1:].islower() else word


def _env() -> jinja2.Environment:
    def source(name: str) -> str:
        return (resources.files("generator") / "templates" / name).read_text(encoding="utf-8")

    env = jinja2.Environment(loader=jinja2.FunctionLoader(source), autoescape=False, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["text"] = text
    env.filters["cue"] = cue
    env.filters["amount"] = lambda a: format_amount(a) if a is not None else ""
    env.filters["aliases"] = lambda a: shown_aliases(a.name, a.aliases)
    env.globals["anchor"] = anchor
    return env


ENV = _env()


def _render(template: str, **context: Any) -> str:
    return ENV.get_template(template).render(**context)


# --- pieces ---------------------------------------------------------------------------------------------------
def article_html(b: Briefing) -> list[str]:
    """Paragraphs of the article as HTML, each sentence wrapped in an anchor target."""
    paras: list[list[str]] = [[]]
    pos = 0
    for i, s in enumerate(b.sentences):
        gap = b.text[pos:s.start]
        if "\n" in gap and paras[-1]:
            paras.append([])
        paras[-1].append(f'<span class="briefing-sentence" id="{anchor(i)}">{text(b.text[s.start:s.end])}</span>')
        pos = s.end
    return [" ".join(p) for p in paras if p]


def commitment_line(c: Commitment) -> str:
    parts = [c.actor or "Unattributed", ": "]
    words = [w for w in (c.action, c.sector, "spending" if c.sector and c.sector not in ("tax",) else None) if w]
    parts.append(" ".join(words) if words else "commitment")
    if c.amount is not None:
        # a verb with no field takes its sum as its object ("provide USD 10bn a year", "write off 100%"; not
        # "provide of"); a field's spending is "of" its sum ("raise defence spending of ...")
        bare_verb = c.action is not None and not c.sector
        parts.append(" to " if c.amount.unit == "percent_gdp" else " " if bare_verb else " of ")
        parts.append(format_amount(c.amount))
    if c.year:
        parts.append(f" by {c.year}")
    parts.append(f" ({c.kind})")
    return "".join(parts)


def one_line(b: Briefing) -> str:
    """The first summary sentence that does not just repeat the title."""
    head = b.title.rstrip("…").strip()[:60].lower()
    for i in b.summary:
        sentence = b.sentence_text(i)
        if not sentence.lower().startswith(head):
            return sentence
    return ""


def order(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first (then by title and slug); undated ones after them, by section and file (their
    source path): a stable order for every listing that never calls an undated article new."""
    def key(b: Briefing) -> tuple[int, int, str, str]:
        if b.date:
            return 0, -int(b.date.replace("-", "")), b.title.lower(), b.slug
        return 1, 0, b.source, b.slug
    return sorted(briefings, key=key)


CHART_CURRENCIES = 3  # charts on the commitments page: one per currency, the most used first


def chart_units(commitments: list[Commitment]) -> list[str]:
    """The currencies of the sums in ``commitments``, most used first."""
    units: dict[str, int] = defaultdict(int)
    for c in commitments:
        if c.amount and c.amount.unit not in ("percent", "percent_gdp") and c.amount.per in (None, "year"):
            units[c.amount.unit] += 1
    return [u for u, _ in sorted(units.items(), key=lambda kv: (-kv[1], kv[0]))]


def chart(commitments: list[Commitment], unit: str | None = None) -> str:
    """A horizontal bar chart (inline SVG) of money committed by sector in one currency (default: the most
    used). Only sums of money: no shares of GDP, no rates per person (a yearly sum is a sum)."""
    if unit is None:
        units = chart_units(commitments)
        if not units:
            return ""
        unit = units[0]
    totals: dict[str, float] = defaultdict(float)
    counted = 0
    for c in commitments:
        if c.amount is not None and c.amount.unit == unit and c.amount.per in (None, "year"):
            totals[c.sector or "other"] += c.amount.value
            counted += 1
    if not counted:
        return ""
    bars = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
    top = bars[0][1] or 1
    h, w, left = 22, 640, 130
    parts = [f'<svg class="briefing-chart" role="img" viewBox="0 0 {left + w + 110} {h * len(bars) + 30}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>Money committed by sector, {unit}</title>']
    for i, (sector, total) in enumerate(bars):
        y = 20 + i * h
        bw = max(2, int(w * total / top))
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{text(sector)}</text>'
                     f'<rect x="{left}" y="{y + 2}" width="{bw}" height="{h - 6}"></rect>'
                     f'<text x="{left + bw + 6}" y="{y + 14}">{text(short_amount(total, unit))}</text>')
    parts.append(f'<text x="0" y="12" class="briefing-chart-caption">Total by sector, {unit} '
                 f'({counted} commitment{"" if counted == 1 else "s"})</text></svg>')
    return "".join(parts)


# --- pages ----------------------------------------------------------------------------------------------------
TOP_ACTORS = 8  # key actors shown in a briefing's table; the rest are folded under "N more actors"


def briefing_page(b: Briefing, data_file: str, link: Link | None = None,
                  tags: list[tuple[str, str]] | None = None, search: list[tuple[str, str]] | None = None,
                  section: str | None = None, also: Sequence[Briefing] = (),
                  tracked: dict[int, tuple[str, int]] | None = None) -> str:
    """The briefing page. ``link`` turns an actor name into (escaped) HTML, a link where the actor has a page;
    ``also``: copies of the article (other files with the same story), named as its other sources;
    ``tracked``: index of a commitment -> (link to its tracked page, number of briefings that report it)."""
    by_speaker: dict[str, list[Quote]] = {}
    for q in b.quotes:
        by_speaker.setdefault(q.speaker or "Unattributed", []).append(q)
    groups = sorted(by_speaker.items(), key=lambda kv: (kv[0] == "Unattributed", kv[1][0].start))
    return _render("briefing.md.j2", b=b, paragraphs=article_html(b), quote_groups=groups, data_file=data_file,
                   link=link or text, tags=tags or [], commitment_lines=[commitment_line(c) for c in b.commitments],
                   summary=[(i, b.sentence_text(i)) for i in b.summary], search=search, top_actors=TOP_ACTORS,
                   section=section, also=also, tracked=tracked or {})


ACTOR_QUOTES = 100  # quotes on an actor's page, newest first; the quotes pages have every one


def actor_page(a: Any, ref: Callable[..., str], link: Link, home: str, feed: str, feed_path: str,
               all_quotes: str | None = None, search: list[tuple[str, str]] | None = None) -> str:
    """An actor's page. ``feed``: link to its Atom feed (``feed_path`` from the site root); ``all_quotes``: link
    to the actor's quotes on the quotes pages; ``search``: its search-filter values, None for a page left out of
    the search index."""
    return _render("actor.md.j2", a=a, briefings=a.briefings, quotes=a.quotes[:ACTOR_QUOTES],
                   quote_count=len(a.quotes), all_quotes=all_quotes, commitments=a.commitments,
                   ref=ref, link=link, home=home, search=search, weight=name_weight(len(a.briefings)),
                   feed=feed, feed_path=feed_path)


def name_weight(briefings: int) -> str:
    """Search weight of the name on an actor's page: above a briefing's headline (Pagefind gives an h1 7), and
    higher the more briefings the actor is in, up to Pagefind's 10 at 32, so "Microsoft" (76 briefings) ranks
    above "Microsoft Outlook" (4) for "Microsoft"."""
    return f"{min(10.0, 7.5 + math.log2(max(briefings, 1)) / 2):.1f}"


def search_page(pages: dict[str, str]) -> str:
    """The search page; ``pages``: links to the index pages (by their path), for readers without JavaScript."""
    return _render("search.md.j2", pages=pages)


def actors_index(groups: list[tuple[str, list[Any], int]], href: Callable[[Any], str],
                 letters: list[tuple[str, str, int]], total: int) -> str:
    """``groups``: (type, its most seen actors, how many of that type); ``letters``: (initial, link, count)."""
    return _render("actors.md.j2", groups=groups, href=href, letters=letters, total=total)


def actors_letter(initial: str, actors: list[Any], href: Callable[[Any], str], index: str) -> str:
    return _render("actors_letter.md.j2", initial=initial, actors=actors, href=href, index=index)


def quotes_page(initial: str, speakers: list[tuple[str, list[Any], str, bool]], link: Link,
                ref: Callable[..., str], index: str, pages: list[tuple[str, str, bool]]) -> str:
    """One page of quotes; ``speakers``: (name, quotes, anchor, continued from the page before); ``pages``: the
    pages of this initial as (label, link, is this page), empty for a single page."""
    return _render("quotes.md.j2", initial=initial, speakers=speakers, link=link, ref=ref, index=index, pages=pages)


def quotes_index(index: list[tuple[str, str, list[tuple[str, int, str]]]], top: list[tuple[str, int, str]],
                 total: int, csv: str) -> str:
    return _render("quotes_index.md.j2", index=index, top=top, total=total, csv=csv)


def tag_page(name: str, items: list[Briefing], href: Callable[[Briefing], str], index: str) -> str:
    return _render("tag.md.j2", name=name, items=items, href=href, one_line=one_line, index=index)


def tags_index(groups: list[tuple[str, int, list[tuple[str, int, str]]]], total: int, actors: str) -> str:
    """``groups``: (kind, how many tags of it, the tags shown as (name, briefings, link)), most used first."""
    return _render("tags.md.j2", groups=groups, total=total, actors=actors)


COMMITTED = ("pledge", "plan", "spend")


def commitments_page(groups: list[tuple[Commitment, list[tuple[Briefing, Commitment]], str | None]], link: Link,
                     ref: Callable[..., str], csv: str, page: Callable[[str], str]) -> str:
    """``groups``: each commitment once, with every briefing that reports it and its tracked page's path (or
    None). Pledges, plans and money spent are charted (one chart per currency) and listed first; calls and
    warnings apart. ``page``: link to a path."""
    committed = [g for g in groups if g[0].kind in COMMITTED]
    others = [g for g in groups if g[0].kind not in COMMITTED]
    firsts = [c for c, _, _ in committed]
    charts = [chart(firsts, u) for u in chart_units(firsts)[:CHART_CURRENCIES]]
    return _render("commitments.md.j2", sections=[("Pledges, plans and spending", committed),
                                                  ("Calls and warnings", others)],
                   link=link, ref=ref, charts=charts, csv=csv, page=page)


def tracked_page(t: Any, link: Link, ref: Callable[..., str], index: str,
                 search: list[tuple[str, str]] | None = None) -> str:
    """A tracked commitment (``site.tracker.Tracked``): every report, first and latest where dated, disputes."""
    return _render("tracked.md.j2", t=t, link=link, ref=ref, index=index, search=search)


def archive_page(title: str, items: list[Briefing], href: Callable[[Briefing], str], feed: str | None = None,
                 index: str = "", previous: tuple[str, str] | None = None, following: tuple[str, str] | None = None
                 ) -> str:
    """``feed``: the section's feed (path from the site root), for a section's page; ``index``: link to the
    archive's index; ``previous``, ``following``: (title, link) of the pages before and after this one."""
    return _render("archive.md.j2", title=title, items=items, href=href, one_line=one_line, feed=feed, index=index,
                   previous=previous, following=following)


def archive_index(pages: list[tuple[str, str, int]], dated: bool, undated: bool) -> str:
    """``archive/index.md``: every archive page as (title, link, briefings), months first, then sections."""
    return _render("archive_index.md.j2", pages=pages, dated=dated, undated=undated)


def home_page(briefings: list[Briefing], total: int, rejected: list[tuple[str, str]], href: Callable[[Briefing], str],
              archive: list[tuple[str, str, int]], link: Link, pages: dict[str, str], data: str,
              feeds: list[tuple[str, str]], feed_path: str, copies: int = 0, undated: Sequence[Briefing] = (),
              archive_index: str = "") -> str:
    """``briefings``: the latest dated ones; ``undated``: the first undated ones (by section and file);
    ``feeds``: (name, link) of the site's feed, then each section's; ``feed_path``: the site's, from the root;
    ``copies``: articles published as another briefing's copy."""
    return _render("home.md.j2", briefings=briefings, total=total, rejected=rejected, href=href, one_line=one_line,
                   archive=archive, link=link, pages=pages, data=data, feeds=feeds, feed_path=feed_path,
                   copies=copies, undated=undated, archive_index=archive_index)
