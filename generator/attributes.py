"""A faster matcher for the pipeline's ``attribute_ruler`` and a faster English lemmatizer, with the same output.

The stock ``attribute_ruler`` of the English pipelines (the tag map and its exceptions: 179 patterns of one or
two tokens) runs spaCy's general ``Matcher``, which cost about 1.2 s per 300 BBC articles, more than the
parser's 2.1 s share would suggest and a twelfth of the whole pipeline. Its patterns are plain ones: exact
values, ``IN`` and ``NOT_IN`` lists and ``REGEX`` on a token's text, tag or dependency. ``FastMatch`` finds the
same (pattern, start, end) triples by looking each token's values up in dictionaries built from the patterns,
in the ruler's own order, and ``FastSet`` sets each match's attributes on its token as the ruler's own
``set_annotations`` does, without making a ``Span`` per match, so every token gets the same part of speech,
morphology and lemma as with the stock component (tested against it).

A ruler with any pattern this matcher does not read (quantifiers, other predicates or attributes, extension
attributes) keeps spaCy's matcher: nothing changes for it. Patterns added to the ruler later are read again (and
one it does not read hands the ruler back to spaCy's matcher).

``FastEnglishLemmatizer`` does the same for the English rule lemmatizer (0.32 s per 300 articles): each token's
lemma is looked up by its form, part of speech and morphology, and the lemmas set from an array.
"""
from __future__ import annotations

import itertools
import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG  # type: ignore[import-not-found]
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# the token attributes read, as columns of ``Doc.to_array``: those holding a string's hash, and the flags
_STRINGS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP, "LEMMA": LEMMA}
_FLAGS = {"IS_SPACE": IS_SPACE}
ATTRS = {**_STRINGS, **_FLAGS}
_REGEX_MEMO = 200_000  # string hashes whose REGEX result is kept per pattern value (cleared when full)
_ROW_MEMO = 500_000  # tokens' values whose matching patterns are kept (cleared when full)


class Unsupported(ValueError):
    """A pattern this matcher does not read: the ruler keeps spaCy's matcher."""


class _Test:
    """One constraint on one token: the column it reads and the test of its value."""

    def __init__(self, column: int, kind: str, value: Any, strings: Any):
        self.column, self.kind = column, kind
        self.strings = strings
        if kind == "REGEX":
            self.regex = re.compile(value)
            self.memo: dict[int, bool] = {}
        self.value = value

    def __call__(self, v: int) -> bool:
        if self.kind == "==":
            return bool(v == self.value)
        if self.kind == "IN":
            return v in self.value
        if self.kind == "NOT_IN":
            return v not in self.value
        found = self.memo.get(v)
        if found is None:
            if len(self.memo) >= _REGEX_MEMO:
                self.memo.clear()
            found = self.memo[v] = bool(self.regex.search(self.strings[v]))
        return found


def _tests(spec: dict[str, Any], strings: Any, columns: list[str]) -> tuple[dict[int, list[int]], list[_Test]]:
    """A pattern token's constraints: (column -> the values it may have, for the index; the other tests).
    ``columns``: the attributes read, in the order of the rows the tests are given."""
    index: dict[int, list[int]] = {}
    others: list[_Test] = []
    for attr, value in spec.items():
        if attr in _FLAGS:
            if not isinstance(value, bool):
                raise Unsupported(f"{attr}: {value!r}")
            index[columns.index(attr)] = [int(value)]
            continue
        if attr not in _STRINGS:
            raise Unsupported(attr)
        column = columns.index(attr)
        if isinstance(value, str):
            index[column] = [strings[value]]
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
                and all(isinstance(v, str) for v in value["IN"]):
            index[column] = sorted({strings[v] for v in value["IN"]})
        elif isinstance(value, dict) and len(value) == 1 and "NOT_IN" in value \
                and all(isinstance(v, str) for v in value["NOT_IN"]):
            others.append(_Test(column, "NOT_IN", frozenset(strings[v] for v in value["NOT_IN"]), strings))
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
            others.append(_Test(column, "REGEX", value["REGEX"], strings))
        else:
            raise Unsupported(f"{attr}: {value!r}")
    return index, others


class _Pattern:
    def __init__(self, attr_id: int, match_id: int, tokens: list[dict[str, Any]], strings: Any, columns: list[str]):
        if not tokens or any(not isinstance(t, dict) or not t for t in tokens):
            raise Unsupported("an empty pattern or token")
        self.attr_id, self.match_id, self.length = attr_id, match_id, len(tokens)
        made = [_tests(t, strings, columns) for t in tokens]
        self.first_index, self.first_tests = made[0]
        # the later tokens: every constraint is a test
        self.rest = [[_Test(c, "IN", frozenset(vs), strings) if len(vs) > 1 else _Test(c, "==", vs[0], strings)
                      for c, vs in index.items()] + tests for index, tests in made[1:]]

    def rest_match(self, rows: list[list[int]], start: int) -> bool:
        return all(all(test(rows[start + j][test.column]) for test in tests)
                   for j, tests in enumerate(self.rest, 1))


class FastMatch:
    """``AttributeRuler.match`` for a ruler whose patterns are all plain (see the module): the matches sorted as
    the ruler sorts them, (attribute id, match id, start, end)."""

    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.read = -1
        self.stock = False  # a pattern added later that this matcher does not read: spaCy's matcher runs
        self._build()

    def _build(self) -> None:
        ruler = self.ruler
        strings = ruler.vocab.strings
        self.read = len(ruler.attrs)
        entries = ruler.patterns
        # the attributes the patterns read, and only those: fewer distinct rows to look up
        used = sorted({attr for entry in entries for tokens in entry["patterns"] for spec in tokens
                       if isinstance(spec, dict) for attr in spec})
        if any(attr not in ATTRS for attr in used):
            raise Unsupported(", ".join(a for a in used if a not in ATTRS))
        patterns: list[_Pattern] = []
        for attr_id, entry in enumerate(entries):
            match_id = strings[str(attr_id)]
            patterns.extend(_Pattern(attr_id, match_id, tokens, strings, used) for tokens in entry["patterns"])
        # the first token's indexed constraints: columns -> (their values -> the patterns)
        self.index: dict[tuple[int, ...], dict[tuple[int, ...], list[_Pattern]]] = {}
        self.scan: list[_Pattern] = []  # patterns whose first token has no indexed constraint: tried at every token
        for p in patterns:
            if not p.first_index:
                self.scan.append(p)
                continue
            columns = tuple(sorted(p.first_index))
            table = self.index.setdefault(columns, {})
            for values in itertools.product(*(p.first_index[c] for c in columns)):
                table.setdefault(values, []).append(p)
        self.columns = [ATTRS[c] for c in used]
        # a token's values -> the patterns its first token matches (tokens with the same values are many)
        self.first: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.read:  # patterns added since
            try:
                self._build()
            except Unsupported:  # one this matcher does not read: spaCy's from now on
                self.stock = True
        if self.stock:
            return list(type(self.ruler).match(self.ruler, doc))
        n = len(doc)
        if not n or not self.columns:
            return []
        rows: list[list[int]] = doc.to_array(self.columns).tolist()  # string hashes as Python ints
        found: set[tuple[int, int, int, int]] = set()
        first = self.first
        for i, row in enumerate(rows):
            key = tuple(row)
            starting = first.get(key)
            if starting is None:
                if len(first) >= _ROW_MEMO:
                    first.clear()
                starting = first[key] = self._starting(row)
            for p in starting:
                if p.length == 1:
                    found.add((p.attr_id, p.match_id, i, i + 1))
                elif i + p.length <= n and p.rest_match(rows, i):
                    found.add((p.attr_id, p.match_id, i, i + p.length))
        return sorted(found)

    def _starting(self, row: list[int]) -> tuple[_Pattern, ...]:
        """The patterns whose first token a token with these values matches."""
        candidates: list[_Pattern] = []
        for columns, table in self.index.items():
            hit = table.get(tuple(row[c] for c in columns))
            if hit:
                candidates.extend(hit)
        candidates.extend(self.scan)
        return tuple(p for p in candidates if all(test(row[test.column]) for test in p.first_tests))


def install(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the fast matcher when it can read every pattern; True if it did."""
    if name not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe(name)
    if not all(hasattr(ruler, a) for a in ("match", "patterns", "attrs", "set_annotations")):
        return False
    try:
        matcher = FastMatch(ruler)
    except Unsupported:
        return False
    ruler.match = matcher
    ruler.set_annotations = FastSet(ruler)
    return True


class FastSet:
    """The ruler's ``set_annotations``: the same attributes set on the same tokens in the same order, without a
    ``Span`` made for each match to find its token (the tag map matches about every token: 0.4 s of the ruler's
    0.65 s per 400 BBC articles went there). A pattern whose index falls outside its match runs the ruler's own
    code, which raises its error."""

    def __init__(self, ruler: Any):
        self.ruler = ruler

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        ruler = self.ruler
        targets = []
        for attr_id, _match_id, start, end in matches:
            index = ruler.indices[attr_id]
            i = (start if index >= 0 else end) + index  # as ``span[index]``
            if not start <= i < end:
                type(ruler).set_annotations(ruler, doc, matches)
                return
            targets.append((i, attr_id))
        attrs = ruler.attrs
        for i, attr_id in targets:
            set_token_attrs(doc[i], attrs[attr_id])


class FastEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, each token's lemma looked up by its form, part of speech and morphology
    before it is worked out (the lemma is a function of the three: spaCy's own cache has the same key) and all set
    at once from an array, instead of one Python call and one string write per token. Tokens that already have a
    lemma (from the attribute ruler) keep it, as with the stock component; a lemmatizer set to overwrite, or not in
    rule mode, runs the stock code."""

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        # kept on the instance, made at its first use: ``install_lemmatizer`` changes the class of a lemmatizer
        # already made, so no ``__init__`` of this class ever runs
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_briefing_lemmas", {})
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].tolist()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = strings.add(self.lemmatize(doc[i])[0])
                if pos and len(memo) < _LEMMA_MEMO:  # no part of speech: spaCy warns each time, so it asks each time
                    memo[key] = found
            lemmas[i] = found
            changed = True
        if changed:
            column: Any = numpy.array(lemmas, dtype="uint64").reshape(-1, 1)
            doc.from_array([LEMMA], column)
        return doc


_LEMMA_MEMO = 500_000  # (form, part of speech, morphology) triples whose lemma is kept


def install_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Give the pipeline's lemmatizer the faster lookup, if it is spaCy's English rule lemmatizer; True if it did."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe(name)
    if type(lemmatizer) is not EnglishLemmatizer:
        return False
    lemmatizer.__class__ = FastEnglishLemmatizer
    return True
