"""Direct and reported quotes, each attributed to a canonical actor.

``find_quote_spans`` (``marks``) pairs the quote marks; ``find_quotes`` runs the direct (``direct``) and
reported (``reported``) passes, which share the speaker rules of ``attribution``, then gives the turns of a
transcript ("PENCE: ...", ``transcript``) to their speakers.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from generator.extract.actors import ActorIndex
from generator.extract.quotes.direct import direct_quotes
from generator.extract.quotes.marks import QuoteSpan, find_quote_spans
from generator.extract.quotes.reported import reported_quotes
from generator.extract.quotes.transcript import apply_turns, turns
from generator.model import Quote

__all__ = ["QuoteSpan", "find_quote_spans", "find_quotes"]


def find_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, sentence_at: Callable[[int], int]
                ) -> list[Quote]:
    """Every direct and reported quote in ``doc``, in text order; ``sentence_at(offset)`` gives the index of
    the published sentence an offset lies in."""
    quotes = direct_quotes(doc, spans, actors, sentence_at) + reported_quotes(doc, spans, actors, sentence_at)
    quotes = apply_turns(doc, turns(doc, actors), quotes, sentence_at)  # an interview printed as a transcript
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes
