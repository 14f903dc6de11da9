"""Pages whose making can be skipped: a briefing page is a function of its briefing, a few values (its links to
data, tags, tracked commitments, copies, search filters) and what ``link`` answers for the names it asks about.
``Deferred`` holds the digest of those values and makes the page only when asked; a build that kept, from the
build before, the digest, the names asked and the digest of the answers (``PageMemo`` in ``generator.pagecache``)
can tell that the page would come out the same by asking ``link`` about those names again, without making it
(Jinja made up most of a one-article rebuild at 20,000 articles: 10 s of briefing pages). An actor's page and a
page of quotes are deferred the same way (``Site._actor_inputs``, ``Site.quotes_pages``), their briefings named by
the SHA-256 of their JSON and each quote or commitment by its briefing and place in it.

Sound as long as the page's making reads nothing else: the render code and templates are part of the code
version, which the memo is kept under, and the briefing is taken whole (its JSON).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from generator.model import Briefing
from generator.site.data import briefing_json


def _answers(results: Iterable[str]) -> str:
    h = hashlib.sha256()
    for r in results:
        h.update(r.encode("utf-8") + b"\0")
    return h.hexdigest()


def digest(values: Iterable[Any]) -> str:
    """A digest of ``values``: text, numbers, None, lists, tuples and dicts of them (by ``repr``), and briefings
    (by their JSON); anything else is an error, so that nothing a page is made from goes unnoticed."""
    h = hashlib.sha256()

    def feed(v: Any) -> None:
        if isinstance(v, Briefing):
            h.update(b"B" + hashlib.sha256(briefing_json(v).encode("utf-8")).digest())
        elif v is None or isinstance(v, (str, int, float, bool)):
            h.update(repr(v).encode("utf-8") + b"\0")
        elif isinstance(v, (list, tuple)):
            h.update(b"[")
            for x in v:
                feed(x)
            h.update(b"]")
        elif isinstance(v, dict):
            h.update(b"{")
            for k, x in v.items():
                feed(k)
                feed(x)
            h.update(b"}")
        else:
            raise TypeError(f"a page's input of type {type(v).__name__} has no digest")

    for value in values:
        feed(value)
    return h.hexdigest()


class Deferred:
    """A page not made yet: ``inputs``, the digest of everything it is made from but ``link``'s answers;
    ``make(link)`` makes it. ``text`` makes it and records the names ``link`` was asked about (``asked``) and
    the digest of its answers (``answers``); ``same(asked, answers)`` tells whether ``link`` answers those names
    as it did when they were recorded."""

    def __init__(self, inputs: str, make: Callable[[Callable[[str | None], str]], str],
                 link: Callable[[str | None], str]):
        self.inputs, self._make, self._link = inputs, make, link
        self.asked: list[str | None] = []
        self.answers = ""

    def text(self) -> str:
        results: list[str] = []

        def link(name: str | None) -> str:
            answer = self._link(name)
            self.asked.append(name)
            results.append(answer)
            return answer

        page = self._make(link)
        self.answers = _answers(results)
        return page

    def same(self, asked: list[str | None], answers: str) -> bool:
        return _answers(self._link(name) for name in asked) == answers
