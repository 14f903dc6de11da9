"""Who speaks: speech verbs, their subjects, "according to X", and the actor (or named group) a subject
stands for."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.components import TITLE_LABEL
from generator.extract.actors import ActorIndex
from generator.extract.actors.coref import aged, aside, described
from generator.extract.actors.index import SPOKESPEOPLE, person_noun, role_head
from generator.extract.actors.names import ELECTED, ancestors_to, ent_at, glued_business_noun, law_at, titled_by
from generator.extract.actors.roles import OTHER_OFFICE, spoke_of
from generator.extract.sentences import (
    DASHES,
    between,
    nearest_subject,
    put_it,
    said_of_nothing,
    word_of_a_name,
    words_of,
)
from generator.model import Actor

# the body around a person that speaks in its own name: "the Trump campaign said", "the Obama administration"
ENTOURAGE = ("campaign", "administration", "camp")


def speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in lx.lexicon().cues.speech_verbs or put_it(tok)) \
        and not said_of_nothing(tok)  # "its alleged allegiances", "North East Says No"


def inverted_condition(verb: Token) -> bool:
    """A verb of speech in a condition said by inversion ("it would have been longer had he denied the charge",
    "should she claim ..."): nothing was said."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.lower_ in ("had", "should", "were") and c.i < subj.i
                                    for c in verb.children)


def conditional(verb: Token) -> bool:
    """A verb of speech in a condition ("if the judge rules that they are merely providers of technology", "unless
    the board says it will sell"), or in what such a verb reports ("if the watchdog believes the rules allow parties
    to ... urge"): nothing was said yet. The condition opens with its subject ("if" and at most one word before the
    verb's subject: not "... if court orders were defied, Lord Falconer said", which the parser may read so); "even
    if" concedes what was said, and "asked if" asks."""
    v = verb
    while True:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")), None)
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if v.dep_ == "advcl" and mark is not None and subj is not None and mark.i < subj.i < v.i \
                and subj.left_edge.i - mark.i <= 1 and not (mark.i > 0 and v.doc[mark.i - 1].lower_ == "even") \
                and v.head.lemma_.lower() not in ASKING:
            return True
        if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head is v:
            return False
        v = v.head


ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire", "check", "know", "see"})  # "asked if ..."


def impersonal(verb: Token) -> bool:
    """A verb of speech in the passive with "it" for its subject ("It is thought the overhaul could mean ...", "it
    is understood that ..."): said by nobody in particular, not by the body "it" would otherwise stand for."""
    return speech_verb(verb) and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def passive_source(verb: Token, subj: Token | None) -> tuple[bool, Token | None]:
    """Whether ``subj`` is the one a verb of speech in the passive is about, not its speaker ("Mr Botin is accused
    of misusing the bank's funds", "he was told he would be freed"; not "he was quoted as saying"), and then who
    speaks: the agent ("was criticised by Mr Smith for ..."), else nobody named."""
    if subj is None or subj.dep_ != "nsubjpass" or subj.head != verb or verb.lemma_.lower() == "quote" \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return False, None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:  # 'described as "irresponsible" and "outrageous" by the IHRC', "by" hung on the last word
        by = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i > verb.i
                   and t.head.pos_ == "ADJ"), None)
    return True, next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def second_claim(verb: Token) -> bool:
    """A verb of speech in the active with no subject of its own, joined to another verb ("... and warned North
    Korea to ..."; not "he was confined and told he would ...", a passive): a claim of its own, not part of what
    the verb it is joined to says."""
    cues = lx.lexicon().cues
    # the tagger may read the past of a verb joined to a passive as a participle ("would not be abolished and
    # argued courts already had ..."): one that is not said to someone ("was confined and told he would")
    participle = verb.tag_ == "VBN" and verb.lemma_.lower() not in cues.addressing | cues.object_verbs | cues.to_verbs \
        and any(c.dep_ == "ccomp" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)
    # "... but did not suggest it would be Trump": a verb made finite by "do"
    done = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children)
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and (verb.tag_ in ("VBD", "VBZ", "VBP") or participle or done) \
        and speech_verb(verb) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _first_claims_verb(verb: Token) -> Token | None:
    """The verb of speech whose claim a second claim (``second_claim``) was hung inside by the parser: "Mourinho said
    the match was entertaining and insisted his team could ..." ("insisted" on "was"), and, after ", and", two or
    three clauses down ("Nigel Farage said the warning was indicative that the President did not know ..., and
    accused Number 10 of ...": "accused" on "know"). The first verb of speech above, through clauses that are no
    speech ("X says Y promised ... and said ..." stays Y's); None where there is none, or where the comma before
    "and" is missing deeper than one level."""
    if not second_claim(verb):
        return None
    doc = verb.doc
    comma = verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","
    up = verb.head
    for depth in range(3):
        if up.dep_ != "ccomp" or speech_verb(up):
            return None
        if speech_verb(up.head):
            return up.head if up.head.i < verb.i and (depth == 0 or comma) else None
        up = up.head
    return None


def _body_named_with(spokesperson: Token) -> str | None:
    """The body a spokesperson is said with, as the text names it, when it is no actor: "a Jive spokeswoman", "the
    police spokesman" (a name, or a collective noun, right before)."""
    kind = [c for c in spokesperson.children if c.dep_ == "compound" and c.i < spokesperson.i]
    if kind and (kind[-1].pos_ == "PROPN" or kind[-1].lower_ in lx.lexicon().actors.collective_nouns):
        first = min(t.i for t in kind[0].subtree)
        return spokesperson.doc[first:kind[-1].i + 1].text
    return None


def said_after_participle(verb: Token) -> Token | None:
    """The verb of speech whose claim a participle of speech after a comma goes on from ("Starr said Clinton's
    situation reminds him of the book, explaining, "..."", the parser hanging "explaining" on the claim's verb):
    the speaker of the first says the second; None elsewhere."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].is_quote:
        before -= 1  # '..., titled "The Tragedy of Lyndon Johnson," explaining'
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or before < 1 or verb.doc[before].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ == "ccomp" and clause.head.i < clause.i and speech_verb(clause.head):
        return clause.head
    return None


def subject(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb it hangs on."""
    head = verb.head
    said = _first_claims_verb(verb)
    if said is not None:  # a second claim of the one who said the first
        return subject(said)
    inverted = said_name_set_off(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and speech_verb(head.head) \
            and head.head.i < head.i and verb.tag_ in ("VBD", "VBZ") and verb.tag_ == head.head.tag_ != head.tag_ \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "Theresa May said the country would declare ... and suggested that it would ...": the parser joined the
        # second verb of speech to the first claim's verb, in another tense; it goes on from the first
        return subject(head.head)
    outer = said_after_participle(verb)
    if outer is not None:
        return subject(outer)
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if len(after) == 1 and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
            and _set_off_after(after[0]):
        # "..., in particular the UK, France and Spain, said the report.", "The idea, says BT, is to ...": the
        # parser gives the verb a subject in the claim as well; the one set off after the verb says it
        return after[0]
    own = nearest_subject(verb)
    if own is not None and own.pos_ == "NOUN" and verb.dep_ == "ccomp" and verb.head.i < verb.i \
            and verb.lemma_.lower() in INFERRING and speech_verb(verb.head) and own.lemma_.lower() in _things_said():
        # "Mr DiPiazza said the interviews with chief executives suggested that companies had "adjusted"": what a
        # document or a claim suggests, in what a person says, is that person's reading (not "Christie said
        # Trump's tweet saying ...": the tweet's words are its author's)
        outer = subject(verb.head)
        if outer is not None and (outer.pos_ == "PROPN" or outer.lower_ in ("he", "she")):
            return outer
    if own is not None and (own.pos_ == "NOUN" or own.lower_ in ("himself", "herself")):
        # "Mr Bez - himself a former executive at rival Porsche - said": the parser makes the aside the subject and
        # hangs the name on it; the name, set off by a dash, speaks
        named = [c for c in own.children if c.dep_ in ("nsubj", "compound") and c.pos_ == "PROPN" and c.i < own.i]
        if named and any(t.text in DASHES and verb.doc[t.i - 1].whitespace_  # an aside, not "Anglo-Dutch"
                         for t in verb.doc[named[-1].i + 1:own.i]):
            return named[-1]
    dated = _named_after_dateline(own, verb)
    if dated is not None:
        return dated
    if own is not None:
        return own
    in_name = next((c for c in verb.children if c.i < verb.i and word_of_a_name(c)), None)
    if in_name is not None:  # "Graham Robb, spokesman for North East Says No, said": the parser hung the name's
        return nearest_subject(in_name)  # subject on the word of the campaign's name
    # "Mr Houston is alleged to have said that ...": the one a passive of speech is about says its infinitive (not
    # "Wenger was asked to explain ...", told by someone else to speak)
    if verb.dep_ == "xcomp" and speech_verb(head) and any(c.dep_ == "auxpass" for c in head.children) \
            and head.lemma_.lower() not in lx.lexicon().cues.to_verbs \
            and not any(c.dep_ == "auxpass" for c in verb.children):  # not "is expected to be told"
        raised = nearest_subject(head, ("nsubjpass",))
        if raised is not None:
            return raised
    # "X, who ..., said" or conjoined verbs share the subject of the first verb
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # the first verb of speech, where the parser hung this one on a verb before it ("Dr Anna Berg, on her first
        # day after Tom Hale was sacked, admitted ... but insisted ...": on "sacked")
        first = [c for c in head.children if head.i < c.i < verb.i and c.dep_ in ("dep", "conj", "parataxis")
                 and speech_verb(c)] if not speech_verb(head) else []
        return subject(first[-1] if first else head)
    # "She announced a new drive, saying sexism ...": the participle speaks for the main clause's subject, also
    # down a chain of verbs ("was defensive when forced to defend ..., saying ...")
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "ccomp" and speech_verb(head.head) \
            and head.head.i < head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "Campbell said a win would have given him a fresh start, adding it was ...": the parser hangs the speaker's
        # next claim on the verb of the first
        return subject(head.head)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in head.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.lexicon().cues.medium_nouns for c in head.children):
        return None  # "The club was sent a letter last week saying ...": the letter's sender, not the one sent it
    aside = _aside_closed_before(verb)
    if aside is not None:
        # "Unions criticised the possible move - which may affect cabin staff - saying Qantas was profitable": the
        # parser hangs the participle on the aside's verb; it speaks for the clause the aside interrupts
        return _main_clause_subject(aside)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i < verb.i:
        shown = _shown_speaking(verb)
        return shown if shown is not None else _main_clause_subject(verb.head)
    fronted = _fronted_participle(verb)
    if fronted is not None:
        return fronted
    going_on = _going_on(verb) or _purpose_of(verb)
    if going_on is not None:
        return subject(going_on)
    # "Lycos has shut down the campaign saying it had been started to ...": a participle the parser hangs on the
    # object of the main verb speaks for that verb's subject (not "received a letter saying": the letter's sender;
    # not "denied a report claiming ...": the report's claim)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "dobj" \
            and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i < verb.head.i \
            and (_issued_own(verb.head) or (
                verb.head.head.lemma_.lower() not in lx.lexicon().cues.receiving_verbs
                and verb.head.lemma_.lower() not in lx.lexicon().actors.document_nouns
                and verb.head.lemma_.lower() not in lx.lexicon().cues.claim_nouns)):
        return _main_clause_subject(verb.head.head)
    # "footage of Hillary Clinton asking, ...": a participle of speech after a name is that person speaking; so is a
    # finite verb the parser hung on a name at the root ("Trevor Phillips, chairman of ..., called on Mr Clarke to")
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i \
            and (verb.tag_ == "VBG" or (verb.tag_ in ("VBD", "VBZ") and verb.head.dep_ == "ROOT")):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBN") and verb.head.dep_ == "ROOT" \
            and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and not any(c.dep_ == "agent" for c in verb.children):
        # '"... resign in disgrace!" the presumptive nominee, Donald Trump, tweeted Sunday': after a quote's "!" the
        # parser made the description the root and hung the verb on it (as a participle, too); the name in
        # apposition speaks
        named = [c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "ORG")]
        if len(named) == 1:
            return named[0]
    # "they published the results by announcing that ...": a gerund after a preposition speaks for the subject
    # of the verb the preposition belongs to; "the paper quoted Mr Chernin as saying ...": for the one quoted
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i < verb.i:
        quoted = [c for c in verb.head.head.children if c.dep_ == "dobj" and (
            c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or c.lower_ in lx.lexicon().titles.role_heads)] \
            if verb.head.head.lemma_.lower() == "quote" and verb.head.lower_ == "as" else []  # not "quoted its plan"
        return quoted[0] if quoted else subject(verb.head.head)
    # "When asked if BMW would ..., the carmaker's chief executive Helmut Panke said: ...": a name right before a
    # verb of speech that has no subject, which the parser hung on an earlier noun, is its subject
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.ent_type_ in ("PERSON", "ORG") and before.pos_ == "PROPN" \
            and before.dep_ in ("appos", "conj", "pobj", "dobj") and before.head.i < before.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return before
    if before is not None and before.tag_ == "NNS" and before.dep_ == "conj" and before.i > 0 \
            and verb.doc[before.i - 1].lower_ == "and" and person_noun(before) and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        # "The US is struggling with a ballooning trade deficit and analysts said ...": the parser joined the group
        # to the noun before "and"; it is the subject of the verb of speech right after it
        return before
    return _name_before_aside(verb)


def _bare_infinitive(verb: Token) -> bool:
    """"to" and a verb's base form, with no subject of its own ("went on to say", "held a briefing to announce")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _going_on(verb: Token) -> Token | None:
    """The verb whose subject says an infinitive of speech that has no subject of its own: "Mr Smith went on to say
    that ...", "continued to insist that ...", "Ms Jones was quick to point out that ..." (``going_on_verbs``,
    ``going_on_adjectives`` after "be"). None after other verbs ("wanted to say", "refused to say"), after a denied
    one ("did not continue to claim": nothing said) and after one with an object ("continued the talks to say")."""
    if verb.dep_ not in ("xcomp", "advcl") or not _bare_infinitive(verb):
        return None  # (the parser hangs "went on to say" as a clause of purpose too)
    cues = lx.lexicon().cues
    head = verb.head
    if head.dep_ == "acomp" and head.lemma_.lower() in cues.going_on_adjectives and head.head.lemma_ == "be":
        return head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in cues.going_on_verbs \
            or any(c.dep_ in ("dobj", "neg") for c in head.children):
        return None
    if head.lemma_.lower() == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        return None  # "went to say goodbye"
    return head


def _purpose_of(verb: Token) -> Token | None:
    """The verb of what the subject did in order to speak, for an infinitive of speech with a "that" clause and no
    subject of its own: "The minister called a press conference on Friday to announce that ...", "issued a
    statement to say that ...", "went on television to argue that ...", "took to Twitter to say that ...", "used
    his speech to warn that ...". The infinitive must follow an occasion the subject made (``cues.speech_occasions``)
    or used, or where it went (a phrase): not "wanted to say that", "have come to believe that", "is expected to
    announce that", nor "urged the minister to admit that" (the one urged speaks: ``cues.to_verbs``), nor under a
    denied verb."""
    if not _bare_infinitive(verb) or not any(c.dep_ == "ccomp" and any(m.lower_ == "that" and m.i < c.i
                                                                        for m in c.children) for c in verb.children):
        return None
    cues = lx.lexicon().cues
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and head.lemma_.lower() in cues.speech_occasions:
        head = head.head  # "held an impromptu press briefing to brag that ...": hung on the occasion
    elif verb.dep_ in ("advcl", "xcomp"):
        between = [c for c in head.children if head.i < c.i < verb.i]
        if not any(c.dep_ == "dobj" and (head.lemma_.lower() == "use" or c.lemma_.lower() in cues.speech_occasions)
                   for c in between) \
                and not (any(c.dep_ == "prep" for c in between) and head.lemma_.lower() not in cues.to_verbs):
            return None
    else:
        return None
    if head.pos_ != "VERB" or head.i > verb.i or any(c.dep_ == "neg" for c in head.children):
        return None
    return head


CONCEDING = frozenset({"despite", "notwithstanding", "spite"})


def _fronted_participle(verb: Token) -> Token | None:
    """"While saying that he does respect Mrs. Clinton, he continued to ...", "After suggesting on Wednesday that he
    regretted ..., Mr. Rubio only occasionally disagreed": a participle of speech in a clause that opens the
    sentence, set off by a comma, speaks for the subject of the main clause after it (the main clause's own
    subject, after the comma; None where there is none). Not after "despite", which news leaves dangling ("Despite
    urging to ease the peg, officials insist ...": others urged; "Despite insisting he wants a deal, the newspaper
    suggested he ...": he insisted)."""
    main = verb.head
    if verb.tag_ != "VBG" or any(t.lower_ in CONCEDING for t in verb.doc[verb.sent.start:verb.i]):
        return None
    if verb.dep_ == "pcomp" and main.dep_ == "prep" and main.i == main.sent.start:
        main = main.head  # "After suggesting ...": the clause is the preposition's
    elif verb.dep_ != "advcl":
        return None
    if main.pos_ not in ("VERB", "AUX") or main.i < verb.i:
        return None
    clause = verb if verb.dep_ == "advcl" else verb.head
    first, last = clause.left_edge.i, clause.right_edge.i
    doc = verb.doc
    if first != verb.sent.start or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    own = nearest_subject(main, ("nsubj",))
    return own if own is not None and last < own.i < main.i else None


def _aside_closed_before(verb: Token) -> Token | None:
    """The verb of the clause an aside interrupts, when ``verb`` is a participle right after the dash that closes
    an aside set off by dashes, and the parser hung the participle on the aside's relative clause ("the move -
    which may affect cabin staff - saying"): the verb the aside's noun belongs to."""
    doc = verb.doc
    relcl = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or relcl.dep_ != "relcl" or verb.i == 0 \
            or doc[verb.i - 1].text not in DASHES:
        return None
    start = min(t.i for t in relcl.subtree)
    if start == 0 or doc[start - 1].text not in DASHES:
        return None
    noun = relcl.head
    return noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else None


def _name_before_aside(verb: Token) -> Token | None:
    """"Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said ...": a long aside that the
    parser read as a clause of its own ("rabbi" a verb), leaving the verb of speech with no subject. The name of a
    person or body that opens the sentence, set off by a comma, speaks when the verb follows the aside's closing
    comma. So too where the parser made a verb inside the aside the sentence's root and hung the verb of speech on
    it ("Dr Brian Gibbons, on his first full day in the job after Jane Hutt was sacked, admitted ..."), and after an
    honorific ("Dr", "Ms")."""
    doc = verb.doc
    sent = verb.sent
    # the verb with its own auxiliaries ("Mr. Trump, asked about ..., had said, ...")
    opens = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
    if opens < 4 or doc[opens - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    honorifics = lx.lexicon().titles.honorifics
    start = sent.start + 1 if doc[sent.start].lower_.rstrip(".") in honorifics else sent.start
    name = ent_at(doc, start)
    if name is None or name.start != start:
        # or after a word that opens a clause ("The issue had come up Friday after Mr. Trump, asked about the deaths
        # of journalists, had said, ...")
        # or right after a quote that ends with a comma, its title before it ('"We've had more successful
        # conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat ..., said')
        name = next((e for e in sent.ents if e.label_ in ("PERSON", "ORG") and e.start > sent.start
                     and (_opens_clause(doc, e.start) or _after_quote(doc, e.start))), None)
    if name is None or name.label_ not in ("PERSON", "ORG") or name.end >= opens - 1 or doc[name.end].text != ",":
        return None
    # the verb heads the sentence, or hangs on the root the parser found inside the aside
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("dep", "parataxis", "conj") and verb.head.dep_ == "ROOT"
                                    and name.end < verb.head.i < verb.i):
        return None
    return name[-1]


CLAUSE_OPENERS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "although", "though",
                            "once", "if"})


def _after_quote(doc: Doc, start: int) -> bool:
    """The name at ``start`` comes right after the closing mark of a quote that ends with a comma, with only words of
    its title between ('"...," Texas delegate Bill Eastland')."""
    at = start - 1
    while at > 0 and doc[at].dep_ == "compound" and doc[at].pos_ in ("NOUN", "PROPN") and doc[at].head.i > at:
        at -= 1
    return at > 0 and doc[at].tag_ == "''" and doc[at - 1].text == ","


def _opens_clause(doc: Doc, start: int) -> bool:
    """The name at ``start`` comes right after a word that opens a clause ("after", "when" ...), with or without an
    honorific between ("after Mr. Trump")."""
    at = start - 1
    if at > 0 and doc[at].lower_.rstrip(".") in lx.lexicon().titles.honorifics:
        at -= 1
    return at >= 0 and doc[at].lower_ in CLAUSE_OPENERS


INFERRING = frozenset({"suggest", "indicate", "show", "prove", "mean", "imply"})  # what a thing is read to say


def _things_said() -> frozenset[str]:
    """Nouns of documents, media and claims ("the report", "the interviews", "the claims")."""
    words = lx.lexicon()
    return words.actors.document_nouns | words.cues.medium_nouns | words.cues.claim_nouns


def said_name_set_off(verb: Token) -> Token | None:
    """The name in "The ministers' comments, said Junya Tanase of JPMorgan, were "too weak"": a verb of speech set
    off by commas inside the clause it reports, with the speaker's name right after it. The parser makes the
    clause's subject the verb's and the name (or a phrase that opens with it) the subject of the clause's verb."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text != "," or doc[verb.i + 1].pos_ != "PROPN" \
            or doc[verb.i + 1].ent_type_ not in ("PERSON", "ORG") \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    if subj is None:
        return None
    end = max(t.i for t in subj.subtree if not t.is_punct)
    if not (end + 1 < clause.i and doc[end + 1].text == ","):
        return None
    # the name's last word ("Junya Tanase of JPMorgan": Tanase; "Kenji Morita of Nomura bank", parsed with "bank"
    # as the subject: Morita)
    name = doc[verb.i + 1]
    while name.i + 1 <= end and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]
    return name


def _issued_own(document: Token) -> bool:
    """A document its verb's subject has put out as its own: "Mr Magnier issued a statement late on Friday saying
    ...", "released a statement saying ..." (not "was sent a letter saying ...", nor one yet to come: "Turkey must
    issue a written statement promising to ...")."""
    verb = document.head
    return document.lemma_.lower() in lx.lexicon().actors.document_nouns \
        and verb.lemma_.lower() in lx.lexicon().cues.issuing_verbs \
        and not any(c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _shown_speaking(verb: Token) -> Token | None:
    """The person a verb of seeing or hearing has as its object, who speaks in the participle after it: "The
    documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: ..." (not the
    documentary)."""
    head = verb.head
    while head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") and head.head.i < head.i:
        head = head.head
    if head.lemma_.lower() not in lx.lexicon().cues.receiving_verbs:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and (
        c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.lower_ in lx.lexicon().titles.role_heads)), None)


def _sets_off(sent: Span, tok: Token) -> bool:
    """"according to" that names a source: opening the sentence ("But according to X, ..."), set off after a comma
    or dash ("..., according to X"), or on the main clause ("Sales rose according to new data"); not inside a
    relative or adverbial clause ("ranks countries according to the steps they take", "graded according to their
    value": in the light of), nor a law or rule on the verb ("dealt with according to the law": in accordance with
    it; ``accordance_nouns`` in ``data/cues.yaml``)."""
    before = [t for t in sent.doc[sent.start:tok.i] if not (t.is_quote or t.is_space)]
    if not before or before[-1].text in (",", *DASHES, "(", ";", ":") \
            or all(t.dep_ in ("cc", "advmod") for t in before):
        return True
    source = next((c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj"), None) \
        if tok.i + 1 < len(sent.doc) else None
    if source is not None and source.lemma_.lower() in lx.lexicon().cues.accordance_nouns:
        return False  # "dealt with according to Russia's competition law": in accordance with it
    head = tok.head
    return head.dep_ in ("ROOT", "ccomp") or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


def according_to(sent: Span) -> tuple[Token, Token] | None:
    """("according", the head of the source phrase) in a sentence, if it has "according to X"."""
    doc = sent.doc
    for i in between(words_of(doc).at(lowers=("according",)), sent.start, sent.end):  # not every token
        tok = doc[i]
        if tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to" \
                and _sets_off(sent, tok):
            for child in sent.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return tok, _document_author(tok, child) or _name_beside(tok, child) or child
    return None


def _name_beside(according: Token, source: Token) -> Token | None:
    """The name right after a noun of the source that the parser hung on "according" on its own ("according to
    local newspaper the Daily Telegraph, ...": the Telegraph, and the claim starts after it); else None."""
    after = source.right_edge.i + 1
    if source.pos_ != "NOUN" or after >= len(source.doc):
        return None
    return next((c for c in according.children if c.dep_ in ("pobj", "appos", "npadvmod", "dobj")
                 and c.pos_ == "PROPN" and c.left_edge.i == after), None)


def _document_author(according: Token, source: Token) -> Token | None:
    """The named author of a document the parser cut off from it: in "according to a report earlier this week from
    the British Retail Consortium" the "from" phrase hangs on "according", not on "report"; in "according to a new
    book, Brown's Britain by Sunday Telegraph journalist Robert Peston," the title after the book is taken for a
    subject."""
    words = lx.lexicon().actors
    if source.pos_ != "NOUN" or any(c.dep_ in ("prep", "poss", "compound") for c in source.children):
        return None
    if source.lemma_.lower() in words.work_nouns:
        return titled_by(source)  # "according to a new book, Brown's Britain by ... Robert Peston, ..."
    if source.lemma_.lower() not in words.document_nouns:
        return None
    for prep in according.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i > source.i:
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and (named.pos_ == "PROPN" or named.ent_type_ in ("ORG", "PERSON")):
                return named
    return titled_by(source)


def _main_clause_subject(verb: Token) -> Token | None:
    """The subject of the main clause ``verb`` belongs to, when the way up from it to the sentence's root goes
    only through infinitives and adverbial clauses ("was defensive when forced to defend ..., saying ..."); None
    when it goes through a reported or relative clause ("He denied activists had forced it, telling ...": the
    participle is not the activists')."""
    path = [verb]
    while path[-1].dep_ != "ROOT":
        if path[-1].dep_ == "parataxis" and speech_verb(path[-1]):
            break  # "It had to be brought together, he added, saying ...": the set-off speech verb's own subject
        if path[-1].dep_ not in ("xcomp", "advcl") or len(path) > 4:
            return None
        path.append(path[-1].head)
    for v in path:
        own = nearest_subject(v)
        if own is not None and own.tag_ in ("WDT", "WP") and v.dep_ == "advcl" and v is not path[-1]:
            # "He ruled out free care - which is on offer in Scotland, saying it was ...": a relative clause the
            # parser took for an adverbial one; the participle after it is the main clause's
            continue
        if own is not None:
            return _named_after_dateline(own, v) or own
    return None


def _named_after_dateline(own: Token | None, verb: Token) -> Token | None:
    """"CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told ...", "New York (AFP) – Vice President
    Joe Biden on Monday hit the campaign trail ..., accusing him of ...": the dateline's place, which the parser took
    for the subject; the one named after its dash speaks."""
    if own is None or own.ent_type_ not in ("GPE", "LOC") or own.i - own.sent.start > 2:
        return None
    dash = next((t.i for t in verb.doc[own.i + 1:verb.i] if t.text in DASHES or t.text == "--"), None)
    named = [c for c in own.children if c.dep_ == "appos" and dash is not None and c.i > dash
             and c.ent_type_ in ("PERSON", "ORG")]
    return named[-1] if named else None


def named_in_apposition(actors: ActorIndex, subj: Token) -> Actor | None:
    """The one person (or, after a noun that is no role, the one body) named in apposition to a subject that is a
    common noun, a pronoun or a capitalised title that names nobody: "The minister of the economy, Mr. Guajardo
    Villarreal, argues", "one of the family's attorneys, Justin Bamberg, said", "Scottish Finance Minister, Tom
    McCabe MSP, said"."""
    titles = lx.lexicon().titles
    title = subj.pos_ == "PROPN" and (subj.lower_ in titles.role_heads or subj.text in titles.heads) \
        and actors.resolve(subj) is None
    if not (subj.pos_ in ("NOUN", "PRON", "NUM") or title):
        return None
    # a body in apposition to a noun that is no role: "One of the foreign bidders who lost out, steel giant LNM,
    # told BBC News", "At least one consumer group - Caspian - has claimed"
    bodies = subj.lower_ not in titles.role_heads and subj.lower_ not in SPOKESPEOPLE and not title
    apposed = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    if not apposed and subj.lower_ == "one":
        apposed = _named_after_one_of(subj)
    if not apposed and (subj.lower_ in titles.role_heads or title):
        # "Head of developmental genetics at the National Institute of Medical Research, Professor Robin
        # Lovell-Badge, said": the parser hangs the name on the last noun of the title's phrase; the name set off
        # by commas right before the verb is the one in apposition
        apposed = [t for t in _set_off_before_verb(subj) if t.ent_type_ == "PERSON"][-1:]
    if not apposed and subj.lower_ in titles.role_heads and subj.i + 1 < len(subj.doc):
        # "Former Chelsea captain Desailly, who ..., says": a title right before the name, which the parser made the
        # subject with the name hung on it as a modifier
        after = subj.doc[subj.i + 1]
        if after.head.i == subj.i and after.dep_ in ("advmod", "npadvmod", "dep") and after.pos_ == "PROPN":
            apposed = [after]
    # (a country too, the apposition its name alone: "The world's biggest tobacco consumer, China, has said"; not
    # "a new book, Brown's Britain, said")
    named = [a for c, a in ((c, actors.resolve(c)) for c in apposed) if a is not None and (
        a.type == "person" or (bodies and a.type == "organization"
                               and (c.i in actors.token_actor or c.pos_ == "PROPN"))
        or (bodies and a.type == "country" and c.pos_ == "PROPN"
            and all(actors.token_actor.get(t.i) == a.id for t in c.subtree)))]
    # (one actor, however many of its words the parser set in apposition: "The world's largest retailer, Wal-Mart,"
    # with "Wal", "-" and "Mart" each an apposition)
    ids = {a.id for a in named}
    return named[0] if len(ids) == 1 else None  # the body by its name, not "fellow at the IPPR"


def _set_off_after(subj: Token) -> bool:
    """The subject's phrase ends its sentence or is followed by a comma ("..., said the report.", ", says BT,")."""
    end = max(x.i for x in subj.subtree) + 1
    return end >= subj.sent.end or subj.doc[end].text == "," or all(t.is_punct for t in subj.doc[end:subj.sent.end])


def _author_set_off(actors: ActorIndex, subj: Token) -> Actor | None:
    """The person a named work is by, set off after its title as the subject ("Brown's Britain, by Robert Peston,
    says"); None for anything else."""
    set_off = subj.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ == "by" and c.i > subj.i
                                          and subj.doc[c.i - 1].text == "," for c in subj.children)
    return actors.author_of(subj) if set_off else None


def _one_of_bodies(subj: Token) -> Token | None:
    """The plural noun of bodies in a subject "one of <bodies>" ("one of the world's leading credit rating
    agencies"), else None."""
    if subj.lower_ != "one":
        return None
    words = lx.lexicon().actors
    return next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in words.org_nouns | words.body_nouns),
                None)


def _named_after_one_of(subj: Token) -> list[Token]:
    """The name set off by a comma after "one of <people>" (or of bodies) as the subject, wherever the parser hung
    it: on the people ("said one of their lawyers, Michalis Dimitrakopoulos", "One of the jilted bidders,
    Netherlands-based group LNM, said") or on the verb ("one of the so-called Guildford Four, Gerry Conlon - who was
    wrongly convicted ... - said"); one name, not a list of them."""
    doc, verb = subj.doc, subj.head
    groups = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    if len(groups) != 1:
        return []
    found = [a for a in groups[0].children if a.dep_ == "appos" and a.i > groups[0].i]
    if not found and verb.i > subj.i:
        found = [c for c in verb.children if subj.i < c.i < verb.i and c.dep_ in ("npadvmod", "appos", "dep")]
    found = [a for a in found if a.ent_type_ in ("PERSON", "ORG") and doc[a.left_edge.i - 1].text == ","
             and not any(c.dep_ == "conj" for c in a.children)]
    return found[:1] if len(found) == 1 else []


def _set_off_before_verb(subj: Token) -> list[Token]:
    """The tokens between the last two commas before the subject's verb, when the subject's phrase runs up to
    them with nothing but those commas between ("Head of ... , NAME, said"); else none."""
    verb, doc = subj.head, subj.doc
    if subj.dep_ != "nsubj" or verb.i <= subj.i or doc[verb.i - 1].text != ",":
        return []
    start = verb.i - 2
    while start > subj.i and doc[start].text != ",":
        start -= 1
    if start <= subj.i or verb.i - 1 - start > 7:  # a name with its title
        return []
    phrase = {t.i for t in subj.subtree}
    if not all(i in phrase for i in range(subj.i, start)):
        return []  # the words before the first comma are not all the subject's phrase
    return list(doc[start + 1:verb.i - 1])


def _last_of_gender(actors: ActorIndex, owner: Token) -> Actor | None:
    """The person "his" or "her" stands for: the one the last "he" or "she" before it was resolved to (the only
    record of a person's gender here); none if no such pronoun came before."""
    pronoun = "he" if owner.lower_ == "his" else "she"
    for t in reversed(owner.doc[:owner.i]):
        if t.lower_ == pronoun and t.i in actors.token_actor:
            return actors.actors[actors.token_actor[t.i]]
    return None


def _role_described(subj: Token) -> bool:
    """"the comedian", "The shadow chancellor", "the national team coach": a person called by a role, with no
    name in the phrase ("the executive" alone is a government: the Scottish Executive)."""
    bare = all(c.dep_ == "det" for c in subj.children)
    if subj.text in lx.lexicon().titles.post_nominals and any(c.dep_ == "det" and c.lower_ == "the"
                                                              for c in subj.children) \
            and all(c.dep_ in ("det", "compound", "amod") and c.i < subj.i or (c.dep_ == "prep" and c.lower_ == "for")
                    or (c.dep_ == "punct" and c.i > subj.i) or (c.dep_ == "relcl" and aside(c))
                    for c in subj.children):
        # "The MEP said", "the Labour MP for Birkenhead asked", whatever the NER made of "MEP"; "The Glasgow Kelvin
        # MP, who was expelled from Labour ..., accused": an aside describes the one meant
        return True
    if subj.pos_ == "PROPN" and subj.lower_ in lx.lexicon().titles.minister_heads and subj.is_title \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            and all((c.dep_ == "det" and c.i < subj.i) or (c.dep_ == "compound" and c.i < subj.i and c.is_title
                                                            and c.ent_type_ in ("", "TITLE"))
                    for c in subj.children):
        return True  # "The Foreign Secretary told the BBC": a title the parser made a name of, with nobody in it
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lower_ in lx.lexicon().titles.role_heads \
        and subj.lower_ not in SPOKESPEOPLE and not (bare and subj.lower_ == "executive") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and not any(c.dep_ in ("poss", "prep", "appos") or (c.dep_ == "relcl" and not aside(c))
                    or (c.ent_type_ and c.ent_type_ != "TITLE" and not (c.ent_type_ == "GPE" and c.dep_ == "compound")
                        and not _party_or_people(c))
                    for c in subj.children)  # "The England coach", "the UK chancellor": whose coach, not who; a
    # word of the title ("prime" of "the prime minister", which the title ruler marks) is no name; "the Tory
    # leader", "the French international defender": a party or a people, no name either


def _give_role(actors: ActorIndex, person: Actor, subj: Token) -> None:
    """The description a quote was given to a person through ("Matt Williams named his squad ... The Scotland coach
    said", "the Microsoft chief added") is their role, as written, where the text gave them none and no other
    person named before is left without one (the quote may be either's; the role is not)."""
    others = actors.people_named_before(subj.idx) - {person.id}
    if person.role is not None:
        return
    if any(actors.actors[a].role is None for a in others) and not _salient_holder(actors, person, subj):
        return
    person.role = _description(subj)


def _salient_holder(actors: ActorIndex, person: Actor, subj: Token) -> bool:
    """The person a bare office ("the prime minister", "the chancellor") goes to is the one subject of a main clause
    just before it, with nobody else named there ("Tony Blair has dismissed reports he told Gordon Brown he would quit
    ... "...," the prime minister told ..."): the office is theirs even where others named before have no role."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or not all((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ in ("amod", "compound") and c.is_lower)
                       for c in subj.children):
        return False
    if actors.people_just_before(subj.idx, main=True) != [person] or _named_in_claim(actors, person, subj) \
            or spoke_of(actors, person, subj):
        return False
    # the subject alone, not one of two ("Mr Osgood and Mr Hartley warned ...": the office may be either's)
    lo = actors.sentences_back(subj.idx, 1)
    for m in actors.mentions:
        if m.actor == person.id and m.main and lo <= m.start < subj.idx:
            span = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and (span.root.conjuncts or span.root.dep_ == "conj"):
                return False
    return True


def _named_in_claim(actors: ActorIndex, person: Actor, subj: Token) -> bool:
    """The person is named as the subject of what the subject's verb reports after it ("But the chancellor said Mr
    Baume was never at meetings ..."): one who speaks of themselves says "I", so the description is someone else
    (not a sentence the speaker's name opens: "Cruz defends his record in an ad: "...," the senator says")."""
    return any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and actors.token_actor.get(t.i) == person.id
               and not any(a.dep_ in ("relcl", "acl", "pobj", "appos") for a in ancestors_to(t, c))
               for c in subj.head.children if c.dep_ in ("ccomp", "xcomp") and c.i > subj.head.i
               for t in c.subtree)


def _description(subj: Token) -> str:
    """A description as written, without its article or its owner: "ex-home secretary", "Conservative Party
    Co-Chairman", "general secretary" of "The political reform group's general secretary"."""
    owned = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}
    first = min(t.i for t in subj.subtree if t.dep_ != "det" and t.i <= subj.i and t.i not in owned)
    return subj.doc[first:subj.i + 1].text


def _party_or_people(word: Token) -> bool:
    """A party or nationality word before a role ("the Tory leader", "the French defender")."""
    return word.ent_type_ == "NORP" and word.dep_ in ("amod", "compound", "det") and word.i < word.head.i


def _party_and_country(subj: Token) -> tuple[str | None, str | None]:
    """The party and the country a description names before its role ("the Liberal Democrat leader" -> Liberal
    Democrats, United Kingdom; "the French defender" -> None, France)."""
    words = [t for c in subj.children if _party_or_people(c) and c.dep_ != "det" for t in c.subtree]
    if not words:
        return None, None
    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    party = lx.party(text)
    return party, lx.organization_country(party) if party else lx.country_of(text)


def _fits_description(person: Actor, subj: Token) -> bool:
    """Nothing known of ``person`` contradicts the party or the people a description names ("the Tory leader" is
    not a person of another party or country)."""
    party, country = _party_and_country(subj)
    return (party is None or person.organization in (None, party)) \
        and (country is None or person.affiliation in (None, country))


def _holder_of_role(actors: ActorIndex, subj: Token) -> Actor | None:
    """"said the Old Trafford boss", "the Microsoft chief added": a role of a body, with "the" and no name, is
    the one person named just before, when nothing gives them another role or organisation, not the body; None
    where that person is not plain (then the body named stands for its officer, as before)."""
    # a role as a common noun, or as a title ("The Conservative Party Co-Chairman said"), which the parser makes a name
    # (whose "the" the parser may hang on the title's first word)
    title = subj.pos_ == "PROPN" and subj.ent_type_ == TITLE_LABEL \
        and subj.text not in lx.lexicon().actors.government_heads  # not "the Scottish Executive", a government
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        or (title and subj.doc[subj.left_edge.i].lower_ == "the") \
        or any(c.dep_ == "poss" and c.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)
               for c in subj.children)  # "The political reform group's general secretary"
    if not ((subj.pos_ == "NOUN" and subj.tag_ == "NN") or title) or subj.lower_ not in lx.lexicon().titles.role_heads \
            or subj.lower_ in SPOKESPEOPLE or not the \
            or any(c.dep_ in ("appos", "prep", "conj") or (c.dep_ == "relcl" and not aside(c)) for c in subj.children):
        return None  # an aside set off by a comma describes the one meant ("The Tory leader, who argues ...,")
    # the body's name, which the parser may hang as an adjective ("The Ofsted chief")
    owners = [c for c in subj.children if c.i < subj.i and (c.dep_ in ("compound", "poss") or (
        c.dep_ == "amod" and c.is_title and c.i in actors.token_actor))]
    bodies = {actors.token_actor[t.i] for c in owners for t in c.subtree if t.i in actors.token_actor}
    body = actors.actors[bodies.pop()] if len(bodies) == 1 else None
    if body is None and not bodies and len(owners) == 1 and owners[0].dep_ == "poss" and owners[0].pos_ == "NOUN" \
            and owners[0].lower_ in lx.lexicon().actors.org_nouns:
        body = actors.resolve(owners[0])  # "The political reform group's general secretary": the group named before
    if body is None and not bodies and len(owners) == 1 and owners[0].dep_ == "compound" \
            and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
                    for t in owners[0].subtree):
        # a body's name the NER typed as something else or nothing ("the Black Sabbath singer", "The Easyjet
        # founder"): the person just named, of no other organisation and no other role
        name = " ".join(t.text for t in owners[0].subtree)
        near = _just_named(actors, subj)
        fits = len(near) == 1 and near[0].organization in (None, name) \
            and (role_head(near[0]) in (None, subj.lower_) or near[0].role == _description(subj))
        return near[0] if fits else None
    if body is None or body.type != "organization":
        return None
    near = actors.people_just_before(subj.idx)
    if len(near) > 1:
        near = actors.people_just_before(subj.idx, main=True)
    if len(near) != 1 or near[0].organization not in (None, body.name):
        return None
    # not "the Marsh executive" for an attorney general; the same description again is the same person; an office
    # held before may be anyone's now ("The former Labour leader said" after Neil Kinnock, European Commissioner)
    former = any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in subj.children)
    return near[0] if role_head(near[0]) in (None, subj.lower_) or near[0].role == _description(subj) or former \
        else None


def _just_named(actors: ActorIndex, subj: Token) -> list[Actor]:
    """The people named just before a description: in its sentence and the one before it; of several, those that
    were the subject there ("Henry will captain the side in place of Patrick Vieira. And the striker said"); of
    none, a sentence further back ("Mr Brown said the UK would ... Under the plan - ... "...," the chancellor
    said"); of none there either, the one person the article has named so far ("Patricia Hewitt said ..." and,
    three sentences of figures later, "The minister told delegates")."""
    near = actors.people_just_before(subj.idx)
    if len(near) > 1:
        return actors.people_just_before(subj.idx, main=True)
    near = near or actors.people_just_before(subj.idx, back=2)
    if near:
        return near
    named = actors.people_named_before(subj.idx)
    return [actors.actors[named.pop()]] if len(named) == 1 else []


STATE_NOUNS = frozenset({"government", "administration", "ministry", "department", "official", "authority",
                         "embassy", "regime", "leadership", "cabinet", "parliament", "treasury", "state", "military",
                         "army", "navy", "delegation", "negotiator", "diplomat", "minister", "president", "leader",
                         "executive", "office", "court", "police", "agency", "source", "people", "side"})
ISSUED = frozenset({"estimate", "number", "statistic", "forecast", "offer", "proposal", "plan", "budget"})  # what
# a state issues: "according to estimates from India", "Argentina's current offer"


LEADER_HEADS = frozenset({"chairman", "chairwoman", "chair", "executive", "president", "director", "head", "boss",
                          "chief", "manager", "leader", "founder", "owner"})  # the last words of a body's head's title
OFFICE_PLURALS = frozenset({"ministers", "officials", "executives", "directors", "spokesmen", "diplomats", "judges",
                            "regulators", "prosecutors", "councillors", "mps", "senators", "economists", "analysts"})


# Nouns that count people ("a number of shareholders"); not "group" ("a group of MPs and peers" is a body of its own)
QUANTITY_NOUNS = frozenset({"number", "majority", "minority", "handful", "couple", "lot", "dozen"})


def _members_of(subj: Token) -> Token | None:
    """The plural that a noun of quantity counts ("A number of large MCI shareholders", "a majority of voters"): they
    speak, not a name inside the phrase."""
    if subj.lemma_.lower() not in QUANTITY_NOUNS or subj.pos_ != "NOUN":
        return None
    words = lx.lexicon().actors
    # people or bodies (not "the number of broadband connections", a thing counted)
    return next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")
                 and (person_noun(o) or o.lemma_.lower() in words.org_nouns | words.other_party_nouns
                      | words.collective_nouns)), None)


def _body_of_main_clause(actors: ActorIndex, it: Token) -> Token | None:
    """The subject of the main clause that "it" speaks in a clause of ("The government has ruled out raising the
    state pension age, because it says it would penalise ...", "Acme cut its forecast and it said ..."), when that
    subject is a body: by name, or a common noun for one ("the government", "the company")."""
    verb = it.head
    if it.lower_ != "it" or it.dep_ != "nsubj" or verb.dep_ not in ("advcl", "conj"):
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > it.i:
        return None
    if subj.i in actors.token_actor:
        return subj if actors.actors[actors.token_actor[subj.i]].type == "organization" else None
    words = lx.lexicon().actors
    return subj if subj.pos_ == "NOUN" and subj.lemma_.lower() in words.org_nouns | words.government_nouns else None


def _bodies_acted_on(tokens: Iterable[Token]) -> list[Token]:
    """The objects among ``tokens`` that are bodies or office holders in the plural ("urged councils to ...",
    "prompting unions to ...")."""
    return [t for t in tokens if t.dep_ == "dobj" and t.tag_ == "NNS"
            and (t.lemma_.lower() in lx.lexicon().actors.org_nouns or t.lower_ in OFFICE_PLURALS)]


def _plural_subject_before(actors: ActorIndex, they: Token) -> Token | None:
    """What "they" as a speaker stands for: the last plural subject before it in its own sentence ("Opposition
    parties want more local policing but they accuse ministers ..."), else in the sentence before ("The Tories
    insisted ... / They said ...", "Critics say ... / They say ...", "... and analysts said ... / They have
    predicted ..."), when that subject is an actor, people by their office ("ministers launched their plan ... /
    They will say ...") or said something; not "The announcements brought cheers ... / They believed ..."."""
    sent = they.sent
    speech = lx.lexicon().cues.speech_verbs

    def fits(subj: Token, office: bool = False) -> bool:
        named = actors.resolve(subj) if subj.pos_ == "PROPN" else None
        if named is not None and named.type == "person" and _joint(actors, subj, named):
            return True  # "Lord Justice Rix and Mr Justice Forbes ruled ... They said ...": the people named together
        plural_name = subj.tag_ == "NNP" and subj.text.endswith("s") and named is not None \
            and named.type == "organization"  # "The Lib Dems argue ... Now they say ...", tagged as one name
        if subj.pos_ == "PRON" or (subj.tag_ not in ("NNS", "NNPS") and not plural_name):
            return False
        actor = actors.resolve(subj)
        if actor is not None and actor.type == "person":
            return False  # one person is no "they": "Britney Spears" tagged as a plural
        verb = subj.head
        said = verb.lemma_.lower() in speech and not any(c.dep_ == "neg" for c in verb.children)
        # with ``office``, people by their office, whatever they did: "ministers launched their plan ... / They
        # will say ..." (only where no subject fits otherwise)
        return said or actor is not None or (office and subj.lower_ in OFFICE_PLURALS)

    # in its own sentence, people by a role as well ("Business leaders had opposed the plan as they said ...")
    here = [t for t in they.doc[sent.start:they.i] if t.dep_ == "nsubj" and (fits(t, office=True) or (
        t.tag_ == "NNS" and t.lemma_.lower() in lx.lexicon().titles.role_heads))]
    if here:
        return here[-1]
    # else the bodies or office holders a verb before it in its sentence acts on ("The minister has urged councils
    # to limit increases but they have warned ...")
    # (not over a plural subject it may stand for: "Consumers are able to ... if they think ...")
    plural_before = any(t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") for t in they.doc[sent.start:they.i])
    objects = [] if plural_before else _bodies_acted_on(they.doc[sent.start:they.i])
    if objects:
        return objects[-1]
    if sent.start == 0:
        return None
    before = they.doc[sent.start - 1].sent
    opens = they.i == sent.start
    subjects = [t for t in before if t.dep_ == "nsubj" and fits(t)] \
        or [t for t in before if t.dep_ == "nsubj" and fits(t, office=True)] \
        or [t for t in (subject(v) for v in before if speech_verb(v))  # "... and analysts said", misparsed
            if t is not None and t.tag_ == "NNS" and t.dep_ == "conj"] \
        or (_bodies_acted_on(before) if opens else [])  # "..., prompting unions to threaten ... They believe ..."
    if subjects:
        return subjects[-1]
    # "They" opening a sentence right after one whose body spoke, named in the singular ("Cosla says that it is
    # willing ... They say ...": British English speaks of a body in the plural too)
    bodies = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_.lower() in speech and t.pos_ == "PROPN"
              and (a := actors.resolve(t)) is not None and a.type == "organization"] if opens else []
    if bodies:
        return bodies[-1]
    # "police said ... / That led to ..., they said. / The fight continued ..., they said": the "they" that spoke
    # in the sentence before stands for the same group
    again = [t for t in before if t.lower_ == "they" and t.dep_ == "nsubj" and t.head.lemma_.lower() in speech]
    return _plural_subject_before(actors, again[-1]) if again else None


def speaker(actors: ActorIndex, subj: Token | None) -> tuple[str | None, str | None]:
    """(name, actor id) of the speaker a subject stands for: an actor of the article, else a named group
    ("Ministers") or a plural of people ("analysts") with no id, else nobody."""
    if subj is None:
        return None, None
    dashed = _noun_before_dash_aside(subj)  # a name there is ``subject``'s ("Mr Bez - himself a former ...")
    before_aside = actors.body_named_before(dashed) if dashed is not None else None
    if before_aside is not None:  # "the firm - China's biggest jet fuel supplier - said": the firm named before
        return before_aside.name, before_aside.id
    if subj.lower_ == "they" and subj.dep_ == "nsubj":
        plural = _plural_subject_before(actors, subj)
        if plural is not None:  # "The Tories insisted ... They said ...", "experts warned. They say ..."
            return speaker(actors, plural)
    members = _members_of(subj)
    if members is not None:  # "A number of large MCI shareholders expressed unhappiness ..., saying": the shareholders
        return speaker(actors, members)
    main_body = _body_of_main_clause(actors, subj)
    if main_body is not None:  # "The government has ruled out raising the age, because it says ...": the government
        return speaker(actors, main_body)
    group = subj.head.head
    if subj.tag_ == "WP" and subj.lower_ == "who" and subj.head.dep_ == "relcl" and group.tag_ == "NNS" \
            and group.i not in actors.token_actor and 0 < subj.i - group.i <= 2 \
            and not any(c.dep_ == "poss" for c in group.children):
        # "some senior Conservative members, who say ...", "Local residents who say ...": the people the clause is
        # about, right before it, as a group named by what they are (not "Trump's adult children, who believed":
        # the owner is not the group)
        return speaker(actors, group)
    if subj.tag_ in ("WDT", "WP") and subj.dep_ == "nsubj" and subj.head.dep_ == "relcl" and group.i < subj.i \
            and (_speaks_as_subject(group) or (subj.lower_ == "who" and aside(subj.head) and _called_by_role(group))) \
            and actors.resolve(subj) is None:
        # "said an REM spokesman, who added ...", "The IAAF - which said ...": the phrase the clause is about, which
        # is no actor, speaks as it would as the subject; so does a person called by a role, set off by a comma
        # ("The Tory leader, who argues he is ...": the one the role stands for)
        return speaker(actors, group)
    apposed = named_in_apposition(actors, subj)
    if apposed is not None:
        return apposed.name, apposed.id
    author = _author_set_off(actors, subj)
    if author is not None:  # "Brown's Britain, by Robert Peston, says": a work speaks for its author
        return author.name, author.id
    holder = _holder_of_role(actors, subj)
    if holder is not None:
        _give_role(actors, holder, subj)
        return holder.name, holder.id
    actor = actors.resolve(subj)
    if actor is not None and actor.type == "country" and subj.pos_ == "PROPN":
        # "according to eBay UK", "Microsoft Europe said": a business's branch in a country is the business
        branch = [actors.actors[actors.token_actor[c.i]] for c in subj.children
                  if c.dep_ == "compound" and c.i in actors.token_actor]
        if len(branch) == 1 and branch[0].type == "organization":
            actor = branch[0]
    if actor is not None and actor.type == "organization":
        actor = _person_ending_subject(actors, subj) or actor
    if actor is not None and actor.type == "country" and subj.pos_ == "NOUN" and subj.i not in actors.token_actor \
            and subj.lemma_.lower() not in STATE_NOUNS | lx.lexicon().actors.document_nouns | ISSUED \
            and subj.lower_ not in SPOKESPEOPLE:
        # "Norway's music industry said", "The Canada-based company says", "the head of Germany's panel of advisers
        # predicted": a country speaks only as its state, not through everything named after it
        actor = None
    if actor is None:  # "according to their figures": whose figures
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ in ("its", "their") \
                and subj.lemma_.lower() not in lx.lexicon().actors.other_party_nouns:  # not "its lawyer"
            actor = actors.antecedent(owner.idx, ("organization",))
        elif owner is not None and owner.lower_ in ("his", "her") and subj.lower_ in SPOKESPEOPLE:
            actor = _last_of_gender(actors, owner)  # "her spokesman insisted": she speaks through him
        elif owner is not None and owner.lower_ in ("his", "her") \
                and subj.lemma_.lower() in lx.lexicon().actors.document_nouns | lx.lexicon().actors.voice_nouns:
            # "his report said": the one who wrote it (Wim Kok's report); "her Twitter account posted", "His office
            # said": the one whose words they are
            actor = actors.resolve(owner)
        firm = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                     and c.lower_ in lx.lexicon().actors.company_nouns), None)
        if actor is None and firm is not None and subj.lemma_.lower() in lx.lexicon().actors.document_nouns:
            found = actors.resolve(firm)  # "the company's statement said": the company named before
            actor = found if found is not None and found.type == "organization" else None
    if actor is None and subj.lower_ in ("paper", "newspaper", "magazine") \
            and [c.lower_ for c in subj.children] == ["the"]:
        press = actors.press_named_before(subj)
        if press is not None:  # "Vedomosti newspaper reported that ... The paper added": the paper by its name
            return press, None
    if actor is None and aged(subj):
        # "the 34-year-old told ...": a person named before in full or with a role, not a club the NER typed so
        actor = actors.antecedent(subj.idx, ("person",), subject_first=True,
                                  accept=lambda a: len(a.name.split()) >= 2 or a.role is not None)
    # "The Wasps wing insisted ...": a player of the club named in the phrase, the person just named, not the club
    # (a club's name the actors hold no mention of there too: "The Manchester United wing revealed")
    player = (actor is None or actor.type != "country") and subj.pos_ == "NOUN" \
        and subj.i not in actors.token_actor and subj.lower_ in lx.lexicon().titles.positions \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and any(c.dep_ == "compound" and (c.i in actors.token_actor or (actor is None and c.pos_ == "PROPN"))
                for c in subj.children)
    if player:
        actor = None
    by_description = actor is None and (described(subj) or player)
    if actor is None and (_role_described(subj) or by_description):
        # "The shadow chancellor said", "the comedian has told BBC News": the one person named just before, if
        # nothing gives them another role; "the youngster said", "the Frenchman added": a description that is no
        # role, whatever role they hold
        near = _just_named(actors, subj)
        if len(near) > 1 and not by_description:
            # of the people just named, the one the role could be: "Gallas has been given extra confidence by the
            # impact manager Jose Mourinho ... And the French international defender believes" is not the manager
            could = [a for a in near if role_head(a) in (None, subj.lower_)]
            near = could if len(could) == 1 else near
        said = _description(subj).lower()  # "shadow chancellor", compared with the roles as written
        holders = [a for a in actors.of_type("person") if a.role and a.role.lower() == said]
        office = not by_description and _one_holder_office(subj, said)
        if office and not holders and said in actors.offices:
            # "The prime minister said ... Mr Bush was sworn in ... the prime minister said": the same office said
            # bare again is the person it was before, not the one named last
            near = [actors.actors[actors.offices[said]]]
        last = role_head(near[0]) if len(near) == 1 and not (near[0].role or "").startswith("counterpart") else None
        positions = lx.lexicon().titles.positions
        if last in positions and subj.lower_ in ("captain", "skipper"):
            last = subj.lower_  # a player of a position may captain the side: "the England captain"
        if subj.lower_ == "international" and last not in positions | {None, "captain", "skipper"}:
            by_description = False  # "the former Scotland international" is a player, not the club director just named
        # the only person named so far may hold a second role ("Ex-chat show host Robert Kilroy-Silk has quit ...
        # The MEP said ...")
        alone = len(near) == 1 and all(c.dep_ == "det" for c in subj.children) \
            and actors.people_named_before(subj.idx) == {near[0].id}
        # a member of a parliament may hold an office as well, or have held one ("Former Cabinet minister Douglas
        # Hogg ... But the Tory MP for Sleaford and North Hykeham admitted")
        member = subj.text in ELECTED and last in lx.lexicon().titles.minister_heads | {"leader", "backbencher"}
        # "the Warriors chief" is the chairman just named: a chief or a boss heads a body, whatever their title
        heads_it = subj.lower_ in ("chief", "boss") and last in LEADER_HEADS
        if len(near) == 1 and (by_description or last is None or last == subj.lower_ or alone or member or heads_it
                               or (said == "minister" and last in lx.lexicon().titles.minister_heads)) \
                and all(a is near[0] for a in holders) \
                and _fits_description(near[0], subj) and not _named_in_claim(actors, near[0], subj) \
                and (by_description or not spoke_of(actors, near[0], subj)) \
                and (member or not (set((near[0].role or "").lower().split()) & OTHER_OFFICE) - set(said.split())):
            # nobody else named holds that role; "the chancellor" is not the shadow chancellor named before
            actor = near[0]
            if not by_description:
                _give_role(actors, actor, subj)
            if office:
                actors.offices.setdefault(said, actor.id)
        elif office and len(holders) == 1 and not _named_in_claim(actors, holders[0], subj):
            # the one person the article has given that office, where those just named cannot hold it ("the prime
            # minister said" after "Mr Bush was sworn in", Tony Blair having been given "prime minister" before)
            actor = holders[0]
    if actor is None and subj.lower_ in SPOKESPEOPLE and all(c.dep_ == "det" for c in subj.children):
        actor = actors.spokesman_of(subj)  # "A spokesman said": the body he speaks for, named before
    if actor is None and subj.lower_ in SPOKESPEOPLE:
        # "a spokesperson from Icstis told ...": the body by its name, as the text gives it, when it is no actor
        named_body = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "for", "at")
                           for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if named_body is not None:
            first = min(t.i for t in named_body.subtree if t.dep_ == "compound" or t == named_body)
            return subj.doc[first:named_body.i + 1].text, None
        as_named = _body_named_with(subj)
        if as_named is not None:
            # "a Jive spokeswoman said", "a police spokesman said": the body as the text names it, when it is no actor
            return as_named, None
        if all(c.dep_ == "det" for c in subj.children):
            # "a spokesman said" where the text names no body he could speak for: the spokesman, unnamed, as
            # "analysts" are (the gold sets' convention), not nobody
            return subj.lower_, None
    if actor is None and subj.lower_ in ("he", "she"):
        spoke = actors.unnamed_spokesperson_before(subj)
        said_for = _body_named_with(spoke) if spoke is not None else None
        if said_for is not None:  # "The police spokesman said ... The force is investigating, he said": the police
            return said_for, None
    if actor is None and subj.pos_ == "NOUN":
        # "Acme president and chief executive Bill Owens said": the parser heads the subject with the title and
        # hangs the name on it as a conjunct; the person is the speaker
        named = [a for a in (actors.resolve(c) for c in subj.conjuncts if c.i > subj.i) if a is not None]
        if len(named) == 1 and named[0].type == "person":
            return named[0].name, named[0].id
    if actor is not None and actor.type == "person" and subj.pos_ == "NOUN" and subj.lower_ in ENTOURAGE:
        owners = [t for t in subj.children if t.dep_ in ("compound", "poss") and t.i < subj.i]
        if owners:  # the campaign speaks, not the candidate: "Trump campaign", with no actor of its own
            first = min(x.i for x in owners[0].subtree)
            body = subj.doc[first:owners[-1].i + 1].text.removesuffix("'s").removesuffix("’s")
            return f"{body} {subj.text}", None
    if actor is not None and actor.type in ("organization", "country") \
            and ((subj.pos_ == "NOUN" and subj.tag_ == "NN") or subj.text in ELECTED) \
            and subj.i not in actors.token_actor and subj.lower_ in lx.lexicon().titles.role_heads \
            and subj.lower_ not in SPOKESPEOPLE and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                        for c in subj.children):
        # "..., a Labour backbencher has said." then "Derek Wyatt said ...", "A UK Independence Party MEP suggested
        # ..." then "Mike Nattrass, UKIP's deputy leader, ...": the person of that body named next, not the body the
        # description names
        named_next = actors.named_after_lead(subj)
        if named_next is not None and named_next.type == "person" and named_next.organization in (None, actor.name):
            actor = named_next
    if actor is not None:
        others = _joint(actors, subj, actor)
        if others:  # "Grassley and Leahy said": both speak; the quote is no one actor's alone
            names = [actor.name] + [a.name for a in others]
            return ", ".join(names[:-1]) + " and " + names[-1], None
        return actor.name, actor.id
    if subj.pos_ == "NOUN" and (subj.tag_ == "NN" or (
            subj.tag_ == "NNS" and subj.lemma_.lower() in lx.lexicon().titles.role_heads)):
        # "..., an anti-fraud agency has said." then "Retail Decisions says"; "..., leading pension researchers have
        # said." then "The Pensions Policy Institute (PPI) said"
        lead = actors.named_after_lead(subj)
        if lead is not None:
            return lead.name, lead.id
    bodies = _one_of_bodies(subj)
    if bodies is not None:
        # "..., one of the world's leading credit rating agencies says." then "Standard & Poor's has classed ...":
        # one body, as "a leading agency" would be
        lead = actors.named_after_lead(bodies)
        if lead is not None and lead.type == "organization":
            return lead.name, lead.id
    if subj.lower_ == "those" and any(c.dep_ in ("prep", "acl", "amod") and c.i == subj.i + 1 for c in subj.children):
        # "say those behind the negotiations", "those close to him": a group named by what they are
        return "".join(t.text_with_ws for t in subj.subtree).strip(" ,"), None
    law = law_at(subj.doc, subj.i)
    if law is not None:  # "The Prevention of Terrorism Bill proposes ...": the bill as named, no actor
        return (law[1:] if law[0].lower_ == "the" else law).text, None
    if subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in SPOKESPEOPLE:
        before = [t for t in subj.subtree if t.i <= subj.i]
        while before and before[0].dep_ in ("det", "punct", "preconj"):
            before = before[1:]
        # the words before the head as written ("Ministry of Defence lawyers", not "Ministry Defence lawyers")
        words = list(subj.doc[before[0].i:subj.i + 1]) if before else [subj]
        if len(words) >= 3 and subj.pos_ == "PROPN" and glued_business_noun(words[0]):
            words = words[1:]  # "Miner Highland Gold said": the business's name, without the noun for its trade
        words += [t for t in subj.children if t.dep_ == "nummod" and t.i == subj.i + 1]
        # not "Both" of "Both the Italian government and Alitalia"; the number of "Number 10 said"
        phrase = "".join(t.text_with_ws if i + 1 < len(words) and words[i + 1].i == t.i + 1 else t.text + " "
                         for i, t in enumerate(words)).strip()  # "BT's competitors", not "BT 's competitors"
        # a named group ("Ministers", "Critics") or a plural of people ("economists", "analysts")
        # ... or a body by its kind ("a committee of MPs and peers has warned": the committee, unnamed; "the
        # government said" where no government is named and the story's country has no actor; not "the country's
        # government", which is a country's the resolver did not find)
        if phrase and (phrase[0].isupper() or subj.tag_ == "NNS" or _one_described(subj)
                       or subj.lower_ in lx.lexicon().actors.collective_nouns | lx.lexicon().actors.body_nouns
                       or (subj.lower_ in lx.lexicon().actors.government_nouns
                           and not any(c.dep_ == "poss" for c in subj.children))):
            return _owner_named(actors, words, subj, phrase), None
    return None, None


def _one_described(subj: Token) -> bool:
    """One person, unnamed, by what they are: "one hugely-disgruntled backbencher", "a senior minister", "another
    analyst" (a role's head word, counted or with an indefinite article), as the same words opening the sentence
    would be ("One backbencher said")."""
    return subj.tag_ == "NN" and subj.lemma_.lower() in lx.lexicon().titles.role_heads \
        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in subj.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" and g.tag_ in ("NNS", "NNPS")
                    for c in subj.children for g in c.children)  # not "A host of mortgage lenders": many


def _owner_named(actors: ActorIndex, words: list[Token], subj: Token, phrase: str) -> str:
    """A group named with a possessive pronoun, with the one the pronoun stands for named instead: "His agent" is
    "Chris Weitz's agent", "her lawyers" "Lana Clarkson's lawyers", "his campaign" the "Marco Rubio campaign" (for
    "his" and "her" a person whose sex the text gives, an honorific or a given name; for "its" and "their" a body);
    else the phrase as written."""
    pronoun = words[0]
    if len(words) < 2 or pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her", "its", "their"):
        return phrase
    owner = actors.resolve(pronoun)
    if owner is None or (owner.type == "person") != (pronoun.lower_ in ("his", "her")):
        return phrase
    if pronoun.lower_ in ("his", "her") \
            and actors.gender(owner) != ("male" if pronoun.lower_ == "his" else "female"):
        return phrase  # only one whose sex the text gives: a wrong name is worse than "her campaign"
    rest = phrase.split(" ", 1)[1]
    return f"{owner.name} {rest}" if subj.lower_ in ENTOURAGE else f"{owner.name}'s {rest}"


def _noun_before_dash_aside(subj: Token) -> Token | None:
    """The noun that opens a subject before an aside set off by dashes, where the parser made the aside the subject
    and hung that noun on it ("the firm - China's biggest jet fuel supplier - said": "firm", not "supplier" of
    China's); None for any other subject."""
    doc = subj.doc
    end = subj.right_edge.i + 1
    if end >= len(doc) or doc[end].text not in DASHES:
        return None
    first = subj.left_edge
    noun = doc[first.i + 1] if first.dep_ == "det" and first.i + 1 < subj.i else first
    if noun.pos_ != "NOUN" or noun.i + 1 >= subj.i or doc[noun.i + 1].text not in DASHES \
            or noun.dep_ not in ("compound", "nmod") or noun.head.i <= noun.i + 1:
        return None
    return noun


def _person_ending_subject(actors: ActorIndex, subj: Token) -> Actor | None:
    """The person whose name, after a role word, ends the phrase of a body's name that the parser made the subject
    ("Commission for Racial Equality chairman Trevor Phillips said", parsed with "Commission" the subject and the
    chairman's name under "for"): that person speaks, not the body."""
    doc = subj.doc
    last = max(t.i for t in subj.subtree)
    if subj.pos_ != "PROPN" or last + 1 >= len(doc) or doc[last + 1] != subj.head or last not in actors.token_actor:
        return None
    person = actors.actors[actors.token_actor[last]]
    first = last
    while first > subj.i and actors.token_actor.get(first - 1) == person.id:
        first -= 1
    before = doc[first - 1]
    if person.type != "person" or first - 1 <= subj.i or not before.is_lower \
            or before.lower_ not in lx.lexicon().titles.role_heads:
        return None
    return person


def _called_by_role(noun: Token) -> bool:
    """"The Tory leader", "the youngster": a person called by a role or a description with "the", no spokesman."""
    words = lx.lexicon().titles
    return noun.pos_ == "NOUN" and noun.lower_ not in SPOKESPEOPLE \
        and (noun.lower_ in words.role_heads or noun.lower_ in words.descriptions) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _speaks_as_subject(noun: Token) -> bool:
    """A phrase that a relative clause of speech is about and that speaks for itself: a spokesperson ("an REM
    spokesman, who added"), a name the NER typed but no actor was made of ("Beijing, which described"), an
    acronym ("The IAAF - which said"); not a noun whose phrase only names someone ("Mr Brown's former girlfriend,
    ..., who said", "A group of shop stewards from the Swan Hunter shipyard, who said"), nor a capitalised word
    of a name the NER missed ("the Organisation for Economic Co-operation ..., which")."""
    if noun.pos_ == "NOUN":
        return noun.lower_ in SPOKESPEOPLE
    return noun.pos_ == "PROPN" and (noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                     or (noun.is_upper and len(noun) > 1))


ONE_HOLDER = frozenset({"president", "premier", "chancellor"})  # offices with one holder, said in one word


def _one_holder_office(subj: Token, said: str) -> bool:
    """"the prime minister", "the chancellor", "the home secretary": an office that one person holds, said bare with
    "the" (not "a minister", "the minister", "a former president")."""
    words = said.split()
    if not words or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or set(words) & {"former", "ex", "acting", "outgoing"}:
        return False
    return words[-1] in ONE_HOLDER or (len(words) >= 2 and words[-1] in lx.lexicon().titles.minister_heads)


def _joint(actors: ActorIndex, subj: Token, first: Actor) -> list[Actor]:
    """The other actors of a coordinated subject ("X and Y", "X, Y and Z"), when every conjunct is a named
    person or organisation of the article; else none (then the first stands alone)."""
    conjuncts = [c for c in subj.conjuncts if c.i > subj.i]
    if not conjuncts or first.type not in ("person", "organization"):
        return []
    out: list[Actor] = []
    doc = subj.doc
    for c in conjuncts:
        first_name = c.i
        while first_name > subj.i + 1 and doc[first_name - 1].pos_ == "PROPN":
            first_name -= 1
        # only "and", commas and articles between the names: "Nortel president and chief executive Bill Owens"
        # is one person with a title, not two speakers
        if any(t.lower_ not in ("and", ",", "the") for t in doc[subj.i + 1:first_name]):
            return []
        actor = actors.resolve(c)
        if actor is None or actor.type not in ("person", "organization") or actor is first or actor in out:
            return []
        out.append(actor)
    return out
