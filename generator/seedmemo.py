"""What the last build read from each article file, so that a rebuild reads only the files that changed.

``cache_dir/articles.memo`` (JSON) keeps, for each article file published by the last build, the file's state (size,
modification and change times in nanoseconds, inode) and what reading it gave but its text: the SHA-256 of its
bytes (what its extraction is cached under), its title, slug, date, source, link, tags and warnings. A file in
the same state is not read again: its article comes back "light" (no text), and its briefing from the extraction
cache; a light article whose extraction is not in the cache is read again before it is parsed. Any write to a
file changes its change time (which no program can set back), so an edited file is always read; a file changed
in the last two seconds before a build is not kept (a second write within the file system's clock tick could
leave the times as they were). Only on POSIX systems (on Windows ``st_ctime`` is the creation time, and every
file is read as before). The memo is kept under this code's version and the reading options
(``max_bytes``, ``encoding_fallback``): another code or option reads everything again.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from generator.cache import atomic_write
from generator.sources import Article

log = logging.getLogger("briefings.cache")

MEMO = "articles.memo"  # JSON; not named like an extraction entry
RACY_NS = 2_000_000_000  # a file changed this close to the build is read again next time


def file_state(info: os.stat_result) -> list[int]:
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


_TEXT_FIELDS = ("slug", "title")
_OPTIONAL_FIELDS = ("date", "credit", "url")
_LIST_FIELDS = ("tags", "warnings")


def _well_formed(entry: Any) -> bool:
    """An entry as ``SeedMemo.keep`` writes it: [state, SHA-256, fields], every field of its type."""
    if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], list)
            and isinstance(entry[1], str) and len(entry[1]) == 64 and isinstance(entry[2], dict)):
        return False
    fields = entry[2]
    return set(fields) == {*_TEXT_FIELDS, *_OPTIONAL_FIELDS, *_LIST_FIELDS, "title_from_text"} \
        and all(isinstance(fields[k], str) and fields[k] for k in _TEXT_FIELDS) \
        and all(fields[k] is None or isinstance(fields[k], str) for k in _OPTIONAL_FIELDS) \
        and all(isinstance(fields[k], list) and all(isinstance(v, str) for v in fields[k]) for k in _LIST_FIELDS) \
        and isinstance(fields["title_from_text"], bool)


class SeedMemo:
    def __init__(self, folder: Path | None, stamp: str):
        # only where the change time is one (POSIX): Windows gives the creation time there
        self.path = folder / MEMO if folder is not None and os.name == "posix" else None
        self.stamp = stamp
        self.started = time.time_ns()
        self.old: dict[str, Any] = {}
        self.new: dict[str, list[Any]] = {}
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("article memo %s cannot be read (%s); reading every article", self.path, exc)
            return
        if isinstance(data, dict) and data.get("stamp") == stamp and isinstance(data.get("files"), dict):
            self.old = data["files"]

    def article(self, source: str, path: Path, info: os.stat_result) -> Article | None:
        """The article read from ``path`` last time, light (no text, no bytes), if the file is as it was then."""
        entry: Any = self.old.get(source)
        if not _well_formed(entry) or entry[0] != file_state(info):
            return None  # none, another state, or an entry of another shape (the file is read)
        _, digest, fields = entry
        self.new[source] = entry
        return Article(source=source, slug=fields["slug"], title=fields["title"], text="", date=fields["date"],
                       credit=fields["credit"], url=fields["url"], tags=list(fields["tags"]),
                       warnings=list(fields["warnings"]), title_from_text=fields["title_from_text"],
                       digest=digest, path=str(path), light=True)

    def keep(self, article: Article, info: os.stat_result) -> None:
        """Remember what reading the file gave (before the slug and title checks across files)."""
        if self.path is None or self.started - max(info.st_mtime_ns, info.st_ctime_ns) < RACY_NS:
            return
        self.new[article.source] = [file_state(info), article.digest, {
            "slug": article.slug, "title": article.title, "date": article.date, "credit": article.credit,
            "url": article.url, "tags": list(article.tags), "warnings": list(article.warnings),
            "title_from_text": article.title_from_text}]

    def save(self) -> None:
        """Write the memo if it changed; a memo that cannot be written is a warning, never a failed build."""
        if self.path is None or self.new == self.old:
            return
        blob = json.dumps({"stamp": self.stamp, "files": self.new}, ensure_ascii=False, sort_keys=True)
        try:
            if self.path.is_dir() and not self.path.is_symlink():
                shutil.rmtree(self.path)  # something put a folder where the memo goes
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, blob.encode("utf-8"))
        except OSError as exc:
            log.warning("article memo %s cannot be written (%s)", self.path, exc.strerror or exc)
