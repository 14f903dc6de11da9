"""The published sentences of an article: spaCy's sentences without trailing space, empty ones dropped. Quotes
and commitments point into this list."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from generator.model import Sentence


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, so a per-clause ``doc.text``
    made extraction quadratic in the article's length."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


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
