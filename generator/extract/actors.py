"""Key actors: people, organisations and countries, with roles and affiliations, every mention merged.

``find_actors(doc, quote_spans)`` returns an ``ActorIndex``: the actors, and the lookups that quotes and
commitments use to resolve a speaker (a name, a surname, a title once established, a pronoun).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator import data
from generator.model import Actor

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
THING_PRONOUNS = {"it", "its"}


@dataclass
class Mention:
    start: int  # character offsets into the doc text
    end: int
    actor: str
    in_quote: bool
    subject: bool


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
    while start < end - 1 and (doc[start].lower_ in ("the",) or doc[start].lower_.rstrip(".") in HONORIFICS
                               or (span.label_ == "PERSON" and doc[start].lower_ in ROLE_HEADS)):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end] if end > start else span


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
        subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
        self.mentions.append(Mention(span.start_char, span.end_char, actor.id, in_quote, subject))
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
        """The most recent actor of one of ``kinds`` mentioned before ``offset`` outside quotes,
        preferring grammatical subjects in the same or the previous sentence."""
        candidates = [m for m in self.mentions if m.end <= offset and not m.in_quote
                      and self.actors[m.actor].type in kinds and m.actor != skip]
        if not candidates:
            return None
        sent_starts = sorted({s.start_char for s in self.doc.sents})
        cur = max((s for s in sent_starts if s <= offset), default=0)
        prev = max((s for s in sent_starts if s < cur), default=0)
        recent = [m for m in candidates if m.start >= prev]
        subjects = [m for m in recent if m.subject]
        best = (subjects or recent or candidates)[-1]
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
        # an entity inside the phrase: "Economists at the IFS", "a Tesco spokesman", "officials from the US"
        for t in tok.subtree:
            if t.i in self.token_actor:
                return self.actors[self.token_actor[t.i]]
        # a name or acronym used only here ("according to the EOC")
        found = self.lookup(tok.text) if tok.pos_ == "PROPN" else None
        if found is not None:
            return found
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
            words = [t for t in words if t.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")]
            role = doc[min(t.i for t in words):child.i + 1] if words else None
            org = None
            for t in child.subtree:
                if t.ent_type_ in ("ORG", "GPE") and t.i != child.i:
                    org = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                    break
            return role, org
    return None, None


def _qualifier(doc: Doc, before: int) -> Span | None:
    """A country, demonym, organisation or possessive pronoun right before a title."""
    i = before - 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    if i < 0:
        return None
    if doc[i].ent_type_ in ("GPE", "NORP", "ORG"):
        ent = next((e for e in doc.ents if e.start <= i < e.end), None)
        return ent
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
                        if qual.text.lower() in ("his", "her", "its", "their"):
                            ante = idx.antecedent(qual.start_char, ("person",), skip=actor.id)
                            actor.affiliation = ante.affiliation if ante else None
                        else:
                            actor.affiliation = data.country_of(qual.text) or _strip_name(qual).text
            if org is not None and not actor.affiliation:
                actor.affiliation = data.country_of(org.text) or _strip_name(org).text
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
                    actor = idx._new(name, "organization", e.start_char)
                idx._vote(actor, "organization")
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
    _counterparts(doc, idx)
    idx.settle_types()
    _organisation_countries(idx)
    return idx


def _organisation_countries(idx: ActorIndex) -> None:
    """An organisation whose name says its country has that affiliation ("Reserve Bank of Australia",
    "Scottish Parliament", "US Federal Reserve")."""
    for a in idx.actors.values():
        if a.type != "organization" or a.affiliation:
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


def _title_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A bare established title ("The Prime Minister said") counts as a mention of its holder."""
    for e in doc.ents:
        if e.label_ != "TITLE" or e.start_char in {m.start for m in idx.mentions}:
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.text == ","):
            continue  # a title in front of a name is part of that mention
        actor = idx.by_title(e.text, e.start_char)
        if actor is not None:
            idx._mention(e, actor)
