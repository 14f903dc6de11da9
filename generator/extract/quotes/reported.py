"""Reported speech: the clause a speech verb introduces ("said that ...", "urged X to ...", "accused X of
..."), and "according to X"."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.extract.actors import ActorIndex
from generator.extract.quotes.attribution import according_to, speaker, speech_verb, subject
from generator.extract.quotes.marks import QuoteSpan, inside
from generator.model import Quote

MIN_CHARS = 8
MIN_WORDS = 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    strip = " ,.;:—–-\"“”‘’'\n"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _covered(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """More than half of start..end is inside direct quotes (the quote itself is the better record)."""
    covered = sum(max(0, min(end, qs.end) - max(start, qs.start)) for qs in spans)
    return covered > 0.5 * (end - start)


def content_tokens(doc: Doc, verb: Token, subj: Token | None) -> list[Token]:
    """The tokens of what ``verb`` reports: its clausal complement (with a second clause joined by "and"), the
    infinitive of "urged X to ...", the "of" phrase of "accused X of ...", or the clause a speech verb is
    parenthetical to ("X said, he had ...")."""
    cues = lx.lexicon().cues
    for child in verb.children:
        if child.dep_ == "ccomp":
            tokens = list(child.subtree)
            # "said A and B": a second clause joined by "and" belongs to the content too (the parser hangs it
            # on the speech verb as another ccomp or a conj); "but" starts the writer's own
            for sib in verb.children:
                if (sib.dep_ in ("conj", "ccomp") and sib.i > child.i > verb.i and not speech_verb(sib)
                        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sib.children)
                        and any(t.lower_ == "and" for t in doc[child.i:sib.i])
                        and not any(t.lower_ in ("but", "while", "although") for t in doc[child.i:sib.i])):
                    tokens += list(sib.subtree)
            return tokens
        if child.dep_ == "xcomp" and verb.lemma_ in cues.to_verbs:
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ == "of" and verb.lemma_ in cues.of_verbs:
            return [t for g in child.children for t in g.subtree]  # "accused X of Y"
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i and subj is not None:
        # "X said, he had ..." parsed with the speech verb under the content verb
        return [t for t in verb.head.subtree if t.i > max(x.i for x in verb.subtree)]
    return []


def _clause(doc: Doc, spans: list[QuoteSpan], verb: Token) -> tuple[Token, int, int] | None:
    """(subject, start, end) of the reported clause of ``verb``, or None."""
    text = doc.text
    subj = subject(verb)
    tokens = content_tokens(doc, verb, subj)
    if not tokens or subj is None or inside(subj.idx, spans) is not None:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    # a quoted fragment at the end of the clause is its own direct quote
    for qs in spans:
        if start <= qs.open_at < end and qs.close_at >= end - 1:
            end = qs.open_at
    start, end = _trim(text, start, end)
    if text[start:start + 5].lower() == "that ":
        start += 5
    if end - start < MIN_CHARS or len(text[start:end].split()) < MIN_WORDS or _covered(spans, start, end):
        return None
    return subj, start, end


def _according_to(doc: Doc, spans: list[QuoteSpan], sent: Span) -> tuple[Token, int, int] | None:
    """(source, start, end) of the claim in a sentence with "according to X" outside quotes."""
    acc = according_to(sent)
    if acc is None or inside(acc[0].idx, spans) is not None:
        return None
    tok, who = acc
    phrase_end = max(t.idx + len(t.text) for t in who.subtree)
    rest = (phrase_end, sent.end_char) if tok.idx - sent.start_char < 3 else (sent.start_char, tok.idx)
    start, end = _trim(doc.text, *rest)
    if end - start < MIN_CHARS or _covered(spans, start, end):
        return None
    return who, start, end


def reported_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex, sentence_at: Callable[[int], int]
                    ) -> list[Quote]:
    text = doc.text
    quotes: list[Quote] = []
    for sent in doc.sents:
        for verb in sent:
            if not speech_verb(verb) or inside(verb.idx, spans) is not None:
                continue
            found = _clause(doc, spans, verb)
            if found is None:
                continue
            subj, start, end = found
            name, aid = speaker(actors, subj)
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue=verb.text, start=start,
                                end=end, sentence=sentence_at(start), speaker_id=aid))
        claim = _according_to(doc, spans, sent)
        if claim is not None:
            who, start, end = claim
            name, aid = speaker(actors, who)
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue="according to",
                                start=start, end=end, sentence=sentence_at(start), speaker_id=aid))
    return quotes
