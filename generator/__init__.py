"""Briefing generator: news articles in, briefing pages (actors, quotes, commitments) out."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__version__ = "0.1.0"

_HERE = Path(__file__).resolve().parent
# Everything that decides what an article's briefing contains (and the cache's entry format); rendering and the
# plugin are left out.
_EXTRACTION_SOURCES = ["sources.py", "cache.py", "components.py", "nlp.py", "lexicon.py", "model.py", "extract/**/*.py",
                       "data/*.yaml", "data/*.json"]


def _extractor_version() -> str:
    h = hashlib.sha256(__version__.encode())
    for pattern in _EXTRACTION_SOURCES:
        for path in sorted(_HERE.glob(pattern)):
            h.update(path.relative_to(_HERE).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


# Part of every cache key: any edit to the extraction code or its data tables invalidates the cache.
EXTRACTOR_VERSION = _extractor_version()


@functools.cache
def code_version() -> str:
    """Every file of the package (code, templates, theme, data): a build replayed from the page cache must have
    been made by exactly this code. Read on first use (by the plugin), not at every import."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(p for p in _HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(_HERE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()

