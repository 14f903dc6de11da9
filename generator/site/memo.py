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
import json
from collections.abc import Callable, Iterable
from typing import Any

from generator.model import Briefing
from generator.site.data import briefing_bytes


def _answers(results: Iterable[str]) -> str:
    h = hashlib.sha256()
    for r in results:
        h.update(r.encode("utf-8") + b"\0")
    return h.hexdigest()


def _briefing(value: Any) -> str:
    if isinstance(value, Briefing):  # by its JSON, as a string no other input is: text has no NUL
        return "\0B" + hashlib.sha256(briefing_bytes(value) + b"\n").hexdigest()
    raise TypeError(f"a page's input of type {type(value).__name__} has no digest")


def digest(values: Iterable[Any]) -> str:
    """A digest of ``values``: text, numbers, None, lists, tuples and dicts of them, and briefings (by their
    JSON); anything else is an error, so that nothing a page is made from goes unnoticed. Written out by the
    JSON encoder (in C: a page's inputs are up to thousands of values, walked in Python they took 9 s of a
    rebuild at 20,000 articles); what it does not tell apart (a list from a tuple, 1 from "1" as a dict key)
    is the same in every build at one place of one page's inputs, since the code that makes them is part of
    the memo's version."""
    text = json.dumps(list(values), default=_briefing, check_circular=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


class Deferred:
    """A page not made yet: ``inputs``, the digest of everything it is made from but ``link``'s answers;
    ``make(link)`` makes it. ``text`` makes it and records the names ``link`` was asked about (``asked``) and
    the digest of what they lead to (``answers``); ``same(asked, answers)`` tells whether those names lead where
    they did when they were recorded. ``target(name)``, where given, is what ``link(name)`` depends on besides
    the name and the page (the actor's page it links to, cheaper to ask than the link: a one-article rebuild at
    20,000 articles asks about 400,000 names); without it, ``link``'s answer itself."""

    def __init__(self, inputs: str, make: Callable[[Callable[[str | None], str]], str],
                 link: Callable[[str | None], str], target: Callable[[str | None], str] | None = None):
        self.inputs, self._make, self._link = inputs, make, link
        self._target = target or link
        self.asked: list[str | None] = []
        self.answers = ""

    def text(self) -> str:
        def link(name: str | None) -> str:
            self.asked.append(name)
            return self._link(name)

        page = self._make(link)
        self.answers = _answers(self._target(name) for name in self.asked)
        return page

    def same(self, asked: list[str | None], answers: str) -> bool:
        return _answers(self._target(name) for name in asked) == answers
