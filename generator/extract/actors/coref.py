"""Mentions the NER does not tag: a person's bare surname, an organisation's name said again, and "he"/"she"
resolved in reading order."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from generator import lexicon as lx
from generator.extract.actors.index import SPOKESPEOPLE, ActorIndex, in_spans
from generator.extract.sentences import english_words, text_of, words_of
from generator.model import Actor

TAIL_DEPS = ("prep", "npadvmod", "advmod", "advcl", "agent")  # "..., he said on Monday", "..., he claimed, saying"
OPENERS = ('"', "“", "‘", "'", "(", "-", "—", "–", ":", ";")  # marks after which a pronoun may be capitalised


def name_mentions(doc: Doc, idx: ActorIndex) -> None:
    """A person's surname the NER did not tag here ("Mr Balls, who stepped down, ...") is still a mention."""
    by_surname: dict[str, list[Actor]] = {}
    for a in idx.of_type("person"):
        if len(a.name.split()) >= 2:
            by_surname.setdefault(a.name.split()[-1], []).append(a)
    honorifics = lx.lexicon().titles.honorifics
    for i in words_of(doc).at(lowers={s.lower() for s in by_surname}):
        tok = doc[i]
        if tok.i in idx.token_actor or tok.pos_ != "PROPN" or len(by_surname.get(tok.text, [])) != 1:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        actor = by_surname[tok.text][0]
        if _of_another_name(tok, actor):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in honorifics else tok.i
        idx.alias(actor, tok.text)
        idx.mention(doc[start:tok.i + 1], actor)


def _of_another_name(tok: Token, actor: Actor) -> bool:
    """``tok``, a person's surname, is the last word of another name the NER left untagged: the capitalised word
    before it is hung on it and is none of the person's other names, no initial of theirs, no honorific, title or
    rank or description, and no word of another entity ("Highland Gold" is not "Barrick Gold", "Wood Green" not
    Andrew Green; but "K Holmes" is Kelly Holmes, and "President Musharraf", "Chief Supt Deats", "Comic Pasquale",
    "Van Persie" and "the Sun Willis ..." are theirs)."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    titles = lx.lexicon().titles
    low = before.lower_.rstrip(".")
    if not (before.pos_ == "PROPN" and before.head == tok and before.is_title) \
            or before.lower_ in actor.name.lower().split() or low in titles.honorifics or low in titles.role_words \
            or low in titles.descriptions or before.text.rstrip(".") in titles.rank_abbreviations \
            or before.text in titles.heads or (before.ent_type_ and before.ent_type_ != tok.ent_type_) \
            or (before.i > 0 and tok.doc[before.i - 1].lower_ == "the") \
            or (before.is_sent_start and before.lower_ in english_words(tok.doc)):
        return False  # (after "the", the word ends a name of its own: "the Sun Willis"; an English word opening the
        # sentence describes the person: "Comic Pasquale beat ...")
    return not (len(low) == 1 and actor.name.startswith(before.text[0]))


def organisation_name_mentions(doc: Doc, idx: ActorIndex) -> None:
    """An organisation's name, as the NER tagged it once, said again where the NER left it untagged or took it for
    something else ("Parmalat has sued 45 banks ... The firm collapsed" with only a later "Parmalat" tagged; "according
    to BT" read as a place): the same organisation, so that "the firm" and "the telecoms giant" after it find it. Not
    a word of a longer name ("Dr Reddy's" is not "Reddy", "Mr Ford" not Ford) or of a description ("the Commons
    standards committee", "a committee of MPs"; "a BT spokesman" is BT's), nor a person's name or a place where the
    NER read one. The organisation's first mention moves to the first of these."""
    names: dict[str, list[tuple[list[str], Actor]]] = {}
    for a in idx.of_type("organization"):
        for written in dict.fromkeys([a.name, *a.aliases]):
            words = written.split()
            if words and words[0][:1].isupper():
                names.setdefault(words[0].lower(), []).append((words, a))
    honorifics = {h.lower() for h in lx.lexicon().titles.honorifics}
    for i in words_of(doc).at(lowers=set(names)):
        for words, actor in sorted(names[doc[i].lower_], key=lambda wa: -len(wa[0])):
            end = i + len(words)
            if end > len(doc) or [t.text for t in doc[i:end]] != words:
                continue
            span = doc[i:end]
            if any(t.i in idx.token_actor or t.ent_type_ == "PERSON" or t.pos_ not in ("PROPN", "NOUN") for t in span):
                break
            before = doc[i - 1] if i > 0 else None
            if before is not None and (before.pos_ == "PROPN" or before.lower_.rstrip(".") in honorifics):
                break
            if end < len(doc) and (doc[end].pos_ == "PROPN" or (doc[end].text == "-" and not span[-1].whitespace_)):
                break  # "Telvane Holdings", "Windows-based players"
            if span[0].ent_type_ in ("GPE", "LOC") and lx.where(span.text) is not None:
                break
            root = span.root
            if root.head.lower_ not in SPOKESPEOPLE and (
                    (root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i)
                    or (root.dep_ == "pobj" and root.head.lower_ == "of")):
                # a word of a longer description ("the Commons standards committee", "a Cepes researcher") or what
                # one is of ("a committee of MPs", "the head of Parmalat"): not the organisation acting
                break
            idx.mention(span, actor)
            actor.first = min(actor.first, span.start_char)
            break


def described(subj: Token) -> bool:
    """"the youngster", "The world indoor champion", "the Frenchman": the person just named, described, with no
    name or owner in the phrase."""
    words = lx.lexicon()
    return subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NN", "NNP") \
        and (subj.lower_ in words.titles.descriptions or subj.lower_ in words.actors.people_nouns) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and not any(c.dep_ in ("poss", "prep", "appos") or (c.dep_ == "relcl" and not aside(c))
                    or c.ent_type_ in ("PERSON", "ORG") for c in subj.children)


def aged(subj: Token) -> bool:
    """"the 34-year-old" (or "the 34-year-old striker") with no name: a person named before, by age."""
    olds = [subj] if subj.lower_ == "old" else [c for c in subj.children if c.lower_ == "old" and c.dep_ == "amod"]
    dets = list(subj.children) if subj.lower_ != "old" or subj.dep_ in ("nsubj", "nsubjpass") \
        else [c for c in subj.head.children if c.i < subj.i]  # "The 31-year-old insisted", "the" hung on the verb
    return any(c.dep_ == "det" and c.lower_ == "the" for c in dets) and any(
        any(g.lower_ in ("year", "years") and any(n.like_num for n in g.subtree) for g in o.children) for o in olds)


def aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("The actor, whose films include ..., said"): it describes the one
    meant, it does not pick out another ("the man who shot him")."""
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


def pronoun_mentions(doc: Doc, idx: ActorIndex, only: set[int] | None = None) -> None:
    """"he" and "she" outside quotes, in reading order, as mentions of the person they refer to, so that the
    next pronoun finds the same person and the mention count includes them (``only``: these tokens alone)."""
    for i in words_of(doc).at(lowers=("he", "she")):
        tok = doc[i]
        if (only is not None and i not in only) or tok.i in idx.token_actor or in_spans(tok.idx, idx.quote_spans):
            continue
        if tok.text[0].isupper() and tok.i > 0 and not tok.is_sent_start and doc[tok.i - 1].text not in OPENERS:
            continue  # a word of a title: "The She Hate Me director", "1986 hit She's Gotta Have It"
        if idx.spokesperson_before(tok) is not None or idx.unnamed_owner_speaks(tok) or idx.unnamed_holder_before(tok):
            continue  # "A Defra spokeswoman said ... she said": the body speaks, not the last person named; "...," the
            # chief executive of a leading car maker told BBC News. ..., he said": that unnamed person
        actor = _relative_clauses_person(idx, tok) or idx.person_antecedent(tok)
        if actor is not None and _named_in_own_claim(doc, idx, tok, actor):
            # "Mr Blair has failed to tackle these problems, he claimed": one who speaks of himself says "I"; the
            # speaker is the other person the narration was about, if one was a subject in the two sentences
            # before (else the claim may be one said of oneself: "Mr Curry is not a programmer, he says")
            other = idx.person_antecedent(tok, skip=actor.id)
            lo = idx.narrated_sentences_back(tok.idx, 2)
            if other is not None and any(m.actor == other.id and m.main and lo <= m.start < tok.idx
                                         for m in idx.mentions):
                actor = other
        described_ = _described_subject_before(doc, idx, tok)
        if described_ is not None and described_ != actor:
            # "Arjen Robben has broken his foot. The 21-year-old missed ... after a challenge with Olivier Dacourt.
            # And he added": the pronoun goes on with the subject, a person described, not the name in passing
            actor = described_
        if actor is not None and _named_below(doc, idx, tok, actor):
            # "He warned the BBC that attacking Mr Campbell had brought it trouble": a pronoun subject is never the
            # person its own verb's object or clause names by name (he would be "himself" or "him")
            actor = idx.person_antecedent(tok, skip=actor.id)
        if actor is not None:
            idx.mention(doc[tok.i:tok.i + 1], actor)


def _relative_clauses_person(idx: ActorIndex, pronoun: Token) -> Actor | None:
    """"he" or "she" inside a relative clause on a person's name whose subject is the relative pronoun, before any
    other person is named in it: that person ("Tenney previously helped fight Oneida Indian Nation leader Ray
    Halbritter, who spearheaded the campaign ... because he claimed it was offensive": Halbritter claimed it, not
    Tenney, the sentence's subject)."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.head.i not in idx.token_actor:
        return None
    person = idx.actors[idx.token_actor[clause.head.i]]
    if person.type != "person" or not any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WP" for w in clause.children):
        return None  # "who" the clause's subject: the clause is about the person
    if any(t.i in idx.token_actor and idx.actors[idx.token_actor[t.i]].type == "person"
           and idx.token_actor[t.i] != person.id for t in pronoun.doc[clause.left_edge.i:pronoun.i]):
        return None  # another person named in the clause first: "who met Mr Blair when he ..."
    other = {"he": "female", "she": "male"}.get(pronoun.lower_)
    return person if other is None or idx.gender(person) != other else None


def _described_subject_before(doc: Doc, idx: ActorIndex, pronoun: Token) -> Actor | None:
    """The person a described subject stands for ("the 21-year-old", "the Frenchman", ``aged``, ``described``), where
    that subject is the last subject of a main clause outside quotes in the sentence before the pronoun's (or its
    own, before it; a name or a pronoun as a later such subject leaves it): the person it was taken for, else the
    one person named as the subject of a main clause in the sentence before the description or in its own before
    it; else None."""
    if pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    subjects = [t for t in doc[before.start:pronoun.i] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                and not in_spans(t.idx, idx.quote_spans)]
    if not subjects:
        return None
    last = subjects[-1]
    if last.pos_ not in ("NOUN", "ADJ") or not (described(last) or aged(last)):
        return None
    if last.i in idx.token_actor:  # the description already taken for the person it stands for
        known = idx.actors[idx.token_actor[last.i]]
        return known if known.type == "person" else None
    named = idx.people_just_before(last.idx, main=True)
    return named[-1] if len(named) == 1 else None


def pronouns_of_bodies(doc: Doc, idx: ActorIndex) -> None:
    """"he" or "she" taken for an actor that the votes of its mentions then made an organisation ("Marcel
    Desailly insists ... Chelsea ... "...," he told BBC Sport", with Chelsea once tagged a person and Desailly
    never): no body is "he"; the pronoun is resolved again among the people as they are typed now. Only where the
    NER tagged the body's mentions as a body more often than as a person."""
    freed = set()
    text = text_of(doc)
    for m in list(idx.mentions):
        votes = idx.type_votes.get(m.actor, {})
        if idx.actors[m.actor].type == "person" or text[m.start:m.end].lower() not in ("he", "she") \
                or votes.get("person", 0) >= votes.get("organization", 0):
            continue  # not where the NER called it a person as often ("the Clinton campaign" made "Clinton" a body)
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        idx.mentions.remove(m)
        idx.actors[m.actor].mentions -= 1
        for t in span:
            idx.token_actor.pop(t.i, None)
            freed.add(t.i)
    if freed:
        pronoun_mentions(doc, idx, freed)


BELOW_DEPS = ("ccomp", "xcomp", "dobj", "dative")  # what a subject's verb governs (not adjuncts, not "and" verbs)


def _named_below(doc: Doc, idx: ActorIndex, pronoun: Token, actor: Actor) -> bool:
    """``actor`` is named by name in what the verb of the subject ``pronoun`` governs after it."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in pronoun.head.children:
        if c.dep_ in BELOW_DEPS and c.i > pronoun.i:
            sub = list(c.subtree)
            if idx.named_between(actor.id, sub[0].idx, sub[-1].idx + len(sub[-1])):
                return True
    return False


def _named_in_own_claim(doc: Doc, idx: ActorIndex, pronoun: Token, actor: Actor) -> bool:
    """``pronoun`` is the subject of a verb of speech set off after what is said ("..., he claimed", or a quote
    right before it: '"...," he said'), and ``actor`` is named by name in that claim, earlier in the sentence."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in lx.lexicon().cues.speech_verbs or pronoun.i == 0:
        return False
    quoted = next(((a, b) for a, b in idx.quote_spans if b == doc[pronoun.i - 1].idx + len(doc[pronoun.i - 1])), None)
    if quoted is not None and verb.i > pronoun.i and all(
            c.dep_ in TAIL_DEPS or c.is_punct for c in verb.children if c.i > verb.i):
        # '"... a fantastic manager like Mourinho," he said.': the one the quote names by name is not its speaker
        return idx.named_between(actor.id, quoted[0], quoted[1])
    if doc[pronoun.i - 1].text != ",":
        return False
    # the claim is the clause before the verb ("Mr Blair has failed ..., he claimed"), and the verb ends the
    # sentence with only its own words after it ("on Monday", ", saying ..."), not an aside inside it ("including,
    # he claims, Tory leader Michael Howard")
    claims = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        claims.append(verb.head)
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct and not c.is_space]
    told = lx.lexicon().cues.addressing
    if len(claims) != 1 or any(verb not in t.ancestors for t in doc[verb.i + 1:pronoun.sent.end]
                               if not (t.is_punct or t.is_space)) \
            or any((c.dep_ not in TAIL_DEPS and not (c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in told))
                   or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in after):  # not "..., he claims, Mr X"
        return False
    claim = [t for t in claims[0].subtree if t.i < pronoun.i]
    return idx.named_between(actor.id, claim[0].idx, claim[-1].idx + len(claim[-1]))
