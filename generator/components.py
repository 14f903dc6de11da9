"""The project's rule components, registered with spaCy (and nothing else).

- ``briefing_paragraphs`` (before the parser): a paragraph break always starts a sentence.
- ``briefing_titles`` (:class:`TitleRuler`, first in the pipeline, so before the NER; patterns from
  :func:`title_patterns`): titles such as "Defence Secretary" and "Secretary of State" become TITLE spans, so
  the NER no longer tags "Defence" or "State" as organisations.
- ``briefing_places`` (after the NER): names of countries, capitals, demonyms, regions and known organisations
  get their right label ("Kyiv" is a place, not a person; "the Tories" an organisation). Matching
  (:func:`relabel_entities`) is kept apart from setting the annotation, so the rules can be tested on their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from generator import lexicon as lx
from generator.lexicon import Titles
from generator.sources import BULLETS

TITLE_LABEL = "TITLE"
# The name under which ``nlp.load_pipeline`` shares the lemmatizer's index of English words (WordNet's nouns, verbs,
# adjectives and adverbs, in the stock pipeline) with the docs it parses, through their vocab's lookups.
WORD_INDEX = "briefing_word_index"


@Language.component("briefing_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A token after a line break starts a sentence; a list item's bullet and its first word are one sentence
    ("- Announced a package for the sugar industry", which the parser would cut after the dash); a name after a
    rank's abbreviation and its dot goes on with the sentence ("said Navy Capt. Jeff Davis", which the parser would
    cut after the dot)."""
    ranks = lx.lexicon().titles.rank_abbreviations
    for i, tok in enumerate(doc[:-1]):
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
            if i + 2 < len(doc) and doc[i + 1].text in BULLETS and doc[i + 1].whitespace_:
                doc[i + 2].is_sent_start = False
        elif tok.text == "." and i > 0 and doc[i - 1].text in ranks and not doc[i - 1].whitespace_ \
                and doc[i + 1].is_title and doc[i + 1].text.isalpha():
            doc[i + 1].is_sent_start = False
    if len(doc) > 1 and doc[0].text in BULLETS and doc[0].whitespace_:
        doc[1].is_sent_start = False
    for _, end in datelines(doc):
        doc[end].is_sent_start = True
    return doc


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """(first token, first token after) of each wire dateline opening a paragraph (see ``_dateline_end``)."""
    found = []
    for i in range(len(doc)):
        if i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_:
            end = _dateline_end(doc, i)
            if end is not None:
                found.append((i, end))
    return found


DATELINE_DASHES = ("—", "–", "--", "-")
DATELINE_WORDS = 8  # at most this many tokens before the dash: "MANCHESTER, N.H. —", "WASHINGTON (Reuters) -"


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a wire story's dateline opening a paragraph at ``start`` ("OTTAWA — The federal
    government will ...", "MANCHESTER, N.H. — It was", "WASHINGTON (Reuters) - U.S. lawmakers"): a place in capitals,
    perhaps its state and the agency in brackets, then a dash, then a capitalised word; else None. The dateline is
    then a sentence of its own, so the parser never makes the place the subject of what follows."""
    if start >= len(doc) or not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1):
        return None
    bracket = False
    for j in range(start + 1, min(start + DATELINE_WORDS + 1, len(doc) - 1)):
        t = doc[j]
        if t.text in DATELINE_DASHES and t.whitespace_ and not bracket:
            nxt = doc[j + 1]
            return j + 1 if nxt.text[:1].isupper() or nxt.text[:1] in "\"“'‘" else None
        if t.text == "(":
            bracket = True
        elif t.text == ")":
            bracket = False
        elif not (bracket or t.is_upper or t.text == "," or re.fullmatch(r"(?:[A-Z][a-z]*\.)+", t.text)):
            return None  # "N.H.", "Calif.", "D.C." after a comma; any word inside the brackets
        if "\n" in t.whitespace_ or t.is_space:
            return None
    return None


def title_patterns(titles: Titles | None = None) -> list[dict[str, Any]]:
    """EntityRuler patterns for titles: every "of" title, every qualifier + head ("Defence Secretary"), strong
    heads of several words ("Attorney General") and lower-case "qualifier secretary/minister"."""
    t = titles or lx.lexicon().titles
    strong = [h for h in t.heads if h not in t.weak_heads]
    patterns: list[dict[str, Any]] = []

    def words(s: str) -> list[dict[str, str]]:
        return [{"TEXT": w} for w in s.split()]

    for title in t.of_titles:
        patterns.append({"label": TITLE_LABEL, "pattern": words(title)})
    for q in t.qualifiers:
        for h in t.heads:
            patterns.append({"label": TITLE_LABEL, "pattern": words(q) + words(h)})
    for q in t.hyphen_qualifiers:  # "Vice-President", "Co-Chairman": the tokenizer splits at the hyphen
        for h in t.heads:
            if " " not in h:
                patterns.append({"label": TITLE_LABEL, "pattern": words(q) + [{"TEXT": "-"}] + words(h)})
    for h in strong:
        if " " in h:
            patterns.append({"label": TITLE_LABEL, "pattern": words(h)})
    # lower-case forms ("the defence secretary") are titles too
    for q in t.qualifiers:
        for h in ("secretary", "minister"):
            lower = [{"LOWER": w.lower()} for w in q.split()] + [{"LOWER": h}]
            patterns.append({"label": TITLE_LABEL, "pattern": lower})
    return patterns


class TitleRuler:
    """An entity ruler for :func:`title_patterns` that sets the same entities as spaCy's ``EntityRuler`` with
    those patterns (``overwrite_ents`` off), found faster: patterns of exact words ({"TEXT": w} each) go to a
    phrase matcher of the words as written, patterns of lower-case words ({"LOWER": w} each) to a phrase
    matcher of the lower-case forms, and only any other pattern to a token ``Matcher``. The ruler tried each of
    the lower-case token patterns (about 200) at every token, which cost it more than all the other rule
    components together. Each pattern phrase is tokenized once (the ruler tokenized it twice: checked, then
    added)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.exact = PhraseMatcher(vocab)
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.tokens = Matcher(vocab, validate=True)
        self.labels: dict[int, str] = {}

    def add_patterns(self, patterns: list[dict[str, Any]], make_doc: Callable[[str], Doc]) -> None:
        """Add EntityRuler-style patterns ({"label", "pattern"}; a pattern a list of token dicts or a phrase);
        ``make_doc`` tokenizes a phrase as the pipeline's texts are tokenized."""
        exact: dict[str, list[Doc]] = {}
        lower: dict[str, list[Doc]] = {}
        tokens: dict[str, list[list[dict[str, Any]]]] = {}
        for p in patterns:
            label, pattern = p["label"], p["pattern"]
            if isinstance(pattern, str):
                exact.setdefault(label, []).append(make_doc(pattern))
                continue
            keys = {k for d in pattern for k in d}
            words = [d.get("TEXT", d.get("LOWER")) for d in pattern]
            if len(keys) == 1 and keys <= {"TEXT", "LOWER"} and all(len(d) == 1 and isinstance(w, str)
                                                                    for d, w in zip(pattern, words, strict=True)):
                # a phrase only when the tokenizer splits its text into exactly those words, so that it
                # matches the same spans as the token pattern
                doc = make_doc(" ".join(words))
                if "TEXT" in keys and [t.text for t in doc] == words:
                    exact.setdefault(label, []).append(doc)
                    continue
                if "LOWER" in keys and [t.lower_ for t in doc] == words:
                    lower.setdefault(label, []).append(doc)
                    continue
            tokens.setdefault(label, []).append(pattern)
        for found, matcher in ((exact, self.exact), (lower, self.lower)):
            for label, docs in found.items():
                matcher.add(label, docs)
        for label, token_patterns in tokens.items():
            self.tokens.add(label, token_patterns)
        self.labels.update({self.vocab.strings.add(label): label for label in (*exact, *lower, *tokens)})

    def __call__(self, doc: Doc) -> Doc:
        # as EntityRuler.match: every match, the longest first, then the earliest
        matchers = (self.exact, self.lower, self.tokens) if len(self.tokens) else (self.exact, self.lower)
        matches = sorted({(m, start, end) for matcher in matchers for m, start, end in matcher(doc) if start != end},
                         key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        if not matches:
            return doc
        # as EntityRuler.set_annotations, entities kept: a match over an entity or over a match taken is left out
        new_entities = []
        seen: set[int] = set()
        for m, start, end in matches:
            if any(t.ent_type for t in doc[start:end]):
                continue
            if start not in seen and end - 1 not in seen:
                new_entities.append(Span(doc, start, end, label=self.labels[m]))
                seen.update(range(start, end))
        doc.ents = list(doc.ents) + new_entities
        return doc


# no annotations: spaCy reads a factory's, and with ``from __future__ import annotations`` they are strings it
# cannot resolve
def make_title_ruler(nlp, name):
    return TitleRuler(nlp.vocab)


Language.factory("briefing_titles", assigns=["doc.ents"], func=make_title_ruler)


def _locative(ent: Span) -> bool:
    """A name in a place's position: after "in", "from", "across" ... ("Yorkshire" tagged as a person)."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and prev.lower_ in lx.lexicon().actors.locative_words


def _role_word(tok: Token) -> bool:
    """A word of a role or title right before a name: "MP", "Minister", "minister", "professor"."""
    titles = lx.lexicon().titles
    return tok.text in titles.heads or tok.lower_ in titles.role_heads or tok.text in titles.post_nominals


def _home_of_person(ent: Span) -> bool:
    """A name after a person's name and "of": where they live ("Gordon Walsh of Red Deer", "Anna Berg, 78, of
    Leeds"), not a body they are of (a known city's name only: see the caller)."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    j = i - 1
    if doc[j].text == "," and j >= 2 and doc[j - 1].like_num and doc[j - 2].text == ",":
        j -= 3  # "Anna Berg, 78, of Leeds"
    return j >= 0 and doc[j].ent_type_ == "PERSON"


def _opening_word(tok: Token) -> bool:
    """A capitalised preposition, or "Said", that opens its sentence: "Across Wales, pickets were held", "Said
    Comey: ...". Not a name's own first word elsewhere ("Reporters Without Borders")."""
    doc = tok.doc
    opens = tok.is_sent_start or (tok.i > 0 and (doc[tok.i - 1].is_quote or doc[tok.i - 1].is_space
                                                 or doc[tok.i - 1].text in ("-", "•", "*", "–", "—")))
    return opens and tok.is_title and tok.lower_ in lx.lexicon().actors.opening_words


def _after_ex(ent: Span) -> int | None:
    """Where a name starts after the "ex-" the NER took into it ("ex-Yukos boss", "the ex-Wham singer", "Ex-Welsh
    Office Minister"): the token after the hyphen (the entity's end when nothing follows it); None without one."""
    doc = ent.doc
    i = ent.start + 1 if ent[0].lower_ in ("the", "an", "a") and len(ent) > 1 else ent.start
    if doc[i].lower_ != "ex" or doc[i].whitespace_ or i + 1 >= len(doc) or doc[i + 1].text != "-" \
            or doc[i + 1].whitespace_:
        return None
    return min(i + 2, ent.end)


_SUM = re.compile(r"[£$€¥]?\d[\d.,]*(bn|m|k|tn|trn|billion|million)")  # a sum written as one word
_CODE = re.compile(r"[A-Za-z]+-\d+[A-Za-z]?")  # "COVID-19", "NX-01", "CDP-101": a code of a disease or a product
_NUMBERED = re.compile(r"[A-Za-z]*[A-Za-z]\d+[A-Za-z]*")  # "BBC1", "O2", "MI6": a name with a number in it


def _based(doc: Doc, ent: Span) -> bool:
    """A name written before "-based" ("the Newport-based athlete", "Glasgow-based band"): where something is."""
    end = ent.end
    return (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in ("-", "\u2010", "\u2011")
            and not doc[end].whitespace_ and doc[end + 1].lower_ == "based")


def _relabel(doc: Doc, ent: Span) -> tuple[Span | None, bool]:
    """One entity with its label repaired (None: a broken span to drop), and whether anything changed."""
    changed = False
    if ent.label_ != TITLE_LABEL and ent.start > 0:
        # "Liberal" + "Democrats": widen to a known organisation the NER cut short
        wider = Span(doc, ent.start - 1, ent.end, label=ent.label_)
        if lx.key(wider.text) in lx.organizations() and doc[ent.start - 1].ent_type_ in ("", TITLE_LABEL, "NORP"):
            ent, changed = wider, True
    if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        start = _after_ex(ent)
        if start is not None:
            if start >= ent.end:
                return None, True  # "Ex" of "Ex-Labour minister Frank Field", tagged alone
            ent, changed = Span(doc, start, ent.end, label=ent.label_), True  # "ex-Yukos boss": Yukos
    if ent.label_ in ("PERSON", "ORG") and len(ent) >= 2 and _opening_word(ent[0]):
        ent, changed = Span(doc, ent.start + 1, ent.end, label=ent.label_), True  # "Across Wales", "Said Comey"
        if len(ent) == 1 and ent[0].lower_.rstrip(".") in lx.lexicon().titles.honorifics:
            return None, True  # "Said Mr" of "Said Mr Fogg:", the name tagged apart
    k = lx.key(ent.text)
    label = ent.label_
    if label == TITLE_LABEL:
        return ent, changed
    if label in ("ORG", "PERSON", "GPE") and ent[-1].lower_ in ("and", "of", "for", "the", "&"):
        return None, True  # "Trade and" from "Trade and Industry Secretary": a broken span, dropped
    if label in ("ORG", "PERSON", "NORP") and _SUM.fullmatch(ent[0].text):  # not "3M", a company
        return None, True  # "745bn Indian" of "745bn Indian rupees": a sum, no name
    if (label == "PERSON" and any(_CODE.fullmatch(t.text) for t in ent)) \
            or (label == "ORG" and len(ent) == 1 and _CODE.fullmatch(ent.text)):
        return None, True  # "COVID-19" taken for a person or a body: a disease or a product, nobody (not the "EB-5
        # Investment Coalition")
    if label == "ORG" and len(ent) >= 2 and ent[0].text in lx.given_names() and ent.start > 0 \
            and _role_word(doc[ent.start - 1]) and k not in lx.organizations() \
            and not any(t.text in lx.lexicon().actors.org_heads for t in ent):
        return Span(doc, ent.start, ent.end, label="PERSON"), True  # "NDP MP Alistair MacGregor" taken for a body
    if label == "PERSON" and any(_NUMBERED.fullmatch(t.text) for t in ent):
        return Span(doc, ent.start, ent.end, label="ORG"), True  # "BBC1", "O2", "MI6": no person's name has a
        # number in a word (a number after a name is no part of it: "Ted Cruz 1", a caption's)
    if label in ("ORG", "PERSON") and _based(doc, ent):
        return Span(doc, ent.start, ent.end, label="GPE"), True  # "the Newport-based athlete": a place here
    if k in lx.organizations() and label != "ORG" and (ent[0].is_title or ent.text.isupper()):
        return Span(doc, ent.start, ent.end, label="ORG"), True  # "the Tories" as NORP
    if k in lx.organizations() and label == "NORP" and len(ent) >= 3 and ent[0].lower_ == "the" \
            and all(t.is_title for t in ent[1:]):
        return Span(doc, ent.start + 1, ent.end, label="ORG"), True  # "the Liberal Democrats" as NORP
    if label in ("FAC", "LOC", "PRODUCT", "WORK_OF_ART") and ent.root.text in lx.lexicon().actors.org_heads:
        return Span(doc, ent.start, ent.end, label="ORG"), True  # "the Centre for Budget Research" as a facility
    if label == "PERSON" and len(ent) >= 2 and ent[-1].text in lx.lexicon().actors.org_heads \
            and ent[0].text not in lx.given_names() and ent[0].lower_.rstrip(".") not in lx.lexicon().titles.honorifics:
        # "Fostering Network" (not "Tom Service", nor "Mr Service")
        return Span(doc, ent.start, ent.end, label="ORG"), True
    if (k in lx.countries() or k in lx.capitals() or k in lx.counties()
            or ((k in lx.regions() or k in lx.city_countries()) and label == "PERSON" and _locative(ent))
            or ((k in lx.regions() or k in lx.city_countries()) and label == "ORG" and _home_of_person(ent))) \
            and label not in ("GPE", "LOC"):
        # "Yorkshire" or "Exeter" after "in"; a county wherever it stands ("Chatham, Kent")
        return Span(doc, ent.start, ent.end, label="GPE"), True
    if k in lx.demonyms() and label != "NORP" and len(ent) == 1:
        return Span(doc, ent.start, ent.end, label="NORP"), True
    return ent, changed


def relabel_entities(doc: Doc) -> list[Span] | None:
    """The document's entities with countries, capitals, demonyms, regions and known organisations labelled
    right, plus country and organisation names the NER left out; None when nothing changes."""
    new_ents: list[Span] = []
    changed = False
    dated = {i: end for start, end in datelines(doc) for i in range(start, end)}
    for ent in doc.ents:
        if ent.start in dated and ent.label_ in ("ORG", "PERSON", "NORP"):
            # "EDMONTON —" taken for a body: a dateline names where the story was filed; the agency in its brackets
            # ("WASHINGTON (AP) —") filed it, and is no actor of the story
            if not (ent.start > 0 and doc[ent.start - 1].text == "("):
                new_ents.append(Span(doc, ent.start, min(ent.end, dated[ent.start]), label="GPE"))
            changed = True
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1  # "Wells\n\n" before a bulleted line: the NER takes the line break into the name
        if (start, end) != (ent.start, ent.end):
            changed = True
            if start == end:
                continue
            ent = Span(doc, start, end, label=ent.label_)
        repaired, did = _relabel(doc, ent)
        changed = changed or did
        if repaired is not None:
            new_ents.append(repaired)
    taken = {i for e in new_ents for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        k = lx.key(tok.text)
        if k in lx.organizations() and tok.pos_ in ("PROPN", "NOUN") and len(k) > 2:
            new_ents.append(Span(doc, tok.i, tok.i + 1, label="ORG"))  # "Tories" the NER left out
            changed = True
        elif k in lx.countries() and tok.pos_ == "PROPN" and len(k) > 1:
            new_ents.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
            changed = True
    return filter_spans(new_ents) if changed else None


@Language.component("briefing_places", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def places(doc: Doc) -> Doc:
    """Set the entities :func:`relabel_entities` repairs."""
    ents = relabel_entities(doc)
    if ents is not None:
        doc.ents = ents
    return doc
