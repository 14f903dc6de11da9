"""Copies across the archive: byte-identical articles and near-identical ones (the same story filed twice with
a new headline or a changed paragraph) are one briefing.

Near-identical means a Jaccard similarity of at least NEAR_COPY between the sets of five-word shingles of the two
texts (case-folded words). Pairs to compare are found by a bottom-k sketch: every text's SKETCH smallest shingle
hashes are its buckets, and texts sharing a bucket are compared. Two texts with a similarity of 0.7 share one of
their 16 smallest hashes unless none of the 16 smallest of both together is in both (a chance of about 0.3 ** 16). The
hashes are the same on every run and machine (64-bit CPython: word CRC-32s, tuples of ints). A bucket shared by
more than CROWDED texts (boilerplate) is skipped. Linear in the archive's size, apart from the pairs. Each text's
shingles are kept as a sorted array of 64-bit ints until the pairs are compared (a set of Python ints took about
60 bytes a shingle: 500 MB for a 20,000-article archive, 64 MB as arrays).
"""
from __future__ import annotations

import hashlib
import heapq
import itertools
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from generator.model import Briefing

NEAR_COPY = 0.7  # measured on the 2,225 BBC articles: see README "Duplicates"
SHINGLE = 5
SKETCH = 16
CROWDED = 50
MIN_SHINGLES = 20  # shorter texts are copies only when byte-identical: a few words say too little

_WORD = re.compile(r"\w+")


def shingles(text: str, ids: dict[str, int] | None = None) -> frozenset[int]:
    """The hashes of the text's five-word shingles: each word's CRC-32 (``ids`` caches them across texts), five
    in a row hashed as a tuple of ints (Python hashes ints and tuples of ints the same in every run)."""
    ids = {} if ids is None else ids
    words = []
    for w in _WORD.findall(text.casefold()):
        h = ids.get(w)
        if h is None:
            h = ids[w] = zlib.crc32(w.encode())
        words.append(h)
    if len(words) < SHINGLE:
        return frozenset([hash(tuple(words))]) if words else frozenset()
    return frozenset(map(hash, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))  # the shortest slice ends it


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard: shared / all (the union counted, not built)."""
    if not a and not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def _similarity(a: np.ndarray, b: np.ndarray) -> float:
    """``similarity`` of two sorted arrays of distinct shingle hashes."""
    if not len(a) or not len(b):
        return 0.0
    at = np.searchsorted(b, a)
    shared = int(np.count_nonzero(b[np.minimum(at, len(b) - 1)] == a))
    return shared / (len(a) + len(b) - shared)


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
    sets: list[np.ndarray] = []
    buckets: dict[int, list[int]] = defaultdict(list)
    ids: dict[str, int] = {}
    for i, b in enumerate(briefings):
        digest = hashlib.sha256(b.text.encode("utf-8")).hexdigest()
        if digest in exact:
            join(exact[digest], i)
        else:
            exact[digest] = i
        s = shingles(b.text, ids)
        sets.append(np.sort(np.fromiter(s, dtype=np.int64, count=len(s))))
        if len(s) >= MIN_SHINGLES:
            for h in heapq.nsmallest(SKETCH, s):
                buckets[h].append(i)
        del s
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 1 < len(members) <= CROWDED:
            pairs.update(itertools.combinations(members, 2))
    for i, j in sorted(pairs):
        if find(i) != find(j) and _similarity(sets[i], sets[j]) >= threshold:
            join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(briefings)):
        root = find(i)
        if root != i:
            groups[root].append(i)
    return dict(groups)
