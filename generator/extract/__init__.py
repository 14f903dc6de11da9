"""Extraction: pure passes from a parsed article (spaCy ``Doc``) to a ``Briefing``. No I/O, no MkDocs.

The passes run in this order, each reading what the ones before produced, and every record is built once:
sentences (``sentences``), quote marks (``quotes.marks``), actors (``actors``), quotes (``quotes``),
commitments (``commitments``), then the actors are ranked by the quotes attributed to them and the summary
chosen (``summary``).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from generator import EXTRACTOR_VERSION
from generator.model import Briefing
from generator.sources import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger("generator")


def error_text(exc: Exception) -> str:
    """An extraction error in one line, for a rejected article's reason."""
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def extract_each(articles: list[Article], docs: Iterable[Doc], pid: str,
                 step: Callable[[int], None] | None = None) -> Iterator[Briefing | Exception]:
    """Each article's briefing from its parse, or the exception its extraction raised: one article never stops
    the others. Used by ``generator.build`` and on Dask workers (``generator.distributed``)."""
    for article, doc in zip(articles, docs, strict=True):
        if step is not None:
            step(1)
        try:
            yield extract(article, doc, pid)
        except Exception as exc:
            log.debug("extraction failed for %s", article.source, exc_info=True)
            yield exc


def extract(article: Article, doc: Doc, pipeline: str = "") -> Briefing:
    from generator.extract.sentences import forget

    try:
        return _extract(article, doc, pipeline)
    finally:
        forget(doc)  # the passes' shared lookups (``words_of``, ``sents_of``) do not stay on the doc


def _extract(article: Article, doc: Doc, pipeline: str = "") -> Briefing:
    # imported here so that importing `generator.extract` does not load spaCy
    from generator.extract.actors import find_actors
    from generator.extract.commitments import find_commitments
    from generator.extract.headline import headline
    from generator.extract.quotes import find_quote_spans, find_quotes
    from generator.extract.sentences import SentenceIndex, sentences_of, text_of
    from generator.extract.summary import summary

    text = text_of(doc)
    sentences = sentences_of(doc)
    sentence_at = SentenceIndex(sentences).at
    spans = find_quote_spans(text)
    actors = find_actors(doc, [(s.open_at, s.close_at) for s in spans])
    quotes = find_quotes(doc, spans, actors, sentence_at)
    commitments = find_commitments(doc, actors, quotes, sentence_at)
    ranked = actors.ranked(quotes)
    title = article.title
    if article.title_from_text and sentences:
        lead = doc.char_span(sentences[0].start, sentences[0].end, alignment_mode="expand")
        if lead is not None:
            title = headline(doc, lead) or title
    return Briefing(
        source=article.source, slug=article.slug, title=title, text=text, date=article.date,
        credit=article.credit, url=article.url, tags=list(article.tags), sentences=sentences,
        actors=ranked, quotes=quotes, commitments=commitments, works=actors.works, pipeline=pipeline,
        extractor=EXTRACTOR_VERSION,
        summary=summary(text, sentences, ranked, quotes, commitments))
