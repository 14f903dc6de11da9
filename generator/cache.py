"""Content-addressed cache of extraction results.

The key is a hash of the article bytes, the pipeline name and version, and the extractor version, so an
unchanged article is never parsed twice and any change to either side misses. Entries are written to a
temporary file and renamed into place: an interrupted build never leaves a half-written entry. The
folder is safe to delete.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from generator.model import Briefing


def cache_key(raw: bytes, pipeline: str, extractor: str) -> str:
    """Only content: the same bytes under another file name are a hit (the caller sets source and slug)."""
    h = hashlib.sha256()
    for part in (pipeline.encode(), extractor.encode()):
        h.update(len(part).to_bytes(4, "big") + part)
    h.update(raw)
    return h.hexdigest()


class Cache:
    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Briefing | None:
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            return Briefing.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError):
            return None  # a damaged entry is a miss; it is rewritten

    def put(self, key: str, briefing: Briefing) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(briefing.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
