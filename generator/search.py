"""Site search: a Pagefind index of the built site, written to ``site/pagefind/``.

Pagefind (the ``pagefind[bin]`` package: a Python wrapper and the indexing binary) reads the built HTML and
writes a chunked index that a browser fetches piece by piece, so the first results cost a few hundred kilobytes
at any archive size. It indexes only the pages marked ``data-pagefind-body`` (briefings and actor pages: the
theme override ``generator/theme/main.html`` marks pages whose front matter sets ``pagefind: true``), with
their ``data-pagefind-filter`` values.

The index is written to a fresh folder beside the site and then put in place of the old one, so a server never
sees half an index and no file of an earlier index is left behind.

Pagefind takes about 10 s for the 5,700 pages of the 2,225-article BBC site, and its filter and metadata files are
not byte-stable from run to run (upstream: Pagefind issue #638; the same content in another order). So with a
cache folder the finished index is kept in ``cache_dir/search/`` under a digest of everything it was made from
(the indexed pages' HTML and Pagefind's version) and copied back, checked file by file, whenever that digest is
unchanged: a rebuild with no changed page indexes nothing and gives the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger("briefings.cache")
MARK = b"data-pagefind-body"  # pages without it are not indexed
MANIFEST = ".manifest.json"  # in a stored index: every file's SHA-256
# not text to search: heading permalinks and sentence links ("¶"), the data link, the tag list (actors and tags
# that the page names anyway), the "direct"/"reported" labels of quotes, table headings
EXCLUDE = ".headerlink, .briefing-ref, .briefing-data, .briefing-tags, .briefing-kind, thead"
# currency signs are part of a word: "£2bn" finds the articles that say £2bn (Pagefind alone split it and
# matched every "£2m" too: 61 results for the 8 BBC articles with "£2bn")
INCLUDE = "£$€¥"

BUNDLE = "pagefind"  # the index's folder in the site
THEME_DIR = Path(__file__).parent / "theme"  # template overrides and assets for Material: the search UI


class SearchIndexError(RuntimeError):
    """The index could not be built (Pagefind missing, or it failed)."""


@dataclass
class IndexReport:
    pages: int
    words: int
    filters: int
    seconds: float
    bytes: int
    files: int
    reused: bool = False  # copied from the cache: no indexed page changed

    def summary(self) -> str:
        if self.reused:
            return (f"search index: unchanged, copied from the cache ({self.files} files, {self.bytes / 1e6:.1f} MB "
                    f"in {self.seconds:.1f} s, {BUNDLE}/)")
        return (f"search index: {self.pages} pages, {self.words} words, {self.filters} filters, "
                f"{self.files} files, {self.bytes / 1e6:.1f} MB in {self.seconds:.1f} s ({BUNDLE}/)")


def executable() -> Path:
    """The Pagefind binary of the installed ``pagefind-bin`` package."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]
        return Path(get_executable())
    except (ImportError, FileNotFoundError) as exc:
        raise SearchIndexError(
            "Pagefind is not installed (the project pins pagefind[bin]; run `make site`, or "
            "`pip install 'pagefind[bin]'`), or set the plugin option search: false to build without search"
        ) from exc


def _count(pattern: str, output: str) -> int:
    m = re.search(pattern, output)
    return int(m.group(1)) if m else 0


def digest(site: Path) -> str:
    """What the index is made from: Pagefind's version and every indexed page (path and HTML). The plugin
    uses ``pages_digest`` instead where it can (no file to read)."""
    h = _settings_hash()
    bundle = site / BUNDLE
    for path in sorted(site.rglob("*.html")):
        if path.is_relative_to(bundle):
            continue
        data = path.read_bytes()
        if MARK in data:
            h.update(path.relative_to(site).as_posix().encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def pages_digest(fingerprint: str, pages: dict[str, str]) -> str:
    """The digest of an index made from these pages' Markdown (path -> content), given the fingerprint of
    everything else their HTML depends on (``pagecache.fingerprint``)."""
    h = _settings_hash()
    h.update(f"{fingerprint}\0".encode())
    for path in sorted(pages):
        h.update(path.encode() + b"\0" + hashlib.sha256(pages[path].encode("utf-8")).digest())
    return h.hexdigest()


def _settings_hash() -> Any:
    """A hash started with what every index depends on besides its pages: Pagefind's version and options."""
    return hashlib.sha256(f"pagefind-bin={_version()}\0{EXCLUDE}\0{INCLUDE}\0".encode())


def _version() -> str:
    try:
        return metadata.version("pagefind-bin")
    except metadata.PackageNotFoundError:
        return "unknown"


def _file_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST}


def _stored(store: Path, key: str) -> Path | None:
    """The stored index for ``key`` if every file of it is there and intact (a damaged one is a miss)."""
    folder = store / f"index-{key}"
    try:
        expected = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(expected, dict) or _file_hashes(folder) != expected:
        log.warning(f"briefings: the stored search index in {folder} is damaged; indexing again")
        return None
    return folder


def _copy(source: Path, dest: Path) -> None:
    """Copy a folder of index files by hard links where the file system allows (files are never changed in
    place: every build writes a new folder), else by copying."""
    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, dest, dirs_exist_ok=True, copy_function=link, ignore=shutil.ignore_patterns(MANIFEST))


def _store(store: Path, key: str, bundle: Path) -> None:
    """Keep ``bundle`` as the stored index for ``key`` (the only one kept)."""
    store.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=store))
    try:
        _copy(bundle, tmp / "index")
        (tmp / "index" / MANIFEST).write_text(json.dumps(_file_hashes(tmp / "index"), sort_keys=True),
                                              encoding="utf-8")
        target = store / f"index-{key}"
        if target.exists():
            shutil.rmtree(target)
        (tmp / "index").rename(target)
        for other in store.glob("index-*"):
            if other != target:
                shutil.rmtree(other, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _put_in_place(fresh: Path, target: Path) -> None:
    """Swap ``fresh`` in for ``target`` (both in one file system)."""
    old = target.parent / f".pagefind-old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _report(target: Path, started: float, **counts: int) -> IndexReport:
    files = [p for p in target.rglob("*") if p.is_file()]
    return IndexReport(pages=counts.get("pages", 0), words=counts.get("words", 0), filters=counts.get("filters", 0),
                       seconds=time.perf_counter() - started, bytes=sum(p.stat().st_size for p in files),
                       files=len(files), reused=bool(counts.get("reused")))


def index_site(site_dir: str | os.PathLike[str], cache_dir: str | os.PathLike[str] | None = None,
               key: str | None = None) -> IndexReport:
    """Index ``site_dir`` with Pagefind into ``site_dir/pagefind/`` (replacing an earlier index); with
    ``cache_dir``, reuse the index stored there when no indexed page changed, and store a new one. ``key``: the
    digest of the indexed pages where the caller knows it (``pages_digest``), else it is read off the site."""
    site = Path(site_dir).resolve()
    target = site / BUNDLE
    started = time.perf_counter()
    store = Path(cache_dir) / "search" if cache_dir is not None else None
    key = (key or digest(site)) if store is not None else ""
    if store is not None:
        stored = _stored(store, key)
        if stored is not None:
            fresh = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site.parent))
            try:
                _copy(stored, fresh)
                _put_in_place(fresh, target)
            finally:
                shutil.rmtree(fresh, ignore_errors=True)
            return _report(target, started, reused=1)
    binary = executable()
    fresh = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site.parent))
    try:
        # Run in an empty folder: Pagefind reads pagefind.yml/.toml/.json from its working directory.
        with tempfile.TemporaryDirectory() as cwd:
            env = {k: v for k, v in os.environ.items() if not k.startswith("PAGEFIND_")}
            done = subprocess.run(
                [str(binary), "--site", str(site), "--output-path", str(fresh), "--exclude-selectors", EXCLUDE,
                 "--include-characters", INCLUDE],
                cwd=cwd, env=env, capture_output=True, text=True, check=False)
        output = done.stdout + done.stderr
        if done.returncode != 0:
            last = "\n".join(output.strip().splitlines()[-8:])
            raise SearchIndexError(f"Pagefind failed (exit {done.returncode}) indexing {site}:\n{last}")
        if not (fresh / "pagefind.js").is_file():
            raise SearchIndexError(f"Pagefind wrote no index for {site}:\n{output.strip()[-800:]}")
        _put_in_place(fresh, target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    if store is not None:
        try:
            _store(store, key, target)
        except OSError as exc:
            log.warning(f"briefings: could not store the search index in {store}: {exc}")
    return _report(target, started, pages=_count(r"Indexed (\d+) pages?", output),
                   words=_count(r"Indexed (\d+) words?", output), filters=_count(r"Indexed (\d+) filters?", output))
