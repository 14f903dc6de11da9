"""Across articles: the actor directory (one entry per actor name key, with every briefing, quote and
commitment of theirs) and the tags of each briefing."""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from generator import lexicon as lx
from generator.model import Briefing, Commitment, Quote
from generator.site.identity import junk_name, variant_key
from generator.site.urls import ACTOR_LETTERS, unique_slugs

SHOWN = 3  # roles and countries shown on an actor page before the rest are folded away
RARE = 0.1  # ... and any stated in fewer than this share of the briefings of the most stated one


@dataclass
class SiteActor:
    key: str
    name: str
    type: str
    slug: str = ""
    roles: list[str] = field(default_factory=list)  # most stated first
    affiliations: list[str] = field(default_factory=list)  # most stated first
    organizations: list[str] = field(default_factory=list)  # most stated first
    role_counts: dict[str, int] = field(default_factory=dict)  # role -> briefings that state it
    affiliation_counts: dict[str, int] = field(default_factory=dict)  # stated countries (or, with none, implied)
    implied_counts: dict[str, int] = field(default_factory=dict)  # home countries of the articles, not stated
    countries_implied: bool = False  # no briefing states a country: the affiliations are the implied ones
    aliases: list[str] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    quotes: list[tuple[Briefing, Quote]] = field(default_factory=list)
    commitments: list[tuple[Briefing, Commitment]] = field(default_factory=list)
    mentions: int = 0
    types: dict[str, int] = field(default_factory=dict)  # type -> briefings that give it
    retyped: bool = False  # a one-word "person" by majority that is a body (see ``finish``)

    @staticmethod
    def folded(values: list[str], counts: dict[str, int]) -> tuple[list[str], list[str]]:
        """(shown, folded away): at most SHOWN values, each stated in at least RARE of the briefings of the most
        stated one; the rest are rare ("President" once beside "Prime Minister" 32 times)."""
        if not values:
            return [], []
        top = counts[values[0]]
        shown = [v for v in values[:SHOWN] if counts[v] >= RARE * top]
        return shown, [v for v in values if v not in shown]

    def finish(self, organizations: dict[str, int]) -> None:
        """Type by majority (the first seen on a tie); roles, countries and organisations most stated first. A
        country that an article only implies (its home country, given to the unplaced) counts only where no
        briefing states one: it is where the news was, not whom the actor serves."""
        self.type = max(self.types, key=lambda t: self.types[t])  # dicts keep order: the first wins a tie
        if self.type == "person" and self.types.get("organization") and len(self.name.split()) == 1 \
                and not self.role_counts and not _honoured(self):
            # a one-word name the small NER calls a person by default and some article shows to be a body (a club
            # named before "boss", a firm whose shares trade): a body, unless a role or an honorific says otherwise
            self.type, self.retyped = "organization", True
        if not self.affiliation_counts and self.implied_counts:
            self.affiliation_counts, self.countries_implied = dict(self.implied_counts), True
        for counts, into in ((self.role_counts, self.roles), (self.affiliation_counts, self.affiliations),
                             (organizations, self.organizations)):
            into[:] = sorted(counts, key=lambda v: -counts[v])  # stable: first stated first on a tie


def _honoured(sa: SiteActor) -> bool:
    """Some briefing names the actor with an honorific ("Mr Hobson", "Prince Harry")."""
    honorifics = lx.lexicon().titles.honorifics
    return any(alias.split()[0].rstrip(".").lower() in honorifics for alias in sa.aliases if " " in alias)


def unattested(sa: SiteActor) -> bool:
    """A one-word "person" that nothing in the archive shows to be one or to act: never given a role or an
    honorific ("Mr Hobson", "Prince Harry"), never quoted, no commitment. The small NER types clubs, places,
    products and works so ("Everton", "Gatwick", "Firefox", "Shrek"); they get no page (their briefings still
    list them). A one-word body retyped from a majority of "person" (``SiteActor.finish``) is held to the same
    evidence: its type alone shows nothing. A first name alone ("Sheila", "Steve") is held to a role or an
    honorific even when quoted: across articles it names several people (a novelist's wife and a sitcom character;
    a marathon runner and two men of football stories), and its briefings still list it."""
    if (sa.type != "person" and not sa.retyped) or len(sa.name.split()) != 1 or sa.roles or _honoured(sa):
        return False
    return sa.name in lx.given_names() or not (sa.quotes or sa.commitments)


def work_keys(briefings: list[Briefing]) -> set[str]:
    """The name keys of every title some briefing says as a work's ("the film Vera Drake", "hit BBC comedy The
    Office"), with and without a leading "The"."""
    keys: set[str] = set()
    for b in briefings:
        for title in b.works:
            keys.add(lx.key(title))
            if title[:4].lower() == "the ":
                keys.add(lx.key(title[4:]))
    return keys


def a_work(sa: SiteActor, works: set[str]) -> bool:
    """An actor whose name some article of the archive says as a work's title, and that nothing shows to act: no
    role, no honorific, no quote, no commitment ("Vera Drake has scooped ..." in one article, "the film Vera Drake"
    in another). A band whose album bears its name keeps its page by its quotes or roles."""
    return sa.key in works and not (sa.roles or sa.quotes or sa.commitments or _honoured(sa))


def collect_actors(briefings: list[Briefing], min_articles: int, always: set[str],
                   hidden: Collection[str] = ()) -> dict[str, SiteActor]:
    """Actors seen in at least ``min_articles`` briefings (or whose key is in ``always``), by name key, each with
    a unique slug. ``briefings`` in listing order. No actor whose name is junk (a number, a score, punctuation
    first: ``identity.junk_name``), whose key is in ``hidden`` (ambiguous surnames), that is ``unattested`` or that
    is ``a_work`` has a page."""
    found: dict[str, SiteActor] = {}
    orgs: dict[str, dict[str, int]] = {}
    spelling: dict[str, str] = {}
    for b in briefings:
        local: dict[str, SiteActor] = {}
        for a in b.actors:
            k = lx.key(a.name)
            if k in hidden or junk_name(a.name):
                continue
            sa = found.get(k)
            if sa is None:  # not setdefault: a SiteActor made for each of the 270,000 mentions at 20,000 articles
                sa = found[k] = SiteActor(key=k, name=a.name, type=a.type)
            first = not sa.briefings or sa.briefings[-1] is not b  # briefings are visited one at a time
            if first:
                sa.briefings.append(b)
                sa.types[a.type] = sa.types.get(a.type, 0) + 1
                countries = sa.implied_counts if a.country_implied else sa.affiliation_counts
                for value, counts in ((a.role, sa.role_counts), (a.affiliation, countries),
                                      (a.organization, orgs.setdefault(k, {}))):
                    if value:
                        # "Prime Minister" and "prime minister" are one role, under the spelling seen first
                        value = spelling.setdefault(value.casefold(), value)
                        counts[value] = counts.get(value, 0) + 1
            sa.mentions += a.mentions
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
    for k, sa in shown.items():
        sa.finish(orgs.get(k, {}))
    works = work_keys(briefings)
    shown = {k: a for k, a in shown.items() if k in always or not (unattested(a) or a_work(a, works))}
    slugs = unique_slugs([shown[k].name for k in sorted(shown)], "actor", reserved=[ACTOR_LETTERS])
    for k in sorted(shown):
        shown[k].slug = slugs[shown[k].name]
    return shown


def tag_name(text: str) -> str:
    """A tag name safe for Material's templates: letters, digits, spaces, hyphens, dots, apostrophes."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w .'\-]", "", text)).strip(" .'-")[:60].strip(" .'-")


TAG_KINDS = ("country", "sector", "topic", "actor")  # in the order the tags index shows them
_PRECEDENCE = ("topic", "sector", "country", "actor")  # a name that is several kinds is the last of these


class Tags:
    """Each briefing's tags (its own, countries mentioned twice, sectors, key actors with a page), and the page
    each tag leads to: the actor's page for an actor, else a page of its own (``tags/<slug>.md``). Variants of a
    name are one tag, under the variant most briefings use; each tag has a kind (TAG_KINDS)."""

    def __init__(self, briefings: list[Briefing], actors: dict[str, SiteActor]):
        self.actors = actors
        raw = {id(b): self._candidates(b) for b in briefings}
        uses: dict[str, dict[str, int]] = {}  # variant key -> name -> briefings using it
        for found in raw.values():
            for name in found:
                counts = uses.setdefault(variant_key(name), {})
                counts[name] = counts.get(name, 0) + 1
        canon = {v: min(names, key=lambda n: (-names[n], n)) for v, names in uses.items()}
        self._of: dict[int, dict[str, tuple[str, str | None]]] = {}
        for b in briefings:
            tags: dict[str, tuple[str, str | None]] = {}
            for name, (kind, key) in raw[id(b)].items():
                tag = canon[variant_key(name)]
                if tag not in tags or tags[tag][1] is None and key is not None:
                    tags[tag] = (kind, key)
            self._of[id(b)] = tags
        actor_of: dict[str, str | None] = {}
        self.kinds: dict[str, str] = {}
        for b in briefings:
            for tag, (kind, key) in self._of[id(b)].items():
                if actor_of.get(tag) is None:
                    actor_of[tag] = key
                if tag not in self.kinds or _PRECEDENCE.index(kind) > _PRECEDENCE.index(self.kinds[tag]):
                    self.kinds[tag] = kind
        for tag, key in actor_of.items():
            if key is not None:
                self.kinds[tag] = "actor" if actors[key].type != "country" else "country"
        self.names = sorted(actor_of, key=lambda n: (n.lower(), n))
        slugs = unique_slugs([n for n in self.names if actor_of[n] is None], "tag")
        self.actor_of = actor_of
        self.slugs = slugs

    def _candidates(self, b: Briefing) -> dict[str, tuple[str, str | None]]:
        """Tag name -> (kind, actor key if the name is an actor with a page)."""
        found: dict[str, tuple[str, str | None]] = {}
        named = [(a.name, "country") for a in b.actors if a.type == "country" and a.mentions >= 2]
        named += [(a.name, "actor") for a in b.actors[:5] if lx.key(a.name) in self.actors and a.type != "country"]
        for name, kind in ([(t, "topic") for t in b.tags] + [(c.sector, "sector") for c in b.commitments if c.sector]
                           + named):
            tag = tag_name(name)
            key = lx.key(name) if lx.key(name) in self.actors else None
            if tag and (tag not in found or found[tag][1] is None and key is not None):
                found[tag] = (kind, key)
        return found

    def of(self, b: Briefing) -> list[str]:
        return sorted(self._of[id(b)])

    def actor(self, tag: str) -> SiteActor | None:
        """The actor a tag stands for, if it has a page."""
        key = self.actor_of.get(tag)
        return self.actors[key] if key is not None else None
