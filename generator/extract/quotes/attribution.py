"""Who speaks: speech verbs, their subjects, "according to X", and the actor (or named group) a subject
stands for."""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator import lexicon as lx
from generator.extract.actors import ActorIndex

SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")


def speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.lexicon().cues.speech_verbs


def subject(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb it hangs on."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    # "X, who ..., said" or conjoined verbs share the subject of the first verb
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject(verb.head)
    # "She announced a new drive, saying sexism ...": the participle speaks for the main clause's subject
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        return subject(verb.head)
    # "they published the results by announcing that ...": a gerund after a preposition speaks for the subject
    # of the verb the preposition belongs to
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i < verb.i:
        return subject(verb.head.head)
    return None


def according_to(sent: Span) -> tuple[Token, Token] | None:
    """("according", the head of the source phrase) in a sentence, if it has "according to X"."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            for child in sent.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return tok, child
    return None


def speaker(actors: ActorIndex, subj: Token | None) -> tuple[str | None, str | None]:
    """(name, actor id) of the speaker a subject stands for: an actor of the article, else a named group
    ("Ministers") or a plural of people ("analysts") with no id, else nobody."""
    if subj is None:
        return None, None
    actor = actors.resolve(subj)
    if actor is None:  # "according to their figures": whose figures
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ in ("its", "their"):
            actor = actors.antecedent(owner.idx, ("organization",))
    if actor is not None:
        return actor.name, actor.id
    if subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in SPOKESPEOPLE:
        words = [t for t in subj.subtree if t.dep_ not in ("det", "punct", "relcl", "prep") and t.i <= subj.i]
        phrase = " ".join(t.text for t in words)
        # a named group ("Ministers", "Critics") or a plural of people ("economists", "analysts")
        if phrase and (phrase[0].isupper() or subj.tag_ == "NNS"):
            return phrase, None
    return None, None
