"""Actor identity across the archive: one name per real person or body, so that one actor page gathers them.

Each article's extraction already merges its own mentions ("Tony Blair", "Mr Blair", "he"). Across articles:

- organisations: a name in ``data/organizations.yaml`` takes its canonical name ("Lib Dems" -> Liberal Democrats)
  and is an organisation, whatever type the NER gave the mention;
  other names that differ only in case or, with several words, a plural ending ("ABN AMRO", "ABN Amro";
  "Academy Award", "Academy Awards") are one, under the spelling most briefings use;
- people: full names that differ only in middle initials ("George W Bush", "George Bush") are one, under the most
  used spelling; a surname said alone ("Blair") joins the full-name person with that surname who holds at least
  DOMINANT of the briefings in the briefing's section of every full-name person with it ("Tony Blair"; "Brown"
  in politics is Gordon Brown), where its briefing names that person in full too, names someone or something a
  briefing of that person names, or gives it a role that person holds (a football team sheet's "Morris" is not the
  rugby player Darren Morris). With no
  such person in the section, the surname stays as it is (a judge "Cullen" is not the minister Martin Cullen of
  another section); where several people share it and none dominates, it is marked ambiguous: it gets no actor
  page, so no page mixes different people.

``merge`` rewrites the briefings with those names (the name the article used stays among the actor's aliases)
and merges actors of one briefing that become one; quotes and commitments follow their actor.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from generator import lexicon as lx
from generator.model import Actor, Briefing

DOMINANT = 0.9
ROLE = "role:"  # a role among the keys of the actors named with a person

_INITIAL = re.compile(r"^[A-Z]\.?$")
_SCORE = re.compile(r"\d+\s*-\s*\d+")
_SUM = re.compile(r"[£$€]?\d[\d.,]*\s*(?:bn|m|tn|k|p|%)")


@functools.lru_cache(maxsize=65536)  # asked for every mention of every actor: the same names over and over
def junk_name(name: str) -> bool:
    """A name no actor has: no letters, starting with punctuation, a score ("Roddick 6-2 7-6"), a sum ("280bn"),
    or more digits than letters ("G8" and "3M" are names)."""
    s = name.strip()
    if not s or not s[0].isalnum() or _SCORE.search(s) or _SUM.fullmatch(s):
        return True
    letters = sum(map(str.isalpha, s))
    return letters == 0 or sum(map(str.isdigit, s)) > letters


@functools.lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """Names that are one organisation or tag: case, spaces and hyphens ("ABN AMRO" and "ABN Amro", "Time Warner"
    and "TimeWarner", "Rolls-Royce" and "Rolls Royce"), and a plural last word of a name of several words
    ("Academy Award" and "Academy Awards"); a one-word name keeps its ending ("Times" is not "Time", "Stones" not
    "Stone")."""
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", name.casefold()) if w]
    last = words[-1] if words else ""
    if len(words) > 1 and len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return "".join(words)


def _variant(name: str, typ: str) -> str:
    return " ".join(name.casefold().split()) if typ == "person" else variant_key(name)


@functools.lru_cache(maxsize=65536)
def _person_key(name: str) -> tuple[str, str] | None:
    """(first, last) of a full name whose other words are initials only: "George W. Bush" -> (george, bush)."""
    words = name.split()
    if len(words) < 2 or not all(_INITIAL.match(w) for w in words[1:-1]) or _INITIAL.match(words[0]):
        return None
    return words[0].casefold(), words[-1].casefold()


def _most_used(counts: Counter[str]) -> str:
    return min(counts, key=lambda n: (-counts[n], n))


class Identity:
    """The archive-wide name of each actor of each briefing."""

    def __init__(self, briefings: Sequence[Briefing], section: Callable[[Briefing], str]):
        self.section = section
        orgs = lx.organizations()
        spellings: dict[str, Counter[str]] = defaultdict(Counter)  # variant -> name -> briefings
        people: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (first, last) -> name -> briefings
        for b in briefings:
            for a in b.actors:
                if a.type == "person" and _person_key(a.name):
                    people[_person_key(a.name)][a.name] += 1  # type: ignore[index]
                elif a.type != "person":
                    spellings[_variant(a.name, a.type)][a.name] += 1
        self.org_name = {v: _most_used(c) for v, c in spellings.items()}
        self.person_name = {k: _most_used(c) for k, c in people.items()}
        # surname -> full name -> section -> briefings
        self.surnames: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self.named_in: dict[str, list[Briefing]] = defaultdict(list)  # full name -> the briefings that name it
        for b in briefings:
            for a in b.actors:
                key = _person_key(a.name) if a.type == "person" else None
                if key is not None:
                    self.surnames[key[1]][self.person_name[key]][section(b)] += 1
                    self.named_in[self.person_name[key]].append(b)
        self._company: dict[str, frozenset[str]] = {}  # full name -> keys of the actors named with it
        self.orgs = orgs
        self.ambiguous: set[str] = set()  # name keys of surnames left alone where several people have them
        self._names: dict[tuple[str, str, str], str] = {}  # (name, type, section) -> archive-wide name

    def name(self, b: Briefing, a: Actor) -> str:
        where = (a.name, a.type, self.section(b))
        found = self._names.get(where)
        if found is None:
            found = self._names[where] = self._name(b, a)
        if found != a.name and a.type == "person" and len(a.name.split()) == 1 and not self._together(b, a, found):
            return a.name
        return found

    def _together(self, b: Briefing, a: Actor, full: str) -> bool:
        """A surname said alone joins a full name only where its briefing names that person in full too, names
        someone or something that a briefing of that person names, or gives the surname a role that person holds
        ("Brown will spend £2bn ..., the chancellor said"): a team sheet's "Morris" of a football match is not the
        rugby player Darren Morris, nor a Borders "Warnock" the football manager, though each is the one full name
        with that surname in the sport section."""
        company = self._company.get(full)
        if company is None:
            company = self._company[full] = frozenset(
                lx.key(x.name) for c in self.named_in[full] for x in c.actors if lx.key(x.name) != lx.key(full)) \
                | {ROLE + lx.key(x.role) for c in self.named_in[full] for x in c.actors
                   if x.role and lx.key(x.name) == lx.key(full)}
        return (bool(a.role) and ROLE + lx.key(a.role) in company) \
            or any(lx.key(x.name) in company or x.name == full for x in b.actors if x is not a)

    def _name(self, b: Briefing, a: Actor) -> str:
        known = self.orgs.get(lx.key(a.name))
        if known is not None:
            return known  # a party or body of the table, whatever type the NER gave this mention ("Lib Dem")
        if a.type == "person":
            key = _person_key(a.name)
            if key is not None:
                return self.person_name[key]
            words = a.name.split()
            if len(words) == 1:
                return self._surname(b, a.name)
            if len(words) == 2 and _INITIAL.match(words[0]):
                return self._initialled(b, a.name)
            return a.name
        return self.org_name.get(_variant(a.name, a.type), a.name)

    def _surname(self, b: Briefing, name: str) -> str:
        found = self.surnames.get(name.casefold())
        if not found:
            return name
        where = self.section(b)
        here = {full: sections[where] for full, sections in found.items() if sections[where]}
        if not here:
            if len(found) > 1:
                self.ambiguous.add(lx.key(name))
            return name  # the only full name of the archive lives in other sections: maybe someone else
        best = min(here, key=lambda n: (-here[n], n))
        if here[best] >= DOMINANT * sum(here.values()):
            return best
        self.ambiguous.add(lx.key(name))
        return name

    def _initialled(self, b: Briefing, name: str) -> str:
        """"G Henson" of a team sheet: the one full name of the section with that surname and a first name of that
        initial ("Gavin Henson"), else the name as it is (two of that initial, or none, leave it alone)."""
        initial, surname = name[0].casefold(), name.split()[-1].casefold()
        where = self.section(b)
        here = [full for full, sections in self.surnames.get(surname, {}).items()
                if sections[where] and full[:1].casefold() == initial]
        return here[0] if len(here) == 1 else name


def _merge_into(target: Actor, other: Actor) -> None:
    target.mentions += other.mentions
    target.quotes += other.quotes
    target.role = target.role or other.role
    target.affiliation = target.affiliation or other.affiliation
    target.organization = target.organization or other.organization
    for alias in [other.name, *other.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)


def merge(briefings: Sequence[Briefing], section: Callable[[Briefing], str]) -> tuple[list[Briefing], set[str]]:
    """The briefings with every actor under its archive-wide name, and the name keys of ambiguous surnames;
    ``section`` gives a briefing's section."""
    identity = Identity(briefings, section)
    out = []
    for b in briefings:
        names = {a.id: identity.name(b, a) for a in b.actors}
        if all(names[a.id] == a.name for a in b.actors):
            out.append(b)
            continue
        kept: dict[str, Actor] = {}  # name key -> the briefing's actor under that name
        ids: dict[str, str] = {}  # actor id -> the id of the actor it became
        actors = []
        for a in b.actors:
            name = names[a.id]
            k = lx.key(name)
            if k in kept:
                _merge_into(kept[k], a)
            else:
                aliases = list(a.aliases) + ([a.name] if a.name != name and a.name not in a.aliases else [])
                typ = "organization" if k in identity.orgs else a.type  # a name of the organisations table
                kept[k] = dataclasses.replace(a, name=name, aliases=aliases, type=typ)
                actors.append(kept[k])
            ids[a.id] = kept[k].id
        by_id = {a.id: a for a in actors}
        quotes = [dataclasses.replace(q, speaker=by_id[ids[q.speaker_id]].name, speaker_id=ids[q.speaker_id])
                  if q.speaker_id in ids else q for q in b.quotes]
        commitments = [dataclasses.replace(c, actor=by_id[ids[c.actor_id]].name, actor_id=ids[c.actor_id])
                       if c.actor_id in ids else c for c in b.commitments]
        out.append(dataclasses.replace(b, actors=actors, quotes=quotes, commitments=commitments))
    return out, identity.ambiguous
