"""A short headline for an article that has none: the main clause of its lead sentence.

News leads carry a headline's facts in their main clause and the rest in attributions and side clauses
("X would travel to meet Y as Europe is thrown into turmoil over Z, the ministry said"). The headline is that
main clause: the reported clause of a speech verb ("..., the ministry said" or "the ministry said that ..."),
without subordinate, parenthetical and second main clauses; when it is longer than LIMIT, without descriptions
set off by commas ("News Corp, the media company controlled by ..., is"), then its trailing modifiers
("in Edinburgh", "over the next two years") go, right-most first. Only if it is still too long is it cut, at a
word boundary outside any name, and ends in "…".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx

LIMIT = 80  # characters
TRAILING = ("prep", "npadvmod", "advmod", "agent", "dative", "acl", "relcl", "advcl")  # dropped from the right
TAIL_WORDS = ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "PRON")  # never end a cut headline


def headline(doc: Doc, sentence: Span, limit: int = LIMIT) -> str:
    """The headline made from ``sentence`` (a span of ``doc``)."""
    clause = _main_clause(sentence)
    kept = {t.i for t in clause.subtree if sentence.start <= t.i < sentence.end}
    for t in clause.subtree:
        if t.i != clause.i and t.i in kept and _side_clause(t, clause):
            kept -= {d.i for d in t.subtree}
            if t.dep_ == "conj":
                kept -= {c.i for c in clause.children if c.dep_ == "cc"}
    _drop_marks(clause, kept)
    if len(_text(doc, kept)) > limit:
        _drop_asides(doc, kept)
    while len(_text(doc, kept)) > limit:
        tail = _trailing(doc, kept)
        if tail is None:
            break
        kept -= tail
    text = _text(doc, kept)
    if len(text.split()) < 3:  # no usable clause: the sentence itself
        kept = set(range(sentence.start, sentence.end))
        text = _text(doc, kept)
    if len(text) > limit:
        text = _cut(doc, sorted(kept), limit)
    return text[:1].upper() + text[1:] if text else sentence.text.strip()


def _main_clause(sentence: Span) -> Token:
    """The clause that carries the news: what a speech verb reports, else the sentence's root."""
    root = sentence.root
    speech = lx.lexicon().cues.speech_verbs
    if root.lemma_.lower() in speech:
        for child in root.children:
            subject = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "EuroDisney has said it will sell ...": the reported clause alone would lose who
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and not any(c.pos_ == "PRON" for c in subject):
                return child
    return root


def _depth(t: Token) -> int:
    n = 0
    while t.head.i != t.i:
        t, n = t.head, n + 1
    return n


def _drop_asides(doc: Doc, kept: set[int]) -> None:
    """Descriptions set off by commas ("News Corp, the media company controlled by ..., is") go with their
    commas; a name in that place stays ("UK Defence Secretary, John Healey would ...")."""
    for t in [doc[i] for i in sorted(kept)]:
        if t.dep_ != "appos" or t.pos_ == "PROPN" or t.i not in kept:
            continue
        sub = [d.i for d in t.subtree]
        before, after = min(sub) - 1, max(sub) + 1
        if before in kept and doc[before].text == "," and after in kept and doc[after].text == ",":
            kept -= set(sub) | {before, after}


def _trailing(doc: Doc, kept: set[int]) -> set[int] | None:
    """The modifier that ends the kept words, the one nearest the clause's verb ("by the end of next year"
    whole, not just "of next year"), if removing it leaves at least three words and no verb "be" without its
    complement."""
    words = [i for i in kept if not doc[i].is_punct]
    if not words:
        return None
    last = max(words)
    best: set[int] | None = None
    best_rank = (0, 0)
    for i in sorted(kept):
        t = doc[i]
        if t.dep_ not in TRAILING + ("appos",) or t.head.lemma_ == "be":
            continue
        sub = {d.i for d in t.subtree if d.i in kept}
        if max(i for i in sub | {i} if not doc[i].is_punct or i == t.i) != last or len(words) - len(sub) < 3:
            continue
        rank = (_depth(t), len(sub))
        if best is None or rank < best_rank:
            best, best_rank = sub, rank
    return best


def _side_clause(t: Token, clause: Token) -> bool:
    """A clause beside the news: a parenthetical, a subordinate clause with a conjunction ("as Europe is
    thrown into turmoil", "because profits fell"; not "to meet his counterpart"), a second main clause."""
    if t.dep_ == "parataxis":
        return True
    if t.dep_ == "advcl":
        return any(c.dep_ == "mark" for c in t.children)
    return t.dep_ == "conj" and t.head.i == clause.i and t.pos_ in ("VERB", "AUX")


def _drop_marks(clause: Token, kept: set[int]) -> None:
    """'that' and 'whether' before a reported clause start no headline."""
    for child in clause.lefts:
        if child.dep_ == "mark":
            kept.discard(child.i)


def _text(doc: Doc, kept: set[int]) -> str:
    out = []
    for i in sorted(kept):
        t = doc[i]
        out.append(t.text_with_ws if i + 1 in kept else t.text + " ")  # a gap: words stay apart
    text = "".join(out).strip()
    text = re.sub(r"\s+([,;:.!?)\]])", r"\1", " ".join(text.split()))  # where a removed word left a gap
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    return text if text.endswith("...") else re.sub(r"[\s,;:.\-–—]+$", "", text)


def _cut(doc: Doc, indexes: list[int], limit: int) -> str:
    """The longest run of kept words that fits in ``limit`` - 1, ended outside a name and not on a little
    word, then "…"."""
    words: list[Token] = []
    length = 0
    for i in indexes:
        t = doc[i]
        add = len(t.text) + (1 if words else 0)
        if length + add > limit - 1:
            break
        words.append(t)
        length += add
    def name_goes_on(t: Token) -> bool:
        return t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"

    while words and (name_goes_on(words[-1]) or words[-1].pos_ in TAIL_WORDS):
        words.pop()  # inside a name, or a word a headline does not end on
    text = _text(doc, {t.i for t in words})
    return text + "…" if text else ""
