"""Key actors: people, organisations and countries, with roles and affiliations, every mention merged.

``find_actors(doc, quote_spans)`` runs the passes below and returns an ``ActorIndex``: the actors, and the
lookups that quotes and commitments use to resolve a speaker (a name, a surname, a title once established, a
pronoun). Modules: ``names`` (NER repair), ``index`` (identity and lookups), ``roles``, ``coref`` (surname and
pronoun mentions), ``countries``.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.actors import coref, countries, roles
from generator.extract.actors.index import SPOKESPEOPLE, ActorIndex, Mention, in_spans
from generator.extract.actors.names import PLACE_PREPS, abbreviates, ent_at, repair_entities, strip_name
from generator.extract.sentences import DASHES, english_words, ents_of, text_of, words_of
from generator.model import Actor

__all__ = ["ActorIndex", "Mention", "find_actors"]


def find_actors(doc: Doc, quote_spans: list[tuple[int, int]]) -> ActorIndex:
    idx = ActorIndex(doc, quote_spans)
    org_hints: dict[str, str] = {}  # organisation id -> country said next to it ("US telecoms firm WorldCom")
    works: list[str] = []
    ents = repair_entities(doc, works)
    idx.works = sorted(set(works))  # names said as works ("the film Vera Drake"): no actors, here or elsewhere
    full = _full_names(idx, ents)
    _joined_names(idx, ents)
    for e in sorted(ents, key=lambda e: e.start):
        if e.label_ == "PERSON" and not _known_body(e):
            _person(doc, idx, e, full)
        elif e.label_ in ("ORG", "PERSON"):  # a known organisation the NER took for a person ("the Lib Dems", "G8")
            _organisation(doc, idx, e, full, org_hints)  # is one from the start, so that no "he" is resolved to it
        elif e.label_ == "GPE" and _body_taken_for_place(doc, e):
            _organisation(doc, idx, e, full, org_hints)
        elif e.label_ == "GPE":
            _place(doc, idx, e)
        elif e.label_ == "NORP":
            _national_government(doc, idx, e)
    _untagged_speakers(doc, idx)
    _untagged_after_kind(doc, idx)
    roles.title_mentions(doc, idx)
    roles.spokesperson_mentions(doc, idx)
    roles.role_nouns_named_later(doc, idx)
    roles.role_phrase_mentions(doc, idx)
    coref.name_mentions(doc, idx)
    coref.organisation_name_mentions(doc, idx)
    coref.pronoun_mentions(doc, idx)
    roles.titles_after_pronouns(doc, idx)
    roles.counterparts(doc, idx)
    roles.country_role_phrases(doc, idx)
    idx.settle_types()
    _firms_before_roles(idx)
    coref.pronouns_of_bodies(doc, idx)
    countries.described_countries(doc, idx, org_hints)
    countries.described_people(doc, idx)
    countries.people_before_names(doc, idx)
    countries.organisation_countries(idx, org_hints)
    countries.people_countries(idx)
    countries.officials_of_the_subject(doc, idx)
    scores = countries.country_scores(doc, idx)
    idx.home_country = countries.leader(scores)
    # "$" is the dollar of the country the article is most about, when that country has a dollar, even where it
    # does not lead clearly (an Australian release about Chinese tourists is Australian for its sums), and even
    # where it is named once ("Tasmania" in a release that names no other country's place but a town's)
    first = countries.leader(scores, margin=1.0, least=1.0)
    idx.dollar_country = first if first in lx.lexicon().commitments.dollars else None
    countries.based_countries(idx)
    countries.place_the_unplaced(doc, idx, idx.home_country, countries.leader_of_people(scores))
    _untagged_bodies(doc, idx)
    _untagged_named_bodies(doc, idx)
    _peers_by_title(idx)
    return idx


def _firms_before_roles(idx: ActorIndex) -> None:
    """A name the NER took for a person or left untagged, said before a person's role, that is a body's name or
    alias in the article ("Ryanair deputy chief executive Michael Cawley", "Electrolux chief executive Hans
    Straberg", "Apacs spokeswoman Jemma Smith" after "the Association for Payment Clearing Services (Apacs)"): that
    person's organisation, where none was said (the body is known only once every name is read). The name whole:
    not a body whose name merely contains a word of it."""
    surnames = {a.name.split()[-1] for a in idx.of_type("person") if len(a.name.split()) >= 2}
    for aid, names in idx.names_before_role.items():
        # not a person's surname ("Clinton campaign manager Robby Mook" where "the Clinton campaign" made a body)
        names = [n for n in names if n not in surnames and not lx.known_surname(n)]
        firm = next((found for found in map(idx.lookup, names) if found is not None), None)
        actor = idx.actors.get(aid)
        if actor is not None and actor.type == "person" and not actor.organization and firm is not None \
                and firm.type == "organization":
            actor.organization = firm.name


def _peers_by_title(idx: ActorIndex) -> None:
    """A peer whom the text names only by the title ("Lord Falconer", "Baroness Morgan"; never a given name) is
    called so, not by the bare "Falconer" (a one-word name on the site): the title is how a peer is named. The
    title written right before the name, or a mention of two words that starts with it; not a title of office
    ("Lord Chancellor Falconer")."""
    single = {a.id for a in idx.actors.values() if a.type == "person" and len(a.name.split()) == 1}
    titles: dict[str, list[str]] = {}  # actor id -> the peerage titles of their mentions, in text order
    for m in sorted((m for m in idx.mentions if m.actor in single), key=lambda m: m.start):
        titles.setdefault(m.actor, []).extend(_peerage_title(idx, m))
    for aid, found in titles.items():
        if found:
            actor = idx.actors[aid]
            old = actor.name
            actor.name = f"{found[0]} {old}"
            idx.alias(actor, old)
            idx.keys.setdefault(lx.key(actor.name), actor.id)


def _peerage_title(idx: ActorIndex, m: Mention) -> list[str]:
    before = idx.title_words(m)[0]
    words = text_of(idx.doc)[m.start:m.end].split()
    if before in countries.PEERAGE and words == [idx.actors[m.actor].name]:
        return [before]
    return [words[0]] if len(words) == 2 and words[0] in countries.PEERAGE else []


PERSON_WORDS = frozenset({"he", "she", "his", "her"})  # as a subject or an owner
BODY_WORDS = frozenset({"it", "its"})
PRONOUN_SENTENCES = 2  # the pronouns that tell a name's type: in its sentence and the next


def _untagged_speakers(doc: Doc, idx: ActorIndex) -> None:
    """A name the NER left out (or tagged as no actor) that is the subject of a verb of speech ("Edu added",
    "Macrovision said it ...", "said the IAAF"): an actor, with every mention of the name as written, so that what
    it says has a speaker with a page and a later "he" or "it" can find it. A person or an organisation by what the
    text says of it: a given name first, letters in capitals, a word of a body's name, or the pronouns that follow
    it ("he", "it"); where nothing tells, no actor (the speaker stays a name). A surname of an actor named in full
    is that actor."""
    speech = lx.lexicon().cues.speech_verbs
    seen: set[str] = set()
    for i in words_of(doc).speech_verbs(speech):
        verb = doc[i]
        sent = verb.sent
        if not any(c.dep_ in ("ccomp", "parataxis") for v in (verb, *verb.conjuncts) for c in v.children) \
                and not any(sent.start_char <= a < sent.end_char for a, _ in idx.quote_spans):
            continue  # something said ("... describes itself as ... and said the move ..."), not "Sweet Charity tells
            # the story of ..."
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.tag_ != "NNP" or subj.i in idx.token_actor \
                    or in_spans(subj.idx, idx.quote_spans):
                continue
            words = _name_before(subj)
            if words is not None and len(words) > 1 and words[0].is_sent_start \
                    and words[0].text not in lx.given_names() and words[0].lower_ in english_words(doc) \
                    and words[0].ent_type_ != "NORP":
                words = words[1:]  # "Miner Highland Gold said": a common word capitalised to start the sentence
                # (not a people's word, capitalised anywhere: "Swiss Re said")
            owned = any(c.dep_ == "poss" for c in subj.children)
            if words is None or (owned and words[0].text not in lx.given_names()):
                continue  # not "St Fintian's High School"; but "Sky Networks' Sophie Turner Laing"
            name = " ".join(t.text for t in words)
            if name in seen or not _untagged_name(doc, words):
                continue
            seen.add(name)
            starts = _occurrences(doc, idx, words)
            type_ = _type_of_untagged(doc, idx, words, starts)
            # a surname of one named in full whom the NER left untagged here ("JK Rowling's fifth book" ... "Rowling
            # revealed"), or the person a surname named until here given in full ("Desailly" ... "Marcel Desailly
            # said"): that actor
            actor = idx.by_last_word(name) if len(words) == 1 else _full_name_of(idx, words)
            if actor is None and (type_ is None or _named_already(idx, subj, words)):
                continue
            made = actor is None
            if actor is None:
                actor = idx.new(name, type_ or "person", words[0].idx)
            elif len(words) > 1:
                idx.alias(actor, name)
            for start in starts:
                span = doc[start:start + len(words)]
                idx.mention(span, actor)
                if type_ is not None and (made or type_ == "person"):
                    # an actor named before becomes a person by "she" after its surname (JK Rowling, tagged a body
                    # once), never a body by an "it" that may stand for anything
                    idx.vote(actor, type_)
                if actor.type == "person":
                    _role(doc, idx, actor, span, span)  # "Arsenal's Brazilian midfielder Edu", as for any person


def _untagged_after_kind(doc: Doc, idx: ActorIndex) -> None:
    """A name the NER left out right after a noun for a kind of business ("India's biggest carmaker Maruti has
    reported ...", "the US airline JetBlue"): an organisation, with every mention of the name as written, as it
    would be had the NER tagged it (see ``names`` for "retail bank Absa"). Not a name of a place, a people, a
    title or a thing, nor a common word capitalised (``_untagged_name``)."""
    words_ = lx.lexicon().actors
    seen: set[str] = set()
    for tok in doc:
        if not (tok.is_lower and (tok.lower_ in words_.org_nouns - words_.government_nouns
                                  or tok.lower_.endswith("maker"))) or tok.dep_ not in ("compound", "appos", "nmod"):
            continue
        head = tok.head
        if head.i <= tok.i or head.pos_ != "PROPN" or head.i - tok.i > 3 or head.i in idx.token_actor \
                or in_spans(head.idx, idx.quote_spans):
            continue
        words = list(doc[tok.i + 1:head.i + 1])
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in words) \
                or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"):
            continue
        name = " ".join(t.text for t in words)
        if name in seen or not _untagged_name(doc, words) or idx.lookup(name) is not None:
            continue
        seen.add(name)
        actor = idx.new(name, "organization", words[0].idx)
        for start in _occurrences(doc, idx, words):
            idx.mention(doc[start:start + len(words)], actor)
            idx.vote(actor, "organization")


def _full_name_of(idx: ActorIndex, words: list[Token]) -> Actor | None:
    """The person an actor of one word, their surname, names, when these words are a name and it (not a common
    word capitalised and it)."""
    if len(words) != 2 or (words[0].text not in lx.given_names() and words[0].lower_ in english_words(words[0].doc)):
        return None  # "Marcel Desailly", not "Miner Gold"
    actor = idx.lookup(words[-1].text)
    return actor if actor is not None and actor.type == "person" and " " not in actor.name else None


def _named_already(idx: ActorIndex, subj: Token, words: list[Token]) -> bool:
    """An actor of the article goes by this name: as written, by its initials ("FT"), spelled apart, as a known
    organisation's alias ("Lib Dems"), or, for one word, whatever the speaker rules find for it (not the last word
    alone of a longer name: "Highland Gold" is not "Barrick Gold" for its "Gold")."""
    name = " ".join(t.text for t in words)
    known = lx.organizations().get(lx.key(name))
    return idx.lookup(name) is not None or idx.by_initials(name) is not None or idx.spelled_apart(name) is not None \
        or (known is not None and idx.lookup(known) is not None) \
        or (len(words) == 1 and idx.resolve(subj) is not None)


def _name_before(head: Token) -> list[Token] | None:
    """The capitalised words of a name ending in ``head``: the proper nouns hung on it right before it ("Swiss
    Re"), none a common word written in lower case."""
    words = [head]
    while words[0].i > 0:
        prev = head.doc[words[0].i - 1]
        if prev.head != head or prev.dep_ != "compound" or prev.pos_ != "PROPN" or not prev.text[:1].isupper():
            break
        words.insert(0, prev)
    return words if all(t.text[:1].isupper() and t.is_alpha for t in words) and len(words) <= 3 else None


def _untagged_name(doc: Doc, words: list[Token]) -> bool:
    """Not a place, a people, a title, a thing, a common word capitalised, nor a word the NER tagged as a
    place, a people, a date or a number."""
    lex = lx.lexicon()
    text = " ".join(t.text for t in words)
    k = lx.key(text)
    # a body's name may open with a people's word that the NER tags on its own ("Swiss" of "Swiss Re"); not a name
    # that ends in one, which names a people itself ("Iraqi Kurds")
    people_word = len(words) > 1 and words[0].ent_type_ == "NORP" and words[-1].ent_type_ != "NORP" \
        and lx.key(words[-1].text) not in lx.demonyms()
    if any(t.ent_type_ not in ("", "ORG", "PERSON") and not (people_word and t == words[0]) for t in words) \
            or lx.country_of(text) \
            or k in lx.place_countries() or k in lx.city_countries() or k in lex.actors.not_actors \
            or k in lex.actors.not_actor_names or k in lex.actors.thing_names:
        return False
    heads = set(lex.titles.heads)
    return not any(t.lower_ in lex.titles.role_heads or t.lower_ in lex.titles.honorifics or t.text in heads
                   or t.text in lex.titles.post_nominals for t in words) \
        and not (len(words) == 1 and words[0].lower_ in english_words(doc) and not words[0].is_upper)


def _type_of_untagged(doc: Doc, idx: ActorIndex, words: list[Token], starts: list[int]) -> str | None:
    """"organization" or "person" for a name no entity gave a type, written at ``starts``, or None where the text
    does not tell."""
    lex = lx.lexicon().actors
    text = " ".join(t.text for t in words)
    if lx.key(text) in lx.organizations() or any(t.text in lex.org_heads or t.text in lex.body_words for t in words):
        return "organization"
    if any(t.is_upper and len(t) >= 2 for t in words) and len(words) == 1:
        return "organization"  # "IAAF", "RSPCA": letters
    if len(words) == 1 and sum(c.isupper() for c in text[1:]) >= 2:
        return "organization"  # "OptInRealBig", "WebSideStory"
    if len(words) >= 2 and words[0].text in lx.given_names():
        return "person"
    if len(words) >= 2 and any(c.dep_ == "appos" and c.lower_ in lx.lexicon().titles.role_heads
                               for c in words[-1].children):
        return "person"  # "Sylvain Charlebois, a food policy professor at Dalhousie University, said"
    votes = {"person": 0, "organization": 0}
    for start in starts:
        sent = doc[start].sent
        stop = sent.end
        for _ in range(PRONOUN_SENTENCES - 1):
            stop = doc[stop].sent.end if stop < len(doc) else stop
        for t in doc[start + len(words):stop]:
            if in_spans(t.idx, idx.quote_spans):
                continue  # "I" and "we" in its own words say nothing
            if t.i in idx.token_actor and t.pos_ == "PROPN":
                break  # another name: what follows may be about it
            if (t.lower_ in PERSON_WORDS or t.lower_ in BODY_WORDS) and t.dep_ in ("nsubj", "nsubjpass", "poss"):
                votes["person" if t.lower_ in PERSON_WORDS else "organization"] += 1
                break
    if votes["person"] != votes["organization"]:
        return max(votes, key=lambda k: votes[k])
    return None


def _occurrences(doc: Doc, idx: ActorIndex, words: list[Token]) -> list[int]:
    """Where the name is written again, as the same capitalised words, outside quotes and every other actor's
    mention: the first token of each."""
    texts = [t.text for t in words]
    return [i for i in words_of(doc).at(lowers=(words[0].lower_,))
            if [t.text for t in doc[i:i + len(texts)]] == texts and not in_spans(doc[i].idx, idx.quote_spans)
            and not any(t.i in idx.token_actor for t in doc[i:i + len(texts)])
            and (i + len(texts) >= len(doc) or not (doc[i + len(texts)].pos_ == "PROPN"
                                                    and doc[i + len(texts)].text[:1].isupper()))
            and (i == 0 or not (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()))]


def _untagged_bodies(doc: Doc, idx: ActorIndex) -> None:
    """A known national body of the article's home country that the NER left untagged, said as a noun ("Earlier
    this week the Tories announced ...", "the Conservatives insisted"): that body, so that what it says has a
    speaker. Only in a story set in its country ("Conservatives in parliament say" in a story about Iran are
    Iran's); not as a modifier ("Conservative leader")."""
    if idx.home_country is None:
        return
    for i in words_of(doc).at(lowers=_one_word_bodies()):
        tok = doc[i]
        if tok.ent_type_ not in ("", "NORP") or tok.i in idx.token_actor or not tok.is_title \
                or tok.pos_ not in ("PROPN", "NOUN") \
                or tok.dep_ in ("compound", "amod", "poss") or in_spans(tok.idx, idx.quote_spans):
            continue
        name = lx.organizations().get(lx.key(tok.text))
        if name is None or lx.organization_country(name) != idx.home_country:
            continue
        _known_body_mention(idx, name, doc[tok.i:tok.i + 1], idx.home_country)


NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")  # tags that make a name an actor or a place already


def _untagged_named_bodies(doc: Doc, idx: ActorIndex) -> None:
    """A known organisation of two words or more, written as the table writes it, that the NER left untagged or
    took for a number ("Downing Street defended the decision ...", "Number 10 said"): that body, as a subject, an
    object, the owner of a spokesman ("a Downing Street spokesman"); not the address of a place ("talks at Number
    10"), nor a word of a title ("Downing Street adviser Baroness Morgan"). A national body only in a story set in
    its country (or of no clear country)."""
    names = _long_names()
    for i in words_of(doc).at(lowers=names):
        for words, canonical in names[doc[i].lower_]:
            end = i + len(words)
            if end > len(doc) or [t.text for t in doc[i:end]] != list(words):
                continue
            span = doc[i:end]
            last = span.root  # "Street" of "Downing Street", "Number" of "Number 10"
            if any(t.ent_type_ in NAME_TYPES or t.i in idx.token_actor for t in span) \
                    or in_spans(span.start_char, idx.quote_spans):
                break
            if last.dep_ in ("compound", "amod") and last.head.lower_ not in SPOKESPEOPLE:
                break
            if last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPS:
                break
            country = lx.organization_country(canonical)
            if country is not None and idx.home_country not in (None, country):
                break
            _known_body_mention(idx, canonical, span, country)
            break


def _known_body_mention(idx: ActorIndex, canonical: str, span: Span, country: str | None) -> None:
    """``span`` as a mention of the known organisation ``canonical`` (made if the article has none yet), which
    belongs to ``country`` unless it already has one."""
    actor = idx.lookup(canonical) or idx.new(canonical, "organization", span.start_char)
    actor.affiliation = actor.affiliation or country
    idx.alias(actor, span.text)
    idx.mention(span, actor)


@functools.cache
def _long_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Known organisations' names and aliases of two words or more, by their first word in lower case, longest
    first: the words as written and the canonical name."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, info in lx.load("organizations").items():
        for written in [name, *(info or {}).get("aliases", [])]:
            words = tuple(written.split())
            if len(words) >= 2 and words[0][:1].isupper():
                out.setdefault(words[0].lower(), []).append((words, name))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@functools.cache
def _one_word_bodies() -> frozenset[str]:
    """The name keys of known organisations that are one word ("tories", "defra"), as ``Words.at`` looks them up."""
    return frozenset(k for k in lx.organizations() if " " not in k)


def _known_body(e: Span) -> bool:
    """The entity names a known organisation (``data/organizations.yaml``), whatever the NER tagged it, or is a
    newspaper's one-word name said with "the" ("The Telegraph was sued", "the Guardian reported"), which names no
    person."""
    name = strip_name(e)
    if lx.key(name.text) in lx.organizations():
        return True
    words = lx.lexicon()
    if len(name) >= 2 and name[0].text in words.actors.org_leads and name[1].text[:1].isupper() \
            and not any(t.lower_ in words.titles.role_words for t in name[1:]):
        return True  # "Air Deccan", "Air China" (not "Air Marshal Sir ...")
    return len(name) == 1 and name.start > 0 and e.doc[name.start - 1].lower_ == "the" \
        and name[0].lower_ in lx.lexicon().actors.press_words - {"newspaper", "daily"}


def _full_names(idx: ActorIndex, ents: list[Span]) -> dict[str, Actor]:
    """People named with two words or more, longest first, so surnames and later mentions merge into them. One
    person said with and without middle names is one actor, named as the text first names them ("Paul D. Ryan" ...
    "Paul Ryan"; "Sir Anthony Meyer" ... "Sir Anthony John Charles Meyer was born ...")."""
    full: dict[str, Actor] = {}
    persons = [e for e in ents if e.label_ == "PERSON" and not _known_body(e)]
    first_at: dict[str, int] = {}
    for e in persons:
        text = strip_name(e).text
        first_at[text] = min(first_at.get(text, e.start_char), e.start_char)
    first_form: dict[str, str] = {}  # a form of a name said later -> the form said first
    for text in sorted(first_at):
        short = _without_middle_names(text, first_at)
        if short is not None:
            first, later = (text, short) if first_at[text] < first_at[short] else (short, text)
            first_form[later] = first
        words = text.split()
        if len(words) == 2 and len(words[0]) == 1 and words[0].isupper():
            # "S Lamont" of a team sheet: the one person named in full with that initial and surname ("Sean Lamont")
            named = [n for n in first_at if len(n.split()) >= 2 and len(n.split()[0]) > 1
                     and n.split()[0][0] == words[0] and n.split()[-1] == words[1]]
            if len(named) == 1:
                first_form[text] = named[0]
        spelt = [n for n in first_at if n != text and _spelt_apart(n, text)]
        if len(spelt) == 1 and first_at[spelt[0]] < first_at[text]:
            first_form.setdefault(text, spelt[0])  # "Victor Makarov" after "Viktor Makarov": one person
    for e in sorted(persons, key=lambda e: (-len(strip_name(e)), e.start)):
        name_span = strip_name(e)
        if len(name_span.text.split()) >= 2 and name_span.text not in first_form:  # words: "Kilroy-Silk" is one
            k = lx.key(name_span.text)
            if k not in idx.keys and idx.spelled_apart(name_span.text) is None \
                    and _ending(idx, full, name_span.text) is None:
                full[k] = idx.new(name_span.text, "person", e.start_char)
                if name_span[0].pos_ == "PROPN":
                    idx.given_named.add(full[k].id)
    for later, first in sorted(first_form.items()):
        actor = idx.lookup(first)
        if actor is not None and actor.type == "person":
            idx.alias(actor, later)
    return full


def _spelt_apart(a: str, b: str) -> bool:
    """Two names of one person whose given names are spelt two ways ("Viktor Makarov", "Victor Makarov"): the same
    other words, and given names of five letters or more that differ in one letter, not the first."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa[1:] != wb[1:] or len(wa[0]) != len(wb[0]) or len(wa[0]) < 5 \
            or wa[0][0] != wb[0][0]:
        return False
    return sum(x != y for x, y in zip(wa[0], wb[0], strict=True)) == 1


def _without_middle_names(name: str, names: Iterable[str]) -> str | None:
    """The one other name of the article with this name's first and last words and fewer words: the same person
    said with middle names ("Anthony John Charles Meyer", "Anthony Meyer")."""
    words = name.split()
    if len(words) < 3 or words[-1].rstrip(".").lower() in GENERATIONS:
        return None  # not "Donald Trump Jr." for "Donald Jr.": the surname is not the last word
    shorter = [n for n in names if len(n.split()) < len(words) and len(n.split()) >= 2
               and n.split()[0] == words[0] and n.split()[-1] == words[-1]]
    return shorter[0] if len(shorter) == 1 else None


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname: "Jr.", "III"


def _joined_names(idx: ActorIndex, ents: list[Span]) -> None:
    """Organisations named with "&" ("Marsh & McLennan", "Marks & Spencer"), first, so that the first word alone,
    said before the full name too ("US insurer Marsh cuts jobs"), merges into them (``ActorIndex.shorter_name``)."""
    for e in ents:
        name = strip_name(e).text
        if e.label_ == "ORG" and " & " in name and lx.key(name) not in idx.keys \
                and lx.organizations().get(lx.key(name)) is None:
            idx.new(name, "organization", e.start_char)


def _ending(idx: ActorIndex, full: dict[str, Actor], name: str) -> Actor | None:
    """The one person named in full whose name is a first name and this name of several words ("Julio De Vido"
    for "De Vido", said after "Mr"; not "Lucas and David Walliams" for "David Walliams")."""
    matches = [a for a in full.values() if a.name.endswith(" " + name) and len(a.name.split()) == len(name.split()) + 1
               and a.id in idx.given_named]  # not "Nevertheless Franz Ferdinand", "Bookmaker William Hill"
    return matches[0] if len(matches) == 1 else None


def _named_by(full: dict[str, Actor], word: str, position: int = -1) -> list[Actor]:
    """People named in full whose surname (or, with ``position`` 0, first name) is ``word``."""
    return [a for a in full.values() if a.name.split()[position] == word and a.name[:1].isupper()]


def _by_surname(full: dict[str, Actor], name: str) -> Actor | None:
    matches = _named_by(full, name)
    return matches[0] if len(matches) == 1 else None


def _person(doc: Doc, idx: ActorIndex, e: Span, full: dict[str, Actor]) -> None:
    name_span = strip_name(e)
    name = name_span.text
    actor = idx.lookup(name)
    if actor is None and len(name.split()) == 1:  # one word, hyphens included ("Kilroy-Silk")
        matches = _named_by(full, name)
        if not matches and not _titled(doc, name_span):
            # a first name said alone ("Sir Digby", "Kevin" after "Kevin Keegan"): the one person of that first name
            matches = _named_by(full, name, 0)
        if not matches and _honoured(doc, name_span):
            # a slip of the writer's: "Mr Barrioneuvo" for Jose Barrionuevo; "Mr Ebber's lawyers" for Bernie Ebbers'
            # (the apostrophe misplaced)
            matches = _misspelt(full, name) or (_named_by(full, name + "s") if name_span.end < len(doc)
                                                and doc[name_span.end].lower_ in ("'s", "’s") else [])
        if len(matches) > 1 and _addressed(doc, name_span):
            # "Mr Blair" where Sir Ian Blair and Tony Blair are both named: a knight is "Sir Ian", never "Mr Blair"
            knights = _knights(doc)
            matches = [m for m in matches if lx.key(m.name) not in knights]
        actor = matches[0] if len(matches) == 1 else None
        if actor is None and not matches and not _titled(doc, name_span) and not _honoured(doc, name_span):
            # "Forrester said" after "analysts Forrester Research": a company's short name the NER took for a
            # person's, where no person of the article bears it
            actor = idx.shorter_name(name, person=True)
    if actor is None and len(name.split()) > 1:
        actor = _ending(idx, full, name)
    if actor is None:
        actor = idx.spelled_apart(name) or idx.new(name, "person", e.start_char)
    idx.alias(actor, name)
    if e.text != name and e.text.count("(") == e.text.count(")"):  # not "J Thomas (Wales", cut in a bracket
        idx.alias(actor, e.text)
    glued = doc[name_span.start - 1] if e.start < name_span.start else None
    people = lx.country_of(glued.text) if glued is not None and glued.is_title else None
    if people is None and e.start == name_span.start:
        people = _people_before(doc, e)
    if people is not None and not actor.affiliation:
        # "Briton Hayley Yelling": the people the NER took into the name is hers; so is the one said right before
        # it ("Swede Daniel Persson", "Italy's Luca Verdecchia")
        actor.affiliation = people
    actor.first = min(actor.first, e.start_char)
    idx.mention(e, actor)
    if actor.type == "organization" and lx.key(name) in {lx.key(x) for x in actor.aliases}:
        _role(doc, idx, actor, e, name_span)
        return  # a body's short name the NER took for a person ("Apacs" after "... Services (Apacs)"): the body
    whole = lx.key(actor.name) == lx.key(name)
    if _addressed(doc, name_span):
        idx.addressed.add(actor.id)
    if _called_a_body(doc, e, name_span, whole=whole):
        idx.named_as_body.add(actor.id)
        idx.vote(actor, "organization", whole)
    else:
        idx.vote(actor, "person", whole)
    _role(doc, idx, actor, e, name_span)


def _body_taken_for_place(doc: Doc, e: Span) -> bool:
    """A name the NER took for a place that the text calls a body with the common noun right before it
    ("consultancy group Capgemini", "software firm Sophos"), and that names no known place."""
    return _called_a_body(doc, e, strip_name(e), whole=False) and lx.where(e.text) is None \
        and lx.country_of(e.text) is None


def _think_tank(tok: Token) -> bool:
    """"tank" of "think-tank" or "think tank"."""
    doc = tok.doc
    return tok.lower_ == "tank" and tok.i > 0 and (doc[tok.i - 1].lower_ == "think" or (
        tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "think"))


def _called_a_body(doc: Doc, e: Span, name_span: Span, whole: bool) -> bool:
    """The text calls the name a body with a common noun for one: after it ("water firm Aguas Argentinas",
    "telecoms group Ericsson", "supporters' group Shareholders United"), in apposition ("The company,
    GlaxoSmithKline, ...", "Acme, the drugs group, ...") or as its modifier ("from Sal Oppenheim investment bank";
    not "the Blair government", "the Kennedy party", "the Clinton charity", nor a place's "the Anfield club", "the
    Powys health board", "Glasgow group Franz Ferdinand"). Not a name under a title ("Prince Charles"); the
    apposition and the modifier only for a name that is the actor's whole name (not "the Mittal group" for Lakshmi
    Mittal)."""
    nouns = lx.lexicon().actors.org_nouns - {"maker"}
    if _titled(doc, name_span):
        return False
    # the noun before the entity names what was stripped off its front, not the person ("group EADS Philippe Camus")
    before = doc[e.start - 1] if e.start > 0 and name_span.start == e.start else None
    listed = before is not None and before.tag_ == "NNS" and e.root.dep_ not in ("nsubj", "nsubjpass")
    if before is not None and before.is_lower and (before.lemma_ in nouns or _think_tank(before)) \
            and (before.dep_ in ("compound", "nmod", "amod") or listed
                 or (e.root.dep_ == "appos" and e.root.head == before)):  # "India's biggest carmaker Maruti has"
        # "technology firms Earthlink and Webroot": a plural noun before a list of their names (not "the wedding
        # bands Ozzy gave her", the subject of a clause of its own)
        return True
    first = root = e.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i != root.i:  # "Webroot" of that list
        lead = first.left_edge.i - 1
        if lead >= 0 and doc[lead].is_lower and doc[lead].tag_ == "NNS" and doc[lead].lemma_ in nouns:
            return True
    if not whole:
        return False
    head = root.head
    if root.dep_ == "appos" and head.i < e.start and head.is_lower and head.pos_ == "NOUN" and head.lemma_ in nouns:
        return True
    for c in root.children:  # right after the name, and not a title before another name ("X, metal group Y")
        if c.dep_ == "appos" and c.is_lower and c.pos_ == "NOUN" and c.lemma_ in nouns and c.i + 1 < len(doc) \
                and doc[e.end].text == "," and not any(t.ent_type_ or t.text[:1].isupper() for t in doc[e.end:c.i + 2]):
            return True
    if _with_staff(e):
        return True
    if root.dep_ == "compound" and head.i >= e.end and head.is_lower and head.pos_ == "NOUN" \
            and head.lemma_ in nouns - lx.lexicon().actors.government_nouns - {"party", "club", "board", "charity"} \
            and all(t.is_lower and t.dep_ in ("compound", "amod") for t in doc[e.end:head.i]) \
            and not (head.i + 1 < len(doc) and doc[head.i + 1].text[:1].isupper()):
        return True
    return False


def _with_staff(e: Span) -> bool:
    """The name modifies, right after it, a noun of what only a body has (``staff_nouns``): "Yukos unit
    Yuganskneftegas", "Everton manager David Moyes", "Chelsea striker Didier Drogba"."""
    head = e.root.head
    return e.root.dep_ == "compound" and head.i == e.end and head.is_lower \
        and head.lower_ in lx.lexicon().actors.staff_nouns


def _addressed(doc: Doc, name_span: Span) -> bool:
    """"Mr", "Mrs", "Ms" or "Miss" right before the name: said of a person only ("Mr Lacroix said he planned to stay
    at the label he founded", where the label is "Christian Lacroix" too)."""
    return _honoured(doc, name_span, ADDRESSES)


ADDRESSES = frozenset({"mr", "mrs", "ms", "miss"})


KNIGHTHOODS = frozenset({"sir", "dame"})  # before a full name: the person is called by them, never "Mr" or "Ms"


def _knights(doc: Doc) -> frozenset[str]:
    """The name keys of the people the article names in full after "Sir" or "Dame" ("Sir Ian Blair")."""
    return frozenset(lx.key(strip_name(e).text) for e in ents_of(doc) if e.label_ == "PERSON" and e.start > 0
                     and (doc[e.start - 1].lower_ in KNIGHTHOODS or e[0].lower_ in KNIGHTHOODS)
                     and len(strip_name(e)) >= 2)


def _honoured(doc: Doc, name_span: Span, words: frozenset[str] | None = None) -> bool:
    """An honorific right before the name ("Mr Gref", "Ms Hutt"; one of ``words`` if given)."""
    i = name_span.start - 1
    return i >= 0 and doc[i].lower_.rstrip(".") in (words or lx.lexicon().titles.honorifics)


def _edits(a: str, b: str) -> int:
    """The Damerau-Levenshtein distance of two words (a swap of two letters next to each other counts once)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _misspelt(full: dict[str, Actor], name: str) -> list[Actor]:
    """People named in full whose surname a long surname said after an honorific misspells: the same first letter,
    one slip (two in a surname of eight letters or more): "Mr Barrioneuvo" and "Mr Iliaronov" after "Jose
    Barrionuevo" and "Andrei Illarionov"."""
    if len(name) < 6 or not name.isalpha():
        return []
    allowed = 2 if len(name) >= 8 else 1
    return [a for a in full.values() if a.name.split()[-1][:1] == name[:1]
            and len(a.name.split()[-1]) >= 6 and _edits(a.name.split()[-1].lower(), name.lower()) <= allowed]


def _titled(doc: Doc, name_span: Span) -> bool:
    """A title or role word other than Sir or Dame right before a one-word name ("Prince Charles", "King
    Abdullah"): the name is the person's whole name, not the first name of someone else named in full."""
    i = name_span.start - 1
    if i < 0 or not doc[i].text[:1].isupper():
        return False
    return doc[i].lower_ in lx.lexicon().titles.role_heads  # heads of roles; Sir and Dame are honorifics


def _role(doc: Doc, idx: ActorIndex, actor: Actor, e: Span, name_span: Span) -> None:
    """The role said with this mention, and the country or organisation said with the role."""
    role, qual_at = roles.role_before(doc, e)
    if role is None:
        role, qual_at = roles.shared_role(doc, e)
    if role is None:
        role, qual_at = roles.listed_role(doc, e)
    field = None
    if role is None:
        role, qual_at = roles.role_with_field(doc, e)
        field = roles.field_body(doc, role) if role is not None else None  # "President of France": France
    core = role
    if role is not None:
        qual_at = roles.widen(doc, role.start, role.end)  # "BBC political editor": "political" too
        role = doc[qual_at:role.end]
    org = None
    if role is None:
        inside, at = roles.role_inside(doc, e, name_span)
        if inside is not None:
            role, qual_at = inside, at
            before = doc[e.start:inside.start]
            if any(t.text[:1].isupper() for t in before) and not actor.organization:
                _qualify(idx, actor, before)  # "Acme chief executive Lord Smith": of Acme
    if role is None:
        role, org = roles.role_after(doc, e)
    elif not actor.organization:
        # "Steel analyst Peter Fish, director of Sheffield-based consulting group MEPS": a title before the name
        # and another after it; the body is named with the one after, after "of", "at" or "with" (a place there is
        # where the office is: "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England and
        # Wales"; and not "Senator Jeff Sessions, a close advisor to Trump", "Clinton's campaign manager")
        after = roles.role_after(doc, e)[1]
        org = after if after is not None and after.label_ == "ORG" and _after_of(after) else None
    if role is None and not actor.role:
        rank = _rank_before(doc, name_span)
        if rank is not None:  # "Sen. Bernie Sanders", "Const. Dani McKinnon"
            actor.role = rank
    body_noun = _body_noun_of(doc, role) if role is not None else None
    body = idx.body_of_noun(body_noun) if body_noun is not None else None
    if role is not None and body_noun is not None and body is not None and body_noun.i == role.start:
        role = doc[role.start + 1:role.end]  # "commission spokesperson Mark Cheung": a spokesperson, of the commission
    if role is not None:
        role_text = roles.role_text(role)
        qual = roles.qualifier(doc, qual_at) if role.start < name_span.start else None
        if qual is None and role.start < name_span.start and qual_at > 0 and doc[qual_at - 1].is_title \
                and doc[qual_at - 1].ent_type_ in ("PERSON", ""):
            first = qual_at - 1
            while first > 0 and qual_at - first < 4 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                first -= 1  # "Manchester United boss Alex Ferguson": the whole name before the role, or its end
                # ("Injured Chelsea winger", "in Las Vegas Microsoft boss"), longest first (``_firms_before_roles``)
            idx.names_before_role.setdefault(actor.id, [doc[i:qual_at].text for i in range(first, qual_at)])
            role_text = roles.former(doc, doc[qual_at - 1:qual_at]) + role_text  # "former Yukos boss"
        elif qual is not None:
            role_text = roles.former(doc, qual) + role_text  # "former WorldCom boss": a former boss of WorldCom
        if not actor.role:
            actor.role = role_text
        idx.hold_title(actor, role_text)
        if core is not None and core.start > role.start and not role_text.lower().startswith(("former ", "ex-")):
            # "the editor said" as well as "the political editor said"; not "the chancellor" for an ex-chancellor
            idx.hold_title(actor, roles.role_text(core))
        if role.start < name_span.start:
            if not any(t.text in (",", *DASHES) for t in doc[role.end:name_span.start]):
                idx.alias(actor, f"{role_text} {name_span.text}")  # not "player Brett Ormerod" of "two players -"
            if qual is not None and (not actor.affiliation or not actor.organization
                                     and qual.text.lower() not in ("his", "her")):
                _qualify(idx, actor, qual)  # "Commission for Racial Equality chairman Trevor Phillips": of it,
                # though his country is known already
    if org is None and not actor.organization:
        org = field or _of_organisation(doc, e) or _possessor(doc, name_span)
    if org is None and not actor.organization and body is None:
        owner = _body_noun_possessor(doc, name_span)  # "the federation's Franco Terrazzano"
        body = idx.body_of_noun(owner) if owner is not None else None
    if org is None and not actor.organization and body is not None:
        actor.organization = body.name
    if org is not None:
        countries.belongs(actor, org)
    if not actor.affiliation:
        country = _apposed_country(doc, e)
        if country is not None:
            actor.affiliation = country


def _after_of(body: Span) -> bool:
    """The body's name is the object of "of", "at" or "with", within three heads of it ("director of Sheffield-based
    consulting group MEPS", "an economist at UBS")."""
    t = body.root
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "at", "with"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _rank_before(doc: Doc, name_span: Span) -> str | None:
    """The role an abbreviated rank or title right before a name stands for ("Sen. Bernie Sanders": Senator)."""
    i = name_span.start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    if i < 0:
        return None
    return lx.lexicon().titles.rank_roles.get(doc[i].text.rstrip("."))


def _body_noun_of(doc: Doc, role: Span) -> Token | None:
    """The common noun of a kind of body that a role is of: opening it ("commission spokesperson Mark Cheung",
    "party leader Michael Howard") or owning it ("Dan Kelly, the federation's president"); not "government", whose
    people are placed by country, nor a word that is a role itself. Which body it stands for is
    ``ActorIndex.body_of_noun``'s to say (none for "union leader Dave Prentis")."""
    words = lx.lexicon().actors
    nouns = (words.body_nouns | words.org_nouns) - words.government_nouns
    first = doc[role.start]
    if len(role) >= 2 and first.is_lower and first.lower_ in nouns and first.dep_ in ("compound", "nmod") \
            and first.lower_ not in lx.lexicon().titles.role_words:
        return first
    head = doc[role.end - 1]
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < role.start), None)
    if owner is not None and owner.is_lower and owner.lower_ in nouns \
            and [c.lower_ for c in owner.children if c.dep_ != "case"] == ["the"]:
        return owner
    return None


def _body_noun_possessor(doc: Doc, name_span: Span) -> Token | None:
    """The common noun of a kind of body whose possessive stands right before a name, with "the": "the
    federation's Franco Terrazzano" (see ``ActorIndex.body_of_noun``)."""
    i = name_span.start - 1
    if i < 2 or doc[i].text not in ("'s", "’s") or doc[i - 2].lower_ != "the":
        return None
    noun = doc[i - 1]
    words = lx.lexicon().actors
    return noun if noun.is_lower and noun.lower_ in (words.body_nouns | words.company_nouns | {"party"}) else None


def _people_before(doc: Doc, e: Span) -> str | None:
    """The country of a people's word or a country's name with "'s" right before a person's name, outside it:
    "Swede Daniel Persson", "American Maurice Greene", "Italy's Luca Verdecchia" (not a bloc's, "Europe's")."""
    if e.start < 1:
        return None
    at = e.start - 1
    if doc[at].text in ("'s", "’s") and at > 0:
        at -= 1
        label = "GPE"
    else:
        label = "NORP"
    place = ent_at(doc, at)
    if place is None or place.label_ != label or place.end != at + 1 or not doc[at].is_title:
        return None
    country = lx.country_of(place.text)
    return country if country and not lx.is_bloc(country) else None


def _apposed_country(doc: Doc, e: Span) -> str | None:
    """A country said in an apposition that describes the person: "Mark Paulsmeier, a South African financier,",
    "Lynton Crosby, the Australian strategist"; not where the apposition names a body ("an analyst at a
    French bank": the bank's, found with the organisation)."""
    for child in e.root.children:
        if child.dep_ != "appos" or child.i < e.end or child.pos_ != "NOUN":
            continue
        for t in child.children:
            if t.dep_ in ("amod", "compound") and t.i < child.i and t.ent_type_ in ("NORP", "GPE"):
                span = ent_at(doc, t.i)
                country = lx.country_of(span.text) if span is not None else None
                if country and not lx.is_bloc(country):
                    return country
    return None


def _of_organisation(doc: Doc, e: Span) -> Span | None:
    """An organisation right after the name: "Michael Smith of Merrill Lynch said", "Jo Hill of the Bank of
    England"; or a country or place ("Ambassador Stefan Johannesson of Iceland", "Lord Roberts of Conwy")."""
    i = e.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    if doc[j].lower_ == "the" and doc[j].ent_iob_ != "B":
        j += 1  # "the" left out of the entity
    if j < len(doc) and doc[j].ent_type_ in ("ORG", "GPE") and doc[j].ent_iob_ == "B":
        return ent_at(doc, j)
    return None


def _possessor(doc: Doc, name_span: Span) -> Span | None:
    """An organisation whose possessive stands right before the name: "the BBC's Paul Reynolds"."""
    i = name_span.start - 1
    if i < 1 or doc[i].text not in ("'s", "’s") or doc[i - 1].ent_type_ != "ORG":
        return None
    return ent_at(doc, i - 1)


def _qualify(idx: ActorIndex, actor: Actor, qual: Span) -> None:
    """What stands before a person's title: "Its chief executive" (the organisation last named), "his
    counterpart" (that person's country), or a country or organisation."""
    if qual.text.lower() in ("its", "their"):  # "Its chief executive, Laura Pike"
        ante = idx.antecedent(qual.start_char, ("organization",))
        actor.organization = actor.organization or (ante.name if ante else None)
    elif qual.text.lower() in ("his", "her"):
        ante = idx.antecedent(qual.start_char, ("person",), skip=actor.id)
        actor.affiliation = ante.affiliation if ante else None
    else:
        countries.belongs(actor, qual)


def _country_actor(idx: ActorIndex, country: str, first: int) -> Actor:
    """The actor of a country (or of a bloc, which acts as an organisation)."""
    return idx.lookup(country) or idx.new(country, "organization" if lx.is_bloc(country) else "country", first)


def _organisation(doc: Doc, idx: ActorIndex, e: Span, full: dict[str, Actor], org_hints: dict[str, str]) -> None:
    name_span = strip_name(e)
    name = name_span.text
    if not name or not any(c.isalpha() for c in name):
        return
    if lx.demonyms().get(lx.key(name)) or name.lower() in lx.lexicon().titles.role_words:
        return  # "Kazakh", "The MEP said": an adjective of a country or a title, not an organisation
    country = lx.countries().get(lx.key(name))
    named = _by_surname(full, name) if len(name.split()) == 1 and not country else None
    if named is not None and name[:1].isupper() and lx.key(name) in lx.organizations() \
            and idx.gender(named) is not None:
        # "Tory said" in a story of Mayor John Tory: the person's surname, not the party it also names; a person
        # the text gives a given name or an honorific, not a body the NER took for one ("Old Labour")
        idx.alias(named, name)
        idx.mention(name_span, named)
        return
    said = idx.lookup(name)  # a short name the text gave in brackets ("Office of National Statistics (ONS)")
    name = lx.organizations().get(lx.key(name), name)  # "Tories" -> Conservative Party
    if country:
        actor = _country_actor(idx, country, e.start_char)
    else:
        # (not where the text's name is cut short of the known one: "the Office for National (ONS) statistics")
        own = said is not None and said.type == "organization" and not name.startswith(said.name + " ")
        found = said if own else idx.lookup(name)
        if found is None:
            # an acronym of an organisation named in full, or the reverse
            found = next((a for a in idx.of_type("organization")
                          if abbreviates(name, a.name) or abbreviates(a.name, name)), None)
        if found is None and len(name.split()) == 1:
            found = _by_surname(full, name)  # a person's surname tagged as an organisation
        if found is None:
            found = idx.shorter_name(name) or idx.spelled_apart(name)
        if found is None:
            found = _formerly_named(doc, idx, e)  # "MCI, which was formerly known as Worldcom": MCI's old name
        if found is None and name in lx.lexicon().actors.org_heads:
            return  # "Party leader Michael Howard said", "Group D", "Company magazine": the word that heads bodies'
            # names said alone, where it stands for no body named before ("the Bank" does); not "Carrier", a name
        actor = found if found is not None else idx.new(name, "organization", e.start_char)
        # a double-barrelled surname ("Wright-Phillips") is a person's
        if not ("-" in name and " " not in name and actor.type == "person"):
            idx.vote(actor, "organization", lx.key(actor.name) == lx.key(name))
        if _with_staff(e) and lx.key(actor.name) == lx.key(name):
            idx.named_as_body.add(actor.id)  # a body, however often the NER takes the name for a person's
        hint = countries.country_modifier(doc, e)
        if hint:
            org_hints.setdefault(actor.id, hint)
        based = countries.based_in(doc, e)
        if based:
            idx.based.setdefault(actor.id, based)
    idx.alias(actor, name)
    if strip_name(e).text != name:
        idx.alias(actor, strip_name(e).text)
    short = _bracketed(doc, e)
    if short is not None and actor.type == "organization":
        idx.alias(actor, short)  # "the Association of Payment Clearing Services (Apacs)": Apacs, however tagged later
    idx.mention(e, actor)


FORMERLY = frozenset({"formerly", "previously", "once"})


def _formerly_named(doc: Doc, idx: ActorIndex, e: Span) -> Actor | None:
    """The body named before in the sentence whose former name ``e`` is ("MCI, which was formerly known as
    Worldcom", "Altria, previously called Philip Morris"): the last organisation named there before it."""
    i = e.start
    sent = doc[i].sent
    if i < 2 or not ((doc[i - 2].lower_ == "known" and doc[i - 1].lower_ == "as")
                     or doc[i - 1].lower_ in ("called", "named")) \
            or not any(t.lower_ in FORMERLY for t in doc[max(sent.start, i - 5):i]):
        return None
    before = [m for m in idx.mentions if sent.start_char <= m.start and m.end <= e.start_char
              and idx.actors[m.actor].type == "organization"]
    return idx.actors[before[-1].actor] if before else None


def _bracketed(doc: Doc, e: Span) -> str | None:
    """The one capitalised word in brackets right after a name (or taken into it by the NER): its short name ("...
    Clearing Services (Apacs)")."""
    at = next((t.i for t in e if t.text == "("), e.end)
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        word = doc[at + 1]
        if word.is_alpha and word.text[:1].isupper() and len(word.text) >= 2 \
                and word.ent_type_ not in ("GPE", "LOC", "NORP") and lx.key(word.text) not in lx.countries():
            return word.text  # not a place in brackets: "the Rugby Union (Fiji)"
    return None


def _national_government(doc: Doc, idx: ActorIndex, e: Span) -> None:
    """"the Indonesian government", "the French administration": the country acts (as the gold sets name it; a
    government named by its country is no separate body)."""
    country = lx.demonyms().get(lx.key(e.text))
    head = e.root.head
    if country is None or head.i != e.end or head.lower_ not in lx.lexicon().actors.government_nouns \
            or e.root.dep_ not in ("amod", "compound"):
        return
    actor = _country_actor(idx, country, e.start_char)
    idx.mention(doc[e.start:head.i + 1], actor)


def _place(doc: Doc, idx: ActorIndex, e: Span) -> None:
    country = lx.countries().get(lx.key(e.text))
    if country is None:
        capital_of = lx.capitals().get(lx.key(e.text))
        if capital_of and e.root.dep_ in ("nsubj", "nsubjpass", "dobj") and countries.named_in(doc, capital_of):
            actor = idx.lookup(capital_of) or idx.new(capital_of, "country", e.start_char)
            idx.alias(actor, e.text)
            idx.mention(e, actor)
        return
    actor = _country_actor(idx, country, e.start_char)
    idx.alias(actor, strip_name(e).text)
    idx.mention(e, actor)
