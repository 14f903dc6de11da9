"""Copies across the archive: byte-identical articles and near-identical ones (the same story filed twice with
a new headline or a changed paragraph) are one briefing.

Near-identical means a Jaccard similarity of at least NEAR_COPY between the sets of five-word shingles of the two
texts (case-folded words). Pairs to compare are found by a bottom-k sketch: every text's SKETCH smallest shingle
hashes (CRC-32, the same on every run and machine) are its buckets, and texts sharing a bucket are compared; two
texts with a similarity of 0.7 share at least one of 16 smallest hashes with a probability above 0.99. A bucket
shared by more than CROWDED texts (boilerplate) is skipped. Linear in the archive's size, apart from the pairs.
"""
from __future__ import annotations

import hashlib
import itertools
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

from generator.model import Briefing

NEAR_COPY = 0.7  # measured on the 2,225 BBC articles: see README "Duplicates"
SHINGLE = 5
SKETCH = 16
CROWDED = 50
MIN_SHINGLES = 20  # shorter texts are copies only when byte-identical: a few words say too little

_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def copies(briefings: Sequence[Briefing], threshold: float = NEAR_COPY) -> dict[int, list[int]]:
    """Groups of copies, as {index of the briefing kept: indexes of its copies}, by position in ``briefings``;
    the first of each group in ``briefings`` is kept. Briefings without copies are not in the result."""
    parent = list(range(len(briefings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)  # the earlier one stays the group's root

    exact: dict[str, int] = {}
    sets: list[frozenset[int]] = []
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(briefings):
        digest = hashlib.sha256(b.text.encode("utf-8")).hexdigest()
        if digest in exact:
            join(exact[digest], i)
        else:
            exact[digest] = i
        s = shingles(b.text)
        sets.append(s)
        if len(s) >= MIN_SHINGLES:
            for h in sorted(s)[:SKETCH]:
                buckets[h].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 1 < len(members) <= CROWDED:
            pairs.update(itertools.combinations(members, 2))
    for i, j in sorted(pairs):
        if find(i) != find(j) and similarity(sets[i], sets[j]) >= threshold:
            join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(briefings)):
        root = find(i)
        if root != i:
            groups[root].append(i)
    return dict(groups)
