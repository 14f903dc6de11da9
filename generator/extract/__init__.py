"""Extraction: pure functions from a parsed article (spaCy ``Doc``) to a ``Briefing``. No I/O, no MkDocs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from generator import EXTRACTOR_VERSION
from generator.model import Briefing, Sentence
from generator.sources import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUMMARY_SENTENCES = 3


def _summary(briefing: Briefing) -> list[int]:
    """Extractive summary: the lead sentence, then the sentences that carry the most named actors,
    commitments and quotes, early sentences first on ties; shown in article order."""
    n = len(briefing.sentences)
    if n <= SUMMARY_SENTENCES:
        return list(range(n))
    score = [0.0] * n
    for i in range(n):
        score[i] = 1.0 / (1 + i)  # news puts the point first
    for c in briefing.commitments:
        score[c.sentence] += 1.0
    for q in briefing.quotes:
        score[q.sentence] += 0.3
    key_names = {a.name for a in briefing.actors[:5]}
    for i, s in enumerate(briefing.sentences):
        text = briefing.text[s.start:s.end]
        score[i] += 0.2 * sum(1 for name in key_names if name.split()[-1] in text)
        if len(text.split()) < 6 or text.lstrip().startswith(("“", '"', "‘")):
            score[i] -= 1.0  # fragments and bare quotes read badly out of context
    chosen = {0} | set(sorted(range(1, n), key=lambda i: (-score[i], i))[: SUMMARY_SENTENCES - 1])
    return sorted(chosen)


def extract(article: Article, doc: Doc, pipeline: str = "") -> Briefing:
    # imported here so that `generator.extract.amounts` (used by the renderer) does not load spaCy
    from generator.extract.actors import find_actors
    from generator.extract.commitments import find_commitments
    from generator.extract.quotes import find_quote_spans, find_quotes

    text = doc.text
    spans = find_quote_spans(text)
    quote_ranges = [(s.open_at, s.close_at) for s in spans]
    actors = find_actors(doc, quote_ranges)
    quotes = find_quotes(doc, spans, actors)
    commitments = find_commitments(doc, actors, quotes)
    sentences = []
    for s in doc.sents:
        start, end = s.start_char, s.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(start, end))
    briefing = Briefing(
        source=article.source, slug=article.slug, title=article.title, text=text, date=article.date,
        credit=article.credit, url=article.url, tags=list(article.tags), sentences=sentences,
        actors=actors.ranked(), quotes=quotes, commitments=commitments, pipeline=pipeline,
        extractor=EXTRACTOR_VERSION)
    # sentence indices refer to the filtered list
    for item in list(quotes) + list(commitments):
        item.sentence = briefing.sentence_at(item.start)
    briefing.summary = _summary(briefing)
    return briefing
