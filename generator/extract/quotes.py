"""Direct and reported quotes, each attributed to a canonical actor.

Quote marks are paired paragraph by paragraph, so one unbalanced mark never swallows the rest of the
article: an opening mark with no closing one runs to the end of its paragraph (the newspaper convention for
a quote that continues in the next paragraph, which opens again).
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator import data
from generator.extract.actors import ActorIndex
from generator.model import Quote

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
WORD_BEFORE_OPEN = " \t\n([{—–-/:;,"


@dataclass
class QuoteSpan:
    start: int  # offset of the content (after the opening mark)
    end: int  # offset after the content (before the closing mark)
    open_at: int
    close_at: int  # offset after the closing mark, or the paragraph end when unclosed
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for block in text.split("\n"):
        if block.strip():
            out.append((pos, pos + len(block)))
        pos += len(block) + 1
    return out


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE:
        return True
    if ch == '"' or text.startswith("``", i) or text.startswith("‘‘", i):
        return (before in WORD_BEFORE_OPEN or before in OPEN_DOUBLE + "‘'") and not after.isspace()
    return False


def _close_len(text: str, i: int) -> int:
    """Length of a double closing mark at ``i`` (0 if none): ”, ", ’’ or ''."""
    if text[i] in CLOSE_DOUBLE:
        return 1
    if text.startswith("’’", i) or text.startswith("''", i):
        return 2
    if text[i] == '"':
        before = text[i - 1] if i > 0 else " "
        return 1 if not before.isspace() or i == 0 else 0
    return 0


def _single_close(text: str, i: int, end: int) -> bool:
    if text[i] not in "’'":
        return False
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isalnum() and not before.isspace()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for pstart, pend in _paragraphs(text):
        i = pstart
        while i < pend:
            ch = text[i]
            if _is_open(text, i):
                width = 2 if text.startswith("``", i) or text.startswith("‘‘", i) else 1
                j = i + width
                close = None
                while j < pend:
                    n = _close_len(text, j)
                    if n and j > i + width:
                        close = (j, j + n)
                        break
                    if _is_open(text, j) and text[j] in OPEN_DOUBLE + '"' and text[j - 1] in " \n":
                        break  # a new quote opens: the previous one was never closed
                    j += 1
                if close:
                    spans.append(QuoteSpan(i + width, close[0], i, close[1], True))
                    i = close[1]
                else:
                    spans.append(QuoteSpan(i + width, j, i, j, False))
                    i = j
                continue
            if ch == "‘" or (ch == "'" and (i == pstart or text[i - 1] in WORD_BEFORE_OPEN)):
                if i + 1 < pend and text[i + 1].isalpha():
                    j = i + 1
                    while j < pend and not _single_close(text, j, pend):
                        j += 1
                    if j < pend:
                        spans.append(QuoteSpan(i + 1, j, i, j + 1, True))
                        i = j + 1
                        continue
            i += 1
    out = []
    for s in spans:
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(QuoteSpan(a, b, s.open_at, s.close_at, s.closed))
    return out


# ---------------------------------------------------------------------------------------------------------
def _speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in data.words("cues", "speech_verbs")


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    # "X, who ..., said" or conjoined verbs share the subject of the first verb
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    # "She announced a new drive, saying sexism ...": the participle speaks for the main clause's subject
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        return _subject(verb.head)
    return None


def _according_to(sent: Span) -> tuple[Token, Token] | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            for child in sent.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return tok, child
    return None


def _inside(offset: int, spans: list[QuoteSpan]) -> QuoteSpan | None:
    for s in spans:
        if s.open_at <= offset < s.close_at:
            return s
    return None


def _content_text(doc: Doc, tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    strip = " ,.;:—–-\"“”‘’'\n"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


class _Attributor:
    def __init__(self, doc: Doc, actors: ActorIndex):
        self.doc = doc
        self.actors = actors

    def speaker(self, subj: Token | None) -> tuple[str | None, str | None]:
        if subj is None:
            return None, None
        actor = self.actors.resolve(subj)
        if actor is None:  # "according to their figures": whose figures
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if owner is not None and owner.lower_ in ("its", "their"):
                actor = self.actors.antecedent(owner.idx, ("organization",))
        if actor is not None:
            actor.quotes += 1
            return actor.name, actor.id
        if subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in ("spokesman", "spokeswoman", "spokesperson"):
            words = [t for t in subj.subtree if t.dep_ not in ("det", "punct", "relcl", "prep") and t.i <= subj.i]
            phrase = " ".join(t.text for t in words)
            # a named group ("Ministers", "Critics") or a plural of people ("economists", "analysts")
            if phrase and (phrase[0].isupper() or subj.tag_ == "NNS"):
                return phrase, None
        return None, None


NAMING = re.compile(r"(?:so-called|so called|dubbed|known as|called|nicknamed|branded|labelled|labeled|termed|"
                    r"coined|the word|the phrase|the term|the slogan)\s*$", re.IGNORECASE)


def _named_as(text: str, open_at: int) -> bool:
    """The quote follows a naming expression: a name or label, not speech."""
    return bool(NAMING.search(text[max(0, open_at - 30):open_at]))


def find_quotes(doc: Doc, spans: list[QuoteSpan], actors: ActorIndex) -> list[Quote]:
    text = doc.text
    attr = _Attributor(doc, actors)
    quotes: list[Quote] = []
    sents = list(doc.sents)

    paragraphs = _paragraphs(text)

    def para_of(offset: int) -> tuple[int, int]:
        return next(((a, b) for a, b in paragraphs if a <= offset <= b), (0, len(text)))

    # ---- direct quotes --------------------------------------------------------------------------------
    prev: Quote | None = None
    prev_para_end = prev_close = -1
    for s in spans:
        content = text[s.start:s.end]
        n_words = len(content.split())
        pstart, pend = para_of(s.start)
        # speech verbs outside any quote: first in the sentences the quote spans, then in its paragraph
        own = [sent for sent in sents if sent.start_char < s.close_at and sent.end_char > s.open_at]
        own_verbs = [t for sent in own for t in sent if _speech_verb(t) and _inside(t.idx, spans) is None]
        verbs = []
        for tok in doc.char_span(pstart, pend, alignment_mode="expand") or []:
            if _speech_verb(tok) and _inside(tok.idx, spans) is None:
                verbs.append(tok)

        def distance(t: Token) -> int:
            return min(abs(t.idx - s.open_at), abs(t.idx - s.close_at))

        own_verbs.sort(key=distance)
        verbs.sort(key=distance)
        between = text[prev_close:s.open_at] if prev is not None and prev_close >= pstart - 2 else None
        continuing = not own_verbs and between is not None and not between.strip(" \n.,;:-–—")
        before = [sent for sent in sents if pstart <= sent.start_char and sent.end_char <= s.open_at + 1]
        prev_verbs = [t for t in (before[-1] if before else []) if _speech_verb(t) and _inside(t.idx, spans) is None]
        if continuing:
            verbs = []  # "A," he said. "B." -- B continues the same speaker
        else:
            # the quote's own sentence, then the sentence before it ('X said ... . "Quote."'), then the paragraph
            verbs = own_verbs + prev_verbs + [v for v in verbs if v not in own_verbs and v not in prev_verbs]
        cue, name, aid = None, None, None
        for verb in verbs:
            subj = _subject(verb)
            if subj is not None and _inside(subj.idx, spans) is None:
                name, aid = attr.speaker(subj)
                cue = verb.text
                break
        if cue is None and not continuing:
            acc = None
            for sent in sents:
                if sent.start_char >= pstart and sent.end_char <= pend + 1:
                    acc = acc or _according_to(sent)
            if acc is not None and _inside(acc[0].idx, spans) is None:
                name, aid = attr.speaker(acc[1])
                cue = "according to"
        if cue is None and prev is not None and (between is not None or prev_para_end >= pstart - 2):
            # a paragraph that continues the previous speaker's quote
            name, aid, cue = prev.speaker, prev.speaker_id, prev.cue
            if aid and aid in actors.actors:
                actors.actors[aid].quotes += 1
        if n_words < 2 and cue is None:
            continue  # a quoted word or a scare quote
        if n_words <= 3 and cue is None and s.closed:
            continue  # a short quoted term with no speaker: a label, not speech
        if n_words <= 3 and s.closed and not continuing and (_named_as(text, s.open_at) or (
                not own_verbs and not content.rstrip().endswith((".", "!", "?", ",")))):
            continue  # the so-called "anti-Davos"; "taster courses" in a sentence nobody speaks: a term
        q = Quote(text=content, speaker=name, kind="direct", cue=cue, start=s.start, end=s.end,
                  sentence=0, speaker_id=aid)  # sentence indices are set by extract()
        quotes.append(q)
        prev = q
        prev_close = s.close_at
        prev_para_end = pend if not s.closed else -1

    # ---- reported speech ------------------------------------------------------------------------------
    for sent in sents:
        for verb in sent:
            if not _speech_verb(verb) or _inside(verb.idx, spans) is not None:
                continue
            subj = _subject(verb)
            content_tokens: list[Token] = []
            for child in verb.children:
                if child.dep_ == "ccomp":
                    content_tokens = [t for t in child.subtree]
                    # "said A and B": a second clause joined by "and" belongs to the content too (the parser
                    # hangs it on the speech verb as another ccomp or a conj); "but" starts the writer's own
                    for sib in verb.children:
                        if (sib.dep_ in ("conj", "ccomp") and sib.i > child.i > verb.i and not _speech_verb(sib)
                                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sib.children)
                                and any(t.lower_ == "and" for t in doc[child.i:sib.i])
                                and not any(t.lower_ in ("but", "while", "although") for t in doc[child.i:sib.i])):
                            content_tokens += list(sib.subtree)
                    break
                if child.dep_ == "xcomp" and verb.lemma_ in data.words("cues", "to_verbs"):
                    content_tokens = [t for t in child.subtree]
                    break
                if child.dep_ == "prep" and child.lower_ == "of" and verb.lemma_ in ("accuse", "warn", "speak"):
                    content_tokens = [t for g in child.children for t in g.subtree]  # "accused X of Y"
                    break
            if not content_tokens and verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i and subj is not None:
                # "X said, he had ..." parsed with the speech verb under the content verb
                head = verb.head
                content_tokens = [t for t in head.subtree if t.i > max(x.i for x in verb.subtree)]
            if not content_tokens or subj is None:
                continue
            if _inside(subj.idx, spans) is not None:
                continue
            span = _content_text(doc, content_tokens)
            if span is None:
                continue
            start, end = span
            # a quoted fragment at the end of the clause is its own direct quote
            for qs in spans:
                if start <= qs.open_at < end and qs.close_at >= end - 1:
                    end = qs.open_at
            start, end = _trim(text, start, end)
            if text[start:start + 5].lower() == "that ":
                start += 5
            if end - start < 8 or len(text[start:end].split()) < 3:
                continue
            covered = sum(max(0, min(end, qs.end) - max(start, qs.start)) for qs in spans)
            if covered > 0.5 * (end - start):
                continue
            name, aid = attr.speaker(subj)
            quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue=verb.text, start=start,
                                end=end, sentence=0, speaker_id=aid))
        acc = _according_to(sent)
        if acc is not None and _inside(acc[0].idx, spans) is None:
            tok, who = acc
            phrase_end = max(t.idx + len(t.text) for t in who.subtree)
            rest = (phrase_end, sent.end_char) if tok.idx - sent.start_char < 3 else (sent.start_char, tok.idx)
            start, end = _trim(text, *rest)
            covered = sum(max(0, min(end, qs.end) - max(start, qs.start)) for qs in spans)
            if end - start >= 8 and covered <= 0.5 * (end - start):
                name, aid = attr.speaker(who)
                quotes.append(Quote(text=text[start:end], speaker=name, kind="indirect", cue="according to",
                                    start=start, end=end, sentence=0, speaker_id=aid))
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes
