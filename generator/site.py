"""The whole site from a list of briefings: briefing pages, actor pages, quote and commitment indexes,
archive pages, data downloads. Pure: briefings in, ``{path: content}`` out, in a deterministic order.

Paths are relative to ``docs/``; links are made relative to the page they appear on, for both MkDocs URL
styles (``use_directory_urls`` true or false).
"""
from __future__ import annotations

import csv
import io
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field

from generator import data, render
from generator.model import Briefing, Commitment, Quote
from generator.sources import slugify

ARCHIVE_PAGE = 200  # briefings listed on one archive page; the home page shows the newest HOME_LATEST
HOME_LATEST = 20


@dataclass
class SiteActor:
    key: str
    name: str
    type: str
    slug: str = ""
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    quotes: list[tuple[Briefing, Quote]] = field(default_factory=list)
    commitments: list[tuple[Briefing, Commitment]] = field(default_factory=list)
    mentions: int = 0


class Urls:
    def __init__(self, directory_urls: bool):
        self.directory_urls = directory_urls

    def page(self, path: str) -> str:
        """Site URL (from the root, no leading slash) of a Markdown page path."""
        stem = path[:-3]
        if stem == "index" or stem.endswith("/index"):
            return stem[:-5]
        return f"{stem}/" if self.directory_urls else f"{stem}.html"

    def href(self, from_page: str, to: str) -> str:
        """Link from the page at Markdown path ``from_page`` to site URL or file ``to``."""
        here = self.page(from_page)
        base = here if here.endswith("/") or here == "" else posixpath.dirname(here)
        base = base.rstrip("/") or "."
        target = to.rstrip("/") or "."
        rel = relpath(target, base)
        if to.endswith("/") and rel != ".":
            rel += "/"
        if rel == ".":
            rel = "./"
        return rel


def relpath(target: str, base: str) -> str:
    """``posixpath.relpath`` for clean paths from the site root ("." for the root), without its calls to
    ``os.getcwd``: links are computed about a hundred thousand times for a large archive."""
    t = [] if target == "." else target.split("/")
    b = [] if base == "." else base.split("/")
    n = 0
    while n < len(t) and n < len(b) and t[n] == b[n]:
        n += 1
    return "/".join([".."] * (len(b) - n) + t[n:]) or "."


def _tag(text: str) -> str:
    """A tag name safe for Material's templates: letters, digits, spaces, hyphens, dots, apostrophes."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w .'\-]", "", text)).strip(" .'-")[:60].strip(" .'-")


def section_of(b: Briefing) -> str:
    """The briefing's section: the seeds sub-folder it came from, else "General"."""
    parts = b.source.replace("\\", "/").split("/")
    return parts[-2].replace("-", " ").replace("_", " ").title() if len(parts) >= 3 else "General"


def month_of(b: Briefing) -> str | None:
    return b.date[:7] if b.date else None


class Site:
    def __init__(self, briefings: list[Briefing], rejected: list[tuple[str, str]], *, directory_urls: bool = True,
                 briefings_dir: str = "briefings", min_articles: int = 2, always_show: list[str] | None = None):
        self.briefings = render.order(briefings)
        self.rejected = rejected
        self.urls = Urls(directory_urls)
        self.bdir = briefings_dir.strip("/")
        self.actors = self._collect(min_articles, set(data.key(n) for n in (always_show or [])))
        self.tag_pages = self._tag_targets()

    # --- paths -------------------------------------------------------------------------------------------
    def briefing_path(self, b: Briefing) -> str:
        return f"{self.bdir}/{b.slug}.md"

    def actor_path(self, a: SiteActor) -> str:
        return f"actors/{a.slug}.md"

    # --- actors across articles ------------------------------------------------------------------------
    def _collect(self, min_articles: int, always: set[str]) -> dict[str, SiteActor]:
        found: dict[str, SiteActor] = {}
        for b in self.briefings:
            local: dict[str, SiteActor] = {}
            for a in b.actors:
                k = data.key(a.name)
                sa = found.setdefault(k, SiteActor(key=k, name=a.name, type=a.type))
                if not sa.briefings or sa.briefings[-1] is not b:  # briefings are visited one at a time
                    sa.briefings.append(b)
                sa.mentions += a.mentions
                for value, into in ((a.role, sa.roles), (a.affiliation, sa.affiliations),
                                    (a.organization, sa.organizations)):
                    if value and value not in into:
                        into.append(value)
                for alias in a.aliases:
                    if alias not in sa.aliases and alias != sa.name:
                        sa.aliases.append(alias)
                local[a.id] = sa
            for q in b.quotes:
                if q.speaker_id in local:
                    local[q.speaker_id].quotes.append((b, q))
            for c in b.commitments:
                if c.actor_id in local:
                    local[c.actor_id].commitments.append((b, c))
        shown = {k: a for k, a in found.items() if len(a.briefings) >= min_articles or k in always}
        slugs = _anchors([shown[k].name for k in sorted(shown)], "actor")
        for k in sorted(shown):
            shown[k].slug = slugs[shown[k].name]
        return shown

    def actor_link(self, from_page: str, name: str | None) -> str:
        """The actor's name, escaped, linked to their page when they have one."""
        if not name:
            return ""
        a = self.actors.get(data.key(name))
        if a is None:
            return render.text(name)
        href = self.urls.href(from_page, self.urls.page(self.actor_path(a)))
        return f'<a class="briefing-actor-link" href="{href}">{render.text(name)}</a>'

    # --- pages -------------------------------------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        out: dict[str, str] = {}
        plain = {id(b): b.to_json() for b in self.briefings}
        for b in self.briefings:
            path = self.briefing_path(b)
            out[path] = render.briefing_page(b, self.urls.href(path, f"{self.bdir}/{b.slug}.json"),
                                             link=lambda name, p=path: self.actor_link(p, name),
                                             tags=[(t, self.urls.href(path, self.urls.page(self.tag_pages[t])))
                                                   for t in self.tags_of(b)])
            out[f"{self.bdir}/{b.slug}.json"] = render.briefing_json(b, plain[id(b)])
        for a in sorted(self.actors.values(), key=lambda a: a.slug):
            out[self.actor_path(a)] = self.actor_page(a)
        out["actors/index.md"] = self.actors_index()
        out.update(self.quotes_pages())
        out["commitments.md"] = self.commitments_page()
        out.update(self.archive_pages())
        out["index.md"] = self.home()
        out.update(self.tags_pages())
        out["data/briefings.json"] = render.all_json(self.briefings, plain)
        out["data/commitments.csv"] = self.commitments_csv()
        out["data/quotes.csv"] = self.quotes_csv()
        return out

    def tags_of(self, b: Briefing) -> list[str]:
        return sorted(self._tag_actors(b))

    def _tag_actors(self, b: Briefing) -> dict[str, str | None]:
        """The briefing's tags (its own, countries mentioned twice, sectors, key actors with a page), each with
        the key of the actor page it stands for, if any."""
        found: dict[str, str | None] = {}
        named = [a.name for a in b.actors if a.type == "country" and a.mentions >= 2]
        named += [a.name for a in b.actors[:5] if data.key(a.name) in self.actors and a.type != "country"]
        for raw in list(b.tags) + [c.sector for c in b.commitments if c.sector] + named:
            tag = _tag(raw)
            if tag and found.get(tag) is None:
                found[tag] = data.key(raw) if data.key(raw) in self.actors else None
        return found

    def _tag_targets(self) -> dict[str, str]:
        """Tag -> the page listing its briefings: the actor's page for an actor, else a page of its own."""
        actor_of: dict[str, str | None] = {}
        for b in self.briefings:
            for tag, key in self._tag_actors(b).items():
                if actor_of.get(tag) is None:
                    actor_of[tag] = key
        names = sorted(actor_of, key=lambda n: (n.lower(), n))
        slugs = _anchors([n for n in names if actor_of[n] is None], "tag")
        return {n: self.actor_path(self.actors[actor_of[n]]) if actor_of[n] else f"tags/{slugs[n]}.md" for n in names}

    def _brief_ref(self, from_page: str, b: Briefing, anchor: int | None = None) -> str:
        href = self.urls.href(from_page, self.urls.page(self.briefing_path(b)))
        if anchor is not None:
            href += f"#{render.anchor(anchor)}"
        return href

    def actor_page(self, a: SiteActor) -> str:
        path = self.actor_path(a)
        return render.ENV.get_template("actor.md.j2").render(
            a=a, briefings=a.briefings, quotes=a.quotes, commitments=a.commitments,
            ref=lambda b, i=None: self._brief_ref(path, b, i), link=lambda n: self.actor_link(path, n),
            home=self.urls.href(path, ""))

    def actors_index(self) -> str:
        path = "actors/index.md"
        groups: dict[str, list[SiteActor]] = defaultdict(list)
        for a in self.actors.values():
            groups[a.type].append(a)
        ordered = [(t, sorted(groups[t], key=lambda a: (-len(a.briefings), a.name)))
                   for t in ("person", "organization", "country", "group") if groups.get(t)]
        return render.ENV.get_template("actors.md.j2").render(
            groups=ordered, href=lambda a: self.urls.href(path, self.urls.page(self.actor_path(a))))

    def quotes_pages(self) -> dict[str, str]:
        """``quotes.md``: speakers by initial with counts; ``quotes/<initial>.md``: their quotes. A changed article
        re-renders only the pages of its speakers' initials, and no page grows with the whole archive."""
        by: dict[str, list[tuple[Briefing, Quote]]] = defaultdict(list)
        shown: dict[str, str] = {}  # one entry per speaker key: "Analysts" and "analysts" are one speaker
        for b in self.briefings:
            for q in b.quotes:
                if q.speaker:
                    name = shown.setdefault(data.key(q.speaker), q.speaker)
                    by[name].append((b, q))
        groups: dict[str, list[tuple[str, list[tuple[Briefing, Quote]]]]] = defaultdict(list)
        for speaker in sorted(by, key=lambda n: (n.lower(), n)):
            groups[_initial(speaker)].append((speaker, by[speaker]))
        out: dict[str, str] = {}
        index = []
        for initial in sorted(groups):
            path = f"quotes/{initial}.md"
            anchors = _anchors((name for name, _ in groups[initial]), "speaker")
            out[path] = render.ENV.get_template("quotes.md.j2").render(
                initial=initial.upper(), speakers=[(n, items, anchors[n]) for n, items in groups[initial]],
                link=lambda n, p=path: self.actor_link(p, n), ref=lambda b, i, p=path: self._brief_ref(p, b, i),
                index=self.urls.href(path, self.urls.page("quotes.md")))
            here = self.urls.href("quotes.md", self.urls.page(path))
            index.append((initial.upper(), here, [(n, len(items), f"{here}#{anchors[n]}") for n, items in groups[initial]]))
        top = sorted(((n, len(items)) for n, items in by.items()), key=lambda kv: (-kv[1], kv[0]))[:30]
        where = {n: href for _, _, speakers in index for n, _, href in speakers}
        out["quotes.md"] = render.ENV.get_template("quotes_index.md.j2").render(
            index=index, top=[(n, c, where[n]) for n, c in top], total=sum(len(v) for v in by.values()),
            csv=self.urls.href("quotes.md", "data/quotes.csv"))
        return out

    def tags_pages(self) -> dict[str, str]:
        """``tags.md``: every tag with its count, linked to the actor's page for an actor and otherwise to
        ``tags/<tag>.md``, which lists its briefings, newest first."""
        by: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.briefings:
            for t in self.tags_of(b):
                by[t].append(b)
        names = sorted(by, key=lambda n: (n.lower(), n))
        out: dict[str, str] = {}
        for name in names:
            path = self.tag_pages[name]
            if not path.startswith("tags/"):
                continue  # an actor: their page lists every briefing already
            out[path] = render.ENV.get_template("tag.md.j2").render(
                name=name, items=by[name], href=lambda b, p=path: self._brief_ref(p, b), one_line=render.one_line,
                index=self.urls.href(path, self.urls.page("tags.md")))
        out["tags.md"] = render.ENV.get_template("tags.md.j2").render(
            tags=[(n, len(by[n]), self.urls.href("tags.md", self.urls.page(self.tag_pages[n]))) for n in names])
        return out

    def commitments_page(self) -> str:
        path = "commitments.md"
        rows = [(b, c) for b in self.briefings for c in b.commitments]
        return render.ENV.get_template("commitments.md.j2").render(
            rows=rows, link=lambda n: self.actor_link(path, n), ref=lambda b, i: self._brief_ref(path, b, i),
            chart=self.chart(rows), csv=self.urls.href(path, "data/commitments.csv"))

    def chart(self, rows: list[tuple[Briefing, Commitment]]) -> str:
        """A horizontal bar chart (inline SVG) of money committed by sector, in the most common currency."""
        money = [c for _, c in rows if c.amount and c.amount.unit not in ("percent", "percent_gdp")]
        if not money:
            return ""
        units = defaultdict(int)
        for c in money:
            units[c.amount.unit] += 1
        unit = sorted(units.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        totals: dict[str, float] = defaultdict(float)
        for c in money:
            if c.amount.unit == unit:
                totals[c.sector or "other"] += c.amount.value
        bars = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
        top = bars[0][1] or 1
        h, w, left = 22, 640, 130
        parts = [f'<svg class="briefing-chart" role="img" viewBox="0 0 {left + w + 110} {h * len(bars) + 30}" '
                 f'xmlns="http://www.w3.org/2000/svg"><title>Money committed by sector, {unit}</title>']
        for i, (sector, total) in enumerate(bars):
            y = 20 + i * h
            bw = max(2, int(w * total / top))
            parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{render.text(sector)}</text>'
                         f'<rect x="{left}" y="{y + 2}" width="{bw}" height="{h - 6}"></rect>'
                         f'<text x="{left + bw + 6}" y="{y + 14}">{render.text(_short(total, unit))}</text>')
        parts.append(f'<text x="0" y="12" class="briefing-chart-caption">Total by sector, {unit} '
                     f'({sum(1 for c in money if c.amount.unit == unit)} commitments)</text></svg>')
        return "".join(parts)

    def archive_pages(self) -> dict[str, str]:
        """One page per month (dated briefings) or per section (undated), each at most ARCHIVE_PAGE long."""
        groups: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.briefings:
            groups[month_of(b) or section_of(b)].append(b)
        out = {}
        self.archive = []
        for name in sorted(groups, key=lambda g: (not re.fullmatch(r"\d{4}-\d{2}", g), g), reverse=False):
            items = groups[name]
            chunks = [items[i:i + ARCHIVE_PAGE] for i in range(0, len(items), ARCHIVE_PAGE)]
            for n, chunk in enumerate(chunks, 1):
                slug = slugify(name) + (f"-{n}" if n > 1 else "")
                path = f"archive/{slug}.md"
                title = name + (f" (page {n} of {len(chunks)})" if len(chunks) > 1 else "")
                out[path] = render.ENV.get_template("archive.md.j2").render(
                    title=title, items=chunk, href=lambda b, p=path: self._brief_ref(p, b),
                    one_line=render.one_line)
                self.archive.append((title, path, len(chunk)))
        return out

    def home(self) -> str:
        path = "index.md"
        return render.ENV.get_template("home.md.j2").render(
            briefings=self.briefings[:HOME_LATEST], total=len(self.briefings), rejected=self.rejected,
            href=lambda b: self._brief_ref(path, b), first_sentence=render.one_line,
            archive=[(t, self.urls.href(path, self.urls.page(p)), n) for t, p, n in self.archive],
            link=lambda n: self.actor_link(path, n),
            pages={k: self.urls.href(path, self.urls.page(k)) for k in ("actors/index.md", "quotes.md", "commitments.md", "tags.md")},
            data=self.urls.href(path, "data/briefings.json"))

    # --- data --------------------------------------------------------------------------------------------
    def commitments_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["briefing", "date", "actor", "action", "kind", "sector", "amount_text", "value", "unit", "year", "evidence"])
        for b in self.briefings:
            for c in b.commitments:
                a = c.amount
                w.writerow([b.slug, b.date or "", c.actor or "", c.action or "", c.kind, c.sector or "",
                            a.text if a else "", _num(a.value) if a else "", a.unit if a else "", c.year or "",
                            _csv_safe(c.evidence)])
        return buf.getvalue()

    def quotes_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["briefing", "date", "speaker", "kind", "cue", "text", "start", "end"])
        for b in self.briefings:
            for q in b.quotes:
                w.writerow([b.slug, b.date or "", _csv_safe(q.speaker or ""), q.kind, q.cue or "", _csv_safe(q.text), q.start, q.end])
        return buf.getvalue()


def _initial(name: str) -> str:
    """The page a speaker's quotes are on: the first letter of the name (accents dropped), else "other"."""
    first = slugify(name[:1]) if name else ""
    return first if first.isalpha() else "other"


def _anchors(names, fallback: str = "item") -> dict[str, str]:
    """Name -> slug, unique in the order given (later clashes get -2, -3 ...)."""
    taken: set[str] = set()
    out = {}
    for name in names:
        base = slugify(name) or fallback
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out[name] = slug
    return out


def _num(v: float) -> str:
    return str(int(v)) if v == int(v) else repr(v)


def _csv_safe(text: str) -> str:
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _short(value: float, unit: str) -> str:
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"{unit} {value / size:.3g}{suffix}"
    return f"{unit} {value:.3g}"
