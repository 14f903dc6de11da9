"""Names as the NER gives them, repaired: entities the small model mislabels, and the name inside an entity
(without "the", honorifics, a possessive or a role word)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, ORTH, SENT_START  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.sentences import DASHES, english_words, ents_of, kept, text_of, words_of

_MARKS = frozenset({"-", "–", "—", ",", ";", ":", "*", "•"})  # marks that never begin or end a name


def strip_name(span: Span) -> Span:
    """Drop a leading "the", honorifics, lower-case words before an organisation's name, a trailing
    possessive and letters after a person's name ("MP", "QC") from a name. Made once per span of a doc: the
    actor passes ask it of the same entity several times."""
    made: dict[tuple[int, int, int], Span] = kept(span.doc, "briefing_names", dict)
    key = (span.start, span.end, span.label)
    found = made.get(key)
    if found is None:
        found = made[key] = _strip_name(span)
    return found


PLURAL_HONORIFICS = frozenset({"lords", "messrs", "drs"})  # before a list of names: the first is one person's


def _initialled(e: Span) -> bool:
    """An initial and a capitalised word, nothing else: "N Speaight"."""
    return len(e) == 2 and len(e[0].text) == 1 and e[0].is_upper and e[1].is_title and e[1].is_alpha


def _strip_name(span: Span) -> Span:
    words = lx.lexicon()
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if doc[i].text in ("(", "[", ","):  # "World Health Organisation (WHO"
            end = i
            break
    if span.label_ == "PERSON":
        # "Acme chief executive Lord Smith" taken whole: the name starts after the last role word (not the title of a
        # royal known by it and one given name: "Prince Harry")
        roles = [i for i in range(start, end - 1) if doc[i].lower_ in words.titles.role_words
                 and not _royal_name(doc, i, end)]
        if roles:
            start = roles[-1] + 1
        # "Tory Edward Turnour", "Labour John Smith": a party glued to the front of a full name of two words or more
        for width in (1, 2):  # "Tory Edward Turnour", "Lib Dems David Laws"
            rest = [t for t in doc[start + width:end] if t.text not in ("'s", "’s", "'", "’")]
            if lx.party(doc[start:start + width].text) and len(rest) >= 2 \
                    and all((t.is_alpha and t.is_title) or (t.text == "-" and not t.whitespace_) for t in rest):
                # (a hyphenated surname too: "fellow Tory David Heathcoat-Amory")
                start += width
                break
        rest = [t for t in doc[start + 1:end] if t.text not in ("'s", "’s", "'", "’")]
        inner = [i for i in range(start + 1, end - 1) if doc[i].is_title
                 and doc[i].lower_.rstrip(".") in words.titles.honorifics]
        if inner:
            start = inner[-1]  # "in Tanzania Mr Brown said": the name starts at its honorific
        elif len(rest) >= 2 and doc[start].is_upper and doc[start].is_alpha and len(doc[start]) >= 2 \
                and all(t.is_alpha and t.is_title for t in rest):
            start += 1  # "group EADS Philippe Camus": a body's initials glued to the front of a full name
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an")
                               or doc[start].lower_.rstrip(".") in words.titles.honorifics
                               or doc[start].lower_.rstrip(".") in PLURAL_HONORIFICS  # "Lords Bingham, Steyn ..."
                               or (span.label_ == "PERSON" and doc[start].lower_ in words.titles.role_heads
                                   and not _royal_name(doc, start, end))):
        start += 1
    while start < end - 1 and (doc[start].is_quote or doc[start].text in _MARKS):
        start += 1  # "the 'New World' producers": the quote mark after "the"
    if span.label_ == "PERSON" and sum(t.is_alpha for t in doc[start:end]) >= 3 and doc[start + 1].is_title \
            and doc[start + 1].is_alpha and not any(t.lower_ in ("'s", "’s") for t in doc[start:end - 1]) \
            and _glued_descriptor(doc[start], end):  # not "Swiss People's Party", a body the NER took for a person
        start += 1  # "Briton Clive Owen", "Model Sophie Anderton", "Nevertheless Franz Ferdinand"
    if span.label_ == "PERSON" and end - start >= 2 and doc[start].is_sent_start and _gerund(doc[start]) \
            and _named_apart(doc, start + 1, end):
        start += 1  # "Injecting Clinton's marital troubles into the campaign is ...": the verb opening the sentence
    if span.label_ == "ORG":
        while start < end - 1 and doc[start].is_lower and doc[start].is_alpha and doc[start].whitespace_:
            start += 1  # "force Soros Foundation": a word of the sentence taken into the name ("al-Qaeda" stays)
    while end > start + 1 and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_quote
                               or doc[end - 1].text in _MARKS):
        end -= 1  # a possessive, a closing quote mark, a dash the NER took in ("Deutsche Boerse - the bid")
    if span.label_ == "PERSON":
        while end > start + 1 and doc[end - 1].text in words.titles.post_nominals:
            end -= 1  # "Tom McCabe MSP", "Philippe Sands QC": letters after the name
    return doc[start:end] if end > start else span


def _royal_name(doc: Doc, i: int, end: int) -> bool:
    """Token ``i`` is a royal title written with a capital and followed by one word up to ``end``, a given name: the
    name a royal is known by ("Prince Harry", "Queen Elizabeth")."""
    return end - i == 2 and doc[i].is_title and doc[i].lower_ in lx.lexicon().titles.royal_titles \
        and doc[i + 1].is_title and doc[i + 1].is_alpha


def _glued_descriptor(tok: Token, end: int) -> bool:
    """The first word of a name of three words or more (ending before token ``end``) that is no part of it: a
    people ("Briton Clive Owen", "Kenyan Bernard Lagat"), a description of the lexicon ("Comic Joe Pasquale"), a
    common word the article writes in lower case elsewhere ("Model Sophie Anderton" beside "the model";
    "Nevertheless Franz Ferdinand"), or an English word before a name that opens with a given name, where the
    article tags that name by itself elsewhere ("former Miss Universe Alicia Machado" beside "Alicia Machado";
    "Crooked Hillary Clinton"; not "Armand Marie Leroi" beside "Marie Leroi") or the word opens the sentence
    ("Farmer Geoff Brooks, a senior member of the hunt, told ..."). Never a given name of the lexicon, an initial or a
    particle ("Jordan Rhodes Smith", "J. Joe Ricketts", "De Wet Barry"; "Julio De Vido" beside "De Vido")."""
    if not (tok.is_alpha and tok.is_title and len(tok) >= 4) or tok.text in lx.given_names():
        return False
    titles = lx.lexicon().titles
    return lx.country_of(tok.text) is not None or tok.lower_ in titles.descriptions \
        or tok.lower_ in kept(tok.doc, "briefing_common", lambda: _common_words(tok.doc)) \
        or (tok.lower_ in english_words(tok.doc) and tok.doc[tok.i + 1].text in lx.given_names()
            and (tok.is_sent_start or _named_apart(tok.doc, tok.i + 1, end)))


def _gerund(tok: Token) -> bool:
    """A capitalised "-ing" form of an English verb that is no given name ("Injecting", "Debating", "Robbing";
    not "Irving", "Channing")."""
    w = tok.lower_
    if not (tok.is_alpha and tok.is_title and len(w) >= 6 and w.endswith("ing")) or tok.text in lx.given_names():
        return False
    stem = w[:-3]
    known = english_words(tok.doc)
    return stem in known or stem + "e" in known or (stem[-1] == stem[-2] and stem[:-1] in known)


_POSSESSIVE = re.compile(r"\s*(?:['’]s?)$")


def _named_apart(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is, without a possessive, the whole text of a person the NER tags elsewhere in the
    article."""
    people = kept(doc, "briefing_people", lambda: frozenset(
        _POSSESSIVE.sub("", e.text) for e in ents_of(doc) if e.label_ == "PERSON"))
    return _POSSESSIVE.sub("", doc[start:end].text) in people


def _is_law(e: Span) -> bool:
    """The entity names a law, a bill or a treaty ("the Prevention of Terrorism Bill", "the European Convention on
    Human Rights", "a binding Treaty"; not "the Convention of Scottish Local Authorities", a body, nor "Bill", a
    given name): no actor."""
    heads = lx.lexicon().actors.law_heads
    doc = e.doc
    if e.label_ in ("ORG", "PERSON") and e.end + 2 < len(doc) and doc[e.end].lower_ == "and":
        # "the [African Growth] and Opportunity Act": the NER cut the law's name at "and"
        j = e.end + 1
        while j < len(doc) and doc[j].is_title and not doc[j].ent_type_:
            j += 1
        if j > e.end + 2 and doc[j - 1].text in heads:
            return True
    if e.label_ in ("ORG", "PERSON") and len(e) == 1:
        return e[0].text in heads and e[0].text not in lx.given_names()
    return e.label_ in ("ORG", "PERSON") and len(e) > 1 and (
        e[-1].text in heads or any(e[k].text in heads and e[k + 1].lower_ in ("on", "of") and e[k - 1].lower_ != "the"
                                   for k in range(1, len(e) - 1)))


PEERS = ("Lord", "Baroness", "Lady")


def _peers_place(doc: Doc, e: Span) -> bool:
    """The place of a peer's title, tagged a body or a place: "Lord Roberts of [Conwy]", "Lord Nicholls of
    [Birkenhead]" (a peer named with one surname, then "of")."""
    if e.label_ not in ("ORG", "GPE", "PERSON") or len(e) != 1 or e.start < 3 or doc[e.start - 1].lower_ != "of":
        return False
    peer = ent_at(doc, e.start - 2)
    if peer is None or peer.label_ != "PERSON" or peer.end != e.start - 1:
        return False
    return (len(peer) == 2 and peer[0].text in PEERS) or (len(peer) == 1 and doc[peer.start - 1].text in PEERS)


def _writers_place(doc: Doc, e: Span) -> bool:
    """The town after a first name said alone, as readers and passers-by are named ("Andrew in [Derby]", "Emma
    from [Sleaford]", "Ashley, of [Swindon]"): where the person lives, tagged a body; not a known organisation, nor
    a full name's ("John Smith from Microsoft")."""
    if e.label_ not in ("ORG", "NORP", "GPE") or len(e) != 1 or not e[0].is_title or e.start < 2 \
            or lx.key(e.text) in lx.organizations() or (e.end < len(doc) and doc[e.end].is_title):
        return False
    if doc[e.start - 1].lower_ not in ("from", "in", "of"):
        return False  # not "children Nora, [Hasna] and Guy"
    i = e.start - 2
    if doc[i].text == "," and i > 0:
        i -= 1
    given = doc[i]
    return given.text in lx.given_names() and given.is_title and (given.i == 0 or not doc[given.i - 1].is_title)


def law_at(doc: Doc, i: int) -> Span | None:
    """The name of a law, bill or treaty that token ``i`` is part of, else None."""
    e = ent_at(doc, i)
    return e if e is not None and _is_law(e) else None


def titled_by(source: Token) -> Token | None:
    """The author named after the title set off after a document ("according to a new book, Brown's Britain by
    Sunday Telegraph journalist Robert Peston, ..."): the last word of the person's name after "by"."""
    doc = source.doc
    i = source.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    start = i
    while i < len(doc) and i - start < 8 and (doc[i].is_title or doc[i].text in ("'s", "’s")
                                               or doc[i].lower_ in ("of", "the", "and", "a")):
        i += 1
    if i == start or i >= len(doc) or doc[i].lower_ != "by":
        return None
    for j in range(i + 1, min(len(doc), i + 7)):
        if doc[j].ent_type_ == "PERSON" and (j + 1 >= len(doc) or doc[j + 1].ent_type_ != "PERSON"
                                             or doc[j + 1].ent_iob_ == "B"):
            return doc[j]
        if doc[j].is_punct:
            break
    return None


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` is part of."""
    if not doc[i].ent_type:  # outside every entity: spaCy makes all the entities' spans on each ``doc.ents``
        return None
    return next((e for e in ents_of(doc) if e.start <= i < e.end), None)


def ancestors_to(tok: Token, top: Token) -> list[Token]:
    """``tok`` and its heads up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def abbreviates(short: str, name: str) -> bool:
    """``short`` is the initials of ``name``, its capitals read in order: "BBC", "M&S" (Marks & Spencer), "E&Y",
    "DrKW" (Dresdner Kleinwort Wasserstein); one word of at most six characters, letters or "&"."""
    capitals = "".join(c for c in short if c.isupper())
    return (" " not in short and len(short) <= 6 and len(capitals) >= 2 and all(c.isalnum() or c == "&" for c in short)
            and short[:1].isupper() and len(name.split()) >= 2 and capitals == initials(name))


UNITS = frozenset({"bn", "mn", "m", "k", "tn", "th", "st", "nd", "rd"})
# The last word of a product's name that is its model or version: "Nokia 6600", "Orange E200", "Airbus A380",
# "Firefox 1.0", "FTSE 100" (not one or two digits: "Channel 4", "BBC Radio 1", "Band Aid 20" act)
MODEL = re.compile(r"\d+\.\d+|[A-Za-z]{0,3}-?\d{3,}")


def _is_name_word(tok: Token) -> bool:
    """A capitalised word ("Lib", "G8", "U2"), not a number with a unit ("280bn") or a lone initial."""
    letters = sum(c.isalpha() for c in tok.text)
    digits = any(c.isdigit() for c in tok.text)
    return tok.text[:1].isupper() and (letters >= 2 or digits) and tok.lower_ not in UNITS


def trimmed(ent: Span) -> Span | None:
    """An entity without the punctuation, spaces and scores the NER took into it (". The Lib Dems", "Roddick
    6-2 7-6"); None when no word of a name is left ("280bn", "8:11.22", "a QC")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    dash = next((t.i for t in doc[start + 1:end] if t.text in DASHES and doc[t.i - 1].whitespace_), None)
    if dash is not None:
        end = dash  # a dash set off by spaces ends a name: "Grant Thornton - now rid of ..." taken whole
    if ent.label_ == "PERSON":
        while end > start and (not any(c.isalpha() for c in doc[end - 1].text) or doc[end - 1].text[:1].isdigit()):
            end -= 1  # a score or a number after a name: "Roddick 6-2 7-6", "awarded Varig 2bn reais"
    while end - 3 > start and doc[end - 1].is_digit and doc[end - 2].text == "-" and doc[end - 3].is_digit \
            and not doc[end - 3].whitespace_ and not doc[end - 2].whitespace_:
        end -= 3  # a score after any name ("Arsenal 2-1", "Rafael Nadal 6-2 6-7" tagged as a body), not a number
        # that is part of one ("Channel 4", "Fahrenheit 9/11")
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        end -= 1  # a word of the sentence after the name: "the Scottish Local Authority Management Centre at"
    if end <= start or not any(_is_name_word(t) for t in doc[start:end]):
        return None
    if all(t.text in lx.lexicon().titles.post_nominals for t in doc[start:end]):
        return None  # "a QC": letters after a name, said alone
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _named_as_work(doc: Doc, e: Span) -> bool:
    """A name said right after a common noun for a work ("the film Closer", "her novel Fingersmith", "hit
    sitcom Friends"): the work's title, not an actor. Not a work noun after the name ("the Ray Charles biopic" is
    about a person)."""
    if e.label_ not in ("PERSON", "ORG", "WORK_OF_ART") or e.start == 0:
        return False
    if _programme_title(doc, e):
        return True
    before = doc[e.start - 1]
    if before.text == "The" and e.start >= 2 and not before.is_sent_start:
        # the title's own article, capitalised in mid-sentence, which the NER left out ("animated comedy The
        # Incredibles", "hit BBC comedy The Office"): the work's noun is the word before it
        before = doc[e.start - 2]
        if before.is_lower and before.lemma_ in lx.lexicon().actors.work_nouns and before.pos_ in ("NOUN", "ADJ"):
            return True
    if _said_to_be_work(e):
        return True
    if not (before.is_lower and before.lemma_ in lx.lexicon().actors.work_nouns):
        return False
    if before.pos_ == "NOUN" and before.dep_ in ("compound", "nmod", "amod", "appos") \
            or (e.root.dep_ == "appos" and e.root.head == before):
        return True
    # the parser's other readings of the two: an adjective of the name ("hit musical Mamma Mia!"), the noun and the
    # name both subjects of one verb ("abortion drama Vera Drake has scooped"), the noun hung on a name it read as
    # a verb ("horror movie Cursed"); not a noun that ends another phrase ("at the end of the game Andre Nzame III
    # was on target", "programmes the BBC owns")
    if before.pos_ == "ADJ":
        return before.dep_ == "amod" and before.head == e.root
    return before.pos_ == "NOUN" and (before.head == e.root or (
        before.dep_ == e.root.dep_ == "nsubj" and before.head == e.root.head))


def _brand_lists(doc: Doc) -> set[int]:
    """The tokens of the lists of brands or products an article gives ("Its other brands include Syndol analgesic,
    Meltus cough medicine and Mister Baby", "brands such as Dairy Milk and Snapple", "drugs such as Celebrex"): the
    object of "include" whose subject is such a noun, or the phrase of "including", "like" or "such as" after one
    (``brand_nouns`` in ``data/actors.yaml``)."""
    nouns = lx.lexicon().actors.brand_nouns
    out: set[int] = set()
    for i in words_of(doc).at(lemmas=nouns):
        noun = doc[i]
        if noun.tag_ != "NNS":
            continue
        heads = []
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include":
            heads += [c for c in noun.head.children if c.dep_ == "dobj"]
        for prep in noun.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or (
                    prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such")):
                heads += [c for c in prep.children if c.dep_ == "pobj"]
        for head in heads:
            out.update(t.i for t in head.subtree)
    return out


def _starred(doc: Doc) -> list[str]:
    """Titles said with who stars in them ("The Producers, starring Nathan Lane and Lee Evans, is up for best
    musical", "No Way Out starring Kevin Costner"), whether or not the NER tagged them: the capitalised words right
    before "starring" and a name, without a leading "The"; not "director Spike Lee, starring in seven Lee films",
    nor a name after "by" or a role ("directed by Spike Lee starring ...")."""
    out = []
    for i in words_of(doc).at(lowers=("starring",)):
        if i + 1 >= len(doc) or not doc[i + 1].is_title:
            continue
        end = i - 1 if i > 0 and doc[i - 1].text == "," else i
        start = end
        while start > 0 and not doc[start - 1].is_sent_start and (doc[start - 1].is_title or (
                doc[start - 1].lower_ in ("of", "and", "the", "in") and doc[start].is_title)):
            start -= 1
        while start < end and not doc[start].is_title:
            start += 1  # "of" or "and" left at the front
        if start > 0 and doc[start].text == "The" and not doc[start].is_sent_start:
            start += 1  # the title's own article: "The Producers" is named as "Producers" elsewhere
        if start >= end or (start > 0 and (doc[start - 1].lower_ == "by"
                                           or doc[start - 1].lower_ in lx.lexicon().titles.role_words)):
            continue
        out.append(doc[start:end].text)
    return out


def _said_to_be_work(e: Span) -> bool:
    """A name the text says is a work, in a relative clause or an apposition after it ("The Office, which is a
    great show", "Closer, a film about ..."): a noun for a work as what the name is."""
    work_nouns = lx.lexicon().actors.work_nouns
    for c in e.root.children:
        if c.i < e.end:
            continue
        if c.dep_ == "appos" and c.lower_ in work_nouns and c.pos_ == "NOUN" and e.end + 1 < len(e.doc) \
                and e.doc[e.end].text == "," and c.left_edge.i == e.end + 1 \
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return True
        if c.dep_ == "relcl" and c.lemma_ == "be" \
                and any(d.dep_ == "nsubj" and d.lower_ in ("which", "that") for d in c.children) \
                and any(d.dep_ == "attr" and d.lower_ in work_nouns and d.pos_ == "NOUN" for d in c.children):
            return True
    return False


PROGRAMME_NOUNS = ("programme", "program", "show")
_PROGRAMME_LINKS = ("with", "of", "the", "and", "at", "in", "on", "&")


def _programme_title(doc: Doc, e: Span) -> bool:
    """A name that ends the title of a broadcaster's programme, between a possessive and "programme" or "show"
    ("told BBC One's Breakfast with Frost programme", "the BBC's Go Digital programme"; a scheme too: "the
    government's Sure Start programme"): the programme, not an actor. The owner is a body, not a person. With
    "with" in the title, no such noun is needed after it ("She told BBC One's Breakfast with Frost: ...")."""
    named = e.end < len(doc) and doc[e.end].lower_ in PROGRAMME_NOUNS
    if not named and not (e.start > 1 and doc[e.start - 1].lower_ == "with" and doc[e.start - 2].is_title):
        return False  # "Breakfast with Frost", not "the BBC's talks with Frost"
    i = e.start - 1
    while i >= 0 and e.start - i <= 4 and (doc[i].is_title or doc[i].lower_ in _PROGRAMME_LINKS) \
            and doc[i].tag_ != "POS":
        i -= 1  # back over the title's first words ("Breakfast with")
    # the owner a broadcaster or a government, not a person ("John Peel's BBC Radio 1 show" is the station's)
    return i > 0 and doc[i].tag_ == "POS" and doc[i].lower_ in ("'s", "’s") \
        and (doc[i - 1].ent_type_ == "ORG" or doc[i - 1].lower_ in lx.lexicon().actors.government_nouns)


INDEX_WORDS = ("share", "shares", "stock", "stocks", "industrial", "composite", "benchmark", "main", "all-share")
ELECTED = ("MP", "MSP", "AM", "MEP", "MLA", "TD")  # post-nominals of the members of a parliament
MEMBER_WORDS = ELECTED + tuple(w + "s" for w in ELECTED)
CHAMBERS = ("commons", "lords", "parliament", "assembly", "senate", "congress")


def _named_as_index(doc: Doc, e: Span, speakers: set[str]) -> bool:
    """A name said right before "index" (or "industrial average"), with at most two words of a market between
    ("the Dow Jones share index", "the Dow Jones industrial average", "the Nasdaq index"), or ending in "Index": an
    index, not an actor. Not a possessor ("Jupiter Research's index") nor the name of a body that speaks
    (``speakers``, the words of names that are the subject of a verb of speech: "the Ifo index" of the Ifo
    institute, which "said")."""
    if e.label_ not in ("ORG", "PERSON", "GPE") or e[-1].text in speakers or e[-1].tag_ == "POS" \
            or e.text.endswith(("'s", "’s")):
        return False
    if len(e) >= 2 and e[-1].text == "Index":
        return True  # "the European Digital Life Index"
    i = e.end
    while i < len(doc) and i - e.end < 2 and doc[i].lower_ in INDEX_WORDS:
        i += 1
    if i >= len(doc) or doc[i].is_upper:
        return False
    return doc[i].lower_ == "index" or (doc[i].lower_ == "average" and doc[i - 1].lower_ in ("industrial", "composite"))


def _named_as_constituency(doc: Doc, e: Span) -> bool:
    """A name a member of a parliament is elected for ("the MP for Mid-Bedfordshire", "the Mid-Bedfordshire MP",
    "the Sedgefield constituency", "the Slough seat"), or the first word of a town the NER cut at its hyphens
    ("Stockton-on-Tees"): a constituency, a place, not an actor. Not a party ("Labour constituencies",
    "the Labour MP") or a chamber ("the Commons constituency of ...")."""
    if e.label_ not in ("ORG", "PERSON", "GPE", "LOC") or lx.country_of(e.text) is not None \
            or lx.key(e.text) in lx.organizations() or e.root.lower_ in CHAMBERS:
        return False
    if _place_by_compass(e):
        return True
    before = doc[e.start - 1] if e.start > 0 else None
    after = doc[e.end] if e.end < len(doc) else None
    if before is not None and before.lower_ == "for" and e.start > 1 \
            and (doc[e.start - 2].text in MEMBER_WORDS or doc[e.start - 2].lower_ == "member"):
        # "the MP for Mid-Bedfordshire", "Member for Mayo"; not "Member for Braddon Brett Whiteley" or "Member for
        # Robertson Lucy Wicks", the place and the member's name run together (see ``_portfolio_before``)
        given = lx.given_names()
        return (e.label_ != "PERSON" or len(e) == 1) and not any(t.text in given for t in e[1:])
    if after is not None and (after.lower_ == "constituency" or (
            after.lower_ == "seat" and lx.party(e.text) is None
            and e[-1].text not in lx.lexicon().actors.body_words)):
        # "the Sedgefield constituency", "won the Eton and Slough seat"; not a party's or a body's seat ("the
        # Labour seat of ...", "a Supreme Court seat")
        return True
    if after is not None and after.text == "-" and e.end + 2 < len(doc) and doc[e.end + 2].text == "-" \
            and doc[e.end + 1].lower_ in ("on", "upon", "under", "in"):
        return True  # the first word of a town the NER cut at its hyphens ("Stockton-on-Tees"): a place
    # "the Mid-Bedfordshire MP" (with the article: "Labour MP Frank Field" names a party)
    return after is not None and after.text in MEMBER_WORDS and before is not None and before.lower_ == "the" \
        and e.label_ != "PERSON"


COMPASS = frozenset({"North", "South", "East", "West", "Central"})


def _place_by_compass(e: Span) -> bool:
    """A known place with points of the compass after it ("Edinburgh South", "Leeds North West", "Sheffield
    Central"): a constituency or a district, named as one is, not a person or a body (not "Kanye West", "Nat West":
    their first words are no places)."""
    words = e.text.split()
    n = len(words)
    while n > 1 and words[n - 1] in COMPASS:
        n -= 1
    first = 0
    while first < n - 1 and words[first] in COMPASS:
        first += 1  # "South West Edinburgh"
    return (n < len(words) or first > 0) and n - first <= 2 and lx.known_place(" ".join(words[first:n]))


def _constituencies(doc: Doc, ents: list[Span]) -> set[str]:
    """The name keys of the constituencies named (``_named_as_constituency``), with a second name joined to one by
    "and" ("MP for Sleaford and North Hykeham": "North Hykeham" too)."""
    found = {lx.key(e.text) for e in ents if _named_as_constituency(doc, e)}
    heads = lx.lexicon().actors.body_words | lx.lexicon().actors.political_heads
    for e, nxt in zip(ents, ents[1:], strict=False):
        if lx.key(e.text) in found and nxt.start == e.end + 1 and doc[e.end].lower_ == "and" \
                and nxt[0].is_title and nxt[-1].text not in heads and lx.key(nxt.text) not in lx.organizations():
            found.add(lx.key(nxt.text))
    # a list of seats, introduced as seats or with two known as such: every name in it ("The marginals are Aberdeen
    # South, Dumfriesshire, Dundee East and West, ... Ochil, Stirling", "Bristol West, Cardiff Central, Leeds North
    # West, Cambridge, Manchester Gorton")
    for run in _runs(doc, ents):
        if len(run) >= 3 and (sum(lx.key(x.text) in found for x in run) >= 2 or _listed_as_seats(doc, run[0])):
            found |= {lx.key(x.text) for x in run if x.label_ in ("PERSON", "GPE", "LOC", "ORG") and x[0].is_title
                      and lx.key(x.text) not in lx.organizations() and lx.country_of(x.text) is None}
    return found


def _runs(doc: Doc, ents: list[Span]) -> Iterator[list[Span]]:
    """The lists of names: entities one after another joined by commas, "and" or "or" (past a name the NER left
    untagged: "Bristol West, Cardiff Central, Leeds North West"), each list in order, one entity alone a list of one."""
    run: list[Span] = []
    for item in ents:
        if run and item.start > run[-1].end and item.start - run[-1].end <= 5 \
                and all(t.text == "," or t.lower_ in ("and", "or") or (t.is_title and not t.is_sent_start)
                        for t in doc[run[-1].end:item.start]) and doc[item.start - 1].text in (",", "and", "or"):
            run.append(item)
            continue
        if run:
            yield run
        run = [item]
    if run:
        yield run


PLACE_NOUNS = frozenset({"town", "city", "village", "suburb", "county", "district", "region", "province"})


def _listed_places(doc: Doc, ents: list[Span]) -> set[str]:
    """The name keys of the items of a list of two or more names given as examples of a plural noun for places
    ("protests in towns and cities including Cardiff, Bangor, Aberystwyth and Wrexham", "cities such as Leeds and
    Bradford", "the towns of X and Y"), however the NER tagged them: places, no actors (not a known body, nor a
    country, which is an actor of its own)."""
    found: set[str] = set()
    for run in _runs(doc, ents):
        j = run[0].start - 1
        while j > 1 and (doc[j].text == "," or doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_):
            j -= 1  # past names the NER left untagged ("including Cardiff, Bangor, ...")
        if len(run) < 2 or j < 1:
            continue
        if doc[j].lower_ in ("including", "like", "of") or doc[j].text == ":":
            k = j - 1
        elif doc[j].lower_ == "as" and doc[j - 1].lower_ == "such":
            k = j - 2
        else:
            continue
        if k < 0 or doc[k].tag_ != "NNS" or doc[k].lemma_.lower() not in PLACE_NOUNS:
            continue
        found |= {lx.key(x.text) for x in run if x.label_ in ("PERSON", "GPE", "LOC", "ORG") and x[0].is_title
                  and lx.key(x.text) not in lx.organizations() and lx.country_of(x.text) is None}
    return found


SEAT_NOUNS = frozenset({"seat", "constituency", "marginal", "ward"})


def _listed_as_seats(doc: Doc, first: Span) -> bool:
    """The list that ``first`` opens is what a noun for seats is said to be ("The marginals are ...", "The seats
    where the Lib Dems say student votes can swing the election are: ..."): a verb "be" or a colon right before it,
    and such a noun, plural, earlier in the sentence."""
    i = first.start - 1
    while i >= 0 and doc[i].text in (":", "-"):
        i -= 1
    if i < 0 or not (doc[i].lemma_ == "be" or doc[first.start - 1].text == ":"):
        return False
    return any(t.lemma_.lower() in SEAT_NOUNS and t.tag_ == "NNS" for t in doc[first.sent.start:i])


def _body_with_and(doc: Doc, e: Span) -> Span:
    """A public body's name with "and" in it that the NER cut after the "and" ("the Standards and [Privileges
    Committee]", "the [Public] and [Commercial Services] union"): the whole name, when the word before "and" is a
    capitalised word of no other name, or a body of that one word; with the body's word after it in lower case."""
    body_words = lx.lexicon().actors.body_words
    end = e.end
    if e.label_ == "ORG" and e.start >= 2 and doc[e.start - 1].lower_ == "and" and _demonym(e[0]) \
            and _demonym(doc[e.start - 2]) and doc[e.start - 2].ent_type_ == "NORP" \
            and doc[e.start - 2].ent_iob_ == "B" and len(e) >= 2:
        # "the [British] and [Irish Lions]", "[Scottish] and [Southern Energy]": two peoples' adjectives that open
        # one body's name, the first tagged alone as a people
        return Span(doc, e.start - 2, end, label="ORG")
    if e.label_ == "ORG" and e[-1].text not in body_words and end < len(doc) and doc[end].is_lower \
            and doc[end].text.capitalize() in body_words:
        end += 1  # "the Public and Commercial Services union"
    if e.label_ != "ORG" or len(e) < 2 or doc[end - 1].text.capitalize() not in body_words or e.start < 3 \
            or doc[e.start - 1].lower_ != "and" or not e[0].is_title:  # not "Parliament and [the Council]"
        return e
    word = doc[e.start - 2]
    cut = word.ent_type_ == "ORG" and word.ent_iob_ == "B" and doc[word.i + 1].ent_iob_ != "I"  # a body of one word
    if word.is_title and word.is_alpha and (not word.ent_type_ or cut) and not word.is_sent_start \
            and word.pos_ in ("PROPN", "NOUN", "ADJ") and doc[e.start - 3].lower_ == "the":
        return Span(doc, e.start - 2, end, label="ORG")
    return e


def _listed_pair_with_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """The last item of a list of bodies that is itself two names joined by "and" ("Among the firms accused were
    Altria Group, RJ Reynolds Tobacco, Liggett Group and Brown and Williamson"): a list has one "and", before its last
    item, so after "A, B and" the words "Brown and Williamson" are one body's name, not two people."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        pair = ents[i + 1] if i + 1 < len(ents) else None
        before = out[-1] if out else None
        if pair is not None and before is not None and e.label_ in ("PERSON", "ORG") \
                and pair.label_ in ("PERSON", "ORG") and before.label_ == "ORG" \
                and pair.start == e.end + 1 and doc[e.end].lower_ == "and" \
                and before.end + 1 == e.start and doc[before.end].lower_ == "and" \
                and before.start > 0 and doc[before.start - 1].text == "," \
                and (pair.end == len(doc) or doc[pair.end].is_punct):
            out.append(Span(doc, e.start, pair.end, label="ORG"))
            i += 2
            continue
        out.append(e)
        i += 1
    return out


def _demonym(tok: Token) -> bool:
    """A people's adjective written as a name ("British", "Irish")."""
    return tok.is_title and tok.is_alpha and lx.key(tok.text) in lx.demonyms()


def body_for_field(doc: Doc, e: Span) -> Span:
    """A public body's name with "for" and a place or a field in it that the NER cut before the "for" ("the UN
    Economic Commission [for Latin America]", "the Commission [for Racial Equality]"): the whole name."""
    if e.label_ != "ORG" or e[-1].text not in lx.lexicon().actors.body_words or e.end + 1 >= len(doc) \
            or doc[e.end].lower_ != "for":
        return e
    place = ent_at(doc, e.end + 1)
    if place is not None and place.start == e.end + 1 and place.label_ in ("GPE", "LOC"):
        return Span(doc, e.start, place.end, label="ORG")
    # ... or a field in capitalised words no other entity holds ("the [Commission] for Racial Equality", "the Centre
    # for Policy Studies"; not "the Commerce Department for November")
    if e[-1].text in ("Parliament", "Assembly"):
        return e  # "Member of Parliament for Sheffield Brightside": a seat
    end = e.end + 1
    while end < len(doc) and doc[end].ent_type_ in ("", "ORG") and ((doc[end].is_title and doc[end].is_alpha) or (
            doc[end].lower_ in ("and", "of") and end > e.end + 1 and end + 1 < len(doc) and doc[end + 1].is_title
            and doc[end + 1].is_alpha)):
        end += 1
    return Span(doc, e.start, end, label="ORG") if end > e.end + 1 else e


_NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def _letters(words: list[Token]) -> str:
    """The capitals a name's short form takes from ``words``: each capitalised word's initial, all of a short word
    in capitals ("EU" in "EU Council" for "EUC")."""
    return "".join(t.text if t.is_upper and t.is_alpha and len(t) <= 4 else t.text[0]
                   for t in words if t.text[:1].isupper())


def _name_part(t: Token) -> bool:
    """A word of a body's name: capitalised, a linking word ("of", "and"), or a hyphenated word's parts
    ("Low-fare")."""
    return (t.text[:1].isupper() and t.is_alpha) or t.lower_ in _NAME_LINKS or t.text == "-" \
        or (t.i > 0 and t.doc[t.i - 1].text == "-" and t.is_alpha)


def _start(e: Span) -> int:
    """Where an entity's name starts: after a "the" the NER took into it."""
    return e.start + (e[0].lower_ == "the")


def _bodies_by_short_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body's name that the NER cut or split, given whole by the short name in brackets after it ("the European
    Low-fare Airlines Association (ELAA)" tagged "Airlines Association", "the World Travel and Tourism Council
    (WTTC)" as two bodies): the
    capitalised words before the brackets whose initials the short name spells (with or without a last word that
    heads a body's name: "the Public and Commercial Services Union (PCS)"), one of them such a word ("Forum",
    "Council", "Association"), become one organisation in place of every entity inside them, there and wherever
    the same words are written again. Not a technology or an event spelled out the same way ("Really Simple
    Syndication (RSS)"), nor a name that starts with a country the NER tagged apart ("the UK Internet Forum
    (UKIF)")."""
    words = lx.lexicon().actors
    heads = words.body_words
    found: list[Span] = []
    for i in words_of(doc).at(lowers=("(",)):  # the brackets only, not every token
        if not 2 <= i < len(doc) - 2 or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        capitals = "".join(c for c in short if c.isupper())
        if not (2 <= len(capitals) <= 7 and short[:1].isupper() and all(c.isalpha() or c == "&" for c in short)):
            continue
        start = i
        while start > 0 and i - start < 12 and _name_part(doc[start - 1]):
            start -= 1
        # the name starts at a capitalised word and spells the short name exactly ("the", a sentence's first word
        # or a word before the name are left out by trying each start from the nearest)
        for first in range(i - 2, start - 1, -1):
            name = doc[first:i]
            if not name[0].text[:1].isupper() or name[0].lower_ in _NAME_LINKS:
                continue
            if _letters(list(name)) == capitals or (len(name) > 2 and name[-1].text in heads
                                                     and _letters(list(name[:-1])) == capitals):
                # not where the NER tagged a country that starts the name apart ("UK" of "the UK Internet Forum"):
                # the article's country is weighed by such mentions, and a body's name counts its country once
                if any(t.text in heads or t.lower_ in words.body_nouns for t in name) \
                        and not any(_start(e) == first and e.end < i and e.label_ == "GPE" for e in ents):
                    found.append(Span(doc, first, i, label="ORG"))
                break
    if not found:
        return ents
    # the same words elsewhere in the text, without the short name, are the same body
    names = {tuple(t.text for t in f) for f in found}
    for f in list(found):
        n = len(f)
        for j in range(len(doc) - n + 1):
            if j != f.start and doc[j].text == f[0].text and tuple(t.text for t in doc[j:j + n]) in names \
                    and not any(g.start <= j < g.end for g in found):
                found.append(Span(doc, j, j + n, label="ORG"))
    # an entity that is the name already (with "the" or without) or reaches past it is left as the NER had it
    reaching = [f for f in found if any(_start(e) < f.start < e.end or e.start < f.end < e.end
                                        or (_start(e) == f.start and e.end == f.end and e.label_ == "ORG")
                                        for e in ents)]
    found = [f for f in found if f not in reaching]
    covered = {j for f in found for j in range(f.start, f.end)}
    kept = [e for e in ents if not any(j in covered for j in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _body_as_work(e: Span) -> Span:
    """A body's name the NER took for a work's title ("The Qualifications and Curriculum Authority (QCA) has
    told ..."): an organisation, when its last word is one that heads a body's name and the name acts (the subject
    of a verb) or is given a short name in brackets; not "the State of the Union" address, nor a quoted phrase
    ("Comparing the Welsh Assembly Government to ...")."""
    doc = e.doc
    if e.label_ != "WORK_OF_ART" or len(e) < 2 or e[-1].text not in lx.lexicon().actors.body_words \
            or not all(t.is_title or t.lower_ in ("the", "of", "and", "for", "on") for t in e) or e[0].tag_ == "VBG":
        return e
    short = e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].is_upper and doc[e.end + 2].text == ")"
    if not short and e.root.dep_ not in ("nsubj", "nsubjpass"):
        return e
    start = e.start + 1 if e[0].lower_ == "the" else e.start
    return Span(doc, start, e.end, label="ORG")


def _person_as_work(e: Span) -> Span:
    """A person's name the NER took for a work's title, as it often does for a name right after a closing quote
    mark (""...," Simon Yates, a senior analyst for Forrester, said"): a person, when it is two or three capitalised
    words, the first a given name, and the subject of a verb of speech."""
    if e.label_ != "WORK_OF_ART" or not 2 <= len(e) <= 3 or e[0].text not in lx.given_names() \
            or not all(t.is_title and t.is_alpha for t in e) or lx.key(e.text) in lx.lexicon().actors.work_names:
        return e
    root = e.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in lx.lexicon().cues.speech_verbs:
        return e
    return Span(e.doc, e.start, e.end, label="PERSON")


def _known_body_from_title(doc: Doc, ents: list[Span]) -> list[Span]:
    """A known organisation whose last word a title right after it took ("A UK Independence Party MEP": "UK
    Independence" and the title "Party MEP"): the organisation whole, the title without the word; or whose last
    words are a title ("the Office for the Deputy" and "Prime Minister"): the organisation whole."""
    out: list[Span] = []
    for e in ents:
        before = out[-1] if out else None
        if e.label_ == "TITLE" and before is not None and before.label_ == "ORG" and before.end == e.start \
                and lx.key(doc[before.start:e.end].text) in lx.organizations():
            # the whole title is the end of the body's name: "the Office for the Deputy [Prime Minister]"
            out[-1] = Span(doc, before.start, e.end, label="ORG")
            continue
        if e.label_ == "TITLE" and len(e) >= 2 and before is not None and before.label_ == "ORG" \
                and before.end == e.start and lx.key(doc[before.start:e.start + 1].text) in lx.organizations():
            out[-1] = Span(doc, before.start, e.start + 1, label="ORG")
            e = Span(doc, e.start + 1, e.end, label=e.label_)
        out.append(e)
    return out


def _portfolio_with_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body named "for" or "of" two fields that the NER cut before the second ("the [Department for Education]
    and [Skills]"): one name, when the second field is one capitalised word named nowhere else alone that reads as
    a common noun (written in lower case elsewhere in the article, or a plural), not another body ("the Ministry of
    Defence and Microsoft")."""
    lower: set[str] = set()

    def written_lower(word: str) -> bool:  # the article writes the word in lower case (the set made when needed)
        if not lower:
            lower.update(t.lower_ for t in doc if t.is_lower)
        return word in lower

    out: list[Span] = []
    skip = -1
    for e in ents:
        if e.start == skip:
            continue
        j = e.end + 1
        head = 1 if e[0].lower_ == "the" else 0
        if e.label_ == "ORG" and e[head].text in lx.lexicon().actors.body_words and len(e) >= head + 3 \
                and e[head + 1].lower_ in ("for", "of") and e.end + 1 < len(doc) and doc[e.end].lower_ == "and" \
                and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ in ("", "ORG") \
                and (j + 1 >= len(doc) or not doc[j + 1].is_title) \
                and sum(1 for x in ents if x.text == doc[j].text) <= (1 if doc[j].ent_type_ else 0) \
                and (doc[j].tag_ in ("NNS", "NNPS") or written_lower(doc[j].lower_)) \
                and lx.key(doc[j].text) not in lx.organizations():
            out.append(Span(doc, e.start, j + 1, label="ORG"))
            skip = j
            continue
        out.append(e)
    return out


def _hyphen_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body and a name the NER split at a hyphen with no space on either side ("ASK-Raymond James", a brokerage
    tagged as the body "ASK" and the person "Raymond James"): one body. Not two people ("the Bush-Blair talks")."""
    out: list[Span] = []
    for e in ents:
        last = out[-1] if out else None
        if last is not None and e.start == last.end + 1 and doc[last.end].text == "-" \
                and not doc[last.end - 1].whitespace_ and not doc[last.end].whitespace_ \
                and {last.label_, e.label_} <= {"ORG", "PERSON"} and "ORG" in (last.label_, e.label_):
            out[-1] = Span(doc, last.start, e.end, label="ORG")
            continue
        out.append(e)
    return out


def _known_body_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two entities side by side that together are a known organisation's name or alias, which the NER cut in two
    ("Liberal" a body and "Democrat" a people in "The Liberal Democrat parliamentary chairman"): one body."""
    out: list[Span] = []
    for e in ents:
        if out and out[-1].end == e.start and out[-1].label_ in ("ORG", "NORP", "PERSON", "GPE") \
                and e.label_ in ("ORG", "NORP", "PERSON", "GPE") \
                and lx.organizations().get(lx.key(doc[out[-1].start:e.end].text)) is not None:
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
            continue
        out.append(e)
    return out


def _possessive_body_widened(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body the NER cut at a possessive inside its name ("the St David's" of "a spokeswoman for the St David's
    Shopping Centre"): the capitalised words after it, up to a body's word ("Centre", "Institute", "Trust") within
    three words, are the rest of the name. Not past words the NER tagged apart ("the BBC's Radio Centre", a body of
    the BBC's)."""
    heads = lx.lexicon().actors.org_heads
    out: list[Span] = []
    for e in ents:
        end = e.end if e[-1].tag_ == "POS" else e.end + 1 if e.end < len(doc) and doc[e.end].tag_ == "POS" else None
        if e.label_ == "ORG" and end is not None and end <= len(doc):
            for k in range(end, min(end + 3, len(doc))):
                t = doc[k]
                if not t.is_title or t.ent_type_ or t.is_sent_start:
                    break
                if t.text in heads:
                    e = Span(doc, e.start, k + 1, label="ORG")
                    break
        out.append(e)
    return out


KNOWN_NAME_REACH = 8  # how many words before a body the NER cut short its known name may begin


@functools.cache
def _first_words_of_bodies() -> frozenset[str]:
    """The first word of every name and alias of the organisations table, lower case."""
    return frozenset(k.split()[0] for k in lx.organizations() if k)


def _known_body_widened(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body the NER cut to the end of its name, where the words before it make a known organisation's name or
    alias ("the Organisation for Economic Co-operation and [Development]"): the whole name, as one body, in place of
    any entity inside it. Not across a sentence's end or a line break."""
    table, first = lx.organizations(), _first_words_of_bodies()
    out = list(ents)
    for e in ents:
        if e.label_ != "ORG":
            continue
        for k in range(max(0, e.start - KNOWN_NAME_REACH), e.start):
            # from the first word of a known name (a leading "the" changes no name), within one sentence (not
            # ". The IMF")
            if doc[k].lower_ not in first or table.get(lx.key(doc[k:e.end].text)) is None \
                    or any(t.is_sent_start or t.text == "." for t in doc[k + 1:e.end]) or "\n" in doc[k:e.end].text:
                continue
            out = [x for x in out if x.end <= k or x.start >= e.end] + [Span(doc, k, e.end, label="ORG")]
            break  # the longest, found first
    return sorted(out, key=lambda x: x.start)


def _sunday_papers(doc: Doc, ents: list[Span]) -> list[Span]:
    """A Sunday newspaper's name, which the NER cuts at the day ("Sunday" a date, "Telegraph" alone a body) or
    leaves out ("told the Sunday Telegraph"): "Sunday" and a newspaper's word after it, capitalised, are one
    body's name (not "Sunday Times Square")."""
    press = lx.lexicon().actors.press_words
    out = list(ents)
    for i in words_of(doc).at(lowers=("sunday",)):
        if doc[i].text != "Sunday" or i + 1 >= len(doc) or not doc[i + 1].is_title or doc[i + 1].lower_ not in press \
                or (i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN"):
            continue
        if any(e.label_ == "ORG" and e.start <= i and i + 2 <= e.end for e in out):
            continue  # "The Sunday Times", tagged whole
        out = [e for e in out if e.end <= i or e.start >= i + 2] + [Span(doc, i, i + 2, label="ORG")]
    return sorted(out, key=lambda s: s.start)


# Verbs that a headline written in title case capitalises and the NER takes into a name ("Trump May Not Have Suggested
# ...", "Clinton Email Story Has Moved"): a name ends before them. "May", "Will" and "Can" only before another word of
# the name (not "Theresa May").
HEADLINE_VERBS = frozenset({"is", "are", "was", "were", "be", "has", "have", "had", "does", "did", "do", "not", "says",
                            "said", "would", "could", "should", "shall", "must"})
HEADLINE_MODALS = frozenset({"may", "will", "can", "might"})


def _headline_names(doc: Doc, ents: Sequence[Span]) -> Sequence[Span]:
    """Names in a headline written in title case, cut before a capitalised verb the NER took into them ("Trump May
    Not Have Suggested a Muslim Database" gives "Trump"); a name that opens with such a verb is dropped."""
    end = next((t.i for t in doc if "\n" in t.whitespace_ or (t.is_space and "\n" in t.text)), None)
    if end is None:
        return ents
    words = [t for t in doc[:end] if t.is_alpha]
    if len(words) < 4 or sum(t.text[:1].isupper() for t in words) < 0.6 * len(words):
        return ents
    out = []
    for e in ents:
        if e.start > end or e.label_ not in ("PERSON", "ORG"):
            out.append(e)
            continue
        cut = next((t.i for t in e if t.lower_ in HEADLINE_VERBS or (t.lower_ in HEADLINE_MODALS and t.i + 1 < e.end)),
                   None)
        if cut is None:
            out.append(e)
        elif cut > e.start:
            out.append(Span(doc, e.start, cut, label=e.label_))
    return out


def repair_entities(doc: Doc, works_out: list[str] | None = None) -> list[Span]:
    """Entities the small NER mislabels, repaired: "Tore Sandvik" tagged as ORG "Sandvik" (a given name
    outside the entity + one capitalised word) becomes a PERSON; single words that are the surname of a
    person named in full become that person, and so does a name with letters after it ("Philippe Sands QC");
    time zones, numbers and scores are dropped, stray punctuation trimmed. ``works_out`` receives the names said
    as works ("the film Vera Drake"), which are no actors here, for the site to know them across articles."""
    words = lx.lexicon()
    honorifics = words.titles.honorifics
    ents = [body_for_field(doc, _body_with_and(doc, t))
            for t in (trimmed(_person_as_work(_body_as_work(e))) if e.label_ != "TITLE" else e
                      for e in _headline_names(doc, ents_of(doc)))
            if t is not None]
    ents = _hyphen_joined(doc, _known_body_from_title(doc, _portfolio_with_and(doc, _bodies_by_short_name(doc, ents))))
    ents = _possessive_body_widened(doc, ents)
    ents = _known_body_widened(doc, _known_body_joined(doc, _sunday_papers(doc, _listed_pair_with_and(doc, ents))))
    inside_ = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    widened = {i for e in ents if e.label_ == "ORG" and len(e) >= 3 for i in range(e.start, e.end)}
    # the place now in a body's name, and the word of a body's name the NER had tagged alone ("Public")
    ents = [e for e in ents if (e.label_ == "ORG" or e.start not in inside_)
            and not (e.label_ == "ORG" and len(e) == 1 and e.start in widened)]
    persons = [e for e in ents if e.label_ == "PERSON"]
    surnames = {e[-1].text for e in persons if len(e) >= 2 and e[-1].text not in words.actors.club_heads}
    # "Mr Cable" tagged as an organisation: an honorific makes a person, and so does that person's surname
    honoured = {e[-1].text for e in ents if len(e) >= 2 and e[0].lower_.rstrip(".") in honorifics}
    # ... or said right before it, outside the entity: "Mr [Camus]" with the name alone tagged
    honoured |= {e[-1].text for e in ents if e.start > 0 and doc[e.start - 1].lower_.rstrip(".") in honorifics
                 and doc[e.start - 1].is_title and all(t.is_title and t.is_alpha for t in e)}
    missed = _honoured_names(doc, honorifics)  # "Lord Winston" outside every entity
    missed += _titled_names(doc, missed)  # "Boss Graeme Souness felt ..." outside every entity
    missed += _given_names(doc, missed)  # "..., Theresa May, said" outside every entity
    missed += _listed_with_persons(doc, persons, missed)  # "Reveta Bowers, Stanley Gold and Raymond Watson"
    bodies = _bodies_before_officers(doc, missed)  # "Electrolux chief executive Hans Straberg"
    if bodies:  # (most articles have none: no pass over their tokens)
        missed += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in bodies and not t.ent_type_
                   and t.pos_ == "PROPN" and not any(m.start <= t.i < m.end for m in missed)]
    honoured |= {e[-1].text for e in missed}
    surnames |= honoured
    common = kept(doc, "briefing_common", lambda: _common_words(doc))  # shared with ``_glued_descriptor``
    inside = kept(doc, "briefing_inside", lambda: _capitalised_inside(doc))
    # a name said after "bank", "carrier", "drugmaker" ... is a business's, wherever the NER took it for a person
    businesses = {e.text for e in ents if len(e) == 1 and e.start > 0 and e.label_ in ("PERSON", "ORG")
                  and e.text not in surnames
                  and (doc[e.start - 1].lower_ in words.actors.org_nouns or doc[e.start - 1].lower_.endswith("maker"))}
    # ... and a longer name after a maker of things ("British car maker Aston Martin", not "film maker Michael Moore")
    businesses |= {e.text for e in ents if len(e) >= 2 and e.start > 0 and e.label_ == "PERSON"
                   and e[-1].text not in honoured and _thing_maker(doc[e.start - 1])}  # not "Mr Molyneux" elsewhere
    # a name said before a team's role and a person's name is a team's or a firm's ("Everton boss David Moyes",
    # "Yukos chairman Viktor Gerashchenko"), every time it is named
    teams = {t.text for t in (doc[j - 1] for j in words_of(doc).at(lowers=words.titles.team_roles)
                              if 1 <= j < len(doc) - 1)  # the word before each team role, not every token
             if t.pos_ in ("PROPN", "NOUN") and t.is_title and t.text not in surnames and doc[t.i + 2].is_title
             and (t.i == 0 or doc[t.i - 1].ent_type_ != "PERSON" or not doc[t.i - 1].is_title)}
    # a one-word name taken for a person, said before the role of a firm's officer and that officer's name
    # ("Ryanair deputy chief executive Michael Cawley"): the firm's, every time it is named (not a known public
    # figure's surname, "Bush spokesman Scott McClellan", nor a given name, nor the last word of a longer name, a
    # person's or a body's however the NER tagged it: "Villa chairman Doug Ellis" beside "Aston Villa", which its
    # own rules join); a longer name only where it ends in a country or a region of the world, a firm's division
    # there ("Diageo North America president Ivan Menezes"; not "Lib Dem Treasury spokesman Vince Cable")
    org_ends = {o[-1].text for o in ents if o.label_ in ("ORG", "PERSON") and len(o) >= 2}
    firms = {x.text for x in _before_officer_roles(doc) if x[0].text not in lx.given_names()
             and x[0].lower_.rstrip(".") not in honorifics and lx.person_country(x.text) is None
             and (len(x) == 1 and not lx.known_surname(x.text) and x.text not in org_ends
                  or len(x) > 1 and _division(x))}
    as_works = [e for e in ents if _named_as_work(doc, e)
                or (e.label_ in ("PERSON", "ORG") and lx.key(e.text) in words.actors.work_names)]  # "Xbox", "Shrek"
    if works_out is not None:
        works_out.extend(e.text for e in as_works)
    starred = _starred(doc)
    if works_out is not None:
        works_out.extend(starred)
    works = {lx.key(e.text) for e in as_works} | {lx.key(t) for t in starred}
    # a known character's given name or surname said alone is that character, no person ("Harry" beside "Harry
    # Potter", "Bond" beside "James Bond"); only for a work named as a person is (a given name and one more word),
    # not "Microsoft" of "Microsoft Outlook"
    work_words = {w for e in ents if len(e) == 2 and lx.key(e.text) in words.actors.work_names
                  and e[0].text in lx.given_names() for w in (e[0].text, e[1].text)}
    # a market index ("the Dow Jones share index", then "the Dow") and a constituency ("the MP for Mid-Bedfordshire")
    # are no actors, wherever they are named again; nor is the name with the member's title the NER joined to it
    # ("Mid-Bedfordshire MP")
    speech = lx.lexicon().cues.speech_verbs
    # "Ifo said", "institute Ifo said": words of a name that speaks (the subject of a verb of speech, or a word
    # set beside that subject)
    subjects = [s for v in words_of(doc).at(lemmas=speech) for s in doc[v].children if s.dep_ == "nsubj"]
    speakers = {t.text for s in subjects for t in (s, *(c for c in s.children if c.dep_ in ("appos", "compound")))
                if t.is_title}
    indexes = [e for e in ents if _named_as_index(doc, e, speakers)]
    places = {lx.key(e.text) for e in indexes} | {lx.key(e[0].text) for e in indexes if len(e) == 2} \
        | _constituencies(doc, ents) | _listed_places(doc, ents)  # "the Dow" after "the Dow Jones index"
    works |= places | {lx.key(e.text) for e in ents if len(e) >= 2 and e[-1].text in MEMBER_WORDS
                       and lx.key(e[:-1].text) in places}
    # a name whose shares are traded is a company's ("Shares in Krispy Kreme sank", "Yukos shares"), every time it is
    # named, however the NER tagged it; a place only where the same words are also tagged a person or a body
    # ("shares in Tokyo" is the market)
    named = {e.text for e in ents if e.label_ in ("PERSON", "ORG")}
    traded = {e.text for e in ents if e.label_ in ("PERSON", "ORG", "GPE", "FAC") and _traded(e)
              and (e.label_ != "GPE" or e.text in named) and lx.country_of(e.text) is None}
    # ... and where the NER tagged no entity there ("Ericsson shares dropped 5.9%" after "supplier Ericsson"), and
    # a name whose price moves ("Arcelor shed 2.1% to 17.58 euros"): a one-word name the NER tagged elsewhere
    traded |= {t.text for t in _traded_words(doc) if t.text in named and lx.country_of(t.text) is None}
    # a name listed as one of several businesses ("drug companies, including Merck and Pfizer", "firms such as Swiss
    # Re and Munich Re"): a business, every time it is named (not the first word of a longer name, "Patriot" of
    # "Patriot Coal", which is that body's short name already)
    leads = {o[0].text for o in ents if len(o) >= 2}
    traded |= {e.text for e in ents if e.label_ == "PERSON" and _listed_as_business(e) and e.text not in surnames
               and e.text not in leads}
    # surnames said alone as people more often than the whole name is said as an organisation ("Helmut Panke"
    # once as an organisation, "Panke" three times as a person; not "Deutsche Boerse" for one "Boerse")
    alone_count: dict[str, int] = {}
    for p in persons:
        if len(p) == 1 and p[0].is_title:
            alone_count[p.text] = alone_count.get(p.text, 0) + 1
    org_count: dict[str, int] = {}
    for o in ents:
        if o.label_ == "ORG":
            org_count[o.text] = org_count.get(o.text, 0) + 1
    alone = {o.text for o in ents if o.label_ == "ORG" and len(o) >= 2
             and alone_count.get(o[-1].text, 0) > org_count[o.text]}
    # the first word of a body's name with a body's word at its end, said alone ("Multiplex Group" ... "Multiplex
    # believes"): the body, however the NER tagged it there; not a person's surname ("Harrison Ford" beside "Ford
    # Motor Company")
    short_bodies = {o[0].text for o in ents if o.label_ == "ORG" and len(o) == 2 and o[0].is_title and o[0].is_alpha
                    and o[-1].text in words.actors.org_heads} - surnames - lx.given_names()
    brands = _brand_lists(doc)
    modifiers = _only_after_the(doc, persons, surnames)
    first_words = {o[0].text for o in ents if o.label_ == "ORG" and len(o) >= 2 and o[1].lower_ != "and"}
    out: list[Span] = []
    for e in ents:
        name = lx.key(e.text)
        if name in works and e.label_ in ("PERSON", "ORG"):
            continue  # "the film Closer", "her novel Fingersmith": a work, wherever it is named again
        if e.label_ in ("PERSON", "ORG") and len(e) == 1 and e.text in work_words:
            continue
        if e.root.i in brands and e.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC") \
                and e.root.dep_ != "poss":
            continue  # "Its brands include Syndol analgesic, Sauber hosiery and Mister Baby": goods, here (not the
            # maker that owns one: "products such as Sony's Playstation")
        if e.label_ == "PERSON" and e.text in modifiers:
            continue  # "the James report", "the Clinton administration", "the Beatles": no person of this article
        if e.label_ == "PERSON" and len(e) >= 2 and e[0].text not in lx.given_names() \
                and (name in lx.city_countries() or name in lx.place_countries()):
            # "Porto Alegre", "Milton Keynes", "Tamil Nadu": a city or region, no person (not "Paris Hilton",
            # "Florence Green": a given name first)
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title and e.text not in lx.given_names() \
                and e.text not in surnames and e.text not in speakers and e.text not in honoured \
                and not (e.start > 0 and doc[e.start - 1].pos_ in ("NOUN", "PROPN")) and not lx.known_surname(e.text) \
                and e.root.dep_ != "nsubj" and not _beside_people(e) \
                and (name in lx.city_countries() or name in lx.place_countries()):
            # "visits Manchester, Liverpool, Leicester", "Glasgow's SECC", "a Devon man": a known city or region
            # said alone, with nothing of a person (not a person's surname here, "Kerry" of "John Kerry", nor a
            # name that speaks, nor a given name, "Sydney", nor one after a title or a word for what someone is,
            # "President Bush", "U2 frontman Bono", nor a known person's surname, "Bush's America", nor one that
            # does something, "Vargas does not mention", nor one listed with people, "Bono, The Edge, Adam Clayton")
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        if len(e) == 1 and e.text.endswith("ness") and lx.country_of(e.text[:-4]) is not None:
            continue  # "Britishness had long been a theme": a people's quality, no one
        if _peers_place(doc, e) or _writers_place(doc, e):
            continue  # "Lord Roberts of Conwy": the place of a peer's title; "Emma from Sleaford": a reader's town
        if name in words.actors.not_actors or name in words.actors.not_actor_names or name in words.actors.thing_names \
                or (len(e) == 1 and e[0].lower_ in words.actors.direction_words and e.end + 1 < len(doc)
                    and doc[e.end].lower_ == "and" and doc[e.end + 1].lower_ in words.actors.direction_words) \
                or (e.label_ in ("ORG", "PERSON") and len(e) > 1 and e[-1].text in words.actors.event_heads) \
                or (e.label_ in ("ORG", "PERSON") and len(e) > 1 and e[-1].text == "Day" and e[-2].text != "-"
                    and (_name_words(e) >= 3 or (e.label_ == "ORG" and e[0].text not in lx.given_names()))) \
                or _is_law(e) \
                or (e.label_ in ("ORG", "PERSON") and len(e) > 1 and (e[-1].text in words.actors.place_heads or (
                    e[0].text in words.actors.place_leads and e[-1].text not in words.actors.org_heads
                    and e[-1].text not in words.actors.government_heads))) \
                or (e.label_ in ("ORG", "PERSON") and len(e) > 1 and MODEL.fullmatch(e[-1].text)) \
                or (e[-1].text in words.titles.rank_abbreviations and e.end < len(doc) and doc[e.end].text == "."
                    and (len(e) == 1 or e.label_ == "ORG")):
            # "1405 GMT": a time zone, not an organisation; "Central and Eastern European sales": a point of the
            # compass said alone before another (not "Southern said", the train company);
            # "the Oscars", "the Davis Cup": a prize, a contest; "National Holocaust Memorial Day", "Boxing Day": a
            # day (not "Chris Day", "Eva Resnick-Day");
            # "the Data Protection Act", "the European Convention on Human Rights": a law, a treaty;
            # "the Three Gorges Dam", "Loch Lomond": a place;
            # "IPTV", "the FTSE": a technology, an index; "Nokia 6600", "Firefox 1.0": a product's model or version;
            # "Cpl." of "Cpl. Dan Moskaluk": a rank, and "Navy Capt." of "Navy Capt. Jeff Davis" a service and a rank
            continue
        if e.label_ == "ORG" and _initialled(e) and sum(_initialled(o) for o in ents
                                                         if o.sent.start == e.sent.start) >= 2 \
                and e[1].lower_ not in common and lx.key(e.text) not in lx.organizations() \
                and lx.company_country(e.text) is None:
            # "N Speaight, N Douglas, P Idowu": an initial and a surname in a list of such names (a team sheet) is a
            # person (not "J Sainsbury" alone, the grocer; not "X Factor", a common word after the letter)
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        people = lx.country_of(e[0].text) if e.label_ == "ORG" and len(e) >= 3 and e[0].is_title else None
        if people is not None and not lx.is_bloc(people) and e[1].text in lx.given_names() \
                and all(t.is_title and t.is_alpha for t in e[1:]) and e[-1].text not in words.actors.body_words \
                and e[-1].text not in words.actors.org_heads:
            # "Frenchman Gilles Simon", "American Abigail Spears" tagged as a body: a person, with her people (not
            # "the German Marshall Fund")
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        if e.label_ == "ORG" and len(e) == 3 and e[1].lower_ == "and" and e[0].is_title and e[2].is_title \
                and {e[0].text, e[2].text} <= first_words:
            # "Citizens and Canal ended up owning ..." after "Citizens Bank and Canal Bank": the two bodies, each by
            # the first word of its name
            out.extend((Span(doc, e.start, e.start + 1, label="ORG"), Span(doc, e.end - 1, e.end, label="ORG")))
            continue
        if e.label_ in ("ORG", "PERSON") and len(e) >= 2 and glued_business_noun(e[0]) \
                and lx.key(e.text) not in lx.organizations():
            # "Miner Highland Gold said", "Carmaker Nissan said": the common noun for a business opening the sentence,
            # which the article never capitalises inside one, is no part of the name; the rest is a business's
            out.append(Span(doc, e.start + 1, e.end, label="ORG"))
            continue
        if e.label_ in ("PERSON", "ORG") and len(e) == 1 and e.start >= 2 and doc[e.start - 1].text == "," \
                and doc[e.start - 2].ent_type_ in ("GPE", "LOC") and lx.where(e.text) is not None \
                and not (e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].pos_ == "PROPN"):
            # "in Markham, Ont., says": the town's province, a place (not a name in a list: "Maloney, Wallace, McGeady")
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        if e.label_ == "PERSON" and _field_before_title(doc, e, persons):
            continue  # "Children's Minister Margaret Hodge": the field of a title, not a person
        if e.label_ == "PERSON" and _field_of_portfolio(doc, e, persons):
            continue  # "Minister for Children, Young People and Families Margaret Hodge": a field, not a person
        if e.label_ in ("PERSON", "ORG") and len(e) >= 3 and _portfolio_before(doc, e, persons, honoured):
            # "Minister for Education and Training Simon Birmingham", "Member for Robertson Lucy Wicks": the NER
            # took the last words of the title into the name; the person is the last two words
            out.append(Span(doc, e.end - 2, e.end, label="PERSON"))
            continue
        if len(e) == 1 and e.label_ in ("ORG", "PERSON") and e[0].is_title and e.text.lower() in common \
                and lx.key(e.text) not in lx.organizations():
            continue  # "Budgets have to add up": a common word capitalised at the start of a sentence
        if e.label_ in ("ORG", "PERSON") and _modifier_opening_sentence(e, inside):
            continue  # "House prices fell"
        after = doc[e.end] if e.end < len(doc) else None
        if e.label_ == "PERSON" and len(e) == 1 and after is not None and e[0].head == after \
                and e[0].dep_ == "compound" and e[0].whitespace_ and after.is_title and after.is_alpha \
                and not after.ent_type_ and after.text not in words.actors.body_words \
                and after.text not in words.actors.political_heads and after.lower_ not in words.actors.org_nouns \
                and not after.lower_.endswith(("ency", "ancy", "acy", "ship", "ism")):  # not "the Bush Presidency"
            # "Deputy Speaker Sylvia Heal agreed": a surname the NER left out because it is also a word
            out.append(Span(doc, e.start, e.end + 1, label="PERSON"))
            continue
        if e.label_ in ("PERSON", "GPE", "FAC") and e.text in traded and e.text not in surnames:
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].text in words.actors.club_heads and e[0].is_title:
            out.append(Span(doc, e.start, e.end, label="ORG"))  # "Manchester United", "Bristol Rovers": a club
            continue
        if e.label_ == "PERSON" and (len(e) == 1 and e.text in teams or e.text in firms):
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ == "PERSON" and after_publication_noun(doc, e.start) and e[-1].text not in honoured:
            out.append(Span(doc, e.start, e.end, label="ORG"))  # "Czech newspaper Daily Sport": a publication
            continue
        if e.label_ in ("GPE", "LOC") and e.text in bodies:  # "Electrolux" taken for a place: the firm
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ == "PERSON" and e.text in businesses:
            # "retail bank Absa", "the carrier Ryanair", "Swiss drugmaker Novartis", "car maker Aston Martin": that
            # name, every time
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ in ("ORG", "GPE", "NORP", "FAC") and (e[0].lower_.rstrip(".") in honorifics and len(e) >= 2
                                                   or (len(e) <= 3 and e[-1].text in honoured)):
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        party_end = _party_before_name(e)
        if party_end is not None:  # "For the Lib Dems David Laws said": the party, then the person
            out.append(Span(doc, e.start, party_end, label="ORG"))
            out.append(Span(doc, party_end, e.end, label="PERSON"))
            continue
        inner = [t.i for t in e[1:-1] if t.is_title and t.lower_.rstrip(".") in honorifics]
        if e.label_ == "ORG" and inner and all(t.is_title and t.is_alpha for t in doc[inner[-1] + 1:e.end]):
            # "In a speech to the Foreign Policy Centre Mr Straw said": the body, then a person from the honorific
            if doc[inner[0] - 1].is_title:  # not "the Commons after" of "the Commons after Mr Brown"
                out.append(Span(doc, e.start, inner[0], label="ORG"))
            out.append(Span(doc, inner[-1], e.end, label="PERSON"))
            continue
        if e.label_ in ("ORG", "GPE", "NORP") and 3 <= len(e) <= 4 and e[-1].text in words.titles.post_nominals \
                and all(t.is_title for t in e[:-1]):
            out.append(Span(doc, e.start, e.end, label="PERSON"))  # "Philippe Sands QC": a name and its letters
            continue
        if e.label_ == "ORG" and 2 <= _name_words(e) <= 3 and e.text in alone and _plain_name(e) \
                and lx.country_of(e[0].text) is None and lx.key(e[-1].text) not in words.actors.thing_names:
            # "Helmut Panke" tagged as an organisation where "Panke" alone is a person: the person in full
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        if e.label_ == "ORG" and (_named_after_role(doc, e) or _surname_said_alone(doc, e)
                                  or _role_in_apposition(doc, e) or _named_after_description(doc, e)):
            out.append(Span(doc, e.start, e.end, label="PERSON"))  # "local government spokesman Glyn Davies"
            continue
        if e.label_ in ("ORG", "GPE") and " " not in e.text and lx.key(e.text) not in lx.countries():
            if _given_name_before(doc, e):
                out.append(Span(doc, e.start - 1, e.end, label="PERSON"))
                continue
            if e.text in surnames:
                out.append(Span(doc, e.start, e.end, label="PERSON"))
                continue
        if e.label_ == "FAC" and e.start >= 2 and doc[e.start - 1].lower_ == "of" \
                and doc[e.start - 2].lower_ in words.titles.role_heads and e[0].is_title \
                and not (e.end < len(doc) and doc[e.end].text == "-" and not e[-1].whitespace_):
            # "deputy chairman of Highland Gold": a body, no building
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ in ("GPE", "LOC", "FAC", "NORP") and _person_taken_for_place(doc, e):
            out.append(Span(doc, e.start, e.end, label="PERSON"))  # "Rio Ferdinand", "Thabo Mbeki" tagged as places
            continue
        if e.label_ == "PERSON" and len(e) == 1 and e.text in short_bodies:
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and _royal_name(doc, e.start - 1, e.end):
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))  # "Prince [Harry]": the title left out
            continue
        if e.label_ == "PERSON" and len(e) <= 2 and _first_name_before(doc, e):
            out.append(Span(doc, e.start - 1, e.end, label="PERSON"))  # "Trevor [Nelson]": the first name left out
            continue
        out.append(e)
    # a work's title the NER left untagged elsewhere ("Joining Vera Drake and Dead Man's Shoes" after "the drama Vera
    # Drake") is no person either
    missed = [m for m in missed if lx.key(m.text) not in works]
    return sorted(out + missed, key=lambda s: s.start)


def _only_after_the(doc: Doc, persons: list[Span], surnames: set[str]) -> set[str]:
    """One-word names the NER took for people that the text writes only after "the" ("the James report (the Tory
    backed inquiry ...)", "the Clinton administration", "the Agnelli family", "the Anfield crowd", "the Beatles"):
    a report, a government, a family, a place or a band named after someone, never one person who acts here. Not a
    surname of someone named in full, nor a title ("the Queen", "the Pope"), a newspaper ("The Telegraph") or a known
    body, nor the subject of a verb of speech."""
    words = lx.lexicon()
    speech = words.cues.speech_verbs
    out = set()
    for e in persons:
        word = e[0]
        if len(e) != 1 or not word.is_title or word.text in surnames or e.text in out \
                or word.lower_ in words.titles.honorifics or word.lower_ in words.titles.role_heads \
                or word.lower_ in words.actors.press_words or lx.organizations().get(lx.key(word.text)) is not None \
                or lx.company_country(word.text) is not None:
            continue
        said = [doc[i] for i in words_of(doc).at(lowers=(word.lower_,)) if doc[i].text == word.text]
        if all(t.i > 0 and doc[t.i - 1].lower_ == "the"
               and not (t.dep_ == "nsubj" and t.head.lemma_.lower() in speech) for t in said):
            out.add(word.text)
    return out


def glued_business_noun(tok: Token) -> bool:
    """``tok`` opens its sentence, capitalised, before a capitalised name word, and is a common noun for a business
    ("Miner Highland Gold said", "Carmaker Nissan said") that the article never capitalises inside a sentence, and
    the name after it is said without it elsewhere in the article: no part of the name ("Giant Food", "Business
    Insider" stay whole)."""
    doc = tok.doc
    if not (tok.is_sent_start and tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title
            and doc[tok.i + 1].is_alpha):
        return False
    if not (tok.lower_ in lx.lexicon().actors.company_nouns or _thing_maker(tok)):
        return False
    if tok.lower_ in kept(doc, "briefing_inside", lambda: _capitalised_inside(doc)):
        return False
    end = tok.i + 2
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    text = text_of(doc)
    return text.count(doc[tok.i + 1:end].text) > text.count(doc[tok.i:end].text)


def after_publication_noun(doc: Doc, start: int) -> bool:
    """The word right before token ``start`` is a lower-case noun for a publication ("newspaper Daily Sport")."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in lx.lexicon().actors.press_nouns


def _first_name_before(doc: Doc, e: Span) -> bool:
    """Right before a name of one or two words the NER tagged, a name word (``_name_word_before``) that reads as a
    first name (``_first_name``), at the start of a sentence too ("Ard [Jan Vetham], Capgemini's consultant,
    said"); not after another capitalised proper noun outside every entity, which may belong to the name or make
    another ("New Yorker [William Trowbridge]"; so "Wing Christophe [Dominici]" keeps its surname alone)."""
    prev = _name_word_before(doc, e)
    if prev is None or not all(t.is_title for t in e) or not _first_name(prev):
        return False
    before = doc[e.start - 2] if e.start > 1 else None
    return before is None or not (before.is_title and before.pos_ == "PROPN" and not before.ent_type_)


def _first_name(tok: Token) -> bool:
    """A capitalised word before a surname the NER tagged alone is the first name where it is no English word
    the pipeline's lemmatizer knows ("Charlize [Theron]", "Sylvain [Distin]"; not "Desperate [Housewives]",
    "Pop [Idol]", "Father [Merrin]", nor "Cliff [Richard]", a name that is also a word), no title, party,
    country, people or known body, and never written in lower case in the article."""
    titles = lx.lexicon().titles
    doc, low = tok.doc, tok.lower_
    english = english_words(doc)
    plural = _english_plural(tok)  # "Holders", "Developers"
    return bool(english) and tok.tag_ == "NNP" and tok.is_alpha and low not in english and not plural \
        and not tok.is_stop and low not in titles.role_heads | titles.honorifics and tok.text not in titles.heads \
        and not lx.party(tok.text) and lx.country_of(tok.text) is None and lx.key(tok.text) not in lx.organizations() \
        and not any(doc[i].is_lower for i in words_of(doc).lower.get(low, ()))


def _party_before_name(e: Span) -> int | None:
    """Where the person's name starts in an organisation entity that is a party's name of one or two words (after
    "the") glued to a full name of two or three capitalised words ("the Lib Dems David Laws"); None otherwise."""
    if e.label_ != "ORG":
        return None
    start = e.start + 1 if e[0].lower_ == "the" else e.start
    doc = e.doc
    words = lx.lexicon().actors
    for width in (1, 2):
        rest = doc[start + width:e.end]
        if lx.party(doc[start:start + width].text) and 2 <= len(rest) <= 3 \
                and all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in rest) \
                and lx.organizations().get(lx.key(rest.text)) is None \
                and not any(t.text in words.org_heads | words.body_words | words.political_heads
                            or t.text in words.event_heads for t in rest):  # not "Labour Assembly Government"
            return start + width
    return None


def _traded(e: Span) -> bool:
    """The entity is said as something whose shares are held or traded: "shares in X", "a stake in X", "X shares",
    "X's shares"."""
    shares = lx.lexicon().actors.share_nouns
    root = e.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in shares and head.head.i < head.i:
        return True
    return root.dep_ in ("compound", "poss") and head.i >= e.end and head.lemma_.lower() in shares \
        and all(t.dep_ in ("case", "compound", "amod") for t in e.doc[e.end:head.i])


def _traded_words(doc: Doc) -> list[Token]:
    """Capitalised words outside every entity said as something whose shares are traded ("Ericsson shares",
    "shares in Ericsson"), and words of any kind that are the subject of a move of a price by a share of it to a
    price ("Arcelor shed 2.1% to 17.58 euros", "Corus fell 2.2% to 55.57p"): a listed company's name, however it was
    tagged."""
    words = lx.lexicon().actors
    out = []
    for t in doc:
        if not (t.is_title and t.is_alpha and t.pos_ == "PROPN"):
            continue
        if not t.ent_type_ and _traded(t.doc[t.i:t.i + 1]):
            out.append(t)
        elif t.dep_ == "nsubj" and t.head.lemma_.lower() in words.price_move_verbs \
                and not any(c.dep_ == "compound" for c in t.children) and _to_a_price(t.head):
            out.append(t)
    return out


def _beside_people(e: Span) -> bool:
    """The name is listed with a person's full name ("Bono, The Edge, Adam Clayton and Larry Mullen Jr")."""
    root = e.root
    near = [*root.conjuncts]
    return any(t.ent_type_ == "PERSON" and t.ent_iob_ != "B" for t in near) \
        or any(t.ent_type_ == "PERSON" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON"
               and t.doc[t.i + 1].ent_iob_ == "I" for t in near)


def _listed_as_business(e: Span) -> bool:
    """The name is an example given of a plural noun for businesses: "companies, including Merck and Pfizer",
    "firms such as Swiss Re and Munich Re", "manufacturers like Dell"; said bare, not with a description or a title
    ("groups such as ... and mental health advocate Professor Patrick McGorry") nor as someone of a body ("Wine
    makers like Warren Randall of Seppeltsfield")."""
    doc = e.doc
    if e.start == 0 or doc[e.start - 1].lower_ not in (",", "and", "or", "including", "like", "as") \
            or (e.end < len(doc) and doc[e.end].lower_ == "of"):
        return False
    t = e.root
    while t.dep_ in ("conj", "appos") and t.head.i < t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("including", "like", "as"):
        return False
    prep = t.head
    if prep.lower_ == "as":
        if prep.i == 0 or t.doc[prep.i - 1].lower_ != "such":
            return False
    noun = prep.head if prep.head.lower_ != "such" else prep.head.head
    return noun.tag_ == "NNS" and noun.i < prep.i and noun.lemma_.lower() in lx.lexicon().actors.org_nouns


def _to_a_price(verb: Token) -> bool:
    """Right after the verb, a move by a percentage to a price: "shed 2.1% to 17.58 euros", "fell 2.2% to 55.57p"
    (not "fell 2% short of the record")."""
    doc = verb.doc
    m = re.match(r"\s*(?:by\s+)?(?:about\s+|some\s+|almost\s+|nearly\s+)?[\d.]+\s*(?:%|per\s*cent|percent),?\s+to\s+"
                 r"(?:[$£€¥]|[A-Z]{1,3}\$)?\s*[\d.,]+",
                 doc.text[verb.idx + len(verb.text):verb.idx + len(verb.text) + 60])
    return m is not None


def _name_words(e: Span) -> int:
    """How many words a name has, a hyphenated one counted as one ("Sven-Goran Eriksson" has two, though the
    tokenizer makes four tokens of it)."""
    return len(e.text.split())


def _joining_hyphen(t: Token, e: Span) -> bool:
    """A hyphen inside a word of a name, with no space on either side ("Sven-Goran", "Wright-Phillips")."""
    return t.text == "-" and e.start < t.i < e.end - 1 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_


PLACE_WORDS = frozenset({"Street", "Road", "Park", "Hill", "Hills", "Island", "Islands", "Square", "Avenue", "Lane",
                         "Bridge", "Station", "Stadium", "Parade", "Place", "Gardens", "Beach", "Valley", "Bay", "Lake",
                         "River", "Airport", "Hall", "Hotel", "Centre", "Center", "Arena", "Springs", "City", "Town"})
PLACE_PREPS = ("at", "in", "inside", "outside", "near", "into", "around", "to")  # "talks at 10 Downing Street": a place
LOCATIVE = frozenset(PLACE_PREPS) | {"from", "across", "through"}  # anything in, at or through a name: a place


def _person_taken_for_place(doc: Doc, e: Span) -> bool:
    """A given name and a surname the NER tagged as a place ("Rio Ferdinand", "Vera Zvonareva"): a person,
    unless its second word is a place's ("Beverly Hills", "Stanley Park"), it is a known place, or the text puts
    something in it anywhere ("at Roland Garros", "at the Beverly Hilton")."""
    if len(e) != 2 or e[0].text not in lx.given_names() or not (e[1].is_title and e[1].is_alpha) \
            or e[1].text in PLACE_WORDS or lx.country_of(e.text) is not None \
            or lx.key(e.text) in lx.place_countries() or lx.key(e.text) in lx.city_countries():
        return False
    for i in words_of(doc).at(lowers=(e[0].lower_,)):
        if i + 1 < len(doc) and doc[i + 1].text == e[1].text and i > 0:
            before = doc[i - 1] if doc[i - 1].lower_ != "the" or i < 2 else doc[i - 2]
            if before.lower_ in LOCATIVE:
                return False
    return True


def _plain_name(e: Span, initials: bool = False) -> bool:
    """Capitalised proper nouns only, none a word of a body's name ("Helmut Panke", not "Panke Holdings"), parts
    of a hyphenated word too ("Jean-Pierre Garnier"); with ``initials``, the first word may be a person's initials
    in capitals ("AL Gooneratne")."""
    words = lx.lexicon().actors
    return lx.key(e.text) not in lx.organizations() and all(
        _joining_hyphen(t, e) or (
            (t.is_title or (initials and t.i == e.start and t.is_upper and len(t) <= 2 and len(e) > 1))
            and t.is_alpha and t.pos_ == "PROPN" and t.text not in words.org_heads
            and t.text not in words.body_words) for t in e)


def _named_after_role(doc: Doc, e: Span) -> bool:
    """A name of two or three capitalised words the NER took for an organisation, said right after a lower-case
    role ("Conservative local government spokesman Glyn Davies"): a person. Not a known organisation, nor a name
    with a word of a body in it ("analyst Capital Economics")."""
    words = lx.lexicon()
    if not 2 <= _name_words(e) <= 3 or e.start == 0 or lx.key(e.text) in lx.organizations():
        return False
    before = doc[e.start - 1]
    set_off = before.text == "," and e.start >= 2 and e.end < len(doc) and doc[e.end].text == ","
    if set_off or (before.text in DASHES and e.start >= 2):
        # "Kenteris's lawyer, Gregory Ioannidis, said": the name set off after the role; "Commercial Bank managing
        # director - AL Gooneratne told"
        before = doc[e.start - 2]
    given = e[0].text in lx.given_names()
    # (a role in lower case is a common noun, though the tagger may call it a proper one: "shadow chancellor Vince
    # Cable")
    # a player's position, whatever its tag ("Liverpool forward Milan Baros": "forward" read as an adverb)
    position = before.is_lower and before.lower_ in words.titles.positions and not set_off
    if not (position or before.is_lower and before.lower_ in words.titles.role_heads and before.tag_ in ("NN", "NNP")) \
            or (before.lower_ in words.titles.body_roles and not (set_off and given)):
        return False  # "market leader Tesco"; but "the party's deputy leader, Nicola Sturgeon," is a person
    return _plain_name(e, initials=True)  # "managing director - AL Gooneratne"


def _named_after_description(doc: Doc, e: Span) -> bool:
    """A name of two or three capitalised words the NER took for an organisation, said right after a lower-case
    word that describes a person ("India's richest man Azim Premji", "the billionaire Azim Premji"): a person. Not a
    known organisation, nor a name with a word of a body in it, nor a name before a noun it qualifies."""
    if not 2 <= _name_words(e) <= 3 or e.start == 0 or lx.key(e.text) in lx.organizations():
        return False
    before = doc[e.start - 1]
    if e.end < len(doc) and doc[e.end].is_lower and doc[e.end].pos_ == "NOUN":
        return False  # the name of what the one described does: "billionaire Dallas Mavericks owner Mark Cuban"
    return before.is_lower and before.pos_ == "NOUN" \
        and before.lower_ in lx.lexicon().actors.person_heads | lx.lexicon().titles.descriptions and _plain_name(e)


def _role_in_apposition(doc: Doc, e: Span) -> bool:
    """A name of two or three capitalised words the NER took for an organisation, set off by a comma and followed
    by a role in apposition that only a person holds ("Reveta Bowers, a director of the company,", "Nick Davies,
    spokesman for ..."), or any role after a given name ("Philip Green, the billionaire Bhs owner,"): a person.
    Not "Acme, a partner of ..." nor "Morgan Stanley, its former banker" (roles a business holds too), nor a plural
    ("Seton Healthcare, footwear specialists Scholl and ...": a list of firms), nor a known organisation."""
    words = lx.lexicon()
    if not 2 <= _name_words(e) <= 3 or e.end + 1 >= len(doc) or doc[e.end].text != "," or not _plain_name(e):
        return False
    given = e[0].text in lx.given_names()
    return any(c.dep_ == "appos" and c.i > e.end and c.tag_ == "NN" and c.is_lower
               and c.lemma_.lower() in words.titles.role_heads
               and (given or c.lemma_.lower() not in words.titles.body_roles) for c in e.root.children)


def _surname_said_alone(doc: Doc, e: Span) -> bool:
    """A given name and one more word that the NER took for an organisation, whose second word the text says
    alone elsewhere ("Jeremy Irons ... Irons, whose film ..., said"): a person named in full, then by surname."""
    if _name_words(e) != 2 or e[0].text not in lx.given_names() or not _plain_name(e) \
            or (e.start > 0 and doc[e.start - 1].lower_ == "the"):
        return False
    surname = e.text.split()[-1]  # a hyphenated one is no token of its own, and found nowhere alone here
    return any(t.text == surname and not (e.start <= t.i < e.end) and (t.i == 0 or not doc[t.i - 1].is_title)
               and (t.i + 1 == len(doc) or not (doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"))
               for t in doc)


def _honoured_names(doc: Doc, honorifics: frozenset[str]) -> list[Span]:
    """A capitalised name after an honorific that the NER left outside every entity ("fertility expert Lord
    Winston said", "Mr Kilroy-Silk told Today"): a person. Not a title ("Lord Justice"), nor a common word ("Dr
    No")."""
    out = []
    heads = set(lx.lexicon().titles.heads)

    def name_word(k: int) -> bool:
        return k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_ and not doc[k].is_stop

    at = 0  # the first token not inside a name found already
    for i in words_of(doc).at(lowers=_with_dots(honorifics)):  # only where an honorific stands, not every token
        if i < at or i >= len(doc) - 1:
            continue
        t = doc[i]
        if t.text[:1].isupper() and t.lower_.rstrip(".") in honorifics and not t.ent_type_ \
                and doc[i + 1].text not in heads:
            j = i + 1
            while j - i <= 3 and name_word(j):
                j += 1
                if j + 1 < len(doc) and doc[j].text == "-" and name_word(j + 1):
                    j += 2  # "Kilroy-Silk"
            if j > i + 1:
                out.append(Span(doc, i, j, label="PERSON"))
                at = j
    return out


@functools.cache
def _with_dots(words: frozenset[str]) -> frozenset[str]:
    """``words`` as written alone and with a full stop ("mr", "mr.")."""
    return words | frozenset(w + "." for w in words)


def _titled_names(doc: Doc, taken: list[Span]) -> list[Span]:
    """A first name and a surname right after a capitalised title word that the NER left outside every entity
    ("Boss Graeme Souness felt ...", "Coach Joe Bloggs said", "Green MEP Alain Lipietz warned"): a person, without
    the title. Exactly two name words (not "Chief Executive Officer ..."), neither a title, role or stop word, nor a
    place or a known body."""
    titles = lx.lexicon().titles
    words = set(titles.heads) | titles.weak_heads
    used = {i for sp in taken for i in range(sp.start, sp.end)}

    def name_word(k: int) -> bool:
        t = doc[k]
        return t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_title and t.is_alpha and not t.ent_type_ \
            and not t.is_stop and t.text not in words and t.lower_ not in titles.role_words \
            and t.lemma_.lower() not in titles.role_words and k not in used  # not "Chief Police Officers"

    out = []
    lowers = frozenset(w.lower() for w in words if " " not in w)
    for i in words_of(doc).at(lowers=lowers):  # only where a title word stands, not every token
        if i >= len(doc) - 3:
            continue
        t = doc[i]
        # the title alone or the end of one the title ruler tagged ("French Green MEP Alain Lipietz warned")
        titled = not t.ent_type_ or (t.ent_type_ == "TITLE" and doc[i + 1].ent_iob_ != "I")
        if t.text in words and t.text[:1].isupper() and titled and i not in used \
                and name_word(i + 1) and name_word(i + 2) \
                and not (doc[i + 3].pos_ == "PROPN" or doc[i + 3].text == "-") \
                and lx.country_of(doc[i + 1].text) is None and lx.key(doc[i + 1].text) not in lx.organizations():
            out.append(Span(doc, i + 1, i + 3, label="PERSON"))
    return out


@functools.cache
def _given_lowers() -> frozenset[str]:
    return frozenset(g.lower() for g in lx.given_names())


def _given_names(doc: Doc, taken: list[Span]) -> list[Span]:
    """A given name of the lexicon and one more capitalised name word that the NER left outside every entity
    ("Shadow Secretary of State for the Family, Theresa May, said"): a person. Not inside a longer run of
    capitalised words or after "the" ("The Amber Spyglass"), nor with a word of a body's name or a role
    ("Arthur International"), a place or a known body."""
    actors = lx.lexicon().actors
    titles = lx.lexicon().titles
    given = lx.given_names()
    used = {i for sp in taken for i in range(sp.start, sp.end)}
    out = []
    for i in words_of(doc).at(lowers=_given_lowers()):  # only where a given name stands, not every token
        if i + 1 >= len(doc):
            continue
        t, n = doc[i], doc[i + 1]
        if t.text not in given or t.ent_type_ or n.ent_type_ or i in used or i + 1 in used:
            continue
        if not (t.pos_ == "PROPN" and n.pos_ == "PROPN" and n.is_title and n.is_alpha and len(n.text) > 1):
            continue  # not an initial ("Rory O' Neill" is no "Rory O")
        if i > 0 and (doc[i - 1].lower_ == "the" or (doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title)):
            continue
        if i + 2 < len(doc) and (doc[i + 2].pos_ == "PROPN" or doc[i + 2].text in ("-", "'", "’")):
            continue
        if n.text in actors.org_heads or n.text in actors.body_words or n.lower_ in titles.role_words \
                or lx.country_of(n.text) is not None or lx.where(n.text) is not None \
                or lx.key(f"{t.text} {n.text}") in lx.organizations():
            continue
        out.append(Span(doc, i, i + 2, label="PERSON"))
    return out


def _division(name: Span) -> bool:
    """A name that ends in a country or a region of the world after a first word of a firm's ("Diageo North
    America", "Sony Europe", "Vodafone UK")."""
    regions = lx.lexicon().actors.world_regions
    return any(name[i:].text in regions or lx.country_of(name[i:].text) is not None for i in range(1, len(name))) \
        and lx.country_of(name[0].text) is None and not lx.party(name[0].text)


def _officer_roles(doc: Doc) -> Iterator[int]:
    """Each word of a firm officer's role, in lower case, that the officer's name follows within two more words of a
    role ("chief" and "executive" of "Electrolux chief executive Hans Straberg"): its index."""
    titles = lx.lexicon().titles
    for j in words_of(doc).at(lowers=titles.firm_roles):
        if not doc[j].is_lower or j + 2 >= len(doc):
            continue
        end = j + 1
        while end < min(j + 3, len(doc)) and doc[end].lower_ in titles.firm_roles | titles.role_words \
                and doc[end].is_lower:
            end += 1
        if end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
            yield j


def _before_officer_roles(doc: Doc) -> list[Span]:
    """The name the NER took for a person said before the role of a firm's officer and that officer's name:
    "Ryanair" of "Ryanair deputy chief executive Michael Cawley", "Diageo North America" of "Diageo North America
    president Ivan Menezes" (the role in lower case, with the words that may stand before it); the whole entity,
    not the end of a longer name."""
    titles = lx.lexicon().titles
    out = []
    for j in _officer_roles(doc):
        k = j - 1
        while k >= 0 and doc[k].is_lower and doc[k].lower_ in titles.role_words | titles.firm_roles:
            k -= 1  # "deputy chief executive"
        if k < 0:
            continue
        x = doc[k]
        name = ent_at(doc, k) if x.ent_type_ == "PERSON" else None
        if name is not None and name.end == k + 1 and x.pos_ == "PROPN" and x.is_alpha and x.is_title \
                and (name.start == 0 or doc[name.start - 1].pos_ != "PROPN"):
            out.append(name)
    return out


def _bodies_before_officers(doc: Doc, taken: list[Span]) -> set[str]:
    """One-word names said before the role of a firm's officer and that officer's name ("said Electrolux chief
    executive Hans Straberg") that the NER left outside every entity or took for a place it is not: a body's, here and
    wherever else the article names them ("Electrolux saw its shares rise", "Electrolux's separate announcement").
    Not a word the article writes in lower case, a given name, a title or role, a known place, a people or a party."""
    titles = lx.lexicon().titles
    used = {i for sp in taken for i in range(sp.start, sp.end)}
    common = kept(doc, "briefing_common", lambda: _common_words(doc))
    names: set[str] = set()
    for j in _officer_roles(doc):
        if j < 1:
            continue
        x = doc[j - 1]
        untagged = not x.ent_type_ or (x.ent_type_ == "GPE" and x.ent_iob_ == "B" and doc[j].ent_iob_ != "I")
        if x.pos_ != "PROPN" or not x.is_alpha or not (x.is_title or x.is_upper) or not untagged or x.i in used \
                or (x.i > 0 and (doc[x.i - 1].pos_ == "PROPN" or doc[x.i - 1].is_space)) \
                or x.lower_ in common or x.text in lx.given_names() or x.lower_ in titles.role_words \
                or x.text in titles.heads or x.text in titles.qualifiers or lx.country_of(x.text) is not None \
                or lx.where(x.text) is not None or lx.party(x.text) is not None:
            continue  # not the last word of a longer name ("GM Europe president"), nor a portfolio ("Immigration")
        names.add(x.text)
    return {n for n in names if sum(t.text == n for t in doc) >= 2}  # a firm the article is about, named again


def _listed_with_persons(doc: Doc, persons: list[Span], taken: list[Span]) -> list[Span]:
    """Two capitalised name words that the NER left outside every entity, as an item of a list of people's names
    ("The three Disney directors - Reveta Bowers, Stanley Gold and Raymond Watson -": "Reveta Bowers"): a person,
    when the item next to it is a person's name, joined by a comma or "and", and a plural role comes shortly before
    the list (not a list of films or firms beside a name). Not a word of a body's name, a role, a place or a known
    body."""
    actors = lx.lexicon().actors
    titles = lx.lexicon().titles
    used = {i for sp in taken for i in range(sp.start, sp.end)}
    starts = {e.start for e in persons}
    ends = {e.end for e in persons}
    out = []
    for e in persons:
        for i in (e.end + 1, e.start - 3):  # the item after "<person>," / "<person> and", or before ", <person>"
            if i < 1 or i + 2 > len(doc) or i in used or i + 1 in used:
                continue
            t, n = doc[i], doc[i + 1]
            joined = doc[i - 1].text in (",", "and") and i - 1 in ends if i > e.start else \
                doc[i + 2].text in (",", "and") and i + 3 in starts
            if not joined or t.ent_type_ or n.ent_type_:
                continue
            if not all(w.pos_ == "PROPN" and w.is_title and w.is_alpha and len(w.text) > 1 for w in (t, n)):
                continue
            if (i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN") or (doc[i - 1].pos_ == "PROPN"):
                continue  # inside a longer run of names
            o = min(i, e.start)
            while o > 0 and (doc[o - 1].pos_ == "PROPN" or doc[o - 1].text in (",", "and")):
                o -= 1
            plural = next((w for w in reversed(doc[max(0, o - 16):o]) if w.tag_ == "NNS" and w.is_lower), None)
            if plural is None or plural.lemma_ not in titles.role_heads:
                continue  # a list of people said as such ("directors - ...", "ministers X, Y and Z"), not of works
                # ("films such as My Beautiful Laundrette, Billy Elliot ...")
            if any(w.text in actors.org_heads or w.text in actors.body_words or w.lower_ in titles.role_words
                   or lx.country_of(w.text) is not None or lx.where(w.text) is not None for w in (t, n)) \
                    or lx.key(f"{t.text} {n.text}") in lx.organizations():
                continue
            out.append(Span(doc, i, i + 2, label="PERSON"))
            used |= {i, i + 1}
    return out


_TITLE_LINKS = frozenset({"for", "of", "and", "the", "&"})


def _portfolio_before(doc: Doc, e: Span, persons: list[Span], honoured: set[str]) -> bool:
    """The entity follows "<title> for ..." ("Minister for Education and", "Member for"), its last two words are
    a name, and its last word is a person's elsewhere ("Minister Birmingham", "Ms Wicks"): the words before them
    finish the title (a portfolio, an electorate), they are not the person's name. Not "Prince of Wales and
    Camilla Parker Bowles" (no "for"), nor "economist of Deutsche Securities Japan" (no person "Japan")."""
    if e.start == 0 or doc[e.start - 1].lower_ not in ("for", "and"):
        return False
    if not all(t.is_title and t.is_alpha for t in e[-2:]) or not all(t.is_title or t.lower_ in _TITLE_LINKS
                                                                      for t in e[:-2]):
        return False
    role_heads = lx.lexicon().titles.role_heads
    i = e.start - 1
    while i >= max(0, e.start - 9) and (doc[i].lower_ in _TITLE_LINKS or doc[i].is_title):
        if doc[i].lower_ in role_heads or doc[i].lower_ == "member":
            break
        i -= 1
    else:
        return False
    if doc[i].lower_ not in role_heads and doc[i].lower_ != "member" or "for" not in {t.lower_ for t in doc[i:e.start]}:
        return False
    surname = e[-1].text
    return surname in honoured or any(p[-1].text == surname for p in persons if p.start >= e.end or p.end <= e.start)


def _field_of_portfolio(doc: Doc, e: Span, persons: list[Span]) -> bool:
    """The entity is one of the fields a title lists before the holder's name ("Minister for Children, [Young
    People] and Families Margaret Hodge"): capitalised words and links only, back to a role with "for" or "of"
    after it, and on to the next person's name."""
    role_heads = lx.lexicon().titles.role_heads
    i = e.start - 1
    while i >= max(0, e.start - 9) and (doc[i].lower_ in _TITLE_LINKS or doc[i].text == "," or doc[i].is_title):
        if doc[i].lower_ in role_heads and doc[i].is_title:
            break
        i -= 1
    else:
        return False
    if doc[i].lower_ not in role_heads or not doc[i].is_title or i + 1 >= e.start \
            or doc[i + 1].lower_ not in ("for", "of"):
        return False
    j = e.end
    while j < min(len(doc), e.end + 6) and (doc[j].lower_ in _TITLE_LINKS or doc[j].text == ","
                                            or doc[j].is_title) and not any(p.start == j for p in persons):
        j += 1
    return j < len(doc) and j > e.end and any(p.start == j and len(p) >= 2 for p in persons)


def _english_plural(tok: Token) -> bool:
    """``tok`` is the plural of an English word the lemmatizer knows ("Children", "Families", "Consumers")."""
    english = english_words(tok.doc)
    low = tok.lower_
    return low.endswith("s") and (low[:-1] in english or (low.endswith("ies") and low[:-3] + "y" in english)
                                  or (low.endswith("es") and low[:-2] in english)) \
        or low in ("children", "women", "men", "people")


def _field_before_title(doc: Doc, e: Span, persons: list[Span]) -> bool:
    """A one-word name that is a plural English word, owning a capitalised role word right before a person's full
    name ("Children's Minister Margaret Hodge", "Women's Minister"): the field of the title (not "Blair's
    spokesman", nor a given name)."""
    if len(e) != 1 or e.end + 2 >= len(doc) or doc[e.end].text not in ("'s", "’s", "'", "’") \
            or e.text in lx.given_names():
        return False
    role = doc[e.end + 1]
    if not (role.is_title and role.lower_ in lx.lexicon().titles.role_heads) or not _english_plural(e[0]):
        return False
    return any(p.start == e.end + 2 and len(p) >= 2 for p in persons)


def _common_words(doc: Doc) -> set[str]:
    """Words the article writes in lower case and never capitalises inside a sentence: a capitalised one at
    the start of a sentence or a heading is the same common word ("Closures", "Budgets", "Reggae")."""
    strings = doc.vocab.strings  # from spaCy's arrays, whole columns at once: no Token object per word
    rows = doc.to_array([ORTH, IS_LOWER, IS_ALPHA])
    lower = {strings[o] for o in numpy.unique(rows[:, 0][(rows[:, 1] != 0) & (rows[:, 2] != 0)]).tolist()}
    return lower - kept(doc, "briefing_inside", lambda: _capitalised_inside(doc))


def _capitalised_inside(doc: Doc) -> set[str]:
    """The words (in lower case) the article capitalises somewhere inside a sentence: not as a sentence's first
    word, nor after a mark or a space."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_TITLE, SENT_START, IS_PUNCT, IS_SPACE])
    placed = (rows[1:, 1] != 0) & (rows[1:, 2] != 1) & (rows[:-1, 3] == 0) & (rows[:-1, 4] == 0)
    return {strings[o].lower() for o in numpy.unique(rows[1:, 0][placed]).tolist()}


def _modifier_opening_sentence(e: Span, inside: set[str]) -> bool:
    """A one-word name that is an English word opening its sentence as the modifier of the lower-case noun after
    it ("House prices fell", "Digital music downloads", "Media reports say"), which the article never capitalises
    inside a sentence: the common word, not a name."""
    tok = e[0]
    doc = e.doc
    if len(e) != 1 or not tok.is_sent_start or not tok.is_title or tok.lower_ in inside or tok.i + 1 >= len(doc):
        return False
    head = tok.head
    common = tok.pos_ in ("NOUN", "ADJ") or tok.lower_ in english_words(doc)
    return tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i and head.pos_ == "NOUN" and head.is_lower \
        and doc[tok.i + 1].is_lower and doc[tok.i + 1].is_alpha and common \
        and lx.key(e.text) not in lx.organizations() and not _holder_after(doc, tok.i + 1, head.i + 1)


def _holder_after(doc: Doc, start: int, end: int) -> bool:
    """A role or a word for a body among the words ``start`` to ``end``: "Liverpool winger Harry Kewell", "Notts
    police chief", "Glasgow group Franz Ferdinand", where the name before them is the holder's club or body."""
    words = lx.lexicon()
    return any(t.lower_ in words.titles.role_words or t.lower_ in words.actors.org_nouns
               or t.lower_ in words.titles.team_roles for t in doc[start:end])


def _name_word_before(doc: Doc, e: Span) -> Token | None:
    """The word right before ``e`` where it could begin a name: a capitalised proper noun of two letters or more
    outside every entity, no role word, not after "the"."""
    if e.start == 0:
        return None
    prev = doc[e.start - 1]
    before = doc[e.start - 2] if e.start > 1 else None
    fits = prev.pos_ == "PROPN" and not prev.ent_type_ and prev.is_title and len(prev) > 1 \
        and prev.lower_ not in lx.lexicon().titles.role_words and (before is None or before.lower_ != "the")
    return prev if fits else None


def _given_name_before(doc: Doc, e: Span) -> bool:
    """A name word (``_name_word_before``) inside a sentence right before a one-word ORG/GPE: "Tore" + "Sandvik"."""
    prev = _name_word_before(doc, e)
    return prev is not None and not prev.is_sent_start and e[0].is_title \
        and lx.key(f"{prev.text} {e.text}") not in lx.organizations()


def _thing_maker(noun: Token) -> bool:
    """"car maker", "chipmaker", "the drugs manufacturer": a noun for a business that makes a kind of goods
    (``maker_goods`` in ``data/actors.yaml``), not a person who makes films or policy."""
    goods = lx.lexicon().actors.maker_goods
    if noun.lower_.endswith("maker") and noun.lower_[:-5].rstrip("-") in goods:
        return True
    return noun.lemma_.lower() in ("maker", "manufacturer", "producer") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in goods for c in noun.children)
