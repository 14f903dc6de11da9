"""Direct and reported quotes, each attributed to a canonical actor.

``find_quote_spans`` (``marks``) pairs the quote marks; ``find_quotes`` runs the direct (``direct``) and
reported (``reported``) passes, which share the speaker rules of ``attribution``.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from generator.extract.actors import ActorIndex
from generator.extract.quotes.direct import direct_quotes
from generator.extract.quotes.marks import QuoteSpan, find_quote_spans
from generator.extract.quotes.reported import reported_quotes
from generator.model import Quote

__all__ = ["QuoteSpan", "find_quote_spans", "find_quotes"]


def find_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, sentence_at: Callable[[int], int]
                ) -> list[Quote]:
    """Every direct and reported quote in ``doc``, in text order; ``sentence_at(offset)`` gives the index of
    the published sentence an offset lies in."""
    quotes = direct_quotes(doc, spans, actors, sentence_at) + reported_quotes(doc, spans, actors, sentence_at)
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes
