"""Countries: the country a person or organisation belongs to (said with them, their organisation's, in an
organisation's name) and, for those the text leaves unplaced, the article's home country, marked implied."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from generator import lexicon as lx
from generator.components import datelines
from generator.extract.actors.coref import described
from generator.extract.actors.index import ActorIndex, in_spans
from generator.extract.actors.names import after_publication_noun, body_for_field, ent_at, strip_name
from generator.extract.sentences import ents_of, sents_of, text_of, words_of
from generator.model import Actor


def belongs(actor: Actor, span: Span) -> None:
    """A qualifier or an organisation named with a person's role: a country ("Russia's Foreign Minister")
    becomes the affiliation, an organisation ("Tesco chief executive") the person's organisation."""
    country = lx.country_of(span.text) or lx.country_of(strip_name(span).text)
    if country is None and span.label_ == "GPE":
        country = lx.where(strip_name(span).text)  # "New York Attorney General Eliot Spitzer"
    if country:
        actor.affiliation = actor.affiliation or country
    elif span.label_ == "ORG" or span.root.ent_type_ in ("ORG", "PERSON") or lx.party(span.text):
        if span.label_ == "ORG":
            span = body_for_field(span.doc, span)  # "chair of the [Commission] for Racial Equality": the whole name
        name = strip_name(span).text
        if name in lx.lexicon().actors.org_heads:
            return  # "Party leader Michael Howard said" opening a sentence: a common noun capitalised, no body
        actor.organization = actor.organization or lx.organizations().get(lx.key(name), name)


def country_modifier(doc: Doc, ent: Span) -> str | None:
    """A country said in the noun phrase before an organisation's name ("US telecoms firm WorldCom",
    "Australia's Commonwealth Bank", "the German carmaker BMW") or in an apposition after it ("Barclays, the
    UK's third-biggest bank", "MTN - the South African firm which ...")."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            for t in child.subtree:
                if t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("poss", "compound", "amod", "nmod") \
                        and t.head == child:
                    whole = ent_at(doc, t.i)  # "MTN - the South African firm": the people's whole name
                    country = lx.country_of(t.text) or (lx.country_of(whole.text) if whole is not None else None)
                    if country:
                        return country
    i = ent.start - 1
    steps = 0
    while i >= 0 and steps < 4:
        tok = doc[i]
        if tok.text in ("'s", "’s") and i > 0:
            i -= 1  # "South Africa's"
        if doc[i].ent_type_ in ("GPE", "NORP"):
            span = ent_at(doc, i)
            return lx.country_of(span.text) if span is not None else None
        if tok.text in ("'s", "’s"):
            return None
        if not (tok.is_lower and (tok.pos_ in ("NOUN", "ADJ", "PROPN") or tok.tag_ in ("VBG", "VBN"))):
            return None  # "leading", "listed" are adjectives here too
        i -= 1
        steps += 1
    return None


BASE_WORDS = frozenset({"based", "registered", "headquartered"})  # "Madrid-based", "US-registered"


def based_in(doc: Doc, ent: Span) -> str | None:
    """The country of the place a business is said to be based in, right before its name ("Madrid-based
    Ferrovial", "Swiss-based Xstrata", "US-based Cingular", "the US-registered Albanian Macedonian Bulgarian Oil
    Corporation"), a city too."""
    i, steps = ent.start - 1, 0
    while i >= 0 and steps < 3 and doc[i].is_lower and doc[i].lower_ not in BASE_WORDS:
        i, steps = i - 1, steps + 1  # "Madrid-based engineering group Ferrovial"
    return _based(doc, i) or _office_in(doc, ent)


def _office_in(doc: Doc, ent: Span) -> str | None:
    """The country of the city a body someone works for is said to be in, right after its name ("Shigeo Morioka
    of the International Longevity Centre in Tokyo", "an analyst at Daiwa Securities in Osaka"): a city or region,
    not a country ("sales of Ford in Japan" are a market's), and not a known business, whose home is known, nor a
    body of several countries ("the United Nations in New York", "the European Parliament in Strasbourg"). Not a
    place said with its state or country after a comma ("Alexandria, Va", "Berea, OH"), which the table of cities
    may know as another's (Egypt's Alexandria)."""
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    if start < 1 or doc[start - 1].lower_ not in ("of", "at", "with") or ent.end + 1 >= len(doc) \
            or doc[ent.end].lower_ != "in" or lx.company_country(ent.text) is not None \
            or lx.listed_international(ent.text) or not BLOC_WORDS.isdisjoint(ent.text.split()):
        return None
    place = ent_at(doc, ent.end + 1)
    if place is None or place.start != ent.end + 1 or place.label_ != "GPE" or lx.country_of(place.text) \
            or (place.end + 1 < len(doc) and doc[place.end].text == "," and doc[place.end + 1].text[:1].isupper()):
        return None
    return lx.where(strip_name(place).text)


BLOC_WORDS = frozenset({"UN", "Nations", "European", "EU"})  # in the names of bodies of several countries


def _based(doc: Doc, i: int) -> str | None:
    """The country of the place said before "based" (or "registered", "headquartered") at token ``i``
    ("Madrid-based", "Florida-based")."""
    if i < 2 or doc[i].lower_ not in BASE_WORDS or doc[i - 1].text not in ("-", "–"):
        return None
    span = ent_at(doc, i - 2)
    if span is None or span.label_ not in ("GPE", "NORP"):
        return None
    return lx.country_of(span.text) or lx.where(strip_name(span).text)


def based_countries(idx: ActorIndex) -> None:
    """A business said to be based in a place ("Madrid-based Ferrovial") is of that place's country, where nothing
    else placed it, and a known business with no place said is of its home country (``data/companies.yaml``:
    "Deutsche Bank" of Germany). Set after the article's own country is weighed: a business's base tells where it
    is, not what the story is about (a story of games companies with one "Brisbane-based" studio is no Australian
    story); then its people take its country, and a known public figure with none yet takes theirs
    (``data/people.yaml``), before the unplaced are given the story's country."""
    given = lx.given_names()
    for aid, country in idx.based.items():
        actor = idx.actors[aid]  # not a person the NER took for a body ("US-based Alistair Cragg", an Irish runner)
        if actor.type == "organization" and actor.affiliation is None and actor.name.split()[0] not in given:
            actor.affiliation = country
    for actor in idx.of_type("organization"):  # then a known business's home, where the text gave none
        if actor.affiliation is None:
            actor.affiliation = lx.company_country(actor.name)
    people_countries(idx)
    for actor in idx.of_type("person"):  # a known public figure's country, where neither the text nor their
        # organisation gave one ("Tony Blair" in a story about Turkey); none for the staff of an international body
        if actor.affiliation is None and not (actor.organization and lx.international(actor.organization)):
            actor.affiliation = lx.person_country(actor.name)


def described_countries(doc: Doc, idx: ActorIndex, hints: dict[str, str]) -> None:
    """A country said of a business in a noun that points back to it ("BMW said ... The German company is to
    extend ..."): "the" and a nationality before a company noun, with no name after it ("the German carmaker
    BMW" is ``country_modifier``'s), outside quotes. The business is the one that noun stands for: the one body or
    person named in this sentence before it or in the sentence before (none when two are: "Fiat ... General Motors
    ... the Italian firm"), and only a business with no other country."""
    nouns = lx.lexicon().actors.company_nouns
    for i in words_of(doc).at(lowers=nouns):
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "NOUN" or in_spans(tok.idx, idx.quote_spans) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ in ("ORG", "PERSON")):
            continue
        country = next((lx.country_of(c.text) for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")
                        and c.ent_type_ in ("NORP", "GPE") and lx.country_of(c.text)), None)
        if country is None:  # "The Paris-based firm": where it is based
            country = next((based for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")
                            and (based := _based(doc, c.i))), None)
        if country is None or lx.is_bloc(country):
            continue
        prev = idx.sentences_back(tok.idx, 1)
        before = [m for m in idx.mentions if prev <= m.start < tok.idx
                  and idx.actors[m.actor].type in ("organization", "person")]
        named = {m.actor for m in before}
        if len(named) > 1:
            # a name that modifies a common noun is a thing's, not a referent ("Luxury goods group LVMH has sold its
            # loss-making Christian Lacroix clothing label ... The Paris-based firm has been shedding ...")
            named = {m.actor for m in before if not m.modifier}
        if len(named) != 1:
            continue
        actor = idx.actors[named.pop()]
        if actor.type == "organization" and actor.id not in hints and actor.affiliation is None \
                and lx.organization_country(actor.name) is None \
                and all(lx.country_of(w) in (None, country) for w in actor.name.split()):
            # not a body its name places elsewhere ("UK Athletics has agreed a new deal with adidas ... The
            # German-based firm": the firm is one the NER did not name)
            hints[actor.id] = country


def described_people(doc: Doc, idx: ActorIndex) -> None:
    """A people said of the person just named ("Carlos Moya ... The Spaniard then donated his prize money", "the
    Frenchman has endured a difficult week", "The Swiss star said"): a noun for one of a people, or a description of
    the lexicon with a people's word, as a subject with "the" and nothing naming another owner (``coref.described``),
    outside quotes, is the country of the one person named in its sentence before it or in the sentence before
    (nobody when two are), where the text gives them none."""
    words = lx.lexicon()
    people_nouns = words.actors.people_nouns
    for i in words_of(doc).at(lowers=words.titles.descriptions | people_nouns):
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or in_spans(tok.idx, idx.quote_spans) or not described(tok):
            continue
        people = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"), None)
        country = lx.country_of(tok.text) if tok.lower_ in people_nouns else \
            lx.country_of(people.text) if people is not None else None
        if country is None or lx.is_bloc(country):
            continue
        near = idx.people_just_before(tok.idx)
        if len(near) == 1 and not near[0].affiliation:
            near[0].affiliation = country


def people_before_names(doc: Doc, idx: ActorIndex) -> None:
    """A people's word or a country's possessive opening the description right before a person's name, where no
    title says it ("Swedish heptathlon gold medallist Carolina Kluft", "Britain's champion Kelly Holmes"): that
    country, for a person the text places nowhere else. Only lower-case nouns and adjectives between them (not "the
    Iraq war veteran", a place the description is about, nor "Muslim cleric", no country)."""
    for m in idx.mentions:
        actor = idx.actors[m.actor]
        if actor.type != "person" or actor.affiliation or m.in_quote:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and span.root.dep_ in ("nsubj", "nsubjpass") \
                and not span.start <= doc[span.start - 1].head.i < span.end:
            continue  # a subject that the noun before it does not describe: "the number of Syrian refugees Obama will
            # accept"
        called = _people_called(doc, span)
        if called is not None:
            actor.affiliation = called  # "a scruffy little Austrian called Adolf Hitler"
            continue
        i, words = span.start - 1, 0
        while i >= 0 and words < 4 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
            i, words = i - 1, words + 1
        if words == 0 or i < 0:
            continue
        plural = doc[span.start - 1].tag_ == "NNS"
        if plural and not (span.end < len(doc) and doc[span.end].text in (",", "and")):
            continue  # a plural describes a list ("British stars Joss Stone and Franz Ferdinand"), not one name after
            # it ("the number of Syrian refugees Barack Obama will accept")
        country = None
        if doc[i].ent_type_ == "NORP":
            country = lx.country_of(doc[i].text)
        elif doc[i].text in ("'s", "’s") and i > 0 and doc[i - 1].ent_type_ == "GPE":
            country = lx.country_of(doc[i - 1].text)
        if country is not None and not lx.is_bloc(country):
            actor.affiliation = country


def _people_called(doc: Doc, span: Span) -> str | None:
    """The country of a people's word that the name is given to by "called" or "named" right before it ("an Austrian
    called Adolf Hitler", "a Brazilian named Jean Charles de Menezes")."""
    if span.start == 0 or doc[span.start - 1].lower_ not in ("called", "named"):
        return None
    noun = doc[span.start - 1].head
    if noun.i >= span.start - 1 or noun.ent_type_ != "NORP" or noun.is_lower:
        return None
    country = lx.country_of(noun.text)
    return country if country is not None and not lx.is_bloc(country) else None


ABROAD = frozenset({"ambassador", "envoy", "consul", "correspondent"})  # offices held in another country


def officials_of_the_subject(doc: Doc, idx: ActorIndex) -> None:
    """A minister or another holder of an office, with no country of their own, whose first mention, outside quotes,
    hangs on the main clause of a sentence whose subject is a country: that country's ("Thailand may lose 30bn baht
    in earnings from tourism, according to tourism minister Sontaya Kunplome", in a story of five countries). Not an
    office held abroad ("ambassador", "envoy"), nor one named in a clause of its own ("France has played a lead role
    ... after President Laurent Gbagbo broke a ceasefire")."""
    offices = lx.lexicon().titles.office_heads - ABROAD
    first: dict[str, int] = {}
    for m in idx.mentions:
        first[m.actor] = min(first.get(m.actor, m.start), m.start)
    for a in idx.of_type("person"):
        words = (a.role or "").lower().split()
        if a.affiliation or not words or words[-1] not in offices or a.id not in first:
            continue
        span = doc.char_span(first[a.id], first[a.id] + 1, alignment_mode="expand")
        if span is None or in_spans(span.start_char, idx.quote_spans):
            continue
        root = span[0].sent.root
        if any(t.pos_ in ("VERB", "AUX") and t != root and t.lower_ != "according" for t in span.root.ancestors) \
                or span.root.dep_ in ("nsubj", "nsubjpass"):
            continue  # a clause of its own: "France has played a lead role ... after President Laurent Gbagbo broke"
        subjects = [idx.resolve(t) for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1 and subjects[0] is not None and subjects[0].type == "country" \
                and not lx.is_bloc(subjects[0].name):
            a.affiliation = subjects[0].name


def organisation_countries(idx: ActorIndex, hints: dict[str, str]) -> None:
    """An organisation's country: from the table of known organisations, from a country said with it ("US
    telecoms firm WorldCom"), or from its name ("Reserve Bank of Australia", "Scottish Parliament")."""
    for a in idx.of_type("organization"):
        if a.affiliation:
            continue
        a.affiliation = lx.organization_country(a.name) or hints.get(a.id)
        if a.affiliation or {"UN", "Nations"} & set(a.name.replace("'", " ").split()):
            continue  # "UN Economic Commission for Latin America": of no one country
        words = re.findall(r"[\w.'’]+", a.name)
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                country = lx.country_of(" ".join(words[i:i + n]))
                if country and country != a.name:
                    a.affiliation = country
                    break
            if a.affiliation:
                break


def people_countries(idx: ActorIndex) -> None:
    """A person's organisation named as in the article, and its country as the person's when none was said."""
    for a in idx.of_type("person"):
        if not a.organization:
            continue
        org = idx.lookup(a.organization) or idx.shorter_name(a.organization)
        if org is None or org.type != "organization":
            continue
        a.organization = org.name
        if not a.affiliation and org.affiliation:
            a.affiliation = org.affiliation
    for a in idx.of_type("person"):
        if not a.affiliation and a.role:
            a.affiliation = _country_of_title(a.role)
        if not a.affiliation and idx.called(a, PEERAGE):
            a.affiliation = "United Kingdom"


PEERAGE = frozenset({"Lord", "Baroness"})  # a peer of the House of Lords, written with the title ("Lord Rennard")


def _country_of_title(role: str) -> str | None:
    """The country of a title only one country's politics has: a shadow minister (the United Kingdom's
    opposition), a member of the Scottish Parliament (the United Kingdom, which every gold set accepts for a
    person of Scotland), the titles of the peerage and of the English bench ("Lord Chancellor", "Lord Justice",
    "Mr Justice"; not "Justice" alone, which a US Supreme Court justice is too); so is a peer named with the title
    ("Lord Rennard", "Baroness Kennedy"). Not "MP", which many parliaments have ("Ugandan MP")."""
    words = role.split()
    british = "MSP" in words or words[0].lower() == "shadow" or tuple(words[:2]) in BRITISH_TITLES
    return "United Kingdom" if british else None


# the first two words of titles of the peerage and of the English bench; not "Lord Mayor", which Australian and
# Irish cities have too
BRITISH_TITLES = frozenset({("Lord", "Chancellor"), ("Lord", "Chief"), ("Lord", "Justice"), ("Mr", "Justice"),
                            ("Mrs", "Justice")})


@functools.cache
def _name_pattern(country: str) -> re.Pattern[str]:
    info = lx.country_table().get(country, {})
    names = sorted({country, *info.get("aliases", []), *info.get("demonyms", [])}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def named_in(doc: Doc, country: str) -> bool:
    """The text names the country or its people: a capital then stands for its government ("Moscow rejected
    the plan" in a story about Russia), not where a town of the same name is ("Douglas" in Queensland is no
    Isle of Man)."""
    return bool(_name_pattern(country).search(text_of(doc)))


@functools.cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """One compiled pattern per country with institution cues ("the Commons", "Whitehall"). A cue of one word
    counts alone, not as the first word of a longer name: "Labor" is Australia's party, "Labor Department" and
    "Labor Day" are American; "Congress Party" is India's."""
    out = {}
    for country, cues in lx.country_cues().items():
        ordered = sorted(cues, key=len, reverse=True)
        alone = [re.escape(c) + r"(?![\w-])(?!\s+[A-Z])" if " " not in c else re.escape(c) + r"(?![\w-])"
                 for c in ordered]
        out[country] = re.compile(r"(?<![\w-])(?:" + "|".join(alone) + r")")
    return out


def _in_place(doc: Doc, e: Span) -> bool:
    """A name the small NER took for an organisation said where a place is said ("in Tasmania"): the place,
    not a body named after it (the club "Liverpool", "Forest")."""
    return e.start > 0 and doc[e.start - 1].lower_ in lx.lexicon().actors.locative_words \
        and lx.organizations().get(lx.key(e.text)) is None


def country_scores(doc: Doc, idx: ActorIndex) -> dict[str, float]:
    """How much the article is about each country: mentions of it, its people, places and institutions, double
    in the headline and lead."""
    score: dict[str, float] = {}

    def add(country: str | None, weight: float = 1.0) -> None:
        if country and not lx.is_bloc(country):
            score[country] = score.get(country, 0.0) + weight

    # a wire story's dateline ("MEXICO CITY -", made a sentence of its own) is no sentence of the lead
    dated = {i for start, end in datelines(doc) for i in range(start, end)}
    sents = [s for s in sents_of(doc) if not all(t.i in dated or t.is_space for t in s)]
    lead_end = sents[min(2, len(sents) - 1)].end_char if sents else 0

    def weight(offset: int) -> float:
        return 2.0 if offset < lead_end else 1.0  # the headline and the lead set the scene

    for m in idx.mentions:
        if idx.actors[m.actor].type == "country":
            add(idx.actors[m.actor].name, weight(m.start))
    known: dict[str, int] = {}
    for m in idx.mentions:
        if lx.organization_country(idx.actors[m.actor].name):
            known[m.actor] = known.get(m.actor, 0) + 1
    published: set[str] = set()  # a publication ("he told Czech newspaper Daily Sport"): where it is from, not
    for m in idx.mentions:  # where the story is
        at = doc.char_span(m.start, m.end, alignment_mode="expand")
        if at is not None and after_publication_noun(doc, at.start):
            published.add(m.actor)
    for a in idx.of_type("organization"):
        if a.affiliation and a.id not in published:
            # once per organisation (its name was counted with its country already), but every mention of a known
            # national party or institution ("Tory leader Michael Howard", "the Home Office"): it sets the scene
            add(a.affiliation, max(1, known.get(a.id, 0)))
    people_nouns = lx.lexicon().actors.people_nouns
    for e in ents_of(doc):
        if e.label_ == "NORP":
            if lx.key(e.text) not in people_nouns:  # "Scot Kathy Butler", "the Frenchman": one person's country
                add(lx.demonyms().get(lx.key(e.text)), weight(e.start_char))
        elif e.label_ in ("GPE", "LOC", "ORG") and lx.key(e.text) not in lx.countries():
            if e.label_ != "ORG" or _in_place(doc, e):
                country = lx.where(e.text)
                # a city counts half a capital or region: a story is often set in one abroad ("the 'Las Vegas' jibe")
                city = country is not None and lx.place_countries().get(lx.key(e.text)) != country
                add(country, weight(e.start_char) / 2 if city else weight(e.start_char))
    for country, pattern in _cue_patterns().items():
        add(country, len(pattern.findall(text_of(doc))))
    if not any(score.values()):  # where nothing else places the story: enough to lead
        for country, pattern in _sign_patterns().items():
            add(country, min(2, len(pattern.findall(text_of(doc)))))  # two sums: one may be a price in passing
    return score


@functools.cache
def _sign_patterns() -> dict[str, re.Pattern[str]]:
    """A sum written with a country's own currency sign, not as a conversion in brackets ("$2bn (£1.06bn)")."""
    return {country: re.compile(r"(?<!\()(?<!\( )(?:" + "|".join(map(re.escape, signs)) + r")\s?\d")
            for country, signs in lx.currency_signs().items()}


def leader(score: dict[str, float], margin: float = 2.0, strict: bool = False, least: float = 2.0) -> str | None:
    """The country that leads a score: at least ``least`` (2), and at least ``margin`` times the next one (by
    default twice: it clearly leads; with ``strict``, more than that)."""
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    home, top = ranked[0]
    # the United Kingdom and its nations do not compete: "Scotland" 5, "United Kingdom" 4 (the SNP, Holyrood's
    # MSPs) is a Scottish story, not one that no country leads
    rivals = [v for c, v in ranked[1:] if not (_british(c) and _british(home))]
    second = rivals[0] if rivals else 0.0
    if top < least or top < margin * second or (margin <= 1 and top == second) or (strict and top == margin * second):
        return None
    if home in UK_NATIONS and score.get("United Kingdom", 0.0) > 0:
        return "United Kingdom"  # a nation only where the story names nothing of the whole (an England match)
    return home


UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


def _british(country: str) -> bool:
    return country == "United Kingdom" or country in UK_NATIONS


def leader_of_people(score: dict[str, float]) -> str | None:
    """The country that leads a score well enough to place the people a story leaves unplaced: by more than
    half again the next one, the United Kingdom and its nations counted as one ("England" 2, "Wales" 2, "United
    Kingdom" 3 is the United Kingdom). Read on BBC stories: at 1.5 or less the leader is as often a foreign
    country the story is about as the country of the people in it."""
    folded = {c: v for c, v in score.items() if c not in UK_NATIONS}
    nations = sum(v for c, v in score.items() if c in UK_NATIONS)
    if nations:
        folded["United Kingdom"] = folded.get("United Kingdom", 0.0) + nations
    return leader(folded, margin=1.5, strict=True)


def place_the_unplaced(doc: Doc, idx: ActorIndex, home: str | None, first: str | None) -> None:
    """People and organisations left without a country get the article's home country, marked implied;
    international bodies and their staff get none. Where no country clearly leads, a person gets the country
    that leads well enough (``first``: ``leader_of_people``), unless the sentence that first names them names one
    other country ("Paris was more subdued, with finance minister Herve Gaymard telling ..." in a story led by
    Germany: no country)."""
    for a in idx.actors.values():
        if a.affiliation or a.type not in ("person", "organization"):
            continue
        if lx.international(a.name) or (a.organization and lx.international(a.organization)):
            continue
        country = home
        if country is None and a.type == "person" and first is not None:
            said = _sentence_country(doc, idx, a)
            country = first if said in (None, first) or (first == "United Kingdom" and said in UK_NATIONS) else None
        if country is not None:
            a.affiliation = country
            a.country_implied = True


def _sentence_country(doc: Doc, idx: ActorIndex, actor: Actor) -> str | None:
    """The one country named (by name, people, capital or region) in the sentence of the actor's first
    mention, if there is exactly one."""
    mentions = [m for m in idx.mentions if m.actor == actor.id]
    if not mentions:
        return None
    at = min(m.start for m in mentions)
    sent = next((s for s in sents_of(doc) if s.start_char <= at < s.end_char), None)
    if sent is None:
        return None
    found = set()
    for e in sent.ents:
        if e.label_ in ("GPE", "NORP", "LOC"):
            country = lx.country_of(e.text) or lx.where(e.text)
            if country and not lx.is_bloc(country):
                found.add(country)
    return found.pop() if len(found) == 1 else None
