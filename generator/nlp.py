"""The spaCy pipeline: loaded once per process, with the project's rule components (``components.py``) added."""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# spaCy 3.8's CLI module imports a helper that Click 8.2+ has deprecated; nothing here uses that CLI.
warnings.filterwarnings("ignore", message=".*split_arg_string.*", category=DeprecationWarning)
import numpy  # noqa: E402
import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from generator import attributes, components  # noqa: E402  (registers the components)
from generator.pipeline import DEFAULT_PIPELINE, PipelineError, not_installed  # noqa: E402


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load an installed spaCy pipeline by package name or path and add the rule components. Never downloads."""
    try:
        nlp = spacy.load(name)  # every stock component is used: tagger/lemmatizer (cue verbs), parser, NER
    except OSError as exc:
        raise not_installed(name, str(exc)) from None
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise PipelineError(f"spaCy pipeline '{name}' needs a parser and an NER; it has {nlp.pipe_names}")
    _keep_prefixed_words(nlp)
    attributes.install(nlp)  # the same matches as the stock attribute ruler's, found in a tenth of the time
    attributes.install_lemmatizer(nlp)  # the same lemmas, each (form, tag, morphology) worked out once
    nlp.add_pipe("briefing_paragraphs", before="parser")
    # first in the pipeline: it reads only the tokens, and nothing before it changes them or the entities
    ruler = nlp.add_pipe("briefing_titles", first=True)
    ruler.add_patterns(components.title_patterns(), nlp.make_doc)  # type: ignore[attr-defined]
    nlp.add_pipe("briefing_places", after="ner")
    _share_word_index(nlp)
    return nlp


def _share_word_index(nlp: Language) -> None:
    """The lemmatizer's index of English words, where the pipeline has one, made reachable from every doc
    (``extract.sentences.english_words``): the table itself, not a copy."""
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        nlp.vocab.lookups.set_table(components.WORD_INDEX, lookups.get_table("lemma_index"))


# "re-elected", "re-election", "Re-open": one word. The stock tokenizer splits them at the hyphen and the small
# model then reads "re" as a noun, which breaks the whole sentence's parse ("A re-elected Government will invest
# ..." had "re" as its root, the verb "invest" hanging under it). So are the verbs of "co-" ("co-developed",
# "co-wrote", "co-hosting"), whose "co" the model reads as a verb of its own: "..., said Hany Farid, ..., who
# co-developed the system" made "developed the system" what Farid said. Nouns of "co-" ("co-founder",
# "co-chairman") stay split, as the titles are matched word by word.
PREFIXED = re.compile(r"(?i)re-[a-z]+|co-(?:[a-z]+(?:ed|ing)|wrote|written)")


# 'Ryan said,“Look, ...', 'read:"We want ...', 'the red carpet."It's ...': a quote mark glued to the punctuation
# before it and to the word after it. The stock tokenizer keeps 'said,“Look' as one word, so the sentence has no
# verb of saying and the quote no speaker; these split the punctuation and the mark off as words of their own.
GLUED_QUOTES = [r"(?<=[A-Za-z0-9)])[,:;.?!](?=[\"“‘][A-Z])", r"(?<=[,:;.?!])[\"“‘](?=[A-Z])"]


@dataclasses.dataclass(frozen=True)
class _TokenMatch:
    """The tokenizer's ``token_match``: a prefixed word, or whatever the pipeline's own rule keeps whole (a plain
    object, so the pipeline still pickles into worker processes)."""
    stock: Callable[[str], Any] | None

    def __call__(self, text: str) -> bool:
        return bool(PREFIXED.fullmatch(text)) or bool(self.stock is not None and self.stock(text))


def _keep_prefixed_words(nlp: Language) -> None:
    stock: Any = nlp.tokenizer
    rules = {k: v for k, v in stock.rules.items() if k != "m."}
    # '..., said M&S.': the stock rules keep the full stop on a name with "&" ("M&S.", "AT&T."), which then is
    # no name (the parser took it for punctuation)
    suffix_search = spacy.util.compile_suffix_regex([*(nlp.Defaults.suffixes or []), r"(?<=&[A-Z])\."]).search
    infix_finditer = spacy.util.compile_infix_regex([*(nlp.Defaults.infixes or []), *GLUED_QUOTES]).finditer
    if type(stock) is not Tokenizer:  # a pipeline's own kind of tokenizer keeps its kind: changed in place
        stock.token_match = _TokenMatch(stock.token_match)
        stock.suffix_search = suffix_search
        stock.infix_finditer = infix_finditer
        stock.rules = rules
        return
    # one new tokenizer with the four changes below: setting each on the stock one loads its 6,700 special cases
    # again (a fifth of a second of every process's start)
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        # "savings of more than $375m. As part of ...": the stock exception for "m." (an initial) keeps the full
        # stop on the unit of a sum, and the sentence runs on into the next one (98 sentence ends in the BBC articles)
        rules=rules,
        prefix_search=stock.prefix_search,
        suffix_search=suffix_search,
        infix_finditer=infix_finditer,
        token_match=_TokenMatch(stock.token_match),
        url_match=stock.url_match,
        faster_heuristics=stock.faster_heuristics,
        max_cache_size=stock.max_cache_size,
    )


# A text longer than this is parsed in pieces cut at paragraph breaks and joined again: spaCy's memory grows
# with the length of one document (and it refuses texts over nlp.max_length), while pieces keep it bounded. A
# paragraph break starts a sentence anyway, so only the pieces' boundaries see less context; news articles are
# far shorter (the longest in the BBC corpus has 25,000 characters).
PIECE_CHARS = 50_000


def pieces(text: str, size: int | None = None) -> list[str]:
    """``text`` cut after paragraph breaks (else after line breaks, else after spaces, else anywhere) into pieces
    of at most ``size`` characters; ``"".join(pieces(text)) == text``."""
    size = size or PIECE_CHARS
    out = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > 0:
                cut += len(sep)
                break
        if cut <= 0:
            cut = size
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def parse(texts: Iterable[str], name: str = DEFAULT_PIPELINE, *, batch_size: int = 32) -> Iterator[Doc]:
    """One Doc per text, in order, in this process (``build`` and ``distributed`` run this in worker processes for
    parallel work). Runs of ordinary texts go through ``nlp.pipe`` (batched); a text longer than PIECE_CHARS is
    parsed piece by piece in this process (one piece in memory at a time: batching the pieces would put them all in
    memory at once) and the pieces joined into one Doc."""
    nlp = load_pipeline(name)
    for long, run in itertools.groupby(texts, key=lambda t: len(t) > PIECE_CHARS):
        if not long:
            yield from nlp.pipe(run, batch_size=batch_size)
            continue
        for text in run:
            parts = []
            for part in pieces(text):
                doc = nlp(part)
                doc.tensor = numpy.zeros((0, 0), dtype="float32")  # the tok2vec output: nothing reads it, and it is big
                parts.append(doc)
            yield Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
