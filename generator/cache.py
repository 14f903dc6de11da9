"""Content-addressed cache of extraction results.

The key is a hash of the article bytes' SHA-256, the pipeline name and version, and the extractor version, so an
unchanged article is never parsed twice and any change to either side misses. Entries are written to a
temporary file and renamed into place: an interrupted build never leaves a half-written entry. The
folder is safe to delete.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from generator.model import Briefing

log = logging.getLogger("briefings.cache")


def cache_key(digest: str, pipeline: str, extractor: str) -> str:
    """Only content, by the SHA-256 of the article's bytes (``Article.digest``): the same bytes under another file
    name are a hit (the caller sets source and slug)."""
    h = hashlib.sha256()
    for part in (pipeline.encode(), extractor.encode()):
        h.update(len(part).to_bytes(4, "big") + part)
    h.update(digest.encode())
    return h.hexdigest()


class Cache:
    """``folder/<k[:2]>/<k>.json``: the first line is the SHA-256 of the rest, the briefing's JSON. A read
    verifies the hash and the shape (every record must have exactly the fields of this version, so that it gives
    back a briefing that serialises to the same JSON), so an entry that is damaged, truncated, replaced by a folder
    or of another shape is a miss with a warning, and the entry is written again."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """An entry is stored under ``key`` (not read, nor checked: ``get`` does that)."""
        return self.folder is not None and self._path(key).is_file()

    def get(self, key: str) -> Briefing | None:
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cache entry %s cannot be read (%s); parsing again", path, exc.strerror or exc)
            return None
        digest, _, payload = blob.partition(b"\n")
        try:
            if hashlib.sha256(payload).hexdigest().encode() != digest:
                raise ValueError("its content does not match its hash")
            briefing = Briefing.from_stored(json.loads(payload))
            briefing.keep_json(payload)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            log.warning("cache entry %s is damaged (%s); parsing again", path, exc)
            return None
        return briefing

    def put(self, key: str, briefing: Briefing) -> None:
        """Store an entry; a cache that cannot be written is a warning, never a failed build."""
        if self.folder is None:
            return
        path = self._path(key)
        payload = json.dumps(briefing.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        blob = hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        briefing.keep_json(payload)
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # something put a folder where the entry goes
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, blob)
        except OSError as exc:
            log.warning("cache entry %s cannot be written (%s)", path, exc.strerror or exc)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: readers never see half a file. ``data``
    may come in parts, written one at a time (the file of all briefings is 150 MB at 20,000 articles)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                fh.writelines(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
