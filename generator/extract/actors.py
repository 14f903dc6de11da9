"""Key actors: people, organisations and countries, with roles and affiliations, every mention merged.

``find_actors(doc, quote_spans)`` returns an ``ActorIndex``: the actors, and the lookups that quotes and
commitments use to resolve a speaker (a name, a surname, a title once established, a pronoun).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator import data
from generator.model import Actor
from generator.nlp import ORG_HEADS

_ROLES = data.load("titles")
# Words that head a role ("chief executive", "spokesman") and words that may stand before one ("finance").
ROLE_HEADS = set(_ROLES["role_heads"])
ROLE_WORDS = ROLE_HEADS | set(_ROLES["role_modifiers"])
HONORIFICS = {h.lower() for h in _ROLES["honorifics"]}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# "the firm said": a common noun that stands for the organisation last named
ORG_NOUNS = {"company", "firm", "group", "bank", "government", "ministry", "department", "party", "organisation",
             "organization", "business", "retailer", "airline", "carrier", "maker", "manufacturer", "regulator",
             "watchdog", "agency", "commission", "union", "club", "board", "council", "body", "institute", "network",
             "broadcaster", "giant", "operator", "chain", "insurer", "lender", "supermarket", "studio", "label"}
GROUP_PRONOUNS = {"they", "them", "their"}
# Names the NER takes for organisations that never are actors: time zones
NOT_ACTORS = {"gmt", "bst", "utc", "est", "edt", "pst", "pdt", "cet", "cest"}
THING_PRONOUNS = {"it", "its"}


@dataclass
class Mention:
    start: int  # character offsets into the doc text
    end: int
    actor: str
    in_quote: bool
    subject: bool
    main: bool = False  # subject of the sentence's main clause ("Mr Balls, who ..., said that Mr Brown ...")


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _strip_name(span: Span) -> Span:
    """Drop a leading "the", honorifics and a trailing possessive from a name."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if doc[i].text in ("(", "[", ","):  # "World Health Organisation (WHO"
            end = i
            break
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].lower_.rstrip(".") in HONORIFICS
                               or (span.label_ == "PERSON" and doc[start].lower_ in ROLE_HEADS)):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end] if end > start else span


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` is part of."""
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def _ancestors_to(tok: Token, top: Token) -> list[Token]:
    """``tok`` and its heads up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class ActorIndex:
    def __init__(self, doc: Doc, quote_spans: list[tuple[int, int]]):
        self.doc = doc
        self.quote_spans = quote_spans
        self.actors: dict[str, Actor] = {}
        self.keys: dict[str, str] = {}  # name/alias key -> actor id
        self.titles: dict[str, list[str]] = {}  # title key -> actor ids, in order established
        self.mentions: list[Mention] = []
        self.token_actor: dict[int, str] = {}
        self.type_votes: dict[str, dict[str, int]] = {}
        self._sent_starts: list[int] | None = None

    # --- building -------------------------------------------------------------------------------------
    def _new(self, name: str, type_: str, first: int) -> Actor:
        base = re.sub(r"[^a-z0-9]+", "-", data.key(name)).strip("-") or "actor"
        aid, n = base, 1
        while aid in self.actors:
            n += 1
            aid = f"{base}-{n}"
        actor = Actor(id=aid, name=name, type=type_, first=first)
        self.actors[aid] = actor
        self.keys[data.key(name)] = aid
        return actor

    def _alias(self, actor: Actor, text: str) -> None:
        text = text.strip()
        if text and text != actor.name and text not in actor.aliases:
            actor.aliases.append(text)
        k = data.key(text)
        if k and k not in self.keys:
            self.keys[k] = actor.id

    def _vote(self, actor: Actor, type_: str) -> None:
        votes = self.type_votes.setdefault(actor.id, {})
        votes[type_] = votes.get(type_, 0) + 1

    def settle_types(self) -> None:
        """An actor's type is what most of its mentions were tagged as ("Liberal Democrats" is sometimes
        tagged as a person); known organisations and people with a role keep theirs."""
        for aid, votes in self.type_votes.items():
            a = self.actors[aid]
            if a.type == "country" or data.key(a.name) in data.organizations():
                continue
            best = max(sorted(votes), key=lambda t: votes[t])
            if votes[best] > votes.get(a.type, 0) and not (a.type == "person" and a.role):
                a.type = best

    def _mention(self, span: Span, actor: Actor) -> None:
        in_quote = _in_spans(span.start_char, self.quote_spans)
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass")]
        main = any(t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT") for t in subjects)
        self.mentions.append(Mention(span.start_char, span.end_char, actor.id, in_quote, bool(subjects), main))
        actor.mentions += 1
        for t in span:
            self.token_actor[t.i] = actor.id

    def lookup(self, text: str) -> Actor | None:
        aid = self.keys.get(data.key(text))
        return self.actors.get(aid) if aid else None

    # --- queries --------------------------------------------------------------------------------------
    def by_title(self, title: str, before: int) -> Actor | None:
        """The person a bare title refers to: the one who holds it and was last spoken of (outside quotes)."""
        ids = self.titles.get(data.key(title))
        if not ids:
            return None
        if len(ids) == 1:
            return self.actors[ids[0]]
        last = {m.actor: m.start for m in self.mentions if m.start < before and not m.in_quote and m.actor in ids}
        if last:
            return self.actors[max(last, key=last.get)]
        return self.actors[ids[0]]

    def antecedent(self, offset: int, kinds: tuple[str, ...], skip: str | None = None) -> Actor | None:
        """The most recent actor of one of ``kinds`` mentioned before ``offset`` outside quotes, preferring,
        in the same or the previous sentence, the subject of a main clause, then any subject, then any
        mention; further back, the last main-clause subject."""
        candidates = sorted((m for m in self.mentions if m.end <= offset and not m.in_quote
                             and self.actors[m.actor].type in kinds and m.actor != skip), key=lambda m: m.start)
        if not candidates:
            return None
        if self._sent_starts is None:
            self._sent_starts = sorted({s.start_char for s in self.doc.sents})
        cur = max((s for s in self._sent_starts if s <= offset), default=0)
        prev = max((s for s in self._sent_starts if s < cur), default=0)
        recent = [m for m in candidates if m.start >= prev]
        main = [m for m in recent if m.main]
        subjects = [m for m in recent if m.subject]
        best = (main or subjects or recent or [m for m in candidates if m.main] or candidates)[-1]
        return self.actors[best.actor]

    def resolve(self, tok: Token) -> Actor | None:
        """The actor a speaker or agent token stands for: a name, an entity inside the phrase, a title, a pronoun."""
        if tok.i in self.token_actor:
            return self.actors[self.token_actor[tok.i]]
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            if low in PERSON_PRONOUNS:
                return self.antecedent(tok.idx, ("person",))
            if low in THING_PRONOUNS:
                return self.antecedent(tok.idx, ("organization",))
            return None
        # a name or acronym the NER missed here ("Mr Balls, who ...", "according to the EOC")
        found = self.lookup(tok.text) if tok.pos_ == "PROPN" else None
        if found is not None:
            return found
        # an entity inside the phrase: "Economists at the IFS", "a Tesco spokesman", "officials from the US";
        # not inside a relative clause or an apposition ("Mr X, who left his Treasury post")
        inner = [t for t in tok.subtree
                 if not any(a.dep_ in ("relcl", "appos") for a in _ancestors_to(t, tok))]
        for t in inner:
            if t.i in self.token_actor:
                return self.actors[self.token_actor[t.i]]
        if tok.lower_ in ORG_NOUNS and any(c.lower_ in ("the", "its") for c in tok.children):
            return self.antecedent(tok.idx, ("organization",))
        # a title established earlier: "the Prime Minister", "the chancellor"
        phrase = " ".join(t.text for t in tok.subtree if t.dep_ in ("compound", "amod") or t == tok)
        for cand in (phrase, tok.text):
            found = self.by_title(cand, tok.idx)
            if found:
                return found
        return None

    # --- finalising -----------------------------------------------------------------------------------
    def ranked(self) -> list[Actor]:
        for a in self.actors.values():
            weight = {"person": 1.0, "organization": 0.9, "country": 0.6, "group": 0.5}[a.type]
            a.score = round(weight * (a.mentions + 3 * a.quotes + (1 if a.role else 0)), 3)
        return sorted(self.actors.values(), key=lambda a: (-a.score, a.first, a.name))


def _role_before(doc: Doc, span: Span) -> tuple[Span | None, int]:
    """The title words right before a name ("UK Defence Secretary, John Healey", "Tesco chief executive
    Terry Leahy"): returns the role span (or None) and the index where qualifiers may start."""
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    end = i + 1
    while i >= 0 and (doc[i].ent_type_ == "TITLE" or (doc[i].lower_ in ROLE_WORDS and doc[i].ent_type_ == "")
                      or (doc[i].lower_ in ("of", "the") and i > 0 and doc[i - 1].ent_type_ == "TITLE" and doc[i + 1].ent_type_ == "TITLE")):
        i -= 1
    start = i + 1
    if start < end and any(t.lower_ in ROLE_HEADS for t in doc[start:end]):
        while start < end and doc[start].lower_ in ("of", "the"):
            start += 1
        return doc[start:end], start
    return None, span.start


def _role_after(doc: Doc, span: Span) -> tuple[Span | None, Span | None]:
    """An appositive title after a name: "John Smith, chief executive of Tesco," -> (role, organisation)."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lower_ in ROLE_HEADS:
            words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("amod", "compound") or t == child]
            # "the party's Treasury spokesman": an organisation right before the head is part of the role
            words = [t for t in words if t.ent_type_ not in ("GPE", "NORP", "PERSON")
                     and (t.ent_type_ != "ORG" or t.dep_ == "compound" and t.head == child)]
            role = doc[min(t.i for t in words):child.i + 1] if words else None
            org = None
            for t in child.subtree:
                if t.ent_type_ in ("ORG", "GPE") and t.i != child.i:
                    org = _ent_at(doc, t.i)
                    break
            return role, org
    return None, None


def _qualifier(doc: Doc, before: int) -> Span | None:
    """A country, demonym, organisation or possessive pronoun right before a title."""
    i = before - 1
    while i >= 0 and before - i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:  # "Ukraine's new president"
        i -= 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    if i < 0:
        return None
    if doc[i].ent_type_ in ("GPE", "NORP", "ORG"):
        return _ent_at(doc, i)
    if doc[i].lower_ in ("his", "her", "its", "their"):
        return doc[i:i + 1]
    return None


def _person_repair(doc: Doc) -> list[Span]:
    """Entities the small NER mislabels, repaired: "Tore Sandvik" tagged as ORG "Sandvik" (a given name
    outside the entity + one capitalised word) becomes a PERSON; single words that are the surname of a
    person named in full become that person."""
    ents = [e for e in doc.ents]
    persons = [e for e in ents if e.label_ == "PERSON"]
    surnames = {e[-1].text for e in persons if len(e) >= 2}
    # "Mr Cable" tagged as an organisation: an honorific makes a person, and so does that person's surname
    honoured = {e[-1].text for e in ents if len(e) >= 2 and e[0].lower_.rstrip(".") in HONORIFICS}
    surnames |= honoured
    out: list[Span] = []
    for e in ents:
        if data.key(e.text) in NOT_ACTORS:
            continue  # "1405 GMT": a time zone, not an organisation
        if (e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ in ORG_NOUNS
                and e.text not in surnames):
            out.append(Span(doc, e.start, e.end, label="ORG"))  # "retail bank Absa", "the carrier Ryanair"
            continue
        if e.label_ in ("ORG", "GPE", "NORP") and (e[0].lower_.rstrip(".") in HONORIFICS and len(e) >= 2
                                                   or (len(e) <= 3 and e[-1].text in honoured)):
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        if e.label_ in ("ORG", "GPE") and len(e) == 1 and data.key(e.text) not in data.countries():
            prev = doc[e.start - 1] if e.start > 0 else None
            before = doc[e.start - 2] if e.start > 1 else None
            if (prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ == "" and prev.is_title
                    and not prev.is_sent_start and prev.lower_ not in ROLE_WORDS and len(prev) > 1
                    and e[0].is_title and (before is None or before.lower_ != "the")
                    and data.key(f"{prev.text} {e.text}") not in data.organizations()):
                out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
                continue
            if e.text in surnames:
                out.append(Span(doc, e.start, e.end, label="PERSON"))
                continue
        out.append(e)
    return out


def find_actors(doc: Doc, quote_spans: list[tuple[int, int]]) -> ActorIndex:
    idx = ActorIndex(doc, quote_spans)
    org_hints: dict[str, str] = {}  # organisation id -> country said next to it ("US telecoms firm WorldCom")
    ents = _person_repair(doc)
    persons = [e for e in ents if e.label_ == "PERSON"]
    # full names first, so surnames and later mentions merge into them
    full: dict[str, Actor] = {}
    for e in sorted(persons, key=lambda e: (-len(_strip_name(e)), e.start)):
        name_span = _strip_name(e)
        name = name_span.text
        if len(name_span) >= 2:
            k = data.key(name)
            if k not in idx.keys:
                full[k] = idx._new(name, "person", e.start_char)
    for e in sorted(ents, key=lambda e: e.start):
        label = e.label_
        if label == "PERSON":
            name_span = _strip_name(e)
            name = name_span.text
            actor = idx.lookup(name)
            if actor is None and len(name_span) == 1:
                matches = [a for a in full.values() if a.name.split()[-1] == name]
                if not matches and e.start > 0 and doc[e.start - 1].lower_ in ("sir", "dame"):
                    matches = [a for a in full.values() if a.name.split()[0] == name]  # "Sir Digby"
                actor = matches[0] if len(matches) == 1 else None
            if actor is None:
                actor = idx._new(name, "person", e.start_char)
            idx._alias(actor, name)
            if e.text != name:
                idx._alias(actor, e.text)
            actor.first = min(actor.first, e.start_char)
            idx._mention(e, actor)
            idx._vote(actor, "person")
            role, qual_at = _role_before(doc, e)
            inner = [t for t in doc[e.start:name_span.start] if t.lower_ in ROLE_WORDS]
            if role is None and inner:  # "Treasurer Peter Costello" tagged as one PERSON entity
                role, qual_at = doc[inner[0].i:inner[-1].i + 1], inner[0].i
            org = None
            if role is None:
                role, org = _role_after(doc, e)
            if role is not None:
                role_text = role.text.strip(" ,")
                if not actor.role:
                    actor.role = role_text
                idx.titles.setdefault(data.key(role_text), [])
                if actor.id not in idx.titles[data.key(role_text)]:
                    idx.titles[data.key(role_text)].append(actor.id)
                if role.start < name_span.start:
                    if "," not in doc[role.end:name_span.start].text:
                        idx._alias(actor, f"{role_text} {name}")
                    qual = _qualifier(doc, qual_at)
                    if qual is not None and not actor.affiliation:
                        if qual.text.lower() in ("its", "their"):  # "Its chief executive, Laura Pike"
                            ante = idx.antecedent(qual.start_char, ("organization",))
                            actor.organization = actor.organization or (ante.name if ante else None)
                        elif qual.text.lower() in ("his", "her"):
                            ante = idx.antecedent(qual.start_char, ("person",), skip=actor.id)
                            actor.affiliation = ante.affiliation if ante else None
                        else:
                            _belongs(actor, qual)
            if org is not None:
                _belongs(actor, org)
        elif label == "ORG":
            name_span = _strip_name(e)
            name = name_span.text
            if not name or not any(c.isalpha() for c in name):
                continue
            country = data.countries().get(data.key(name))
            name = data.organizations().get(data.key(name), name)  # "Tories" -> Conservative Party
            if country:
                actor = idx.lookup(country) or idx._new(country, "organization" if country == "European Union" else "country", e.start_char)
            else:
                actor = idx.lookup(name)
                if actor is None:
                    # an acronym of an organisation named in full, or the reverse
                    for a in idx.actors.values():
                        if a.type == "organization" and (_initials(a.name) == name or _initials(name) == a.name):
                            actor = a
                            break
                if actor is None and len(name_span) == 1:
                    person = [a for a in full.values() if a.name.split()[-1] == name]
                    actor = person[0] if len(person) == 1 else None
                if actor is None:
                    actor = _shorter_name(idx, name)
                if actor is None:
                    actor = idx._new(name, "organization", e.start_char)
                idx._vote(actor, "organization")
                hint = _country_modifier(doc, e)
                if hint:
                    org_hints.setdefault(actor.id, hint)
            idx._alias(actor, name)
            if _strip_name(e).text != name:
                idx._alias(actor, _strip_name(e).text)
            idx._mention(e, actor)
        elif label == "GPE":
            country = data.countries().get(data.key(e.text))
            if country is None:
                capital_of = data.capitals().get(data.key(e.text))
                if capital_of and e.root.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    actor = idx.lookup(capital_of) or idx._new(capital_of, "country", e.start_char)
                    idx._alias(actor, e.text)
                    idx._mention(e, actor)
                continue
            actor = idx.lookup(country) or idx._new(country, "organization" if country == "European Union" else "country", e.start_char)
            idx._alias(actor, _strip_name(e).text)
            idx._mention(e, actor)
    _title_mentions(doc, idx)
    _name_mentions(doc, idx)
    _pronoun_mentions(doc, idx)
    _counterparts(doc, idx)
    idx.settle_types()
    _organisation_countries(idx, org_hints)
    _people_countries(idx)
    _home_country(doc, idx)
    return idx


def _belongs(actor: Actor, span: Span) -> None:
    """A qualifier or an organisation named with a person's role: a country ("Russia's Foreign Minister")
    becomes the affiliation, an organisation ("Tesco chief executive") the person's organisation."""
    country = data.country_of(span.text) or data.country_of(_strip_name(span).text)
    if country:
        actor.affiliation = actor.affiliation or country
    elif span.label_ == "ORG" or span.root.ent_type_ == "ORG":
        name = _strip_name(span).text
        actor.organization = actor.organization or data.organizations().get(data.key(name), name)


def _shorter_name(idx: ActorIndex, name: str) -> Actor | None:
    """A shorter name for an organisation already named in full: "the Reserve Bank" after "the Reserve Bank of
    Australia"; a bare head word ("the Bank", "the Commission") for the last organisation it ends or starts."""
    words = name.split()
    orgs = [a for a in idx.actors.values() if a.type == "organization"]
    longer = [a for a in orgs if any(a.name.startswith(f"{name} {w} ") for w in ("of", "for", "on"))]
    if len(longer) == 1:
        return longer[0]
    if len(words) == 1 and name in ORG_HEADS:
        heads = [a for a in orgs if name in a.name.split()[1:] or a.name.split()[0] == name and len(a.name.split()) > 1]
        if heads:
            return max(heads, key=lambda a: a.first)
    return None


def _country_modifier(doc: Doc, ent: Span) -> str | None:
    """A country said in the noun phrase before an organisation's name ("US telecoms firm WorldCom",
    "Australia's Commonwealth Bank", "the German carmaker BMW") or in an apposition after it ("Barclays, the
    UK's third-biggest bank")."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            for t in child.subtree:
                if t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("poss", "compound", "amod", "nmod") and t.head == child:
                    country = data.country_of(t.text)
                    if country:
                        return country
    i = ent.start - 1
    steps = 0
    while i >= 0 and steps < 4:
        tok = doc[i]
        if tok.text in ("'s", "’s") and i > 0:
            i -= 1  # "South Africa's"
        if doc[i].ent_type_ in ("GPE", "NORP"):
            span = _ent_at(doc, i)
            return data.country_of(span.text) if span is not None else None
        if tok.text in ("'s", "’s"):
            return None
        if not (tok.is_lower and (tok.pos_ in ("NOUN", "ADJ", "PROPN") or tok.tag_ in ("VBG", "VBN"))):
            return None  # "leading", "listed" are adjectives here too
        i -= 1
        steps += 1
    return None


def _organisation_countries(idx: ActorIndex, hints: dict[str, str]) -> None:
    """An organisation's country: from the table of known organisations, from a country said with it ("US
    telecoms firm WorldCom"), or from its name ("Reserve Bank of Australia", "Scottish Parliament")."""
    for a in idx.actors.values():
        if a.type != "organization" or a.affiliation:
            continue
        a.affiliation = data.organization_country(a.name) or hints.get(a.id)
        if a.affiliation:
            continue
        words = re.findall(r"[\w.'’]+", a.name)
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                country = data.country_of(" ".join(words[i:i + n]))
                if country and country != a.name:
                    a.affiliation = country
                    break
            if a.affiliation:
                break


def _people_countries(idx: ActorIndex) -> None:
    """A person's organisation named as in the article, and its country as the person's when none was said."""
    for a in idx.actors.values():
        if a.type != "person" or not a.organization:
            continue
        org = idx.lookup(a.organization) or _shorter_name(idx, a.organization)
        if org is None or org.type != "organization":
            continue
        a.organization = org.name
        if not a.affiliation and org.affiliation:
            a.affiliation = org.affiliation


@functools.lru_cache(maxsize=None)
def _cue_patterns() -> dict[str, re.Pattern]:
    """One compiled pattern per country with institution cues ("the Commons", "Whitehall")."""
    out = {}
    for country, info in data.country_table().items():
        cues = sorted(info.get("cues") or [], key=len, reverse=True)
        if cues:
            out[country] = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])")
    return out


def _home_country(doc: Doc, idx: ActorIndex) -> None:
    """The country the article is about, when one clearly leads (mentions of it, its people, places and
    institutions, double in the headline and lead; at least twice the next one), is the affiliation of the
    people and organisations it leaves without one, marked as implied. International bodies and their staff
    get none."""
    score: dict[str, float] = {}

    def add(country: str | None, weight: float = 1.0) -> None:
        if country and not data.country_table().get(country, {}).get("bloc"):
            score[country] = score.get(country, 0.0) + weight

    sents = list(doc.sents)
    lead_end = sents[min(2, len(sents) - 1)].end_char if sents else 0

    def weight(offset: int) -> float:
        return 2.0 if offset < lead_end else 1.0  # the headline and the lead set the scene

    for m in idx.mentions:
        if idx.actors[m.actor].type == "country":
            add(idx.actors[m.actor].name, weight(m.start))
    for a in idx.actors.values():
        if a.type == "organization" and a.affiliation:
            add(a.affiliation)  # once per organisation: its name was counted with its country already
    for e in doc.ents:
        if e.label_ == "NORP":
            add(data.demonyms().get(data.key(e.text)), weight(e.start_char))
        elif e.label_ in ("GPE", "LOC") and data.key(e.text) not in data.countries():
            k = data.key(e.text)
            add(data.capitals().get(k) or data.regions().get(k), weight(e.start_char))
    for country, pattern in _cue_patterns().items():
        add(country, len(pattern.findall(doc.text)))
    if not score:
        return
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    home, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < 2 or top < 2 * second:
        return
    for a in idx.actors.values():
        if a.affiliation or a.type not in ("person", "organization"):
            continue
        if data.international(a.name) or (a.organization and data.international(a.organization)):
            continue
        a.affiliation = home
        a.country_implied = True


def _counterparts(doc: Doc, idx: ActorIndex) -> None:
    """"his Norwegian counterpart" names a role and a country for a person named next to it (in apposition,
    or as the first person without a role in the next two sentences): role "counterpart of <possessor>",
    affiliation Norway."""
    sents = list(doc.sents)
    for tok in doc:
        if tok.lemma_.lower() != "counterpart" or tok.pos_ != "NOUN":
            continue
        country = next((data.country_of(c.text) for c in tok.children
                        if c.dep_ in ("amod", "compound", "poss") and data.country_of(c.text)), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        owner_actor = idx.resolve(owner) if owner is not None else None
        target = None
        for child in tok.children:
            if child.dep_ == "appos" and child.i in idx.token_actor:
                target = idx.actors[idx.token_actor[child.i]]
        if target is None:
            si = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
            window_end = sents[min(si + 2, len(sents) - 1)].end_char
            for m in sorted(idx.mentions, key=lambda m: m.start):
                a = idx.actors[m.actor]
                if tok.idx < m.start < window_end and a.type == "person" and not a.role and a is not owner_actor:
                    target = a
                    break
        if target is None or target.role:
            continue
        target.role = f"counterpart of {owner_actor.name}" if owner_actor is not None else "counterpart"
        if country and not target.affiliation:
            target.affiliation = country


def _name_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A person's surname the NER did not tag here ("Mr Balls, who stepped down, ...") is still a mention."""
    by_surname: dict[str, list[Actor]] = {}
    for a in idx.actors.values():
        if a.type == "person" and len(a.name.split()) >= 2:
            by_surname.setdefault(a.name.split()[-1], []).append(a)
    for tok in doc:
        if tok.i in idx.token_actor or tok.pos_ != "PROPN" or len(by_surname.get(tok.text, [])) != 1:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        actor = by_surname[tok.text][0]
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in HONORIFICS else tok.i
        idx._alias(actor, tok.text)
        idx._mention(doc[start:tok.i + 1], actor)


def _pronoun_mentions(doc: Doc, idx: ActorIndex) -> None:
    """"he" and "she" outside quotes, in reading order, as mentions of the person they refer to, so that the
    next pronoun finds the same person and the mention count includes them."""
    for tok in doc:
        if tok.lower_ not in ("he", "she") or tok.i in idx.token_actor or _in_spans(tok.idx, idx.quote_spans):
            continue
        actor = idx.antecedent(tok.idx, ("person",))
        if actor is not None:
            idx._mention(doc[tok.i:tok.i + 1], actor)


def _title_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A bare established title ("The Prime Minister said") counts as a mention of its holder."""
    for e in doc.ents:
        if e.label_ != "TITLE" or e.start_char in {m.start for m in idx.mentions}:
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.text == ","):
            continue  # a title in front of a name is part of that mention
        actor = idx.by_title(e.text, e.start_char)
        if actor is None:
            actor = _named_later(doc, idx, e)
        if actor is not None:
            idx._mention(e, actor)


def _named_later(doc: Doc, idx: ActorIndex, title: Span) -> Actor | None:
    """A title given before its holder is named: "..., the Trade and Industry Secretary has said. ... Patricia
    Hewitt said ...". The title is the role of the first person named in the next two sentences, when that
    person is new there, the subject of their clause and has no role of their own, and nobody was named
    before the title; only for
    "the <title>" outside quotes."""
    if title.start == 0 or doc[title.start - 1].lower_ != "the" or _in_spans(title.start_char, idx.quote_spans):
        return None
    sents = [s for s in doc.sents if s.end_char > title.start_char][:3]
    if not sents:
        return None
    limit = sents[-1].end_char
    first_seen: dict[str, int] = {}
    for m in idx.mentions:
        first_seen[m.actor] = min(first_seen.get(m.actor, m.start), m.start)
    if any(m.start < title.start_char and idx.actors[m.actor].type == "person" for m in idx.mentions):
        return None  # someone was named before: "the prime minister" most likely points back to them
    later = sorted((m for m in idx.mentions if title.end_char <= m.start < limit
                    and idx.actors[m.actor].type == "person"), key=lambda m: m.start)
    if not later:
        return None
    actor = idx.actors[later[0].actor]
    if actor.role or first_seen[actor.id] < title.start_char or not later[0].subject:
        return None
    actor.role = title.text
    idx.titles.setdefault(data.key(title.text), []).append(actor.id)
    return actor
