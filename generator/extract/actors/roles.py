"""Roles: the title said with a name ("UK Defence Secretary, John Healey", "John Smith, chief executive of
Tesco"), a title given before its holder is named, bare titles as mentions of their holder, and
"counterparts"."""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.components import TITLE_LABEL
from generator.extract.actors.countries import BASE_WORDS
from generator.extract.actors.index import SPOKESPEOPLE, ActorIndex, in_spans
from generator.extract.actors.names import ent_at
from generator.extract.sentences import DASHES, ents_of, sents_of, words_of
from generator.model import Actor

PLACE_OR_BODY = ("GPE", "LOC", "ORG", "NORP")
OFFICE_FOR = ("for", "to", "at", "in")  # "ambassador to the UN", "director general for Europe"


def role_before(doc: Doc, span: Span) -> tuple[Span | None, int]:
    """The title words right before a name ("UK Defence Secretary, John Healey", "Tesco chief executive
    Terry Leahy"): returns the role span (or None) and the index where qualifiers may start."""
    titles = lx.lexicon().titles
    i = span.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in titles.honorifics:
        i -= 1  # "chief executive Lord Smith"
    comma = i >= 0 and doc[i].text in (",", *DASHES)  # "managing director - AL Gooneratne told"
    if comma:
        i -= 1
    end = i + 1
    if i >= 2 and doc[i - 1].lower_ == "of" and _among(doc, i - 2, titles.role_heads) \
            and (_field_of(doc[i - 2]) == doc[i] or _bare_field(doc[i]) and not _among(doc, i, titles.role_words)):
        # "The chief inspector of schools, David Bell": the field after the head; "director of rugby Nigel
        # Melville", where the parser takes the field for a word of the name (not "the head of chairman Keith
        # Haslam": a title)
        i -= 2
    elif i >= 3 and doc[i - 2].lower_ == "of" and _among(doc, i - 3, titles.role_heads) \
            and all(_bare_field(doc[j], glued=True) and not _among(doc, j, titles.role_words) for j in (i - 1, i)) \
            and doc[i].lower_ not in lx.lexicon().actors.org_nouns:
        # a field of two words: "director of telecoms research Tony Lavender", "director of human resources" (the
        # tagger may take the last for a verb that the parser hangs on the name); not a kind of body, whose name
        # follows ("the joint founder of merchant bank Hambro Magan")
        i -= 3
    elif comma and i >= 2 and doc[i].ent_type_ in PLACE_OR_BODY:
        # "Spain's director general for Europe, Jose Maria Pons", "Britain's ambassador to the UN, Emyr Jones Parry":
        # the place or body the office is for, set between the head and the comma before the name
        # (or of it: "the ex-president of Bank of China, Wang Xuebing", past the "of" inside the body's name)
        at = next((j for j in range(i - 1, max(i - 7, 0), -1)
                   if doc[j].lower_ in (*OFFICE_FOR, "of") and _among(doc, j - 1, titles.role_heads)), None)
        if at is not None \
                and all(doc[j].ent_type_ in PLACE_OR_BODY or doc[j].lower_ == "the" for j in range(at + 1, i + 1)):
            i = at - 1
    if i >= 0 and plural_role(doc[i]) and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in span.root.children):
        i -= 1  # "former Enron chief executives Ken Lay and Jeff Skilling" (not "analysts Gartner": a firm)
    while i >= 0 and (doc[i].ent_type_ == TITLE_LABEL or (_among(doc, i, titles.role_words) and doc[i].ent_type_ == "")
                      or (doc[i].lower_ in ("of", "the") and i > 0 and doc[i - 1].ent_type_ == TITLE_LABEL
                          and doc[i + 1].ent_type_ == TITLE_LABEL)):
        i -= 1
    start = i + 1
    if comma and start < end and _of_another_phrase(doc[start:end].root, span.root):
        return None, span.start
    if start < end and (any(_among(doc, t.i, titles.role_heads) for t in doc[start:end])
                        or plural_role(doc[end - 1]) and end == span.start):
        while start < end and doc[start].lower_ in ("of", "the"):
            start += 1
        return doc[start:end], start
    return None, span.start


def _among(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """The word at ``i`` is one of ``words`` (lower case), alone or with the prefix the tokenizer split off it by a
    hyphen joined on ("co-ordinator" read as "coordinator"; "co-founder" is a "founder" too)."""
    lead = _hyphen_prefix(doc, i)
    return doc[i].lower_ in words or (lead is not None and lead.lower_ + doc[i].lower_ in words)


def widen(doc: Doc, start: int, end: int) -> int:
    """Where a role said before a name starts, with the lower-case words before its title words that belong
    to it ("BBC political editor", "labour affairs correspondent", "Tory work and pensions spokesman", "ex-finance
    chief"): words that modify a word of the role, and "and" between two of them."""
    not_role = lx.lexicon().titles.not_role_words

    def modifies(t: Token, lo: int) -> bool:
        # a lower-case word the tagger called a proper noun is a noun ("Ex-chat show host")
        return t.is_lower and t.is_alpha and not t.ent_type_ and t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.like_num \
            and t.tag_ not in ("JJS", "JJR", "VBN", "VBG") and t.dep_ in ("amod", "compound", "nmod") \
            and lo <= t.head.i < end and t.lower_ not in not_role

    i = start
    while i > 0:
        t = doc[i - 1]
        if modifies(t, i):
            i -= 1
        elif i > 1 and t.lower_ == "and" and t.head.i == i - 2 and modifies(doc[i - 2], i):
            i -= 2
        elif i > 1 and t.text == "-" and not t.whitespace_ and _prefix(doc[i - 2]):
            i -= 2  # "ex-finance chief"
        else:
            break
    while i < start and i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        i += 1  # not the end of a hyphenated word ("A-list singers")
    return i


def _prefix(t: Token) -> bool:
    """The first part of a hyphenated word before a role ("ex-", "Ex-" at a sentence's start, "vice-")."""
    return not t.whitespace_ and (t.is_lower or bool(t.is_sent_start)) and t.is_alpha and not t.like_num \
        and t.lower_ not in lx.lexicon().titles.not_role_words


def plural_role(tok: Token) -> bool:
    """A role head in the plural ("executives"), said before the names of those who hold it."""
    return tok.tag_ == "NNS" and tok.is_lower and not tok.ent_type_ and tok.lemma_ in lx.lexicon().titles.role_heads \
        and tok.lemma_ != "leader"  # "Premiership leaders Chelsea": a standing


def shared_role(doc: Doc, span: Span) -> tuple[Span | None, int]:
    """The plural role said before the first of coordinated names, for the names after it: "chief executives
    Ken Lay and Jeff Skilling" (Jeff Skilling)."""
    first = span.root.head
    if span.root.dep_ != "conj" or first.ent_type_ != "PERSON" or first.i >= span.start:
        return None, span.start
    first_name = ent_at(doc, first.i)
    role, at = role_before(doc, first_name) if first_name is not None else (None, span.start)
    return (role, at) if role is not None and plural_role(role[-1]) else (None, span.start)


def listed_role(doc: Doc, span: Span) -> tuple[Span | None, int]:
    """The plural role that a list of names stands in apposition to, for each name: "The three Disney directors in
    question - Reveta Bowers, Stanley Gold and Raymond Watson -", "Two ministers, Alan Milburn and Jane Kennedy,
    resigned" (director, minister)."""
    first = span.root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON" and first.head.i < first.i:
        first = first.head
    role = _subject_before_list(doc, span)
    if role is not None:
        return doc[role.i:role.i + 1], role.i
    noun = first.head
    between = list(doc[noun.i + 1:first.left_edge.i])  # not the name's own hyphen ("analysts Douglas-Westwood")
    # (the parser reads the list as in apposition or as going on from the noun: a comma or a dash, then the name)
    if first.dep_ not in ("appos", "conj") or noun.i >= first.i or not plural_role(noun) or not between \
            or not all(t.text in (",", *DASHES) for t in between):
        return None, span.start
    return doc[noun.i:noun.i + 1], noun.i


FIELD_MAX = 8  # words of a field said between a title and its holder's name


def role_with_field(doc: Doc, span: Span) -> tuple[Span | None, int]:
    """A capitalised title whose field comes before the name, with no comma: "Minister for Work Jane Kennedy",
    "Secretary of State for Health John Reid", "Minister for Children, Young People and Families Margaret Hodge"
    (the field in capitals, "and" and commas in it). The title's head is one of its role heads, capitalised, or a
    title the pipeline tagged ("Secretary of State"); the words from the field's first to the name are capitalised
    or "and", "&" and commas between them, and "the" first ("Chairman of the Environmental Audit Committee").
    Honorifics before the name are not the title's ("Archbishop of Canterbury Dr Rowan Williams")."""
    titles = lx.lexicon().titles
    i = span.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in titles.honorifics:
        i -= 1  # "Archbishop of Canterbury Dr Rowan Williams"
    if i < 2 or not doc[i].is_title or doc[i].ent_type_ == TITLE_LABEL:
        return None, span.start
    j = i
    while j > 0 and i - j < FIELD_MAX and doc[j].lower_ not in ("for", "of"):
        t = doc[j]
        if not (t.is_title or t.lower_ in ("and", "the") or t.text in (",", "&")) or t.is_sent_start:
            return None, span.start
        j -= 1
    if doc[j].lower_ not in ("for", "of") or (not doc[j + 1].is_title and doc[j + 1].lower_ != "the") \
            or any(t.lower_ == "the" for t in doc[j + 2:i]):  # not "Bishop of Durham, the Rt Rev Dr Tom Wright"
        return None, span.start
    head = doc[j - 1]
    if not (head.ent_type_ == TITLE_LABEL or head.is_title and _among(doc, head.i, titles.role_heads)):
        return None, span.start
    role, start = role_before(doc, doc[j:span.end])  # the title before the field, as before a name
    if role is None:
        return None, span.start
    return doc[start:i + 1], start


def field_body(doc: Doc, role: Span) -> Span | None:
    """The organisation (of more than one word) or country that a title's field names whole ("Chairman of the
    Environmental Audit Committee", "President of France"), else None."""
    at = max((t.i for t in role if t.lower_ in ("for", "of")), default=None)
    if at is None:
        return None
    start = at + 2 if doc[at + 1].lower_ == "the" else at + 1
    ent = ent_at(doc, start) if start < role.end else None
    if ent is None or ent.end != role.end or not (ent.label_ == "GPE" or ent.label_ == "ORG" and len(ent) > 1):
        return None  # not "Energy" of "Secretary of Energy": a field the NER took for a body
    return ent


def _subject_before_list(doc: Doc, span: Span) -> Token | None:
    """"The three Disney directors in question in the central matter of the SEC's investigation - Reveta Bowers,
    Stanley Gold and Raymond Watson - have all since left": a list of names set off by a pair of dashes right before
    the verb, after a plural role that is the verb's subject with no verb between them. Read from the tokens, not
    from how the parser hung the list (a second subject, or an apposition to the last noun before it)."""
    listed = ("and", ",")
    o = span.start - 1
    while o >= 0 and (doc[o].pos_ == "PROPN" or doc[o].text in listed) and doc[o].text not in DASHES:
        o -= 1
    c = span.end
    while c < len(doc) and (doc[c].pos_ == "PROPN" or doc[c].text in listed) and doc[c].text not in DASHES:
        c += 1
    # a comma both opens and closes such a list, so only dashes are read here: a comma list is listed_role's
    if o < 1 or c + 1 >= len(doc) or doc[o].text not in DASHES or doc[c].text != doc[o].text:
        return None
    after = doc[c + 1]
    verb = after if after.pos_ == "VERB" else after.head if after.dep_ in ("aux", "auxpass") else None
    if verb is None:
        return None
    role = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < o and plural_role(t)), None)
    if role is None or any(t.pos_ in ("VERB", "AUX") for t in doc[role.i + 1:o]):
        return None
    return role


def role_text(role: Span) -> str:
    """A role as shown: one holder's ("chief executive" for "chief executives")."""
    if plural_role(role[-1]):
        return (role[:-1].text_with_ws + role[-1].lemma_).strip(" ,")
    return role.text.strip(" ,")


def _of_another_phrase(role: Token, name: Token) -> bool:
    """A title in a phrase before the comma that is not about the subject named after it: "questioning from a
    federal prosecutor, Mr Sullivan said", "as he begins his term as US President, Tony Blair has said"; but
    "As chief operating officer, Toshiyuki Shiga will run Nissan" (the phrase belongs to the subject's verb)."""
    if role.dep_ != "pobj" or name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return role.head.head != name.head


def role_inside(doc: Doc, ent: Span, name: Span) -> tuple[Span | None, int]:
    """Role words inside the entity before the name: "Treasurer Peter Costello" tagged as one PERSON."""
    inner = [t for t in doc[ent.start:name.start] if t.lower_ in lx.lexicon().titles.role_words]
    if not inner:
        return None, ent.start
    return doc[inner[0].i:inner[-1].i + 1], inner[0].i


def role_after(doc: Doc, span: Span) -> tuple[Span | None, Span | None]:
    """An appositive title after a name: "John Smith, chief executive of Tesco," -> (role, organisation); also in a
    relative clause: "Peter Nielson, who is UKIP Scotland chairman,"."""
    heads = [c for c in span.root.children if c.dep_ == "appos"]
    relative = [a for r in span.root.children if r.dep_ == "relcl" and r.lemma_ == "be"
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in r.children)
                for a in r.children if a.dep_ == "attr" and a.i > r.i]
    for child in heads + relative:
        if child.i >= span.end and child.lower_ in lx.lexicon().titles.role_heads:
            words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("amod", "compound") or t == child]
            if child in relative:  # "who is a canny manager", "who is the third boss": the role, not the praise
                words = [t for t in words if t.dep_ != "amod" or not t.is_lower
                         or t.lower_ in lx.lexicon().titles.role_words]
            # "the party's Treasury spokesman": an organisation right before the head is part of the role
            words = [t for t in words if t.ent_type_ not in ("GPE", "NORP", "PERSON")
                     and (t.ent_type_ != "ORG" or t.dep_ == "compound" and t.head == child)]
            role = doc[min(t.i for t in words):child.i + 1] if words else None
            body = ent_at(doc, role.start) if role is not None and doc[role.start].ent_type_ == "ORG" else None
            if role is not None and body is not None and body.start < role.start:
                role = doc[body.start:role.end]  # "UKIP Scotland chairman", the body's name whole
            while role is not None and role.start < child.i and role.start > 0 and doc[role.start - 1].text == "-" \
                    and not doc[role.start - 1].whitespace_:
                role = doc[role.start + 1:role.end]  # "a Singapore-based analyst": not "based analyst"
            lead = _hyphen_prefix(doc, role.start) if role is not None else None
            if role is not None and lead is not None:
                role = doc[lead.i:role.end]  # "co-founder of Acme", "WorldCom's ex-head of internal accounting"
            both = [c for c in child.children if c.dep_ == "conj" and c.lower_ in lx.lexicon().titles.role_heads
                    and all(t.lower_ == "and" or t.lower_ in lx.lexicon().titles.role_words
                            for t in doc[child.i + 1:c.i])]
            if role is not None and both:
                role = doc[role.start:both[0].i + 1]  # "Alain Levy, chairman and chief executive of EMI Music"
            field_ = _field_of(child)
            if role is not None and field_ is not None:
                role = doc[role.start:field_.i + 1]  # "E&Y's UK head of tax": "head of tax"
            title = ent_at(doc, child.i) if child.ent_type_ == TITLE_LABEL else None
            if title is not None and role is not None and title.end > role.end:
                role = doc[min(role.start, title.start):title.end]  # "Colin Powell, US Secretary of State"
            org = None
            # the parser may hang the possessor on the prefix of a hyphenated role ("WorldCom's ex-head")
            near = set(child.subtree) | (set(lead.subtree) if lead is not None and lead.i < child.i else set())
            for t in sorted(near, key=lambda x: x.i):
                body = ent_at(doc, t.i) if t.ent_type_ in ("ORG", "GPE") else None
                if body is not None and body.start > child.i and body.end + 1 < len(doc) \
                        and doc[body.end].text == "-" and doc[body.end + 1].lower_ in BASE_WORDS:
                    continue  # "director of Sheffield-based consulting group MEPS": where MEPS is, not whose (but
                    # "a Singapore-based analyst" is where the analyst is)
                if body is not None and not body.start <= child.i < body.end:  # not the title the NER took for a body
                    org = body  # ("the venue's Promotions Coordinator")
                    break
            return role, org
    return None, None


def _hyphen_prefix(doc: Doc, at: int) -> Token | None:
    """The first part of a hyphenated word whose last part starts a role ("co-" of "co-founder", "ex-" of
    "ex-chairman"), which the tokenizer splits off: the prefix token, or None."""
    if at < 2 or doc[at - 1].text != "-" or doc[at - 1].whitespace_ or not _prefix(doc[at - 2]):
        return None
    return doc[at - 2]


def _bare_field(t: Token, glued: bool = False) -> bool:
    """One lower-case word that is no entity's: the field of a title said right before its holder's name; with
    ``glued``, also a word the parser hangs on the next as a modifier, whatever its tag ("telecoms research")."""
    return t.is_lower and t.is_alpha and not t.ent_type_ and (
        t.pos_ in ("NOUN", "PROPN") or (glued and t.dep_ in ("compound", "amod")))


def _field_of(head: Token) -> Token | None:
    """The field a role is of, said right after it in one bare lower-case noun: "head of tax", "director of
    research" (not "head of the company", nor a name: "chief executive of Tesco" names the organisation)."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    # lower-case adjectives right before the field belong to it ("head of internal accounting")
    described = [c for c in obj.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower and c.is_alpha
                 and not c.ent_type_ and c.i < obj.i]
    plain = len(described) == sum(1 for _ in obj.children) \
        and [c.i for c in described] == list(range(prep.i + 1, obj.i))
    if not plain or not obj.is_lower or obj.pos_ != "NOUN" or obj.ent_type_ \
            or (obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].text == "-"):
        return None  # not "professor of e" of "professor of e-democracy", nor "head of the company"
    return obj


def qualifier(doc: Doc, before: int) -> Span | None:
    """A country, demonym, organisation or possessive pronoun right before a title."""
    i = before - 1
    while i >= 0 and before - i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:  # "Ukraine's new president"
        i -= 1
    if i >= 0 and doc[i].text in ("'s", "’s"):
        i -= 1
    if i < 0:
        return None
    if doc[i].ent_type_ in ("GPE", "NORP", "ORG"):
        return ent_at(doc, i)
    if not doc[i].ent_type_ and doc[i].is_title and lx.party(doc[i].text):
        return doc[i:i + 1]  # a party the NER left untagged: "ex-Conservative chancellor Ken Clarke" (not "The Who")
    if doc[i].lower_ in ("his", "her", "its", "their"):
        return doc[i:i + 1]
    return None


def former(doc: Doc, qual: Span) -> str:
    """"former " or "ex-" said before the organisation or country before a role ("former WorldCom boss",
    "ex-Enron chief"), which belongs to the role; else ""."""
    i = qual.start - 1
    if i >= 0 and doc[i].lower_ == "former":
        return "former "
    if i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ == "ex" and not doc[i - 1].whitespace_:
        return "ex-"
    return ""


def title_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A bare established title ("The Prime Minister said") counts as a mention of its holder."""
    for e in ents_of(doc):
        if e.label_ != TITLE_LABEL or e.start_char in {m.start for m in idx.mentions}:
            continue
        nxt = doc[e.end] if e.end < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.text == ","):
            continue  # a title in front of a name is part of that mention
        actor = idx.by_title(e.text, e.start_char)
        if actor is not None:
            actor = _of_country(doc, idx, e, actor)
        else:
            actor = named_later(doc, idx, e) or named_before(doc, idx, e)
        if actor is not None:
            idx.mention(e, actor)


def spokesperson_mentions(doc: Doc, idx: ActorIndex) -> None:
    """"the Lib Dem spokesman" after "Lib Dem spokesman Vince Cable said ..." counts as a mention of that person
    (``ActorIndex.named_spokesperson``), so that a "he" after it stands for him."""
    for i in words_of(doc).at(SPOKESPEOPLE):
        person = idx.named_spokesperson(doc[i])
        span = doc[doc[i].left_edge.i:i + 1]
        if person is not None and (span.start_char, span.end_char) not in {(m.start, m.end) for m in idx.mentions}:
            idx.mention(span, person)  # (the body's own mention, "the Lib Dem", stays as it is)


def _of_country(doc: Doc, idx: ActorIndex, title: Span, holder: Actor) -> Actor | None:
    """A country said with a bare title ("the British prime minister"): the holder's country when the title has
    one holder and no country yet; None when the holder belongs to another country (someone else's title)."""
    qual = qualifier(doc, title.start)
    country = lx.country_of(qual.text) if qual is not None else None
    if country is None:
        return holder
    if holder.affiliation and holder.affiliation != country:
        return None
    if len(idx.titles.get(lx.key(title.text), [])) == 1:
        holder.affiliation = country
    return holder


def named_later(doc: Doc, idx: ActorIndex, title: Span) -> Actor | None:
    """A title given before its holder is named: "..., the Trade and Industry Secretary has said. ... Patricia
    Hewitt said ...". The title is the role of the first person named as the subject of a clause in the next
    two sentences, when that person is new there and has no role of their own, and nobody was named before
    the title; only for "the <title>" or "<someone>'s <title>" outside quotes, words that say when or how between
    ("The new health minister for Wales says ... Dr Brian Gibbons, on his first full day in the job, ...")."""
    det = title.start - 1
    while det > 0 and doc[det].lower_ in lx.lexicon().titles.not_role_words and doc[det].dep_ == "amod":
        det -= 1
    if det < 0 or doc[det].lower_ not in ("the", "'s", "’s", "its", "their") \
            or in_spans(title.start_char, idx.quote_spans):
        return None
    sents = [s for s in sents_of(doc) if s.end_char > title.start_char][:3]
    if not sents:
        return None
    limit = sents[-1].end_char
    first_seen: dict[str, int] = {}
    for m in idx.mentions:
        first_seen[m.actor] = min(first_seen.get(m.actor, m.start), m.start)
    if any(m.start < title.start_char and idx.actors[m.actor].type == "person" for m in idx.mentions):
        return None  # someone was named before: "the prime minister" most likely points back to them
    # the first person named there as a subject (people named in passing before, "his former boss Bernard
    # Ebbers", are not the holder)
    # (not one named in what the title's own verb says: "The judge said that Grokster and Morpheus are ...")
    verb = title.root.head
    own = range(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)) \
        if verb.pos_ in ("VERB", "AUX") and verb is not title.root else range(0)
    later = sorted((m for m in idx.mentions if title.end_char <= m.start < limit and m.subject
                    and idx.actors[m.actor].type == "person" and m.start not in own), key=lambda m: m.start)
    if not later:
        return None
    actor = idx.actors[later[0].actor]
    if actor.role or first_seen[actor.id] < later[0].start:
        return None  # named before, as here "the row over David Blunkett's visa": not new there
    actor.role = title.text
    idx.hold_title(actor, title.text)
    return actor


OTHER_OFFICE = frozenset({"shadow", "deputy", "vice", "former", "assistant"})  # role words that make another office


def named_before(doc: Doc, idx: ActorIndex, title: Span) -> Actor | None:
    """A title said of the person just named, by nobody else's name: "Mr Blair warned ... The prime minister
    also urged ...". "The <title>" as the subject of a main clause (outside quotes, of no country or body: not "the
    prime minister of Israel"; no government: "The Scottish Executive") is the one person who was the subject of a
    main clause in this sentence or the one before, when that person has no role of their own, no other person
    without a role was named before it, and nobody holds the title in another form ("London Mayor Ken
    Livingstone" for "the mayor"; a shadow or deputy one does not count). The caller has found nobody holding it."""
    if title.start == 0 or doc[title.start - 1].lower_ != "the" or in_spans(title.start_char, idx.quote_spans) \
            or title[-1].text in lx.lexicon().actors.government_heads:
        return None  # not "The Scottish Executive said", a government
    root = title.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT" \
            or any(c.dep_ in ("prep", "appos", "conj") for c in root.children):
        return None  # "claims the prime minister had reneged", "The prime minister and chancellor faced"
    just = idx.people_just_before(title.start_char, main=True)
    if len(just) != 1 or just[0].role:
        return None
    actor = just[0]
    if spoke_of(idx, actor, title.root):
        return None  # "Vince Cable said the chancellor had failed ... The chancellor meanwhile insisted": not his
    if any(m.start < title.start_char and m.actor != actor.id and not m.in_quote and not m.modifier
           and idx.actors[m.actor].type == "person" and not idx.actors[m.actor].role for m in idx.mentions):
        return None  # another person without a role was named before: the title may be theirs
    said = title.text.lower().split()
    for other in idx.of_type("person"):
        words = (other.role or "").lower().split()
        if other is not actor and words[-len(said):] == said and not set(words[:-len(said)]) & OTHER_OFFICE:
            return None  # "London Mayor Ken Livingstone" ... "The mayor said": his (not the shadow home secretary's)
    actor.role = title.text
    idx.hold_title(actor, title.text)
    return actor


def spoke_of(actors: ActorIndex, person: Actor, subj: Token) -> bool:
    """The person spoke of "the <office>" before, in what a verb of speech of theirs reports ("Vince Cable said the
    chancellor had failed ... Mr Cable said ... The chancellor meanwhile insisted ..."): the office is someone
    else's."""
    speech = lx.lexicon().cues.speech_verbs
    office = _office_words(subj)
    for t in subj.doc[:subj.i]:
        if t.lower_ != subj.lower_ or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                or _office_words(t) != office:
            continue  # the same office as written ("the prime minister", not "the foreign minister")
        verb = t.head
        while verb.head.i != verb.i and verb.lemma_.lower() not in speech:
            verb = verb.head
        if verb.lemma_.lower() in speech and verb.i < t.i and any(
                c.dep_ == "nsubj" and actors.token_actor.get(c.i) == person.id for c in verb.children):
            return True
    return False


def _office_words(tok: Token) -> tuple[str, ...]:
    """The words of an office said with "the", lower case, from its first modifier to its head ("prime minister")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    start = min((c.i for c in mods), default=tok.i)
    return tuple(t.lower_ for t in tok.doc[start:tok.i + 1])


def role_nouns_named_later(doc: Doc, idx: ActorIndex) -> None:
    """A role in lower case as the subject before its holder is named ("The US stock market watchdog's chairman
    has said ... William Donaldson promised"), or as the doer a passive names ("have been announced by the lord
    chancellor. Lord Falconer wants ..."): as ``named_later`` for titles."""
    titles = lx.lexicon().titles
    for i in words_of(doc).at(lowers=titles.role_heads):
        tok = doc[i]
        doer = tok.dep_ == "pobj" and tok.head.dep_ == "agent"  # "announced by the lord chancellor"
        if tok.ent_type_ or not (tok.dep_ in ("nsubj", "nsubjpass") or doer) or not tok.is_lower:
            continue
        start = _with_role_words(doc, tok)  # "The former chief financial officer"
        if named_later(doc, idx, doc[start:tok.i + 1]) is None and tok.lower_ in titles.office_heads:
            named_before(doc, idx, doc[start:tok.i + 1])  # "He is expected to ... The chancellor is expected to"


def _with_role_words(doc: Doc, head: Token) -> int:
    """Where a role said with lower-case role words before its head starts ("the prime minister")."""
    titles = lx.lexicon().titles
    start = head.i
    while start > 0 and doc[start - 1].head == head and doc[start - 1].dep_ in ("amod", "compound") \
            and (doc[start - 1].lower_ in titles.role_words
                 or doc[start - 1:head.i + 1].text.lower() in _whole_titles()):  # "first minister"
        start -= 1
    return start


@functools.cache
def _whole_titles() -> frozenset[str]:
    """Whole titles of the lexicon in lower case ("first minister")."""
    return frozenset(t.lower() for t in lx.lexicon().titles.of_titles)


def titles_after_pronouns(doc: Doc, idx: ActorIndex) -> None:
    """``named_before`` again once pronouns are mentions: "Gordon Brown will deliver his Budget. He is expected to
    ... The chancellor is expected to ...", for a bare title or office that is nobody's mention yet."""
    taken = {m.start for m in idx.mentions}
    spans = [e for e in ents_of(doc) if e.label_ == TITLE_LABEL]
    spans += [doc[i:i + 1] for i in words_of(doc).at(lowers=lx.lexicon().titles.office_heads)
              if not doc[i].ent_type_ and doc[i].is_lower and doc[i].pos_ == "NOUN"]
    for span in spans:
        if span.start_char in taken:
            continue
        start = min(span.start, _with_role_words(doc, span.root))
        actor = named_before(doc, idx, doc[start:span.end])
        if actor is not None:
            idx.mention(doc[start:span.end], actor)


def role_phrase_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A role in lower case with "the", as a subject ("the Tory leader said", "The shadow chancellor added"), is
    a mention of the one person of the article who holds that very role ("shadow chancellor" is not "chancellor"),
    of the body its qualifier names ("Tory": the Conservative Party); none where two people hold it, or the phrase
    names a country ("the UK chancellor"), another owner or a word that is neither ("the former leader")."""
    titles = lx.lexicon().titles
    people = [a for a in idx.of_type("person") if a.role]
    if not people:
        return
    for i in words_of(doc).at(lowers=titles.role_heads):
        tok = doc[i]
        if tok.i in idx.token_actor or tok.ent_type_ or tok.pos_ != "NOUN" or not tok.is_lower \
                or tok.lower_ in SPOKESPEOPLE \
                or tok.dep_ not in ("nsubj", "nsubjpass") or in_spans(tok.idx, idx.quote_spans) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in tok.children) \
                or any(lx.country_of(c.text) for c in mods):
            continue  # "the party's leader", "the leader of ...", "the UK chancellor": not the phrase alone
        body = next((lx.organizations().get(lx.key(c.text)) for c in mods if lx.organizations().get(lx.key(c.text))),
                    None)
        words = [c.lower_ for c in mods if c.lower_ in titles.role_words]
        if len(words) + (body is not None) != len(mods):
            continue  # a word that is neither a body nor a role word: "the former leader", "the new chairman"
        said = " ".join([*words, tok.lower_])
        holders = [a for a in people if (a.role or "").lower() == said and (body is None or a.organization == body)
                   and a.first < tok.idx]  # named before: "the spokesman" is not one named after it
        if len(holders) == 1:
            idx.mention(doc[mods[0].i if mods else tok.i:tok.i + 1], holders[0])


def country_role_phrases(doc: Doc, idx: ActorIndex) -> None:
    """An office of a state said with a country and no name ("The election of the US president was significant"),
    outside quotes (not "the Dutch goalkeeper", whom the story may not name): the country of the one person of the
    article who holds that very role ("President Bush"), named before and not yet placed (or placed only by the
    article's home country)."""
    titles = lx.lexicon().titles
    people = [a for a in idx.of_type("person") if a.role]
    for i in words_of(doc).at(lowers=titles.office_heads):
        tok = doc[i]
        if tok.i in idx.token_actor or tok.ent_type_ or tok.pos_ != "NOUN" or not tok.is_lower \
                or in_spans(tok.idx, idx.quote_spans) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in tok.children) \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON"):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        places = [c for c in mods if c.ent_type_ in ("GPE", "NORP") and lx.country_of(c.text)]
        words = [c.lower_ for c in mods if c.lower_ in titles.role_words]
        if len(places) != 1 or len(words) + 1 != len(mods):
            continue
        country = lx.country_of(places[0].text)
        said = " ".join([*words, tok.lower_])
        holders = [a for a in people if (a.role or "").lower() == said and a.first < tok.idx]
        if len(holders) == 1 and country and not lx.is_bloc(country) \
                and (holders[0].affiliation is None or holders[0].country_implied):
            holders[0].affiliation, holders[0].country_implied = country, False


def counterparts(doc: Doc, idx: ActorIndex) -> None:
    """"his Norwegian counterpart" names a role and a country for a person named next to it (in apposition,
    or as the first person without a role in the next two sentences): role "counterpart of <possessor>",
    affiliation Norway."""
    sents = sents_of(doc)
    for i in words_of(doc).at(lemmas=("counterpart",)):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        country = next((lx.country_of(c.text) for c in tok.children
                        if c.dep_ in ("amod", "compound", "poss") and lx.country_of(c.text)), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        owner_actor = idx.resolve(owner) if owner is not None else None
        target = None
        for child in tok.children:
            if child.dep_ == "appos" and child.i in idx.token_actor:
                target = idx.at_token(child.i)
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
