"""The spaCy pipeline: loaded once per process, with the project's rule components (``components.py``) added."""
from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Iterator

# spaCy 3.8's CLI module imports a helper that Click 8.2+ has deprecated; nothing here uses that CLI.
warnings.filterwarnings("ignore", message=".*split_arg_string.*", category=DeprecationWarning)
import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from generator import components  # noqa: E402  (registers the components)
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
    nlp.add_pipe("briefing_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="briefing_titles", before="ner",
                         config={"phrase_matcher_attr": None, "validate": True, "overwrite_ents": False})
    ruler.add_patterns(components.title_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("briefing_places", after="ner")
    return nlp


def parse(texts: Iterable[str], name: str = DEFAULT_PIPELINE, *, jobs: int = 1, batch_size: int = 32) -> Iterator[Doc]:
    nlp = load_pipeline(name)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))
