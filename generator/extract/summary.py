"""Extractive summary: which sentences stand for the article."""
from __future__ import annotations

from generator.model import Actor, Commitment, Quote, Sentence

SUMMARY_SENTENCES = 3


def summary(text: str, sentences: list[Sentence], actors: list[Actor], quotes: list[Quote],
            commitments: list[Commitment]) -> list[int]:
    """The lead sentence, then the sentences that carry the most named actors, commitments and quotes, early
    sentences first on ties; indices in article order. ``actors`` ranked, best first."""
    n = len(sentences)
    if n <= SUMMARY_SENTENCES:
        return list(range(n))
    score = [1.0 / (1 + i) for i in range(n)]  # news puts the point first
    for c in commitments:
        score[c.sentence] += 1.0
    for q in quotes:
        score[q.sentence] += 0.3
    key_names = {a.name for a in actors[:5]}
    for i, s in enumerate(sentences):
        sentence = text[s.start:s.end]
        score[i] += 0.2 * sum(1 for name in key_names if name.split()[-1] in sentence)
        if len(sentence.split()) < 6 or sentence.lstrip().startswith(("“", '"', "‘")):
            score[i] -= 1.0  # fragments and bare quotes read badly out of context
    chosen = {0} | set(sorted(range(1, n), key=lambda i: (-score[i], i))[: SUMMARY_SENTENCES - 1])
    return sorted(chosen)
