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

With a ``Memo`` (the plugin keeps one in the cache folder) a rebuild does not shingle a text again: each text's
sketch is stored under the SHA-256 of the text, and each compared pair's verdict under the pair of digests, so
that only new texts are shingled and only pairs with a new text compared (at 20,000 articles: 10 s to find the
copies before, about 1 s when one article changed). The result is the same with or without it.
"""
from __future__ import annotations

import hashlib
import io
import itertools
import logging
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from generator.cache import atomic_write
from generator.model import Briefing

log = logging.getLogger("briefings.cache")

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


class Memo:
    """What ``copies`` found out on an earlier run: each text's sketch by the text's SHA-256, and whether a
    compared pair is a near copy, by the pair of digests. Stored in ``path`` (NumPy's format, no pickled
    objects); a file that cannot be read, damaged, or written with other settings is an empty memo."""

    VERSION = 1

    def __init__(self, path: Path | None = None):
        self.path = path
        self._settings: np.ndarray | None = None
        self.sketches: dict[bytes, tuple[int, ...]] = {}  # digest -> the SKETCH smallest hashes (none: too short)
        self.verdicts: dict[tuple[bytes, bytes], bool] = {}  # (digest, digest), in order -> near copy
        self.used: set[bytes] = set()  # the digests of this run: what ``save`` keeps
        if path is not None:
            self._load(path)

    def settings(self, threshold: float) -> np.ndarray:
        return np.array([self.VERSION, SHINGLE, SKETCH, CROWDED, MIN_SHINGLES, threshold], dtype=np.float64)

    def _load(self, path: Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as z:
                self._settings = z["settings"]
                digests = z["digests"]
                lengths, hashes = z["lengths"], z["hashes"]
                first, second, near = z["first"], z["second"], z["near"]
            keys = [row.tobytes() for row in digests]
            if digests.shape != (len(keys), 32) or len(lengths) != len(keys) or int(lengths.sum()) != len(hashes) \
                    or not len(first) == len(second) == len(near) \
                    or (len(first) and not 0 <= min(first.min(), second.min()) <= max(first.max(), second.max())
                        < len(keys)):
                raise ValueError("its arrays do not fit together")
            at = 0
            for k, n in zip(keys, lengths.tolist(), strict=True):
                self.sketches[k] = tuple(hashes[at:at + n].tolist())
                at += n
            self.verdicts = {(keys[a], keys[b]): bool(v)
                             for a, b, v in zip(first.tolist(), second.tolist(), near.tolist(), strict=True)}
        except FileNotFoundError:
            pass
        except Exception as exc:  # noqa: BLE001  damaged or of another shape: found again, and written anew
            log.warning("copies memo %s cannot be used (%s); finding copies from the texts", path, exc)
            self.sketches, self.verdicts = {}, {}

    def valid_for(self, threshold: float) -> bool:
        stored = self._settings
        return stored is not None and stored.shape == (6,) and bool((stored == self.settings(threshold)).all())

    def save(self, threshold: float) -> None:
        """Write what this run used (nothing of texts no longer in the archive); a memo that cannot be written is
        a warning."""
        if self.path is None:
            return
        keys = sorted(self.used)
        index = {k: i for i, k in enumerate(keys)}
        sketches = [self.sketches.get(k, ()) for k in keys]
        pairs = sorted((index[a], index[b], v) for (a, b), v in self.verdicts.items() if a in index and b in index)
        settings = self.settings(threshold)
        digests = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), 32)
        lengths = np.array([len(s) for s in sketches], dtype=np.int64)
        hashes = np.array([h for s in sketches for h in s], dtype=np.int64)
        first = np.array([a for a, _, _ in pairs], dtype=np.int64)
        second = np.array([b for _, b, _ in pairs], dtype=np.int64)
        near = np.array([v for _, _, v in pairs], dtype=bool)
        out = io.BytesIO()
        np.savez(out, settings=settings, digests=digests, lengths=lengths, hashes=hashes, first=first,
                 second=second, near=near)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, out.getvalue())
        except OSError as exc:
            log.warning("copies memo %s cannot be written (%s)", self.path, exc.strerror or exc)


def copies(briefings: Sequence[Briefing], threshold: float = NEAR_COPY, memo: Memo | None = None
           ) -> dict[int, list[int]]:
    """Groups of copies, as {index of the briefing kept: indexes of its copies}, by position in ``briefings``;
    the first of each group in ``briefings`` is kept. Briefings without copies are not in the result. ``memo``:
    sketches and verdicts of an earlier run (used when made with the same settings), updated with this run's."""
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

    if memo is not None and not memo.valid_for(threshold):
        memo.sketches, memo.verdicts = {}, {}
    sketches = memo.sketches if memo is not None else {}
    verdicts = memo.verdicts if memo is not None else {}
    exact: dict[bytes, int] = {}
    digests: list[bytes] = []
    sets: dict[int, np.ndarray] = {}  # shingles of the texts shingled in this run
    buckets: dict[int, list[int]] = defaultdict(list)
    ids: dict[str, int] = {}

    def shingled(i: int) -> np.ndarray:
        if i not in sets:
            s = shingles(briefings[i].text, ids)
            sets[i] = np.sort(np.fromiter(s, dtype=np.int64, count=len(s)))
        return sets[i]

    for i, b in enumerate(briefings):
        digest = hashlib.sha256(b.text.encode("utf-8")).digest()
        digests.append(digest)
        if digest in exact:
            join(exact[digest], i)
        else:
            exact[digest] = i
        sketch = sketches.get(digest)
        if sketch is None:
            s = shingled(i)
            sketch = sketches[digest] = tuple(s[:SKETCH].tolist()) if len(s) >= MIN_SHINGLES else ()
        for h in sketch:
            buckets[h].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 1 < len(members) <= CROWDED:
            pairs.update(itertools.combinations(members, 2))
    for i, j in sorted(pairs):
        if find(i) == find(j):
            continue
        key = (digests[i], digests[j]) if digests[i] <= digests[j] else (digests[j], digests[i])
        near = verdicts.get(key)
        if near is None:
            near = verdicts[key] = _similarity(shingled(i), shingled(j)) >= threshold
        if near:
            join(i, j)
    if memo is not None:
        memo.used = set(digests)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(briefings)):
        root = find(i)
        if root != i:
            groups[root].append(i)
    return dict(groups)
