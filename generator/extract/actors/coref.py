"""Mentions the NER does not tag: a person's bare surname, and "he"/"she" resolved in reading order."""
from __future__ import annotations

from spacy.tokens import Doc

from generator import lexicon as lx
from generator.extract.actors.index import ActorIndex, in_spans
from generator.extract.sentences import words_of
from generator.model import Actor

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
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in honorifics else tok.i
        idx.alias(actor, tok.text)
        idx.mention(doc[start:tok.i + 1], actor)


def pronoun_mentions(doc: Doc, idx: ActorIndex) -> None:
    """"he" and "she" outside quotes, in reading order, as mentions of the person they refer to, so that the
    next pronoun finds the same person and the mention count includes them."""
    for i in words_of(doc).at(lowers=("he", "she")):
        tok = doc[i]
        if tok.i in idx.token_actor or in_spans(tok.idx, idx.quote_spans):
            continue
        if tok.text[0].isupper() and tok.i > 0 and not tok.is_sent_start and doc[tok.i - 1].text not in OPENERS:
            continue  # a word of a title: "The She Hate Me director", "1986 hit She's Gotta Have It"
        if idx.spokesperson_before(tok) is not None:
            continue  # "A Defra spokeswoman said ... she said": the body speaks, not the last person named
        actor = idx.person_antecedent(tok)
        if actor is not None:
            idx.mention(doc[tok.i:tok.i + 1], actor)
