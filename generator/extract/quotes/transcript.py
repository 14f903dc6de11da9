"""Transcripts: paragraphs that open with a speaker's name in capitals and a colon ("PENCE: Well, look ..."),
as news sites print interviews and debates. Each such turn is a quote of that person (kind "indirect": its
words are not inside quote marks of their own, the convention of the PolNeAR annotations), every quote nested
in it is that person's, and so are the quotes of a paragraph that continues a turn (an unlabelled paragraph that
opens with a quote mark right after one).

A label is a speaker when it names a person of the article (the label itself or its last word, "JAKE
TAPPER" or "TAPPER"), or, where one label does, when it labels several turns (the host, whom the article never
names in running text); and only in an article with at least two such turns. "UPDATE:", "BYLINE:" or "VIDEO:"
once name nobody, and one capitalised word and a colon is a headline style ("FIX IS IN: ...") far more often
than an interview.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.extract.actors import ActorIndex
from generator.extract.quotes.marks import paragraphs
from generator.extract.sentences import text_of
from generator.model import Actor, Quote

LABEL = re.compile(r"[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}): +(?=\S)")
OPENING = "\"“‘'"
CLOSING = "\"”’'"
MIN_TURNS = 2


@dataclass
class Turn:
    para: tuple[int, int]  # the paragraph (start, end)
    start: int  # the quote: after "LABEL: " ...
    end: int  # ... to the end of the paragraph, without a closing mark
    name: str
    speaker_id: str | None


def _person(actors: ActorIndex, label: str) -> Actor | None:
    """The person of the article a label names: by full name ("JAKE TAPPER"), else the one person whose surname
    it is ("FALLIN" for Mary Fallin)."""
    words = [w.strip(".").casefold() for w in label.split()]
    actor = actors.lookup(" ".join(w.title() for w in words))
    if actor is not None and actor.type == "person":
        return actor
    people = [a for a in actors.of_type("person") if a.name.split()[-1].casefold() == words[-1]]
    return people[0] if len(people) == 1 else None


def turns(doc: Doc, actors: ActorIndex) -> list[Turn]:
    """The turns of the article's transcript (none when fewer than MIN_TURNS, or when no label names a person
    of the article). A label that names nobody known but labels several turns (the host, "TAPPER") is a speaker
    too, by the longest form of the label ("Jake Tapper")."""
    text = text_of(doc)
    labelled = []
    for pstart, pend in paragraphs(text):
        m = LABEL.match(text, pstart, pend)
        if m is None:
            continue
        end = pend
        while end > m.end() and (text[end - 1] in CLOSING or text[end - 1].isspace()):
            end -= 1
        if end > m.end():
            labelled.append((m.group(1), (pstart, pend), m.end(), end))
    people = {label: _person(actors, label) for label, *_ in labelled}
    if not any(people.values()):
        return []
    by_surname: dict[str, list[str]] = {}
    for label, *_ in labelled:
        by_surname.setdefault(label.split()[-1], []).append(label)
    found = []
    for label, para, start, end in labelled:
        actor = people[label]
        if actor is not None:
            found.append(Turn(para, start, end, actor.name, actor.id))
        elif len(by_surname[label.split()[-1]]) >= MIN_TURNS:
            name = max(by_surname[label.split()[-1]], key=len)
            found.append(Turn(para, start, end, " ".join(w.capitalize() for w in name.split()), None))
    return found if len(found) >= MIN_TURNS else []


def apply_turns(doc: Doc, found: list[Turn], quotes: list[Quote], sentence_at: Callable[[int], int]
                ) -> list[Quote]:
    """``quotes`` with the transcript's turns: each turn a quote of its speaker (replacing a quote that
    opened with the label), quotes nested in a turn or in a paragraph that continues one given the turn's
    speaker, reported speech inside a turn dropped (the turn quotes it whole)."""
    if not found:
        return quotes
    text = text_of(doc)
    by_para = {t.para: t for t in found}
    owner: dict[tuple[int, int], Turn] = {}  # paragraph -> the turn whose speaker it quotes
    last: Turn | None = None
    for pstart, pend in paragraphs(text):
        turn = by_para.get((pstart, pend))
        if turn is not None:
            last = turn
        elif last is not None and text[pstart] in OPENING and not LABEL.match(text, pstart, pend):
            turn = last  # the turn goes on in a new paragraph that opens with a quote mark
        else:
            last = None
        if turn is not None:
            owner[(pstart, pend)] = turn
    spans = sorted(owner)  # paragraphs in text order: the one a quote starts in is found by bisection
    starts = [p[0] for p in spans]
    out = []
    for q in quotes:
        n = bisect.bisect_right(starts, q.start) - 1
        para = spans[n] if n >= 0 and q.start <= spans[n][1] else None
        if para is None:
            out.append(q)
            continue
        turn = owner[para]
        if turn.para == para and (q.start < turn.start or q.kind != "direct"):
            continue  # the quote that swallowed the label, or reported speech inside the turn
        q.speaker, q.speaker_id = turn.name, turn.speaker_id
        out.append(q)
    for turn in found:
        out.append(Quote(text=text[turn.start:turn.end], speaker=turn.name, kind="indirect", cue=None,
                         start=turn.start, end=turn.end, sentence=sentence_at(turn.start), speaker_id=turn.speaker_id))
    return out
