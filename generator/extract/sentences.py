"""The published sentences of an article: spaCy's sentences without trailing space, empty ones dropped. Quotes
and commitments point into this list."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from generator.model import Sentence


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, so a per-clause ``doc.text``
    made extraction quadratic in the article's length."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


def nearest_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
    """The subject of ``verb``. When the parser gives it several: the one person among them ("Colin Asplin,
    Blackpool Hotel Association said", "The new chairman of the Bar Council, Guy Mansfield QC warned"), else the
    one nearest before the verb, which heads the subject phrase ("A re-elected Turnbull Government will invest":
    "re" and "Government", from the split "re-elected"; "US oil giant Exxon said")."""
    found = [c for c in verb.children if c.dep_ in deps]
    if len(found) > 1:
        people = [c for c in found if c.ent_type_ == "PERSON"]
        if len(people) == 1:
            return people[0]
        before = [c for c in found if c.i < verb.i]
        return max(before, key=lambda c: c.i) if before else found[0]
    return found[0] if found else None


def sentences_of(doc: Doc) -> list[Sentence]:
    text = text_of(doc)
    out = []
    for s in doc.sents:
        start, end = s.start_char, s.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return out


class SentenceIndex:
    """``at(offset)``: the index of the sentence an offset lies in (the last one for an offset past them all)."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return max(0, len(self.sentences) - 1)
