"""Direct quotes: every quoted span that someone says, with its speaker.

The speaker is "according to X" in the quote's own sentence when it has no verb of speech, else the subject of
the nearest speech verb outside quotes: in the sentences the quote spans, then the sentence before it, then its
paragraph (the one a passive verb of speech is about is not its speaker, and "it is thought" names nobody); else
"according to X" in the paragraph, a name before a colon, the named subject of the verb a quote of several words
hangs on in a sentence with no verb of speech ('Pence praised Cruz for showing "..."'), or, for a quote that
continues the previous one (same or next paragraph), the previous speaker or the one reported since; last, a verb
after the quote that introduces the next quote with a colon. Quoted words, labels and scare quotes that nobody
says are left out.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.actors import ActorIndex
from generator.extract.actors.index import closing_speech
from generator.extract.quotes.attribution import (
    according_to,
    impersonal,
    inverted_condition,
    passive_source,
    speaker,
    speech_verb,
    subject,
)
from generator.extract.quotes.marks import QuoteSpan, inside, paragraphs
from generator.extract.sentences import between, nearest_subject, sents_of, text_of, words_of
from generator.model import Quote

# a short quoted name and "or" or "and" right before a quote: ' dubbed "Otoku" or ' before "bargain"
_NAME_BEFORE = re.compile(r"[\"“”']([^\"“”']{1,40})[\"“”']\s*,?\s*(?:or|and)\s+$")


@functools.cache
def _titled() -> re.Pattern[str]:
    """A work or a document with a determiner right before a quote: the quote is its title ("for the study "Whose
    Secretary are You, minister"", "his new album "Get Behind Me Satan"")."""
    nouns = sorted(lx.lexicon().cues.titled_documents | lx.lexicon().actors.work_nouns)
    return re.compile(r"\b(?:the|a|an|his|her|its|their|new)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(nouns)
                      + r")\s*,?\s*$", re.IGNORECASE)


def _titled_before(text: str, open_at: int) -> bool:
    """A work or a document said right before a quote that opens with a capital or a number: its title."""
    first = text[open_at + 1:open_at + 2]  # (not the film "official")
    return (first.isupper() or first.isdigit()) and bool(_titled().search(text[max(0, open_at - 60):open_at]))


def _named_as(text: str, open_at: int) -> bool:
    """The quote follows a naming expression: a name or label, not speech ("the so-called "anti-Davos""), or is
    the second of two names so given ("dubbed "Otoku" or "bargain""), or the title of a work or document said right
    before it ("for the study "Whose Secretary are You, minister"")."""
    naming = lx.lexicon().cues.naming
    if naming.search(text[max(0, open_at - 30):open_at]):
        return True
    if _titled_before(text, open_at):
        return True
    before = _NAME_BEFORE.search(text[max(0, open_at - 60):open_at])
    if before is None:
        return False
    first_open = max(0, open_at - 60) + before.start()
    return bool(naming.search(text[max(0, first_open - 30):first_open]))


SAYING_WORDS = 15  # the longest saying read as one


def _saying_before(text: str, open_at: int) -> bool:
    """A noun for a saying right before the opening mark, with a colon or a comma or nothing between ("the old
    maxim: ", "the adage, ", "its slogan "), or a verb "be" ("Labour's election slogan will be: ")."""
    before = re.search(r"(\w+)(?:\s+(?:is|was|will\s+be|would\s+be))?\s*[:,]?\s*$", text[max(0, open_at - 30):open_at])
    return before is not None and before.group(1).lower() in lx.lexicon().cues.saying_nouns


def _last_mark(text: str, s: QuoteSpan) -> str:
    """The quote's last character, past the closing mark of a quote inside it ("... the question, 'What have they
    got to hide?'": "?")."""
    return text[s.start:s.end].rstrip().rstrip("'’\"”")[-1:]


def _cue_verbs(doc: Doc, sents: list[Span], spans: list[QuoteSpan], s: QuoteSpan, pstart: int, pend: int
               ) -> tuple[list[Token], list[Token], list[Token]]:
    """Speech verbs outside any quote, nearest first: in the sentences the quote spans, in the sentence before
    it, and in its paragraph."""
    verbs = words_of(doc).speech_verbs(lx.lexicon().cues.speech_verbs, put=True)  # every one ``speech_verb`` takes

    def outside(start: int, end: int) -> list[Token]:
        """The speech verbs among the tokens ``start`` to ``end``, outside quotes."""
        return [t for t in (doc[i] for i in between(verbs, start, end))
                if inside(t.idx, spans) is None and not inverted_condition(t)]  # not "had he denied the charge"

    def distance(t: Token) -> int:
        return min(abs(t.idx - s.open_at), abs(t.idx - s.close_at))

    own = [t for sent in sents if sent.start_char < s.close_at and sent.end_char > s.open_at
           for t in outside(sent.start, sent.end)]
    own += [t for t in _beside(doc, spans, s) if t not in own]
    # '"... how can you go against the movie?" Mr Kashyap's lawyer Mihir Desai said.': the sentencizer ends the
    # sentence at the quote's "?" or "!"; a short sentence right after it whose verb of speech reports nothing
    # else is the quote's own
    follow = next((sent for sent in sents if s.close_at <= sent.start_char <= s.close_at + 2), None)
    if follow is not None and _last_mark(text_of(doc), s) in ("?", "!"):
        # (the object of "told" is who was told: '"... who knows?" Trump told Britain's ITV television station')
        addressing = lx.lexicon().cues.addressing
        own += [t for t in outside(follow.start, min(follow.end, follow.start + ADJACENT_TOKENS + 2))
                if t.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "xcomp") or (
                    c.dep_ == "dobj" and t.lemma_.lower() not in addressing) for c in t.children)]
    # a verb of a relative clause on a quoted phrase says nothing of it, nor of the quotes near it: it comes last
    # ('Ed Davey said instead of the "bonfire of quangos" New Labour had promised, there had been an "explosion"':
    # said, not promised)
    def aside(t: Token) -> bool:
        return t.dep_ in ("relcl", "acl") and inside(t.head.idx, spans) is not None
    para_span = doc.char_span(pstart, pend, alignment_mode="expand")
    para = outside(para_span.start, para_span.end) if para_span is not None else []
    before = [sent for sent in sents if pstart <= sent.start_char and sent.end_char <= s.open_at + 1]
    prev = _attributions(outside(before[-1].start, before[-1].end)) if before else []
    return sorted(own, key=lambda t: (aside(t), distance(t))), prev, sorted(para, key=distance)


def _beside(doc: Doc, spans: list[QuoteSpan], s: QuoteSpan) -> list[Token]:
    """Verbs that say a quote only right beside it (``cues.quote_verbs``), used without an object: after a quote
    that ends in a comma, "?" or "!", with at most the subject's words between ('"...," Sanders continued',
    '"...," continued Sanders', '"...?" she wondered'), or before its opening mark with only a comma or colon and
    the verb's own short phrase between ('He continued: "..."', 'she posted on Facebook: "..."')."""
    text = text_of(doc)
    found = words_of(doc).speech_verbs(lx.lexicon().cues.quote_verbs)  # kept for the doc's other quotes
    if not found:
        return []
    ends_open = _last_mark(text, s) in (",", "?", "!")
    out = []
    for i in found:
        t = doc[i]
        if t.pos_ != "VERB" or inside(t.idx, spans) is not None or any(  # (the quote may hang on it)
                c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "acomp", "attr", "oprd", "dative")
                and inside(c.idx, spans) is None for c in t.children):
            continue
        if t.idx >= s.close_at:
            # the tokens between the closing mark and the verb (more than the limit allows: one too many)
            gap = [w for w in doc[max(0, t.i - ADJACENT_TOKENS - 1):t.i] if w.idx >= s.close_at]
            if ends_open and "\n" not in text[s.close_at:t.idx] and len(gap) <= ADJACENT_TOKENS \
                    and not any(w.pos_ in ("VERB", "AUX") or w.text in (".", ";", ":") for w in gap):
                out.append(t)
        elif t.idx + len(t) <= s.open_at:
            rest = text[t.idx + len(t):s.open_at].rstrip()
            gap = [w for w in doc[t.i + 1:t.i + ADJACENT_TOKENS + 2] if w.idx < s.open_at]
            if rest[-1:] in (",", ":") and "\n" not in rest and len(gap) <= ADJACENT_TOKENS \
                    and all(w.is_punct or t.is_ancestor(w) for w in gap):
                out.append(t)
    return out


def _attributions(verbs: list[Token]) -> list[Token]:
    """The verbs of speech of a sentence that say who speaks, not those inside what is reported ("The government
    had initially proposed to take this institution and "smash it to pieces," Mr Grieve said.": said, not
    proposed): a speaker closing the sentence after a comma, else the verbs no other one reports."""
    speech = lx.lexicon().cues.speech_verbs
    closing = [v for v in verbs if any(c.dep_ == "nsubj" and closing_speech(c, speech) for c in v.children)
               and v.lemma_.lower() != "report"]  # not "X says ..., the FT reports": X's claim, the paper's report
    if closing:
        return closing
    return [v for v in verbs if not any(w is not v and any(c.dep_ == "ccomp" and v in c.subtree for c in w.children)
                                        for w in verbs)]


def is_title(content: str) -> bool:
    """A quoted name of a show, book, event or slogan: two to seven words, every word capitalised except
    small function words ("Face the Nation", "Make Your Kid a Millionaire", "Lyin' Ted"). Speech of that shape
    is rare; the titles are common (programmes where an interview was given, books, nicknames)."""
    words = [w.strip(".,;:!?\"'“”‘’()") for w in content.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not 2 <= len(words) <= 7 or content.rstrip().endswith(("?", "!")):
        return False
    small = lx.lexicon().cues.title_function_words
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in small for w in words) \
        and sum(1 for w in words if w[:1].isupper()) >= 2


def nickname(text: str, s: QuoteSpan) -> bool:
    """One or two capitalised words in quote marks between two capitalised words: a nickname inside a name
    ('Marcia "Cia" Price', 'Lord "Lucky" Lucan'), not speech."""
    words = text[s.start:s.end].split()
    before = text[max(0, s.open_at - 30):s.open_at].split()
    after = text[s.close_at:s.close_at + 30].split()
    return s.closed and 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) \
        and bool(before) and before[-1][:1].isupper() and bool(after) and after[0][:1].isupper() \
        and not text[s.open_at - 2:s.open_at].strip().endswith((",", ".", ":"))


def _modifier(doc: Doc, s: QuoteSpan) -> bool:
    """One or two quoted words that modify the noun right after the closing mark ("his 'silence' gesture", the
    "anti-Davos" crowd): a label of that thing, not speech."""
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None or not s.closed or not 1 <= len([t for t in span if t.is_alpha]) <= 2:
        return False
    after = next((t for t in doc[span.end:span.end + 3] if not (t.is_quote or t.is_punct and t.text in "'’")), None)
    return after is not None and after.pos_ == "NOUN" and after.idx >= s.close_at and after.text.islower() \
        and span[-1].head == after and span[-1].dep_ in ("compound", "nmod") and span[-1].pos_ in ("NOUN", "PROPN")


def _not_speech(text: str, s: QuoteSpan, cue: str | None, continuing: bool, own_verbs: list[Token]) -> bool:
    content = text[s.start:s.end]
    if sum(c.isalpha() for c in content) < 2:
        return True  # a letter or a number in quote marks ("detainee 'A'", "'7'"): a name or a figure
    if s.closed and is_title(content):
        return True  # MSNBC's "Morning Joe", a "Commander-in-Chief Forum"
    if nickname(text, s):
        return True
    n_words = len(content.split())
    if n_words < 2 and cue is None:
        return True  # a quoted word or a scare quote
    if n_words <= 3 and cue is None and s.closed:
        return True  # a short quoted term with no speaker: a label, not speech
    if n_words <= SAYING_WORDS and not own_verbs and s.closed and _saying_before(text, s.open_at):
        return True  # "the old maxim: "No pain, no gain."": a saying, nobody's words here (no verb of speech in
        # its sentence)
    if 3 < n_words <= 8 and s.closed and not continuing and not content.rstrip().endswith((".", "!", "?")) \
            and _titled_before(text, s.open_at):
        return True  # a title a little longer: "interviews for the study "Whose Secretary are You, minister""
    # the so-called "anti-Davos"; "taster courses" in a sentence nobody speaks: a term
    return n_words <= 3 and s.closed and not continuing and (
        _named_as(text, s.open_at) or (not own_verbs and not content.rstrip().endswith((".", "!", "?", ","))))


def _speech_between(doc: Doc, spans: list[QuoteSpan], start: int, end: int) -> list[Token]:
    """The verbs of speech outside quotes between the offsets ``start`` and ``end``, in order."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None:
        return []
    verbs = words_of(doc).speech_verbs(lx.lexicon().cues.speech_verbs, put=True)
    return [doc[i] for i in between(verbs, span.start, span.end)
            if inside(doc[i].idx, spans) is None and start <= doc[i].idx < end and not inverted_condition(doc[i])]


def _reports(verb: Token, spans: list[QuoteSpan]) -> bool:
    """A verb of speech of a main clause with a reported clause of its own after it, outside quotes ("Ian Harris
    said the machine would appeal to ..."; not "he told the BBC" after a quote, nor "people thought" inside a
    report)."""
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return main and any(c.dep_ == "ccomp" and c.i > verb.i and inside(c.idx, spans) is None for c in verb.children)


def _from_verbs(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, s: QuoteSpan, verbs: list[Token],
                own_verbs: list[Token]) -> tuple[str | None, str | None, str | None, bool]:
    """(speaker, id, cue, unsaid) from the first of ``verbs`` that names who speaks; ``unsaid`` when a verb of the
    quote's own sentence says that nobody in particular does ("It is thought ...")."""
    for verb in verbs:
        if impersonal(verb):
            if verb in own_verbs and verb.idx < s.open_at:
                return None, None, None, True  # 'It is thought ... a "career average" salary': nobody says it
            continue  # it names nobody: another verb may
        subj = subject(verb)
        if subj is None and verb in own_verbs and verb.idx < s.open_at:
            subj = apposed_speaker(doc, actors, verb)
        if subj is None and verb in own_verbs and verb.idx < s.open_at and verb.dep_ == "xcomp" \
                and any(c.dep_ == "auxpass" for c in verb.head.children) \
                and verb.head.lemma_.lower() not in lx.lexicon().cues.to_verbs:
            # 'Mr. Trump was prompted to say, "..."': the one made to speak says the quote that follows (not one
            # asked or urged to)
            subj = nearest_subject(verb.head, ("nsubjpass",))
        if (subj is None or inside(subj.idx, spans) is not None) and verb in own_verbs:
            subj = adjacent_speaker(doc, spans, actors, verb, s)
            if subj is None and verb.idx < s.open_at:
                # 'Said Ellis: "..."', where the parser takes "Said" for a name; not the one told ('But told BBC
                # News: "..."')
                subj = colon_speaker(doc, spans, actors, s)
        if subj is not None and inside(subj.idx, spans) is None:
            passive, agent = passive_source(verb, subj)
            if passive and agent is None:
                # 'Mr Smernicki said he had been told a fan "rugby-tackled" the singer': the one who reports what he
                # was told, if a verb of speech above says so; else nobody named
                above = next((v for v in verbs if v.is_ancestor(verb) and v != verb), None)
                agent = subject(above) if above is not None else None
            name, aid = speaker(actors, agent if passive else subj)
            return name, aid, verb.text, False
    return None, None, None, False


ADJACENT_TOKENS = 8  # at most this many tokens between a quote and its speaker's name


def _named(actors: ActorIndex, tokens: list[Token], last: bool) -> Token | None:
    """The token of the last (or first) actor or personal pronoun among ``tokens``."""
    words = lx.lexicon().actors
    for tok in reversed(tokens) if last else tokens:
        if tok.i in actors.token_actor or tok.lower_ in words.person_pronouns | words.group_pronouns:
            return tok
    return None


def adjacent_speaker(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, verb: Token, s: QuoteSpan
                     ) -> Token | None:
    """The speaker named next to a quote and its verb when the parse gives none: '"...," police Chief Chuck
    Jordan said' (the name between the quote and the verb), '"...," said Peter Marsh' (the name right after
    the verb)."""
    if verb.idx < s.close_at or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb of speech: not "telling", "agreeing", "announced by"
    region = doc.char_span(s.close_at, verb.idx, alignment_mode="expand") if verb.idx > s.close_at else None
    between = [t for t in region or [] if t.i < verb.i and t.idx >= s.close_at and not t.is_punct]
    comma = next((t.i for t in region or [] if t.text == "," and between and t.i > between[0].i), None)
    lead = [t for t in between if comma is not None and t.i < comma]  # the words before that comma
    if between and len(between) <= ADJACENT_TOKENS and not any(inside(t.idx, spans) for t in between) \
            and not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and not t.ent_type_ and t.lower_ != "of"
                        for t in between):
        # a noun phrase only: "police Chief Chuck Jordan"; a name with a description after a comma is the name,
        # not one named in the description ("Flynn, a top Trump surrogate, said")
        named = _named(actors, lead, last=True) if comma is not None else None
        return named if named is not None else _named(actors, between, last=True)
    closed = doc[verb.i - 1].text == ","  # the description after the name is set off by commas
    if lead and len(between) <= 2 * ADJACENT_TOKENS and not any(inside(t.idx, spans) for t in between) \
            and not any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and not t.ent_type_ for t in lead) \
            and (closed or not any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in between)):
        # a person's name, then after a comma where they are from ('"...," Jeff Joseph, from the Consumer
        # Electronics Association (CEA) told the BBC', the closing comma left out), or a description with a verb in
        # it set off by commas ("''...,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"): the name
        named = _named(actors, lead, last=True)
        if named is not None and named.i in actors.token_actor \
                and actors.actors[actors.token_actor[named.i]].type == "person":
            return named
    if not between:  # the verb comes first: "said Peter Marsh, the union's general secretary"
        after: list[Token] = []
        for t in doc[verb.i + 1:verb.sent.end]:
            if t.is_punct or t.pos_ == "ADP" or inside(t.idx, spans) or len(after) == ADJACENT_TOKENS:
                break
            after.append(t)
        return _named(actors, after, last=True)  # the head of "Gartner's principal analyst Kobita Desai"
    return None


def apposed_speaker(doc: Doc, actors: ActorIndex, verb: Token) -> Token | None:
    """The one named before a description set off by commas right before the verb, where the parser gave the verb
    no subject ('Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said: "..."', the name taken for
    an apposition of the noun before it), or after one ('shadow chief secretary to the Treasury, George Osborne,
    said'): the name is the speaker."""
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    aid = actors.token_actor.get(last.i)
    if aid is not None and actors.actors[aid].type == "person":
        first = last.i
        while first > verb.sent.start and actors.token_actor.get(first - 1) == aid:
            first -= 1
        if first > verb.sent.start and doc[first - 1].text == ",":
            # 'shadow chief secretary to the Treasury, George Osborne, said: "..."': the name set off by commas
            # after its description
            return last
    for t in reversed(doc[max(verb.sent.start, verb.i - 2 - 3 * ADJACENT_TOKENS):verb.i - 1]):
        if t.text == ",":
            before = doc[t.i - 1] if t.i > verb.sent.start else None
            if before is None or before.i not in actors.token_actor:
                return None
            return before if actors.actors[actors.token_actor[before.i]].type == "person" else None
        if t.is_quote or t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return None  # a clause, not a description
    return None


COLON_LEAD = 12  # at most this many tokens of a clause before a colon that introduces a quote


def colon_speaker(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, s: QuoteSpan) -> Token | None:
    """Who introduces a quote with a colon and no verb of speech: the name right before the colon ('Blackburn boss
    Mark Hughes: "..."'), else the subject of the clause that ends with it ('Drummer Larry Mullen Jr echoed those
    sentiments: "..."', 'He also praised the film director: "..."'). A paragraph that ends with the colon
    introduces a quote that opens the next one ('The New York Times reports:' then '"In an illustration ..."')
    when the one it names is an actor of the article."""
    text = text_of(doc)
    end = s.open_at
    while end > 0 and text[end - 1] in " \n":
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    if "\n" in text[end:s.open_at]:
        if text[end:s.open_at].count("\n") > 2 or text[s.open_at - 1:s.open_at] not in ("\n", ""):
            return None  # the quote opens the paragraph right after the colon's
        found = colon_speaker_in_line(doc, spans, actors, end)
        return found if found is not None and actors.resolve(found) is not None else None
    return colon_speaker_in_line(doc, spans, actors, end)


def colon_speaker_in_line(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, end: int) -> Token | None:
    """The speaker named before the colon that ends at ``end`` (see ``colon_speaker``)."""
    text = text_of(doc)
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span[0].text != ":":
        return None
    at = span[0].i
    lead = [t for t in doc[max(span[0].sent.start, at - COLON_LEAD):at] if not t.is_space]
    if not lead or any(inside(t.idx, spans) is not None for t in lead) or "\n" in text[lead[0].idx:span[0].idx]:
        return None
    named = _named(actors, [t for t in lead[-4:] if not t.is_punct], last=True)
    if named is not None and named.i == lead[-1].i and not (named.dep_ in ("dobj", "dative", "pobj") and (
            speech_verb(named.head) or ((named.dep_ == "dative" or named.head.lower_ == "to") and any(
                a.pos_ == "VERB" and subject(a) is not None for a in named.ancestors)))):
        # "BBC Two controller Roly Keating:", "doesn't surprise pollster Daron Shaw:" (not the one told: "But told
        # BBC News:"; nor the one a clause's subject addresses: "McConnell delivered a blunt message to Trump:")
        return named
    # (a clause the parser hangs on the quote after the colon, as it would "X said:", is the colon's clause)
    verbs = [t for t in lead if t.pos_ in ("VERB", "AUX") and (
        t.dep_ == "ROOT" or (t.dep_ == "conj" and t.pos_ == "VERB") or (t.dep_ == "ccomp" and t.head.i > at))]
    for verb in reversed(verbs):  # the clause nearest the colon: "Some fans would find ..., but Parry countered:"
        subj = subject(verb)
        if subj is not None and inside(subj.idx, spans) is None and subj.i < verb.i and (verb.pos_ == "VERB" or (
                # "He is prepared to go this far:", "Mr Kennedy was blunt:": a person said to be so, not "The
                # message is clear:"
                subj.lower_ in ("he", "she") or (subj.i in actors.token_actor
                                                 and actors.actors[actors.token_actor[subj.i]].type == "person"))):
            return subj
    return None


def _said_before_colon(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, s: QuoteSpan
                       ) -> tuple[str | None, str | None]:
    """(name, id) of whom ``colon_speaker`` finds for the quote, or (None, None)."""
    introducer = colon_speaker(doc, spans, actors, s)
    return speaker(actors, introducer) if introducer is not None else (None, None)


DASH = re.compile(r"\s*[―—–-]{1,2}\s*")


def dash_speaker(doc: Doc, actors: ActorIndex, s: QuoteSpan, end: int) -> tuple[str | None, str | None]:
    """A quote signed with a dash before the end of its paragraph or the next quote (``end``): '"..." ―
    Krystal Correa'."""
    rest = text_of(doc)[s.close_at:end]
    m = DASH.match(rest)
    if not m or not rest[m.end():].strip() or len(rest[m.end():].split()) > ADJACENT_TOKENS:
        return None, None
    span = doc.char_span(s.close_at + m.end(), s.close_at + len(rest.rstrip()), alignment_mode="expand")
    if span is None:
        return None, None
    tok = _named(actors, list(span), last=False)
    if tok is not None:
        actor = actors.resolve(tok)
        if actor is not None:
            return actor.name, actor.id
    names = [t for t in span if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    if names and names[0].i == span.start:
        return " ".join(t.text for t in names if t.i < span.start + len(names)), None
    return None, None


def direct_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, sentence_at: Callable[[int], int]
                  ) -> list[Quote]:
    text = text_of(doc)
    sents = sents_of(doc)
    paras = paragraphs(text)
    quotes: list[Quote] = []
    opened: list[QuoteSpan] = []  # the span of each quote kept
    prev: Quote | None = None
    prev_para_end = prev_close = prev_pend = -1
    for n, s in enumerate(spans):
        pstart, pend = next(((a, b) for a, b in paras if a <= s.start <= b), (0, len(text)))
        own_verbs, prev_verbs, para_verbs = _cue_verbs(doc, sents, spans, s, pstart, pend)
        # a verb after the quote that introduces the next quote with a colon is the next quote's, tried only when
        # nothing else names a speaker: '... Peter Luff said that the law was "so poorly drafted". / "It is no wonder
        # ..." Mike Hobday, of the League Against Cruel Sports, said: "..."' is Peter Luff's
        late = [v for v in dict.fromkeys(own_verbs + para_verbs)
                if v.idx > s.close_at and v.i + 1 < len(doc) and doc[v.i + 1].text == ":"]
        own_verbs = [v for v in own_verbs if v not in late]
        para_verbs = [v for v in para_verbs if not late or v.idx < late[0].idx]  # later verbs: later quotes
        if _last_mark(text, s) in (".", "!", "?"):
            # a whole sentence quoted says nothing of a passive verb of speech in a later sentence with no quote
            # ('"Iraq will remain an issue." Even before the result, Mr Blair was being urged to ...'), which would
            # leave it with nobody
            para_verbs = [v for v in para_verbs if v.idx < s.open_at or v.sent.start_char < s.close_at
                          or any(v.sent.start_char <= q.open_at < v.sent.end_char for q in spans)
                          or not any(c.dep_ == "auxpass" for c in v.children)]
            if any(v.idx < s.open_at for v in para_verbs):
                # nor of a verb after it that reports a claim of its own, where a verb before it in the paragraph
                # may be its ('He added: "..." He also defended the decision. "We felt ..." Graham Robb said the
                # Yes campaign's decision ...': not Graham Robb's)
                para_verbs = [v for v in para_verbs if v.idx < s.close_at or not _reports_clause(v, spans)]
                own_verbs = [v for v in own_verbs if v.idx < s.close_at or not _reports_clause(v, spans)]
        between = text[prev_close:s.open_at] if prev is not None and prev_close >= pstart - 2 else None
        continuing = not own_verbs and between is not None and not between.strip(" \n.,;:-–—")
        # "A," he said. "B." -- B continues the same speaker; otherwise the quote's own sentence, then the
        # sentence before it ('X said ... . "Quote."'), then the paragraph
        verbs = [] if continuing else \
            own_verbs + prev_verbs + [v for v in para_verbs if v not in own_verbs and v not in prev_verbs]
        cue, name, aid = None, None, None
        sign_end = min(pend, spans[n + 1].open_at) if n + 1 < len(spans) else pend
        name, aid = dash_speaker(doc, actors, s, sign_end)  # a signed quote: nothing else to look for
        if name is None and not own_verbs and not continuing:
            # '"...," according to strategist Glen Yearwood': the quote's own sentence names its source, before any
            # verb of the sentence before it
            acc = next((a for a in (according_to(sent) for sent in sents
                                    if sent.start_char < s.close_at and sent.end_char > s.open_at)
                        if a is not None and inside(a[0].idx, spans) is None), None)
            if acc is not None:
                name, aid = speaker(actors, acc[1])
                cue = "according to" if name is not None else None
        if name is not None:
            verbs = []
        unsaid = False  # "It is thought ...": a verb of speech with nobody behind it
        if name is None and verbs and not continuing and not own_verbs and not prev_verbs:
            carried = _carried_over(doc, spans, actors, paras, s, pstart, para_verbs)
            if carried is not None:
                name, aid, cue = carried
                verbs = []
        # (the verbs after a later quote of the paragraph are that quote's: 'He issued a rallying call. "..." In
        # response, David Davis said ... . "...," he said.')
        nearer = [v for v in para_verbs if n + 1 >= len(spans) or v.idx < spans[n + 1].open_at]
        lead_in = None  # where the sentence it follows may be: its paragraph, or the one before (asked only here)
        if name is None and not continuing and not own_verbs and not prev_verbs:
            lead_in = pstart if s.open_at > pstart else _quoteless_paragraph_before(text, paras, spans, pstart)
        if lead_in is not None \
                and all(v.idx > s.close_at and (_own_claim(v, s, spans) or _own_quote(v, s, spans)) for v in nearer):
            # a quote with no verb of speech before it in its paragraph (those after it report something else),
            # after a sentence there whose main clause is what a named person or body did ('Robert Tapsfield
            # criticised the existing system. "There is just no logic to a system ..."'), or opening its paragraph
            # after a paragraph with no quote that ends so ('On this subject, Morris appears almost evangelical.' then
            # '"I was on a cruise in the Mediterranean ..."'): the one it follows
            stance = _stance_before(doc, actors, sents, s, lead_in)
            if stance is not None and (lead_in == pstart or actors.actors[stance[1]].type != "person"
                                       or not _names_in(text[s.start:s.end], stance[0])):
                # (a quote that names the person before it is about him: '... Grassley taking ... / "There are
                # invertebrates that have shown more spine than Sen. Charles Grassley," ...'; a body names itself:
                # "On behalf of everyone at the DNC, we want to offer ...")
                name, aid, cue = stance
                verbs = []
        colon = None  # who the clause ending with a colon right before the quote names, once asked
        if name is None and verbs and not own_verbs:
            # 'The club website reported that ... Moyes continued: "..."': that clause says who speaks, before a
            # verb of speech in the sentence before it
            colon = _said_before_colon(doc, spans, actors, s)
            if colon[0] is not None:
                name, aid = colon
                cue, verbs = ":", []
        lead = prev_verbs[0] if verbs and prev_verbs else None
        if lead is not None and not own_verbs and prev is not None and prev.speaker \
                and prev_close <= lead.idx < s.open_at and prev.cue == lead.text \
                and lead.sent.start_char < prev_close \
                and not any(prev_close <= q.open_at < s.open_at for q in spans):
            # '"A," Jeff Joseph, from the CEA (CEA) told the BBC. "B."': the verb right after the quote before is
            # that quote's cue, and its speaker (found beside it where the parse gives the verb none) speaks on,
            # before any verb earlier in the paragraph ('The Conservatives claimed ... "A," said Tory spokeswoman
            # Caroline Spelman. "B."' is hers)
            name, aid, cue = prev.speaker, prev.speaker_id, prev.cue
            verbs = []
        on = own_verbs[0] if verbs and own_verbs and own_verbs[0].lemma_.lower() == "continue" else None
        if on is not None and prev is not None and prev.speaker and prev_pend >= pstart - 2 \
                and any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she", "they") or (
                    c.pos_ == "NOUN" and actors.resolve(c) is None)) for c in on.children):
            # '"...," the British actor said. ... "...," he continued', '"...," Conason writes ... "...," the
            # passage continued': the one who spoke before speaks on
            name, aid, cue = prev.speaker, prev.speaker_id, on.text
            verbs = []
        if verbs:
            name, aid, cue, unsaid = _from_verbs(doc, spans, actors, s, verbs, own_verbs)
        if cue is None and name is None and not continuing and not unsaid:
            acc = None
            for sent in sents:
                if sent.start_char >= pstart and sent.end_char <= pend + 1:
                    acc = acc or according_to(sent)
            if acc is not None and inside(acc[0].idx, spans) is None:
                name, aid = speaker(actors, acc[1])
                cue = "according to"
        if cue is None and name is None and not continuing and not unsaid:
            name, aid = colon if colon is not None else _said_before_colon(doc, spans, actors, s)
            cue = ":" if name is not None else None
        if cue is None and name is None and not continuing and not unsaid:
            held = _held_by_subject(doc, spans, actors, s)
            if held is not None:
                name, aid, cue = held
        if unsaid:
            pass  # no speaker to carry over either
        elif cue is None and name is None and prev is not None and (
                (between is not None and (prev_close >= pstart or s.open_at == pstart or not own_verbs))
                or prev_para_end >= pstart - 2):
            # a quote that continues the one before it in its paragraph, or a paragraph that continues the quote that
            # ended the one before (not a quote in a sentence of its own paragraph with a verb of speech that names
            # nobody: 'Mr. Trump hardly clarified the matter, ... asserting, "..."' after a paragraph that ended
            # with Clinton's quote)
            name, aid, cue = prev.speaker, prev.speaker_id, prev.cue
        elif cue is None and name is None and prev is not None and prev.speaker and prev_pend >= pstart - 2 \
                and s.open_at == pstart and (not text[s.close_at:pend].strip(" .,;:!?\"'”’")
                                             or not [v for v in para_verbs if v.sent.start_char < s.close_at]):
            # a paragraph that is nothing but a quote (or that opens with one and has no verb of speech outside
            # quotes in the sentences the quote is in; a verb of a later sentence reports something else), right
            # after a paragraph whose quote has a speaker: '"We will fight on," he said.' then
            # '"This is only the start."'; or after one whose speaker has since been reported ('Ian Harris said the
            # machine would appeal to iPod owners.' then '"They want a further taste of Mac ..."')
            name, aid, cue = prev.speaker, prev.speaker_id, prev.cue
            reports = [v for v in _speech_between(doc, spans, prev_close, s.open_at) if _reports(v, spans)]
            reported = _from_verbs(doc, spans, actors, s, reports[-1:], [])
            if reported[0] is not None:
                name, aid, cue = reported[:3]
        if cue is None and name is None and not continuing and not unsaid and s.open_at == pstart and not para_verbs \
                and (prev is None or prev_pend < pstart - 2):
            # a paragraph of quotes with no verb of speech, after a paragraph with no quote that ends by reporting
            # what someone said ('But ... David Monteith says his firm is the only company ...' then '"There are
            # quite a few basic technologies out there ..."'): the one reported
            before = [a for a, b in paras if b < pstart]
            reports = [v for v in _speech_between(doc, spans, before[-1], pstart) if _reports(v, spans)] \
                if before else []
            if reports:
                reported = _from_verbs(doc, spans, actors, s, reports[-1:], [])
                if reported[0] is not None:
                    name, aid, cue = reported[:3]
        if cue is None and name is None and late and not continuing and not unsaid:
            name, aid, cue, _ = _from_verbs(doc, spans, actors, s, late, late)
        if _not_speech(text, s, cue, continuing, own_verbs) or _modifier(doc, s):
            continue
        q = Quote(text=text[s.start:s.end], speaker=name, kind="direct", cue=cue, start=s.start, end=s.end,
                  sentence=sentence_at(s.start), speaker_id=aid)
        quotes.append(q)
        opened.append(s)
        prev = q
        prev_close = s.close_at
        prev_para_end = pend if not s.closed else -1
        prev_pend = pend
    _speaker_from_next_paragraph(text, quotes, opened)
    return quotes


def _own_claim(v: Token, s: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """A verb of speech after a quote that reports a claim of its own: "X said the ...", "The charity recommends a
    weekly payment", or "House prices have risen ..., Nationwide said"; a clause that opens outside quotes is its own,
    however much of it is quoted ('Ruth Kelly said Prof Aynsley-Green would "strengthen the voice of children"')."""
    return any(c.dep_ in ("ccomp", "dobj") and inside(_opening(c).idx, spans) is None for c in v.children) \
        or (v.dep_ in ("parataxis", "ccomp") and v.head.i < v.i and inside(v.head.idx, spans) is None
            and v.head.idx > s.close_at)


def _own_quote(v: Token, s: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """A verb of speech after the quote ``s`` that has a quote of its own after it in its sentence ('He is described
    as "a proud grandfather" of four'): that quote's verb, not ``s``'s."""
    return any(q is not s and v.idx < q.open_at < v.sent.end_char for q in spans)


def _opening(clause: Token) -> Token:
    """The first word of a clause or phrase (its head where it has none but marks)."""
    return next((t for t in clause.subtree if not t.is_punct), clause)


def _reports_clause(v: Token, spans: list[QuoteSpan]) -> bool:
    """A verb of speech with a clause of its own outside quotes ("Graham Robb said the Yes campaign's decision ..."),
    not one with an object only ("reporter Jackie Nespral asked him")."""
    return any(c.dep_ == "ccomp" and inside(c.idx, spans) is None for c in v.children)


def _names_in(quote: str, name: str) -> bool:
    """The quote says the name's last word ("Grassley" of "Charles Grassley")."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", quote) is not None


def _quoteless_paragraph_before(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan], pstart: int
                                ) -> int | None:
    """The start of the paragraph before the one at ``pstart``, where that paragraph has no quote and does not end
    by introducing one with a colon (see ``_said_before_colon``)."""
    before = [(a, b) for a, b in paras if b < pstart]
    if not before or any(before[-1][0] <= q.open_at <= before[-1][1] for q in spans):
        return None
    return None if text[before[-1][0]:before[-1][1]].rstrip().endswith(":") else before[-1][0]


def _stance_before(doc: Doc, actors: ActorIndex, sents: list[Span], s: QuoteSpan, pstart: int
                   ) -> tuple[str, str, str] | None:
    """(speaker, id, verb) of the sentence right before a quote in its paragraph when its main clause is in the
    active with a named person or organisation as its subject, and the quote opens right after it."""
    before = [sent for sent in sents if pstart <= sent.start_char and sent.end_char <= s.open_at + 1]
    if not before or text_of(doc)[before[-1].end_char:s.open_at].strip():
        return None
    root = before[-1].root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # not what something is ("Bob was one of the most mesmeric people", "The Assistive Mouse Adapter is the
    # brainchild of ..."): the one it is said of need not say what follows
    if root.pos_ not in ("VERB", "AUX") or root.lemma_ == "be" or subj is None or subj.pos_ != "PROPN":
        return None
    actor = actors.resolve(subj)
    if actor is None or actor.type not in ("person", "organization"):
        return None
    return actor.name, actor.id, root.text


HELD_WORDS = 4  # a quote of fewer words with no verb of speech is a term, not speech (see ``_not_speech``)


def _held_by_subject(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, s: QuoteSpan
                     ) -> tuple[str, str, str] | None:
    """(speaker, id, verb) for a quote of several words that is part of its sentence, in a sentence with no verb of
    speech: the named person or organisation that is the subject of the verb the quote hangs on, in the active and
    before the quote ('Pence praised Cruz for showing "the courage of his convictions"', 'Trump leaned in and
    boomed: "Let's defeat her in November."'). Not the one a sentence says what it is ("Bob was ..."), nor the
    subject of a passive ("Mr Smith was criticised for his 'reckless ...'")."""
    text = text_of(doc)
    if len(text[s.start:s.end].split()) < HELD_WORDS:
        return None
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None:
        return None
    heads = {t.head for t in span if not s.open_at <= t.head.idx < s.close_at and not t.is_punct}
    if not heads:
        # a quoted sentence after a clause the parser hangs on it as it would hang "X said,": 'Hillary Clinton shot
        # back, "I suppose ..."', where only a comma or a colon stands between the clause and the quote
        def right_before(t: Token) -> bool:  # nothing but a comma or a colon from the clause to the quote
            end = max(d.idx + len(d) for d in t.subtree if d.idx < s.open_at)
            return text[end:s.open_at].strip() in ("", ",", ":")
        heads = {t for t in span[0].sent if t.idx < s.open_at and t.pos_ == "VERB" and t.dep_ in ("ccomp", "parataxis")
                 and s.open_at <= t.head.idx < s.close_at and right_before(t)}
    if len(heads) != 1:
        return None  # a whole sentence quoted, with no clause introducing it, or pieces of several phrases
    verb = next(iter(heads))
    lead = text[verb.sent.start_char:s.open_at]
    if lead.count("(") > lead.count(")"):
        return None  # an aside in brackets: 'can it stand up against The Smiths (in particular "How Soon is Now?")'
    for _ in range(6):  # up from "a lament for", "for showing", "leaned in and boomed" to the verb with a subject
        if verb.dep_ == "ROOT" or (verb.pos_ in ("VERB", "AUX") and (
                nearest_subject(verb) is not None or verb.dep_ not in ("pcomp", "xcomp", "conj", "advcl")
                or (verb.dep_ == "advcl" and verb.tag_ != "VBG"))):  # not "..., decked out in ...": a passive
            break
        if verb.lemma_.lower() in lx.lexicon().cues.claim_nouns:
            return None  # "dismissed claims that his policy was "moving onto the turf"": whoever made the claims
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be" or verb.dep_ in ("amod", "acl") \
            or inside(verb.idx, spans) is not None:
        return None
    subj = nearest_subject(verb)
    if subj is None or subj.dep_ != "nsubj" or subj.idx > s.open_at or inside(subj.idx, spans) is not None \
            or not ((subj.pos_ == "PROPN" and subj.text[:1].isupper()) or subj.lower_ in ("he", "she")):
        return None  # a name or a person: not what a noun phrase names ("a VW camper van trundled into view")
    name, aid = speaker(actors, subj)
    if name is None or aid is None or actors.actors[aid].type not in ("person", "organization"):
        return None
    return name, aid, verb.text


def _carried_over(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, paras: list[tuple[int, int]], s: QuoteSpan,
                  pstart: int, para_verbs: list[Token]) -> tuple[str | None, str | None, str | None] | None:
    """A quoted sentence that opens a paragraph after a paragraph that ends by reporting what a person said ("...,
    Mr Bannister said. He said if the growth continued ..." then '"I think the key is ..." House prices have risen
    0.9% this year, Nationwide said.'): that person goes on speaking, when every verb of speech of the quote's own
    paragraph comes after it with a claim of its own (the next sentence's speaker reports something else)."""
    text = text_of(doc)
    if s.open_at != pstart or _last_mark(text, s) not in (".", "!", "?") or not para_verbs \
            or not all(v.idx > s.close_at and (_own_claim(v, s, spans) or _own_quote(v, s, spans))
                       for v in para_verbs):
        return None
    before = [(a, b) for a, b in paras if b < pstart]
    if not before:
        return None
    last = next((sent for sent in reversed(sents_of(doc)) if sent.start_char < before[-1][1]), None)
    reports = _speech_between(doc, spans, last.start_char, before[-1][1]) if last is not None else []
    if not reports:
        return None
    name, aid, cue, _ = _from_verbs(doc, spans, actors, s, reports[-1:], [])
    if name is None or aid is None or actors.actors[aid].type != "person":
        return None
    return name, aid, cue


def _speaker_from_next_paragraph(text: str, quotes: list[Quote], spans: list[QuoteSpan]) -> None:
    """A quote left open at the end of its paragraph, with no speaker, goes on in the next paragraph, which opens
    with a quote mark: the speaker named there said it all ('"This is the most important investment ... / "We
    cannot wait any longer," Tory said.'). Taken from the last such paragraph back to the first."""
    for i in range(len(quotes) - 2, -1, -1):
        q, s, nxt, ns = quotes[i], spans[i], quotes[i + 1], spans[i + 1]
        if q.speaker is None and q.cue is None and not s.closed and nxt.speaker is not None \
                and not text[s.close_at:ns.open_at].strip() and "\n" in text[s.close_at:ns.open_at]:
            q.speaker, q.speaker_id, q.cue = nxt.speaker, nxt.speaker_id, nxt.cue
