"""The published sentences of an article: spaCy's sentences without trailing space, empty ones dropped. Quotes
and commitments point into this list."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from spacy.attrs import LEMMA, LOWER, POS  # type: ignore[import-not-found]
from spacy.tokens import Doc, Span, Token

from generator import lexicon as lx
from generator.components import WORD_INDEX
from generator.model import Sentence

T = TypeVar("T")
DASHES = ("-", "—", "–")  # a hyphen, an em dash and an en dash, as a dash set off by spaces is written


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access, so a per-clause ``doc.text``
    made extraction quadratic in the article's length."""
    return kept(doc, "briefing_text", lambda: doc.text)


# dropped after the extraction (``forget``); the text stays
_LOOKUPS = ("briefing_words", "briefing_sents", "briefing_ents", "briefing_names", "briefing_common",
            "briefing_inside", "briefing_people")


def kept(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """``make()``, kept on the doc under ``key`` for the passes after this one (dropped by ``forget`` when
    ``key`` is one of ``_LOOKUPS``)."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make()
    return value


class Words:
    """Where each word of a doc stands, by its lower-case form and by its lower-case lemma, made once per doc
    from spaCy's arrays (no ``Token`` object per word): a pass that looks for a few words visits only those
    instead of every token of the article."""

    def __init__(self, doc: Doc):
        self._doc = doc
        strings = doc.vocab.strings
        arr = doc.to_array([LOWER, LEMMA, POS])
        self._pos: list[int] = arr[:, 2].tolist()
        self._verb_pos = (strings["VERB"], strings["AUX"])
        self._verbs: dict[tuple[frozenset[str], bool], list[int]] = {}
        self._either: dict[frozenset[str], list[int]] = {}
        self.lower: dict[str, list[int]] = {strings[h]: v for h, v in _positions(arr[:, 0].tolist()).items()}
        self.lemma: dict[str, list[int]] = {}
        for h, v in _positions(arr[:, 1].tolist()).items():
            word = strings[h].lower()
            self.lemma[word] = sorted(self.lemma[word] + v) if word in self.lemma else v

    def at(self, lowers: Iterable[str] = (), lemmas: Iterable[str] = ()) -> list[int]:
        """The token indices, in order, whose lower-case form is one of ``lowers`` or lemma one of ``lemmas``."""
        found = {i for hits in _hits(self.lower, lowers) for i in hits}
        found.update(i for hits in _hits(self.lemma, lemmas) for i in hits)
        return sorted(found)

    def either(self, words: frozenset[str]) -> list[int]:
        """``at(words, words)``, kept for the next call with the same words."""
        found = self._either.get(words)
        if found is None:
            found = self._either[words] = self.at(words, words)
        return found

    def speech_verbs(self, verbs: frozenset[str], put: bool = False) -> list[int]:
        """Indices of the verbs (and auxiliaries) whose lemma is in ``verbs``: ``speech_verb`` for every token; with
        ``put``, "put it" said of words too (``put_it``)."""
        found = self._verbs.get((verbs, put))
        if found is None:
            lemmas = verbs | {"put"} if put else verbs
            found = self._verbs[(verbs, put)] = [
                i for i in self.at(lemmas=lemmas) if self._pos[i] in self._verb_pos
                and not said_of_nothing(self._doc[i])
                and (self._doc[i].lemma_.lower() in verbs or put_it(self._doc[i]))]
        return found


def put_it(tok: Token) -> bool:
    """"As Professor Foner put it:", "The minister put it bluntly", "as he put it in his memo": "put it" said of
    words, with no place or particle ("put it on the table", "put it off")."""
    media = lx.lexicon().cues.medium_nouns
    return tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
        and not any(c.dep_ in ("prt", "dative") or (c.dep_ == "prep" and c.lower_ != "to" and not any(
            o.dep_ == "pobj" and o.lemma_.lower() in media for o in c.children)) for c in tok.children)


def said_of_nothing(tok: Token) -> bool:
    """A verb's form that reports no speech: a participle as an adjective ("the campaign's alleged political
    allegiances") or a word of a name ("North East Says No")."""
    # not "DiCaprio described director Martin Scorsese as ...", "the IAAF said explanations ...", so parsed
    adjective = tok.dep_ == "amod" and tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                   for c in tok.children)
    return (adjective and (tok.i == 0 or tok.doc[tok.i - 1].pos_ not in ("PROPN", "NOUN", "PRON"))) \
        or word_of_a_name(tok) or _reports_no_clause(tok)


def _reports_no_clause(tok: Token) -> bool:
    """A verb of ``cues.clause_verbs`` that reports no clause: "ruled against the people", "has ruled out taking
    part" (not "the court ruled that ...", "MPs will be thrown out ..., the Speaker has ruled"); a verb of
    ``cues.that_verbs`` without a "that" clause of its own, or in the passive ("I was charged VAT")."""
    cues = lx.lexicon().cues
    lemma = tok.lemma_.lower()
    if lemma in cues.that_verbs:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) \
            or not any(c.dep_ == "ccomp" and any(m.lower_ == "that" and m.i < c.i for m in c.children)
                       for c in tok.children)  # "that" may be read as the clause's object
    if lemma not in cues.clause_verbs:
        return False
    if any(c.dep_ == "prt" for c in tok.children):
        return True
    return not (any(c.dep_ == "ccomp" for c in tok.children)
                or (tok.dep_ in ("ccomp", "parataxis") and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX")))


def word_of_a_name(tok: Token) -> bool:
    """A word in capitals after a proper noun, in a sentence written in lower case: a word of a name ("North East
    Says No", the campaign), not the verb it would be in lower case. Not in a headline in capitals."""
    if not tok.is_title or tok.i == 0 or tok.is_sent_start:
        return False
    doc = tok.doc
    before, after = doc[tok.i - 1], doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or not after.is_title or after.pos_ == "PRON" \
            or (after.i + 1 < len(doc) and doc[after.i + 1].is_title):
        return False  # "Christie Says He Would Issue A Quarantine": a heading in capitals run into the text
    return before.pos_ == "PROPN" and before.is_title and sum(t.is_lower and t.is_alpha for t in tok.sent) >= 3


def _positions(values: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        out.setdefault(v, []).append(i)
    return out


def _hits(table: dict[str, list[int]], words: Iterable[str]) -> list[list[int]]:
    """The lists of ``table`` under ``words``, looking up whichever side is smaller (a large lexicon set against
    the few hundred words of one article)."""
    if isinstance(words, (set, frozenset)) and len(words) > len(table):
        return [v for w, v in table.items() if w in words]
    return [table[w] for w in words if w in table]


def sents_of(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per doc (spaCy makes every sentence's ``Span`` again on each pass);
    callers only read it."""
    return kept(doc, "briefing_sents", lambda: list(doc.sents))


def ents_of(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, made once per doc (spaCy walks every token to make them on each access); the extraction
    never changes a doc's entities."""
    return kept(doc, "briefing_ents", lambda: doc.ents)


def english_words(doc: Doc) -> frozenset[str]:
    """The English words the pipeline's lemmatizer knows (lower case; nouns, verbs, adjectives and adverbs:
    "desperate", "pop", "cliff"), shared by ``nlp.load_pipeline``; empty for a pipeline without that index.
    Made once per process."""
    lookups = doc.vocab.lookups
    if not lookups.has_table(WORD_INDEX):
        return frozenset()
    table = lookups.get_table(WORD_INDEX)
    made = _ENGLISH.get(id(table))
    if made is None or made[0] is not table:
        made = _ENGLISH[id(table)] = (table, frozenset(w for words in table.values() for w in words))
    return made[1]


_ENGLISH: dict[int, tuple[object, frozenset[str]]] = {}


def forget(doc: Doc) -> None:
    """Drop what ``words_of``, ``sents_of``, ``ents_of`` and ``strip_name`` kept on the doc (after its extraction)."""
    for key in _LOOKUPS:
        doc.user_data.pop(key, None)


def words_of(doc: Doc) -> Words:
    """The doc's ``Words``, made on first use."""
    return kept(doc, "briefing_words", lambda: Words(doc))


def between(indices: list[int], start: int, end: int) -> list[int]:
    """The members of the sorted ``indices`` in ``[start, end)``."""
    return indices[bisect.bisect_left(indices, start):bisect.bisect_left(indices, end)]


def set_off_at_end(subject: Token, verb: Token) -> bool:
    """``subject`` and its ``verb`` close their sentence, set off from what comes before by a comma ("..., Lord
    Falconer said.", "..., Agence France Presse reported."): nothing but punctuation after the verb."""
    first = subject.left_edge.i
    return subject.i < verb.i and first > 0 and subject.doc[first - 1].text == "," \
        and all(t.is_punct for t in subject.doc[verb.i + 1:verb.sent.end])


def nearest_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
    """The subject of ``verb``. When the parser gives it several: the one person among them ("Colin Asplin,
    Blackpool Hotel Association said", "The new chairman of the Bar Council, Guy Mansfield QC warned"), else the
    one nearest before the verb, which heads the subject phrase ("A re-elected Turnbull Government will invest":
    "re" and "Government", from the split "re-elected"; "US oil giant Exxon said")."""
    found = [c for c in verb.children if c.dep_ in deps]
    if len(found) > 1:
        people = [c for c in found if c.ent_type_ == "PERSON"]
        if len(people) == 1:
            return people[0]
        before = [c for c in found if c.i < verb.i]
        return max(before, key=lambda c: c.i) if before else found[0]
    if not found and "nsubj" in deps:
        return _misread_age(verb) or _misread_fronted(verb) or _misread_inverted(verb)
    if found and found[0].ent_type_ in ("DATE", "TIME") and found[0].i < verb.i:
        return _named_after_date(found[0], verb) or found[0]
    return found[0] if found else None


def _named_after_date(date: Token, verb: Token) -> Token | None:
    """"Saturday at the party's convention Sen. Elizabeth Warren (D-MA) said ...": with no comma after the opening
    day, the parser makes the day the subject and hangs the name on the phrase after it; the name in apposition that
    ends the subject phrase (before an aside in brackets) is the subject."""
    end = max(t.i for t in date.subtree)
    if end + 1 != verb.i:
        return None
    names = [t for t in date.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")]
    if not names:
        return None
    last = names[-1]
    own = {x.i for x in last.subtree}
    return last if all(x.i in own for x in verb.doc[last.i + 1:verb.i]) else None


def _misread_inverted(verb: Token) -> Token | None:
    """'... have been "making good progress" say those behind the negotiations': a verb after the clause it reports,
    with the one who says it after the verb read as its object; that one is the subject."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and all(t.dep_ in ("det", "amod") for t in verb.doc[verb.i + 1:c.i])), None)


def _misread_fronted(verb: Token) -> Token | None:
    """"In a meeting with the editorial board of the Washington Post Trump said that ...": with no comma after an
    opening phrase, the parser ends the phrase with the name right before the verb and gives the verb no subject;
    that name is the subject (also past an aside in brackets after it, and after an opening day: "Saturday at the
    convention Sen. Elizabeth Warren (D-MA) said ...")."""
    if verb.i == 0 or verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    at = verb.i - 1
    if doc[at].text == ")":  # "... Sen. Elizabeth Warren (D-MA) said": past an aside in brackets
        opening = next((t.i for t in reversed(doc[verb.sent.start:at]) if t.text == "("), None)
        if opening is None or opening == 0:
            return None
        at = opening - 1
    name = doc[at]
    if name.text == "," and name.head.i < at and name.head.right_edge.i == at:
        # "As a part of his plea, Marcel Lehel Lazar, 44, said that ...": past an aside set off by commas that the
        # parser hung on the name (an age, a description), with the name taken into the opening phrase; the last
        # person set beside a word of that phrase, where there is one ("In a statement to the Observer, her senior
        # policy adviser, Jake Sullivan, said", "At Boca West, ..., Jay DiPietro, the club's president, suggested")
        name = name.head
        people = [t for t in name.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                  and all(x.is_punct or x in t.subtree for x in doc[t.i + 1:at])]
        if not people and name.dep_ != "appos":
            return None  # the phrase's own name: "In addition to Mr. Regalado, two members of Congress, ..., said"
        name = people[-1] if people else name
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "compound", "appos"):
        return None
    top = name
    while top.head.i != top.i and top.head.i != verb.i:
        top = top.head
    # the phrase opens the sentence, or follows only a day ("Saturday at the convention Sen. X said")
    opens = all(t.ent_type_ in ("DATE", "TIME") for t in doc[verb.sent.start:top.i])
    return name if top.dep_ == "prep" and top.i < name.i and opens else None


def _misread_age(verb: Token) -> Token | None:
    """"The 31-year-old insisted he will ...": the parser, which reads "old" as a modifier of the verb, gives the
    verb no subject; the "old" of "the N-year-old" before the verb is the subject."""
    for c in verb.children:
        if c.i < verb.i and c.lower_ == "old" and c.dep_ in ("amod", "advmod", "npadvmod", "dep") \
                and any(g.lower_ in ("year", "years") and any(n.like_num for n in g.subtree) for g in c.children) \
                and any(d.dep_ == "det" and d.lower_ == "the" and d.i < c.i for d in verb.children):
            return c
    return None


def sentences_of(doc: Doc) -> list[Sentence]:
    text = text_of(doc)
    out = []
    for s in sents_of(doc):
        start, end = s.start_char, s.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return out


class SentenceIndex:
    """``at(offset)``: the index of the sentence an offset lies in (the last one for an offset past them all)."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return max(0, len(self.sentences) - 1)
