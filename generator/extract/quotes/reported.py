"""Reported speech: the clause a speech verb introduces ("said that ...", "urged X to ...", "accused X of
..."), and "according to X"."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.actors import ActorIndex
from generator.extract.quotes.attribution import (
    according_to,
    conditional,
    impersonal,
    inverted_condition,
    passive_source,
    said_after_participle,
    said_name_set_off,
    second_claim,
    speaker,
    speech_verb,
    subject,
)
from generator.extract.quotes.marks import QuoteSpan, inside
from generator.extract.sentences import DASHES, between, nearest_subject, sents_of, set_off_at_end, text_of, words_of
from generator.model import Quote

MIN_CHARS = 8
MIN_WORDS = 3
LEAD_IN_WORDS = 5  # a clause with at most this many words of its own before a closing quoted fragment keeps it,
# whatever the fragment; a longer one keeps it unless the fragment is a longer sentence of its own


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    strip = " ,.;:—–-\"“”‘’'\n"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """start..end with the quote marks trimming took off where their partner stayed in: the opening mark of a
    claim that starts with a quoted word ('said "blog" was the word ...', not 'blog" was the word ...'), then
    the closing one (see ``_balanced``)."""
    span = text[start:end]
    if start > 0 and ((text[start - 1] == "“" and span.count("”") > span.count("“"))
                      or (text[start - 1] == '"' and span.count('"') % 2)):
        start -= 1
    return start, _balanced(text, start, end)


def _balanced(text: str, start: int, end: int) -> int:
    """The end of start..end moved past a closing quote mark that trimming took off while its opening mark
    stayed in ('he is "excited where we stand"', not 'he is "excited where we stand'), with the stop before it."""
    span = text[start:end]
    # the mark right after, or after the stop the writer put inside it ('paid "as soon as possible."')
    skip = 1 if text[end:end + 1] in (".", ",", "!", "?") else 0
    for opening, closing in (("“", "”"), ("‘", "’")):
        if span.count(opening) > span.count(closing) and text[end + skip:end + skip + 1] == closing:
            return end + skip + 1
    if span.count('"') % 2 and text[end + skip:end + skip + 1] == '"':
        return end + skip + 1
    return end


def _covered(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """More than half of start..end is inside direct quotes (the quote itself is the better record)."""
    covered = sum(max(0, min(end, qs.end) - max(start, qs.start)) for qs in spans)
    return covered > 0.5 * (end - start)


SAID_THINGS = frozenset({"nothing", "something", "anything", "word", "words", "prayer", "goodbye", "thanks", "hello",
                         "lot", "thing", "things", "grace", "mass", "name", "line", "lines", "sentence", "phrase"})
MEDIUM_PREPS = ("in", "on", "during", "via", "at", "after", "before")  # "said in a statement that ...", "at a rally"
CONCESSIONS = ("although", "whereas")  # not "even though": measured, the claim goes on there
UNSAID = frozenset({"decline", "refuse"})  # "while BP declined to comment": a speaker who would not say
# participles of the writer's narration: what followed from the claim (", prompting analysts to ...", ", leading to
# an embarrassing public row", ", setting the scene for a bidding war") or how it compares with what was expected
# (", beating forecasts of a cut", ", confounding economists' expectations")
CONSEQUENCES = frozenset({"prompt", "lead", "spark", "trigger", "set", "raise", "cause", "fuel",
                          "beat", "confound", "defy", "miss"})


def _drop_comment(doc: Doc, tokens: list[Token]) -> list[Token]:
    """The content without what the writer adds after it: after a comma or dash, a noun phrase that sums the
    claim up ("..., a charge that party leaders denied", "- an argument that ..."), a participle led by an adverb
    ("..., implicitly putting his name on the line") or one of what followed or of what was expected ("..., prompting
    analysts to ...", "..., beating forecasts"; not "..., ordering employees to hide expenses", which goes on with
    the claim as often as not), a concession ("..., although he again refused to ...", "... despite saying ...");
    an aside between dashes; after a semicolon outside quotes, anything; from "and" or "but", a second verb of speech
    of the speaker's ("it was opposed to the test and warned North Korea to ...", "... but did not suggest it would
    be Trump": a claim of its own). A relative clause at the end stays ("..., which is a problem"): measured, the
    claim goes on there as often as not."""
    if not tokens:
        return tokens
    ids = {t.i for t in tokens}
    ordered = sorted(tokens, key=lambda t: t.i)
    semicolon = None
    if not any(t.is_quote for t in tokens):  # not inside brackets: "30 trillion rupiah ($3.2bn; £1.7bn)"
        depth = 0
        for t in ordered:
            depth += (t.text == "(") - (t.text == ")")
            if t.text == ";" and depth <= 0:
                semicolon = t.i
                break
    if semicolon is not None:
        tokens = [x for x in tokens if x.i < semicolon]
        ids = {t.i for t in tokens}
        if not tokens:
            return tokens  # the content starts with the semicolon ("he added.; 0 ..."): nothing before it
    words = [t.i for t in tokens if not t.is_punct]
    last = max(words) if words else max(ids)
    for t in sorted(tokens, key=lambda t: t.i):
        if t.dep_ == "prep" and t.lower_ in ("despite", "while") and t.head.i in ids \
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and speech_verb(c) for c in t.children):
            # "denied that he was ruling out ... despite saying there would be no ...": what the writer sets against
            # the claim, another claim of the speaker's
            return [x for x in tokens if x.i < t.i]
        # the verb with its own auxiliaries and negation ("and warned", "but did not suggest")
        own = min([t.i] + [c.i for c in t.children if c.dep_ in ("aux", "neg") and c.i < t.i])
        if second_claim(t) and t.head.i in ids and own > 0 and doc[own - 1].lower_ in ("and", "but") \
                and own - 1 in ids:
            return [x for x in tokens if x.i < own - 1]
        if t.dep_ == "conj" and speech_verb(t) and t.head.i in ids and t.head.dep_ == "ccomp" and t.tag_ != "VBG" \
                and not any(c.dep_ == "neg" for c in t.children):  # not "... and the Conservatives were not asking"
            # "said the Liberals were wasting money, and Conservative Leader Erin O'Toole accused Trudeau of ...",
            # "most said they were worried, and more than four in ten said ...": another claim with a subject of its
            # own (which is then a quote of its own), joined to the first by "and" or "but" (not "and that she
            # expects ...", the same speaker's second claim)
            said_by = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i
                            and c.tag_ not in ("WDT", "WP")), None)
            cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
            if said_by is not None and cc is not None and cc.lower_ in ("and", "but") \
                    and not any(c.dep_ == "mark" for c in t.children) \
                    and all(x.i > cc.i for x in said_by.subtree):
                return [x for x in tokens if x.i < cc.i]
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("while", "whereas")), None)
        if t.dep_ == "advcl" and mark is not None and t.head.i in ids and mark.i > min(ids) \
                and (speech_verb(t) or t.lemma_.lower() in UNSAID) \
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.i > mark.i for c in t.children):
            # "said it regretted any limit on privatisation while BP, a big investor, declined to comment", "while
            # another says ...": what another speaker said or would not say, set beside the claim by the writer
            return [x for x in tokens if x.i < mark.i]
        first, end = t.left_edge.i, t.right_edge.i  # the span of the token's subtree
        if first == 0 or first - 1 not in ids or doc[first - 1].text not in (",", *DASHES):
            continue
        if end < last:
            continue
        summary = (t.dep_ in ("appos", "npadvmod") and t.pos_ == "NOUN"
                   and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                   and any(c.dep_ in ("relcl", "acl") for c in t.children)) \
            or (t.dep_ in ("appos", "dobj", "npadvmod") and t.pos_ == "NOUN" and doc[first - 1].text in DASHES
                and end + 1 < len(doc) and doc[end + 1].text in DASHES)
        # (an aside between dashes: "keeps returning to him - the one that he says is burnt into him - is ...";
        # not a list after one dash, which goes on with the claim: "problems facing families — the high cost of ...")
        lead = doc[first:t.i]  # an adverb may lead the participle: "implicitly putting ..."
        participle = (t.dep_ == "advcl" and t.tag_ == "VBG" and all(x.pos_ == "ADV" for x in lead)
                      and (bool(lead) or t.lemma_.lower() in CONSEQUENCES)
                      and not speech_verb(t) and t.head.i in ids and t.head.dep_ in ("ccomp", "conj", "advcl")
                      # not the end of an aside: "who are, in fact, looking for work"
                      and not any(x.text == "," for x in doc[max(0, first - 6):first - 1]))
        concession = t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIONS for c in t.children)
        # "said a win would have given him a fresh start, adding it was ...": the speaker's next claim
        added = t.dep_ == "advcl" and t.tag_ == "VBG" and first == t.i and speech_verb(t) and t.head.i in ids \
            and t.head.dep_ == "ccomp" and speech_verb(t.head.head)
        if summary or participle or concession or added:
            return [x for x in tokens if x.i < first - 1]
    return tokens


PRESENT_AUX = frozenset({"will", "can", "shall", "may", "must"})
PAST_AUX = frozenset({"would", "could", "might", "should"})


def _tense(verb: Token) -> str | None:
    """"present" or "past" by a verb's first auxiliary or its own form ("has built", "is pursuing": present; "was",
    "would recognise": past); None for a form that tells neither (a bare infinitive or participle)."""
    first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), verb)
    if first.tag_ in ("VBZ", "VBP") or first.lower_ in PRESENT_AUX:
        return "present"
    if first.tag_ == "VBD" or first.lower_ in PAST_AUX:
        return "past"
    return None


def _goes_on(doc: Doc, child: Token, sib: Token) -> bool:
    """A clause after "but" that goes on with the claim: its subject a pronoun, in the active ("the terms had
    not been established but it was likely to include ..."); not a clause of the writer's about something else
    ("it had acted to curb inflation but the move was criticised by some analysts")."""
    subj = next((c for c in sib.children if c.dep_ in ("nsubj", "expl")), None)
    return any(t.lower_ == "but" for t in doc[child.i:sib.i]) and subj is not None and subj.pos_ == "PRON" \
        and subj.lower_ in ("it", "he", "she", "they", "we", "i", "there")


def _extraposed(clause: Token) -> bool:
    """"it is likely", "it was clear": a clause of "it", a form of "be" and an adjective, whose real subject is
    the clause after it (which the parser may hang elsewhere)."""
    return clause.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children) \
        and any(c.dep_ == "acomp" for c in clause.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "advcl") for c in clause.children)


def _drop_day(verb: Token, tokens: list[Token]) -> list[Token]:
    """The content without the day the parser hung on it when it follows the verb of speech right away ("Doug Ford
    said Tuesday the province will ...": the province will ...)."""
    day = min(tokens, key=lambda t: t.i, default=None)
    if day is None or day.i != verb.i + 1 or day.ent_type_ != "DATE" or day.dep_ != "npadvmod" \
            or day.pos_ != "PROPN":
        return tokens
    when = {t.i for t in day.subtree}
    return [t for t in tokens if t.i not in when]


def _set_off(doc: Doc, subj: Token) -> bool:
    """The subject's phrase follows a mark that ends the words before it (a comma, a dash, a quote mark, a colon)
    or starts its sentence."""
    first = min(t.i for t in subj.subtree)
    return first == subj.sent.start or doc[first - 1].is_punct


def _colon_before(doc: Doc, clause: Token, verb: Token) -> bool:
    """A colon between the clause and the verb of speech after it, with no quote mark after the colon ("... because
    it is paying off: He said he's raised ...", "... a broad consensus on an issue that divides the nation: By nearly
    2-1, they say ..."): the words before it are the writer's (not a colon inside a quote that the speaker ends)."""
    for t in reversed(doc[clause.i:verb.i]):
        if t.is_quote:
            return False
        if t.text == ":":
            return True
    return False


def _dashed_off(doc: Doc, subj: Token | None, after: list[Token]) -> bool:
    """"Fiorina was a microscopic planner - a former speechwriter said she demanded ...": a dash set off by spaces
    right before the speaker, and a clause with a subject of its own after the verb: the words before the dash are
    the writer's."""
    if subj is None or not after:
        return False
    first = min(t.i for t in subj.subtree)
    return first > 1 and doc[first - 1].text in DASHES and bool(doc[first - 2].whitespace_) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for a in after for c in a.children)


def content_tokens(doc: Doc, verb: Token, subj: Token | None) -> list[Token]:
    """The tokens of what ``verb`` reports: its clausal complement (with a second clause joined by "and"), the
    infinitive of "urged X to ...", the phrase of "accused X of ...", "called for X to ...", "described X as
    ...", or the clause a speech verb is parenthetical to ("X said, he had ...")."""
    cues = lx.lexicon().cues
    if said_name_set_off(verb) is not None:
        return []  # "The comments, said X, were ...": the claim is around the verb, in no one stretch of text
    preps = cues.prep_verbs.get(verb.lemma_, frozenset())
    if any(c.dep_ == "prt" for c in verb.children):
        preps = frozenset()  # a phrasal verb says nothing: "called up Tom Shanklin for the first time", "called off"
    # after some verbs the object is part of what is claimed ("accused the party of buying votes"); a relative
    # pronoun ("who he described as ...") or a passive ("X was described as ...") says nothing of the subject's
    objects = [o for o in verb.children if o.dep_ == "dobj"] if verb.lemma_ in cues.object_verbs else []
    if any(o.tag_ in ("WP", "WDT") for o in objects) or (objects and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
        return []
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i and after \
                and (any(t.text in (";", "(") for t in doc[child.i:verb.i]) or _colon_before(doc, child, verb)
                     or _dashed_off(doc, subj, after)
                     or (subj is not None and subj in child.subtree)
                     or any(m.dep_ == "mark" and m.lower_ == "that" for c in after for m in c.children)
                     or (subj is not None and subj.i < verb.i and not _set_off(doc, subj))):
            # "It's an unlikely scenario; Clinton's team says she'll continue ...", "... is not clear (he once said
            # there are two types of chancellor ...)", "... because it is paying off: He
            # said he's raised about $100,000", "The figures were published as
            # another survey by Rightmove said prices fell", "Writing for a panel that agreed Pence won, X noted
            # that ...": what it says follows; so it does where nothing sets the speaker off from the words before
            # ("Baikal paid ... nowhere near the $27bn Russia says Yukos owes in taxes": a relative clause)
            continue
        if child.dep_ == "ccomp" and child.i < verb.i and speech_verb(child) \
                and any(o.dep_ == "dobj" and child.i < o.i < verb.i for o in verb.children):
            # "X has suggested that C, something Y denies": Y denies C, not that X suggested it
            inner = content_tokens(doc, child, subject(child))
            if inner:
                return inner
        if child.dep_ == "ccomp":
            tokens = list(child.subtree)
            if verb.dep_ == "relcl" and child.i > verb.i:  # "a tax which critics say will cost jobs": the
                tokens = [t for t in tokens if t.i > verb.i]  # relative pronoun hung on the clause is not said
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child.children):
                # "does not believe abortion should be an election issue", parsed with "abortion" as the object of
                # the verb of speech: the noun right before the clause is its subject
                first = next((o for o in verb.children if o.dep_ == "dobj" and o.i < child.i
                              and max(t.i for t in o.subtree) + 1 == tokens[0].i), None)
                if first is not None and verb.lemma_.lower() not in cues.object_verbs | cues.to_verbs | cues.addressing:
                    tokens = list(first.subtree) + tokens
            # "said A and B": a second clause joined by "and" belongs to the content too (the parser hangs it
            # on the speech verb as another ccomp or a conj); after "but" only one that goes on with a pronoun,
            # else the writer's own
            for sib in verb.children:
                if (sib.dep_ in ("conj", "ccomp") and sib.i > child.i > verb.i and not speech_verb(sib)
                        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sib.children)
                        and (any(t.lower_ == "and" for t in doc[child.i:sib.i]) or _goes_on(doc, child, sib))
                        and not any(t.lower_ in ("while", "although") for t in doc[child.i:sib.i])):
                    tokens += list(sib.subtree)
                elif sib.dep_ == "conj" and sib.i > child.i > verb.i and not speech_verb(sib) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in sib.children) \
                        and _tense(sib) is not None and _tense(sib) == _tense(child) != _tense(verb) \
                        and all(x.is_punct or x.dep_ == "cc"
                                for x in doc[max(t.i for t in tokens) + 1:sib.left_edge.i]):
                    # "argued Verizon is bigger than Qwest, has fewer debts and has built ...": a verb with no subject
                    # that the parser joined to the verb of speech, in the claim's tense and not the speech's, goes on
                    # with the claim
                    tokens += list(sib.subtree)
                elif sib.dep_ == "ccomp" and sib.i > child.i > verb.i and _extraposed(child) \
                        and min(t.i for t in sib.subtree) == max(t.i for t in tokens) + 1:
                    tokens += list(sib.subtree)  # "say it is likely the Budget will contain ...": one claim
                elif sib.dep_ == "ccomp" and sib.i > child.i > verb.i and not speech_verb(sib) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in sib.children) \
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) \
                        and min(t.i for t in sib.subtree) == max(t.i for t in tokens) + 1:
                    # "said any information received or sent through her account was "compromised" and ...": one
                    # clause the parser cut in two, its verb a second complement with no subject of its own
                    tokens += list(sib.subtree)
            # not a participle of speech that goes on after a comma: its own claim ("..., explaining, "...")
            # and what follows it
            goes_on = [t.i for t in tokens if t.i > child.i and speech_verb(t) and said_after_participle(t) == verb]
            if goes_on:
                end = goes_on[0]
                while end > 1 and (doc[end - 1].text == "," or (doc[end - 1].is_quote and doc[end - 2].text == ",")):
                    end -= 1  # and the comma before it ('titled "The Tragedy of Lyndon Johnson," explaining')
                closing = doc[end].is_quote and end < goes_on[0]
                tokens = [t for t in tokens if t.i < end or (closing and t.i == end)]
            return _drop_comment(doc, _drop_day(verb, tokens))
        if child.dep_ == "xcomp" and verb.lemma_ in cues.to_verbs:
            return list(child.subtree)
        if child.dep_ == "xcomp" and verb.lemma_ in cues.pledge_verbs and child.i > verb.i and _named(subj) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and not _about_money(child):
            return list(child.subtree)  # "Sanders has vowed to soldier on", "threatened to sue"
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == verb.i + 1 \
                and any(c.dep_ == "ccomp" for c in child.children):
            # "Derek Wyatt said having a five month campaign "turned off voters"": a clause with a gerund for its
            # subject, which the parser hung on the verb of speech as its complement and made the clause's verb the
            # gerund's (not "Ministers thought merging the prison service ... might have provided an answer", where
            # the clause's verb is elsewhere)
            return list(child.subtree)
        if child.dep_ == "xcomp" and verb.dep_ == "relcl" and child.i > verb.i \
                and child.tag_ in ("VB", "VBP", "VBZ", "VBD") \
                and not any(c.dep_ in ("aux", "nsubj") for c in child.children):
            # "subsidies, which competitors say give Russian businesses an unfair advantage": the relative pronoun
            # is the subject of what is said
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in preps \
                and not (child.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                      for g in child.children)):
            # "accused X of Y", "called for Y", "called on X to Y" (not a day: "called a press conference on Friday
            # to announce ...")
            obj = [t for o in objects if o.i < child.i for t in o.subtree]
            # the infinitive after "called on X" ("to denounce ...", which the parser may hang as an adverbial)
            return obj + [child] * bool(obj) + [t for g in child.children for t in g.subtree] + \
                [t for x in verb.children if x.i > child.i and (x.dep_ == "xcomp" or (
                    x.dep_ == "advcl" and child.lower_ == "on" and x.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == x.i - 1 for a in x.children)))
                 for t in x.subtree]
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in cues.addressing and child.i > verb.i \
                and not any(c.dep_ == "ccomp" and c.i > child.i for c in verb.children):  # (else that is what was told)
            told = _told_clause(child)
            if told:
                return _drop_comment(doc, told)
        if child.dep_ == "dobj" and verb.lemma_.lower() == "say" and verb.i < child.i <= verb.i + 3 \
                and child.pos_ in ("NOUN", "PROPN") and child.lemma_.lower() not in SAID_THINGS \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
                and any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl", "ccomp") for t in child.subtree):
            # "Stone says the increase in polarization that Bloomberg decries also makes his election less likely":
            # "say" with a noun for its object is a clause the parser misread (the clause's verb taken for a noun's
            # or hung on it as a relative clause): the object and what follows it under the verb is what was said
            end = max(t.i for t in verb.subtree)
            return _drop_comment(doc, [t for t in doc[child.left_edge.i:end + 1] if not (t.i == end and t.is_punct)])
        if child in objects and any(p.dep_ == "prep" and p.lower_ in preps for p in child.children):
            return list(child.subtree)  # "described [the plan as a disaster]": the parser hangs "as" on the object
        if "for" in preps and child.dep_ in ("advcl", "ccomp", "xcomp") and child.i > verb.i \
                and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in child.children):
            # "called for the United States to step up ...": the parser makes "for" the infinitive's mark
            return [t for t in child.subtree if t.i > verb.i + 1]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in MEDIUM_PREPS and child.i > verb.i:
            # "said in an email that the province would ...", "predicted at the debate that ...", "said on CNN,
            # where he is now a contributor, that ...": parsed with the clause hung on a noun of the phrase, with
            # "that" its conjunction (a relative "that" would be the clause's subject or object) and a subject of
            # its own; the clause ends the phrase
            last = max(t.i for t in child.subtree)
            for noun in child.subtree:
                if noun.dep_ not in ("pobj", "appos", "conj") or not (
                        noun.lemma_.lower() in cues.medium_nouns | cues.occasion_nouns
                        or noun.pos_ == "PROPN" or noun.ent_type_ in ("DATE", "TIME")):
                    continue
                for clause in noun.children:
                    if clause.dep_ in ("acl", "relcl") and clause.i > noun.i and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
                            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
                            and max(t.i for t in clause.subtree) == last:
                        return _drop_comment(doc, list(clause.subtree))
    aside = _as_aside(verb, subj)
    if aside:
        return aside
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i and subj is not None \
            and not _attributed_after(verb):
        # "X said, he had ..." parsed with the speech verb under the content verb; not the claim's own verb under
        # the attribution that ends the sentence ("RipGuard is expected to be rolled out ..., the company said")
        return [t for t in verb.head.subtree if t.i > max(x.i for x in verb.subtree)]
    opens = min(x.i for x in verb.subtree if not x.is_punct)
    # "Gaming could spell problems for net firms, warns Sandvine.": a speech verb set off after the clause with its
    # subject after it, which the parser joined to the clause as a second verb
    inverted = verb.dep_ == "conj" and subj is not None and subj.i > verb.i \
        and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    if (verb.dep_ == "parataxis" or inverted) and verb.head.i < opens and subj is not None and subj.i > opens - 1 \
            and doc[opens - 1].text == "," and verb.head.dep_ == "ROOT":
        # "It had to be brought together, he added, saying ...": the clause before a speech verb set off by commas,
        # with no other one in it ("The attack, he says, is the latest example - a by-product, he claims, of ...")
        tokens = [t for t in verb.head.subtree if t.i < opens - 1]
        return [] if any(t.dep_ == "parataxis" and speech_verb(t) for t in tokens) else tokens
    return []


def _named(subj: Token | None) -> bool:
    """A subject that names a source, or stands for a person: a proper name in it (or a name the NER found: "Labour"
    tagged as a noun), or "he" or "she"."""
    return subj is not None and (subj.lower_ in ("he", "she") or any(
        t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in subj.subtree))


def _about_money(clause: Token) -> bool:
    """A pledge of money, tax or spending ("pledged to raise the stamp duty threshold", "promised to keep the
    payments"): a commitment, which the briefing lists as such, not a quote as well."""
    nouns = lx.lexicon().commitments.spending_nouns
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns or t.ent_type_ in ("MONEY", "PERCENT") or t.is_currency
               for t in clause.subtree)


def _as_aside(verb: Token, subj: Token | None) -> list[Token]:
    """The clause that an aside "as X VERB" stands in, without the aside: "As The Atlantic recently noted, trust in
    government is collapsing", "Labour would raise taxes, as Mr Letwin said." Only a verb of statement with nothing
    said of its own (not "As he said this, ...", "as he was speaking", "as he promised"), set off by a comma or
    leading the sentence, in a finite clause that is no report of another's ("As he noted, Smith said ..."); else
    []. Measured: PolNeAR train 25 more claims, 20 of them in its gold (one lost to a wider claim); 5 in the 2,225
    BBC articles."""
    cues = lx.lexicon().cues
    head = verb.head
    if verb.dep_ != "advcl" or subj is None or subj.head != verb or verb.lemma_.lower() not in cues.as_verbs \
            or verb.tag_ == "VBG" or head.pos_ not in ("VERB", "AUX") or speech_verb(head):
        return []
    mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ == "as" and m.i < subj.i), None)
    sent = verb.sent
    if sent.text.rstrip().endswith("?"):
        return []  # a question asks whether the claim holds: "So is UKIP's job to destroy the Tories, as X declared?"
    if mark is None or not _named(subj):
        return []  # a source named, or a person: not the writer's own "As I said", nor a saying ("as they say", "as
        # the man says")
    before = [t for t in sent if t.i < mark.i and not t.is_space]
    if before and before[-1].text not in (",", "(", *DASHES) \
            and not all(t.dep_ in ("cc", "advmod", "intj") or t.is_punct for t in before):
        return []  # set off as an aside, or leading the sentence ("Yet, as ...", "But as ..."): not "as seriously
        # hurt as some reports have suggested", "even as he says"
    if len(before) > 1 and before[-1].text == "," and (before[-2].pos_ == "SCONJ" or before[-2].lower_ == "that"):
        return []  # "if, as Tony Blair has suggested, GCSEs stay": the aside is the subordinate clause's after it
    finite = head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in head.children)
    if not finite or (verb.i > head.i and any(c.dep_ == "neg" for c in head.children)):
        return []  # a clause of its own, said as such: not "... eventually even discussing a walkout, as X
        # reported", nor a denied clause before the aside ("It does not answer whether Scott had a gun, as police have
        # said": what was said is inside it)
    if any(c.dep_ in ("ccomp", "xcomp", "attr", "oprd", "auxpass", "nsubjpass")
           or (c.dep_ == "dobj" and verb.lemma_.lower() not in cues.addressing)
           or (c.dep_ == "aux" and c.lemma_ == "be") for c in verb.children):
        return []
    own = {t.i for t in verb.subtree}
    tokens = [t for t in head.subtree if t.i not in own]
    if all(t.is_punct or t.is_space for t in sent if t.i > max(own)):
        tokens = [t for t in tokens if t.i < min(own)]  # the aside ends the sentence: the clause before it
    elif all(t.dep_ in ("cc", "advmod", "intj") or t.is_punct for t in before):
        tokens = [t for t in tokens if t.i > max(own)]  # it leads the sentence: the clause after it ("Yet, as ...")
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in (".", "!", "?"):
        tokens = tokens[:-1]
    return tokens


def _told_clause(told: Token) -> list[Token]:
    """What ``told``, the one addressed, was told when the parser hung it on them as a relative clause with no
    relative word, whose subject is a personal pronoun ("told BBC Radio 4's Today programme he hoped mediation could
    help", not "the programme which he hosts"), or as a clause of the noun opened by the conjunction "that" with a
    subject of its own ("has told a Labour Party gathering that the Tory policies would cause economic failure"; not
    the relative "that" of "the gathering that met")."""
    for clause in told.children:
        if clause.i <= told.i or clause.dep_ not in ("relcl", "acl"):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and subj is not None and mark.i < subj.i and clause.left_edge.i == mark.i \
                and subj.tag_ not in ("WDT", "WP"):
            return [t for t in clause.subtree if t.i > mark.i]
        if clause.dep_ != "relcl":
            continue
        if subj is None or subj.tag_ != "PRP" or clause.left_edge.i != subj.i \
                or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.dep_ == "mark" for c in clause.children) \
                or subj.i == 0 or subj.doc[subj.i - 1] not in told.subtree or subj.doc[subj.i - 1].is_punct \
                or not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children):
            continue
        return list(clause.subtree)
    return []


def _attributed_after(verb: Token) -> bool:
    """``verb`` is in a claim whose speaker and speech verb come after it: its head is a verb of speech whose
    subject is set off after ``verb``'s phrase ("RipGuard is expected to be rolled out ..., the company said")."""
    head = verb.head
    if not speech_verb(head) or not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False  # a bare "he said" set off inside the claim ("Already, he said, friends had declared ...")
    last = max(t.i for t in verb.subtree)
    for own in (c for c in head.children if c.dep_ == "nsubj" and c.i > last):
        first = min(t.i for t in own.subtree)
        if first > 0 and verb.doc[first - 1].text in (",", *DASHES):
            return True
    return False


AFTER_FINAL_VERB = 5  # at most this many words after a sentence-final speech verb ("on Monday", "in a statement")


def final_attribution(doc: Doc, verb: Token, subj: Token | None) -> tuple[int, int] | None:
    """(start, end) of the claim in a sentence that ends with its attribution: "The economy is growing, the
    minister said on Monday." The claim runs from the sentence start to the comma before the speaker."""
    if subj is None or subj.i > verb.i or subj.tag_ in ("WDT", "WP"):
        return None  # not a relative clause: "..., the CBI, which complains of a lack of skills."
    sent = verb.sent
    phrase = list(subj.subtree)
    first, last = phrase[0].i, phrase[-1].i
    if last > verb.i or first <= sent.start or doc[first - 1].text not in (",", "—", "–"):
        return None
    if any(t.pos_ in ("VERB", "NOUN", "PROPN") for t in doc[last + 1:verb.i]):
        return None  # only auxiliaries and adverbs between the speaker and the verb ("has also said")
    tail = [t for t in doc[verb.i + 1:sent.end] if not t.is_space]
    if not tail or tail[-1].text not in (".", "!", "?") or any(t.is_quote or t.text in ",;:" for t in tail[:-1]):
        return None  # the sentence goes on after the attribution: a parenthetical, not a final one
    after = [t for t in tail if not t.is_punct]
    if len(after) > AFTER_FINAL_VERB or any(t.pos_ in ("VERB", "AUX") for t in after):
        return None
    if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) \
            and verb.lemma_.lower() not in lx.lexicon().cues.addressing:
        return None  # "..., Clinton noted the clot's existence": what is said is the object, not the sentence start
    if verb.lemma_.lower() == "report" and _opened_by_speaker(doc, sent.start, first - 1):
        return None  # "Malaysia said as many as 1,000 fishermen will be affected, Agence France Presse reported":
        # the claim is the one who opens the sentence saying it; the verb at the end only says where it was reported
    own = {t.i for c in verb.children if c.i < first and (c.dep_ in ("prep", "npadvmod", "advmod") or (
           c.dep_ == "advcl" and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)))
           for t in c.subtree}  # a clause with a subject of its own hung there by the parser is what is said
    if all(t.i in own for t in doc[sent.start:first - 1] if not t.is_punct):
        return None  # "In her 2003 book, Clinton noted ...": the words before are the verb's own adverbial
    return sent.start_char, doc[first - 1].idx


def _without_addressee(doc: Doc, verb: Token, tokens: list[Token]) -> list[Token]:
    """The claim without the one told, where the parser took a named body right after a verb of telling into the
    claim's subject ("Sources within the party told the BBC Mr Howard had always been in favour of ID cards": what
    was said starts at "Mr Howard"): a body's name right after the verb, then a person's name or a pronoun."""
    if not tokens or verb.lemma_.lower() not in lx.lexicon().cues.addressing:
        return tokens
    first = min(t.i for t in tokens)
    i = first + (doc[first].lower_ == "the" and doc[first].ent_iob_ != "B")  # "the" in the name or before it
    if first != verb.i + 1 or i >= len(doc) or doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B":
        return tokens
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = end + (end < len(doc) and doc[end].lower_.rstrip(".") in lx.lexicon().titles.honorifics)  # "Mr Howard"
    if name >= len(doc) or not ((doc[name].ent_type_ == "PERSON" and doc[name].ent_iob_ == "B")
                                or (name == end and doc[end].lower_ in ("he", "she", "it", "they", "we", "i"))):
        return tokens
    return [t for t in tokens if t.i >= end]


def _clause(doc: Doc, spans: list[QuoteSpan], verb: Token) -> tuple[Token, int, int] | None:
    """(subject, start, end) of the reported clause of ``verb``, or None.

    A quoted fragment that ends the clause is a direct quote of its own too. The reported text keeps it, so that
    it reads as one claim ('his temperament is "dangerous for a president"', 'he was confident of the country's
    "own capabilities to restore normalcy"', not the claim cut short at the mark). Left out: a fragment whose
    closing mark is not in the sentence (a quote running on), and after more than a short lead-in one that is a
    longer sentence of its own, after a colon or with a capital ('... the country saying: "Sometimes people say ..."',
    '... any brand name or logo, "I wouldn't go around ..."')."""
    text = text_of(doc)
    subj = subject(verb)
    tokens = _without_addressee(doc, verb, content_tokens(doc, verb, subj))
    final = final_attribution(doc, verb, subj)
    if (not tokens and final is None) or subj is None or inside(subj.idx, spans) is not None \
            or (final is None and _reporter(doc, verb)):
        return None
    if final is not None:
        start, end = final  # the whole claim before the speaker, whatever the parser hung on the verb
    else:
        if _bare_attribution(tokens):
            return None
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        end = _before_reporter(doc, tokens, end)
    fragment = next((qs for qs in spans if start <= qs.open_at < end and qs.close_at >= end - 1), None)
    kept = None  # the closing fragment, when the reported text keeps it
    if fragment is not None:
        lead_start, lead_end = _trim(text, start, fragment.open_at)
        lead = text[lead_start:lead_end].split()
        if lead and lead[0].lower() == "that":
            lead = lead[1:]
        quoted = len(text[fragment.start:fragment.end].split())
        sentence = text[fragment.start:fragment.start + 1].isupper() \
            or text[lead_start:fragment.open_at].rstrip().endswith(":")
        if lead and fragment.closed and (len(lead) <= LEAD_IN_WORDS or len(lead) >= quoted or not sentence):
            kept, end = fragment, max(end, fragment.end)
        else:
            end = fragment.open_at
    start, end = _trim(text, start, end)
    opening = doc.char_span(start, start + 4)
    after = doc[opening.end] if opening is not None and opening.end < len(doc) else None
    if text[start:start + 5].lower() == "that " and not (after is not None and (
            after.tag_ in ("MD", "VBD") or (after.lemma_ in ("be", "have") and after.tag_ in ("VBZ", "VBP")))):
        start += 5  # "said that ...", not the pronoun that is the claim's subject ("That would probably create a fall
        # ...", "said that worked out at £143,000 per asylum seeker")
    last = text[start:end].rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in ("but", "and", "or"):
        start, end = _trim(text, start, end - len(last[1]))  # "he does not want higher tax rates but" (cut there)
    start, end = _with_marks(text, start, end)
    if end - start < MIN_CHARS or len(text[start:end].split()) < MIN_WORDS:
        return None
    if kept is None and _covered(spans, start, end):
        return None
    return subj, start, end


def _opened_by_speaker(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` opens with the subject of a verb of speech in it ("Malaysia said ...")."""
    return any(speech_verb(t) and any(c.dep_ == "nsubj" and c.left_edge.i == start for c in t.children)
               for t in doc[start:end])


def _reporter(doc: Doc, verb: Token) -> bool:
    """``verb`` is "reported" ending its sentence after its subject set off by a comma ("..., the newspaper
    reported.") in a sentence that opens with another speaker ("The minister said ..."): it says where a claim was
    reported, and reports none of its own (not "..., the source added", a source's own account of what was said)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return verb.lemma_.lower() == "report" and subj is not None and subj.left_edge.i > verb.sent.start \
        and set_off_at_end(subj, verb) and _opened_by_speaker(doc, verb.sent.start, subj.left_edge.i - 1)


def _before_reporter(doc: Doc, tokens: list[Token], end: int) -> int:
    """``end`` moved before a final "reported" the parser hung inside the claim ("Malaysia said as many as 1,000
    fishermen will be affected, Agence France Presse reported."): the reporter's words are no part of what was said."""
    for t in tokens:
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if t.lemma_.lower() != "report" or t.pos_ != "VERB" or subj is None or not set_off_at_end(subj, t):
            continue
        return min(end, doc[subj.left_edge.i - 1].idx)
    return end


def _bare_attribution(tokens: list[Token]) -> bool:
    """What a verb would report is only an attribution of the sentence, a speaker and a verb of speech with
    nothing said ("... would point to a marked deterioration, the FT report said", parsed with "said" under
    "point"; "..., Mr Pound told the BBC"): the claim is the other way round, and that verb reports nothing."""
    inside_ = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside_ or t.head.i == t.i]
    if len(roots) != 1 or not speech_verb(roots[0]):
        return False
    first = min(tokens, key=lambda t: t.i)
    if not (first.text in (",", *DASHES) or (first.i > 0 and first.doc[first.i - 1].text in (",", *DASHES))):
        return False  # set off from the claim before it, not "Labour said the Tories agreed"
    said = [c for c in roots[0].children if c.i in inside_]
    # a plain active verb with its subject: not "no other casting had been announced yet", "their sums did not
    # add up", "more than 12,000 are added daily", which are claims
    return any(c.dep_ == "nsubj" for c in said) and not any(
        c.dep_ in ("ccomp", "xcomp", "parataxis", "conj", "prep", "advcl", "aux", "auxpass", "neg", "prt", "advmod",
                   "acomp", "oprd", "nsubjpass")
        or (c.dep_ == "dobj" and roots[0].lemma_ != "tell") for c in said)  # "..., Mr Pound told the BBC"


def _according_to(doc: Doc, spans: list[QuoteSpan], sent: Span) -> tuple[Token, int, int] | None:
    """(source, start, end) of the claim in a sentence with "according to X" outside quotes."""
    acc = according_to(sent)
    if acc is None or inside(acc[0].idx, spans) is not None:
        return None
    tok, who = acc
    clause = tok.head
    if clause.dep_ in ("relcl", "advcl") and clause.left_edge.i < tok.i < clause.i:
        return None  # "a site that, according to reports, let 10,000 users share films": the source of a relative
        # or adverbial clause it stands inside, whose words are no claim without the sentence around them
    root = sent.root
    if speech_verb(root) and root.i < tok.i and any(
            c.dep_ in ("ccomp", "xcomp") and c.i > tok.i and min(x.i for x in c.subtree) < tok.i
            for c in root.children):
        return None  # "The IMF said that, according to data ..., GDP rose": the speaker's claim, citing a source
    phrase_end = max(t.idx + len(t.text) for t in who.subtree)
    rest = (phrase_end, sent.end_char) if tok.idx - sent.start_char < 3 else \
        _set_in(sent, tok) or (sent.start_char, tok.idx)
    start, end = _with_marks(text_of(doc), *_trim(text_of(doc), *rest))
    if end - start < MIN_CHARS or _covered(spans, start, end) or _only_the_saying(sent, spans, start, end):
        return None
    return who, start, end


def _only_the_saying(sent: Span, spans: list[QuoteSpan], start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` outside quote marks are only a verb of speech and its subject
    (""What does that mean?" Clinton asked, according to a transcript"): who spoke, not what was said."""
    root = sent.root
    if not speech_verb(root):
        return False
    said = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree} | {root.i}
    words = [t for t in sent if start <= t.idx < end and inside(t.idx, spans) is None
             and not (t.is_punct or t.is_quote or t.is_space)]
    return bool(words) and all(t.i in said for t in words)


# what a verb needs to say something: a claim whose verb is before "according to X" and one of these after it goes on
_CORE = ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative")
# what leads a sentence without being part of its claim: "Meanwhile", "In addition", "For Trump", "But"
_LEADING = ("advmod", "prep", "npadvmod", "cc", "intj", "mark", "advcl", "punct")


def _set_in(sent: Span, according: Token) -> tuple[int, int] | None:
    """The claim of "X, according to Y, Z", the source phrase set off by commas in its middle, where the claim goes
    on after it. Its main verb after the phrase: from the phrase on where only an adverb or a phrase leads
    (``_LEADING``: "Meanwhile, according to state press reports, Nanjing Auto is in negotiations ..."), else the
    whole sentence ("The problem, according to Mr Lane, is not ..."). Its main verb before and what the verb needs
    after ("G4S receives, according to one report, $234 million in contracts"): the whole sentence. Else None: the
    claim is what comes before ("That's bad, according to Rubio, because ..."), or a verb of speech heads the
    sentence and says it."""
    doc = sent.doc
    last = max(t.i for t in according.subtree)
    if according.i == sent.start or doc[according.i - 1].text != "," or last + 2 >= sent.end \
            or doc[last + 1].text != ",":
        return None
    root = sent.root
    if speech_verb(root):
        return None  # a verb of speech heads the sentence: the claim is its clause's, whatever the phrase cuts
    if root.i > last:
        before = [t for t in doc[sent.start:according.i - 1] if not sent.start <= t.head.i < according.i - 1]
        # not a phrase that a "be" after it completes: "Among the biggest laggards, according to X, are ..."
        if all(t.dep_ in _LEADING for t in before) and not (root.lemma_ == "be" and any(t.dep_ == "prep"
                                                                                        for t in before)):
            return doc[last + 1].idx + 1, sent.end_char
        return sent.start_char, sent.end_char
    if root.i < according.i and any(c.dep_ in _CORE and c.i > last for c in root.children):
        return sent.start_char, sent.end_char
    return None


def claims(doc: Doc, spans: list[QuoteSpan]) -> list[tuple[Token, Token | None, int, int]]:
    """Claims stated as a noun with a "that" clause: "Trump's claim that there have been thousands of
    shootings". (noun, possessor or None, start, end) of each, outside quotes."""
    out = []
    nouns = lx.lexicon().cues.claim_nouns
    for i in words_of(doc).at(lemmas=nouns):
        noun = doc[i]
        if noun.pos_ != "NOUN" or inside(noun.idx, spans) is not None:
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause and t.lower_ == "that")]
        start, end = _with_marks(text_of(doc), *_trim(text_of(doc), min(t.idx for t in tokens),
                                                      max(t.idx + len(t.text) for t in tokens)))
        if end - start < MIN_CHARS or len(text_of(doc)[start:end].split()) < MIN_WORDS or _covered(spans, start, end):
            continue
        out.append((noun, _owner(noun), start, end))
    return out


def _nobody(subj: Token) -> bool:
    """A subject that names nobody: "no one", "nobody", "none"."""
    return subj.lower_ in ("nobody", "none", "noone") or (
        subj.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children))


def _owner(noun: Token) -> Token | None:
    """Who a claim stated as a noun is of: its possessor ("Trump's claim"), a name before it ("Conservative
    claims"), or the agent of "made by X" or "by X" after it ("the claims made on Monday by Michael Howard that
    ...", "the claim by the minister that ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    named = next((c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                  and (c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or c.pos_ == "PROPN")), None)
    if named is not None:
        return named  # "Conservative claims that ...", "Labour claims that ..."
    for c in noun.children:
        if c.i < noun.i:
            continue
        by = [c] if c.dep_ == "prep" and c.lower_ == "by" else \
            [a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" else []
        obj = next((o for b in by for o in b.children if o.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in OWN_CLAIM_VERBS:
        # "Mark Oaten demanded assurances that ...", "he made the claim that ...": the subject's own claim; not
        # "rejected claims that", "received assurances that" (someone else's)
        return nearest_subject(noun.head, ("nsubj",))
    return None


OWN_CLAIM_VERBS = frozenset({"make", "give", "offer", "issue", "repeat", "reiterate", "renew", "demand", "seek",
                             "voice", "express", "raise", "put"})


def reported_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, sentence_at: Callable[[int], int]
                    ) -> list[Quote]:
    text = text_of(doc)
    quotes: list[Quote] = []
    verbs = words_of(doc).speech_verbs(lx.lexicon().cues.speech_verbs)  # every token that ``speech_verb`` takes
    for sent in sents_of(doc):
        for i in between(verbs, sent.start, sent.end):
            verb = doc[i]
            if inside(verb.idx, spans) is not None or inverted_condition(verb) or conditional(verb):
                continue
            if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
                continue  # "without saying who", "without seriously threatening to break ...": nothing said
            found = _clause(doc, spans, verb)
            if found is None:
                continue
            subj, start, end = found
            opening = inside(start, spans)
            if opening is not None and opening.close_at <= subj.idx < end:
                continue  # a quote and its speaker that the parser took for the clause said ('"We've had more
                # successful conventions," Texas delegate Bill Eastland, wearing a cowboy hat, said'): the quote's
            neg = next((c for c in verb.children if c.dep_ == "neg"), None)
            if neg is not None and neg.i < verb.i:
                if verb.lemma_.lower() in lx.lexicon().cues.unsaid_when_denied:
                    continue  # "Mr Howard did not say that taxes would rise": nothing was said
                # "does not believe abortion should be an election issue": the claim keeps its negation
                first = min([neg.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
                if doc[first].idx < start and subj.i < first:
                    start = doc[first].idx
            passive, agent = passive_source(verb, subj)
            if passive and agent is None and impersonal(verb):
                continue  # "It is estimated that ...", "..., it has been announced": said by nobody, no quote
            if _nobody(subj):
                continue  # "no one thought the Berlin Wall would come down": nobody said it
            name, aid = speaker(actors, agent if passive else subj)
            if subj.lower_ in ("he", "she") and start < subj.idx and aid is not None \
                    and actors.named_between(aid, start, end):
                # "And Tony Blair would be in the very front line of that campaign, he said": one who speaks of
                # himself says "I"; the one the claim names by name is not its speaker
                # (when another person was the subject of a main clause in the two sentences before; else the
                # claim may be one said of oneself: "Mr Curry is not a computer programmer, he says")
                other = actors.person_antecedent(subj, skip=aid)
                lo = actors.sentences_back(subj.idx, 2)
                if other is not None and any(m.actor == other.id and m.main and lo <= m.start < subj.idx
                                             for m in actors.mentions):
                    name, aid = other.name, other.id
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue=verb.text, start=start,
                                end=end, sentence=sentence_at(start), speaker_id=aid))
        claim = _according_to(doc, spans, sent)
        if claim is not None:
            who, start, end = claim
            name, aid = speaker(actors, who)
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue="according to",
                                start=start, end=end, sentence=sentence_at(start), speaker_id=aid))
    taken = {(q.start, q.end) for q in quotes}
    for noun, owner, start, end in claims(doc, spans):
        if (start, end) not in taken:
            name, aid = speaker(actors, owner)
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue=noun.text, start=start,
                                end=end, sentence=sentence_at(start), speaker_id=aid))
    return _outermost(quotes)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """The claims not reported inside another one: "he said [he believes [Obama was born in the US]]", "Obama noted
    [that Mrs Clinton had been pilloried for acknowledging [that coal would decline]]" are one attribution each,
    the outer one, which holds the inner claim's words."""
    spans = sorted({(q.start, q.end) for q in quotes}, key=lambda s: (s[0], -s[1]))
    inner: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of a claim that starts at or before this one
    for start, end in spans:
        if end <= reach:
            inner.add((start, end))  # a longer claim started before (or at) it and ends at or after its end
        reach = max(reach, end)
    return [q for q in quotes if (q.start, q.end) not in inner]
