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
(the indexed pages and Pagefind's version) and copied back, checked file by file, whenever that digest is
unchanged: a rebuild with no changed page indexes nothing and gives the same bytes.

A large archive is indexed in shards: Pagefind holds everything it indexes in memory (5.1 GB for the 28,000
pages of a 20,000-article archive) and indexes every page again for one changed page. Past ``shard_pages``
indexed pages, each page goes to one of a power of two of shards by a hash of its path (a page stays in its
shard as the archive grows, until the count doubles), and each shard is one Pagefind run over hard links to its
pages, stored in the cache under its own digest: a rebuild indexes only the shards with a changed page, and no
run holds more than one shard. The first shard is ``pagefind/`` itself, the others ``pagefind/shard-N/``, listed
in ``pagefind/shards.json``; the site's search script merges them with Pagefind's own ``mergeIndex``, which
searches every shard and orders the results by score.
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
from collections.abc import Collection
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import pagecache
from generator.cache import atomic_write

log = logging.getLogger("briefings.cache")
MARK = b"data-pagefind-body"  # pages without it are not indexed
MANIFEST = ".manifest.json"  # in a stored index: every file's SHA-256
STATES = ".states.json"  # and every file's size, modification time and inode when it was stored
# not text to search: heading permalinks and sentence links ("¶"), the data link, the tag list (actors and tags
# that the page names anyway), the "direct"/"reported" labels of quotes, table headings
EXCLUDE = ".headerlink, .briefing-ref, .briefing-data, .briefing-tags, .briefing-kind, thead"
# currency signs are part of a word: "£2bn" finds the articles that say £2bn (Pagefind alone split it and
# matched every "£2m" too: 61 results for the 8 BBC articles with "£2bn")
INCLUDE = "£$€¥"

BUNDLE = "pagefind"  # the index's folder in the site
SHARDS = "shards.json"  # in it: the folders of the other shards, for the search script to merge
SHARD_PAGES = 3000  # briefing pages per shard (on average) before the index is split in two, four ...
# an actor or commitment page costs Pagefind about an eighth of a briefing page's memory (measured at 20,000
# articles: 36 KB against 300 KB a page), and marks itself with its Page filter
LIGHT = 8
PAGE_FILTER = re.compile(rb'data-pagefind-filter="Page"[^>]*>([^<]*)<')  # its value: Briefing, Actor, Commitment
HEAVY_PAGES = {b"Briefing"}  # the Page filter values of heavy pages (a marked page without one counts as heavy)
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
    shards: int = 1
    indexed_shards: int = 0  # shards indexed now (the others were copied from the cache)

    def summary(self) -> str:
        size = f"{self.files} files, {self.bytes / 1e6:.1f} MB in {self.seconds:.1f} s, {BUNDLE}/"
        if self.reused:
            shards = f"{self.shards} shards, " if self.shards > 1 else ""
            return f"search index: unchanged, copied from the cache ({shards}{size})"
        shards = (f" in {self.indexed_shards} of {self.shards} shards (the others unchanged, from the cache)"
                  if self.shards > 1 else "")
        return (f"search index: {self.pages} pages, {self.words} words, {self.filters} filters indexed{shards}; "
                f"{size}")


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


def site_pages(site: Path) -> tuple[dict[str, str], set[str]]:
    """Every indexed page of a built site (path in the site -> SHA-256 of its HTML) and which of them are light
    (their Page filter says Actor or Commitment, not Briefing): what the index is made of when the caller cannot
    say it (``page_digests``)."""
    pages, light = {}, set()
    bundle = site / BUNDLE
    for path in sorted(site.rglob("*.html")):
        if path.is_relative_to(bundle):
            continue
        data = path.read_bytes()
        if MARK in data:
            name = path.relative_to(site).as_posix()
            pages[name] = hashlib.sha256(data).hexdigest()
            kind = PAGE_FILTER.search(data)
            if kind is not None and kind.group(1).strip() not in HEAVY_PAGES:
                light.add(name)
    return pages, light


def page_digests(fingerprint: str, pages: dict[str, str]) -> dict[str, str]:
    """The indexed pages (path of the HTML page in the site -> its Markdown) as ``index_site`` takes them: each
    page's digest, given the fingerprint of everything else its HTML depends on (``pagecache.fingerprint``)."""
    return {path: hashlib.sha256(f"{fingerprint}\0{content}".encode()).hexdigest()
            for path, content in pages.items()}


@dataclass(frozen=True)
class Shard:
    number: int
    key: str  # digest of the shard's pages and of every setting its index depends on
    paths: tuple[str, ...]  # its pages, as paths in the site


def shard_count(pages: int, shard_pages: int) -> int:
    """How many shards ``pages`` indexed pages make: the smallest power of two that leaves at most
    ``shard_pages`` to a shard on average."""
    count = 1
    while count * max(1, shard_pages) < pages:
        count *= 2
    return count


def _split(paths: list[str], count: int) -> list[list[str]]:
    """``paths`` into ``count`` groups by a hash of each path: a page stays where it is while the archive grows
    (until the count doubles)."""
    groups: list[list[str]] = [[] for _ in range(count)]
    for path in paths:
        groups[int.from_bytes(hashlib.sha256(path.encode("utf-8")).digest()[:4], "big") % count].append(path)
    return groups


def plan(pages: dict[str, str], shard_pages: int = SHARD_PAGES, light: Collection[str] = ()) -> list[Shard]:
    """The shards of an index of ``pages`` (path -> digest), empty shards left out. ``light``: the pages that
    cost Pagefind about 1/LIGHT of the others (actor and commitment pages against briefings). One shard while
    the index costs at most ``shard_pages`` pages; past that the light pages have shards of their own (so
    that an actor page is ranked among actor and commitment pages, as in one index, and comes first for the
    actor's name), and the others are split by a hash of their path."""
    light = set(light) & set(pages)
    heavy = sorted(p for p in pages if p not in light)
    lights = sorted(light)
    if len(heavy) + len(lights) / LIGHT <= shard_pages:
        groups = [sorted(pages)]
    else:
        groups = (_split(lights, shard_count(-(-len(lights) // LIGHT), shard_pages)) +
                  _split(heavy, shard_count(len(heavy), shard_pages)))
    shards = []
    for n, paths in enumerate(groups):
        if not paths and len(groups) > 1:
            continue
        h = _settings_hash()
        h.update(f"shard {n}: {len(groups)}, {len(lights)} light\0".encode())
        for path in paths:
            h.update(f"{path}\0{pages[path]}\0".encode())
        shards.append(Shard(n, h.hexdigest(), tuple(paths)))
    return shards


def _settings_hash() -> Any:
    """A hash started with what every index depends on besides its pages: Pagefind's version and options."""
    return hashlib.sha256(f"pagefind-bin={_version()}\0{EXCLUDE}\0{INCLUDE}\0".encode())


def _version() -> str:
    try:
        return metadata.version("pagefind-bin")
    except metadata.PackageNotFoundError:
        return "unknown"


def _files(folder: Path) -> list[str]:
    """The index files under ``folder`` (paths relative to it, sorted), without the two records."""
    out: list[str] = []
    for here, _dirs, names in os.walk(folder):
        prefix = os.path.relpath(here, folder).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        out.extend(prefix + n for n in names if n not in (MANIFEST, STATES))
    return sorted(out)


def _file_hashes(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in _files(folder)}


def _stored(store: Path, key: str) -> Path | None:
    """The stored shard for ``key`` if every file of it is there and intact (a damaged one is a miss). A file
    whose size, modification time and inode are those recorded when it was stored is not read again (a shard
    has a file per page: hashing the eight shards a one-article rebuild at 20,000 articles reuses took 2 s)."""
    folder = store / f"shard-{key}"
    try:
        expected = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        states = json.loads((folder / STATES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        states = {}
    if not isinstance(states, dict):
        states = {}
    if not isinstance(expected, dict) or _files(folder) != sorted(expected):
        log.warning(f"briefings: the stored search index in {folder} is damaged; indexing again")
        return None
    now = {name: pagecache.file_state(folder / name) for name in expected}
    try:
        intact = all((now[name] is not None and states.get(name) == now[name])
                     or hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
                     for name, digest in expected.items())
    except OSError:  # a file gone or unreadable since the listing
        intact = False
    if not intact:
        log.warning(f"briefings: the stored search index in {folder} is damaged; indexing again")
        return None
    if now != states:  # read whole and intact: recorded as it is now (a shard stored before the record)
        try:
            atomic_write(folder / STATES, json.dumps(now, sort_keys=True).encode("utf-8"))
        except OSError:
            pass  # a store that cannot be written: checked whole again next time
    return folder


def _copy(source: Path, dest: Path) -> None:
    """Copy a folder of index files by hard links where the file system allows (files are never changed in
    place: every build writes a new folder), else by copying."""
    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, dest, dirs_exist_ok=True, copy_function=link,
                    ignore=shutil.ignore_patterns(MANIFEST, STATES))


def _store(store: Path, key: str, bundle: Path) -> None:
    """Keep ``bundle`` as the stored shard for ``key``."""
    store.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=store))
    try:
        _copy(bundle, tmp / "index")
        (tmp / "index" / MANIFEST).write_text(json.dumps(_file_hashes(tmp / "index"), sort_keys=True),
                                              encoding="utf-8")
        states = {name: pagecache.file_state(tmp / "index" / name) for name in _files(tmp / "index")}
        (tmp / "index" / STATES).write_text(json.dumps(states, sort_keys=True), encoding="utf-8")
        target = store / f"shard-{key}"
        if target.exists():
            shutil.rmtree(target)
        (tmp / "index").rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _prune(store: Path, keep: set[str]) -> None:
    """Delete the stored shards of earlier indexes (and the single index of earlier versions)."""
    for other in [*store.glob("shard-*"), *store.glob("index-*")]:
        if other.name.removeprefix("shard-") not in keep:
            shutil.rmtree(other, ignore_errors=True)


def _put_in_place(fresh: Path, target: Path) -> None:
    """Swap ``fresh`` in for ``target`` (both in one file system)."""
    old = target.parent / f".pagefind-old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _pagefind(binary: Path, source: Path, output: Path, what: str | None = None) -> dict[str, int]:
    """Index the marked pages under ``source`` (``what``, for messages) into ``output``; Pagefind's counts."""
    what = what or str(source)
    # Run in an empty folder: Pagefind reads pagefind.yml/.toml/.json from its working directory.
    with tempfile.TemporaryDirectory() as cwd:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PAGEFIND_")}
        done = subprocess.run(
            [str(binary), "--site", str(source), "--output-path", str(output), "--exclude-selectors", EXCLUDE,
             "--include-characters", INCLUDE],
            cwd=cwd, env=env, capture_output=True, text=True, check=False)
    text = done.stdout + done.stderr
    if done.returncode != 0:
        last = "\n".join(text.strip().splitlines()[-8:])
        raise SearchIndexError(f"Pagefind failed (exit {done.returncode}) indexing {what}:\n{last}")
    if not (output / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind wrote no index for {what}:\n{text.strip()[-800:]}")
    return {name: _count(rf"Indexed (\d+) {name[:-1]}s?", text) for name in ("pages", "words", "filters")}


def _link_pages(site: Path, paths: tuple[str, ...], into: Path) -> None:
    """A site of only ``paths`` (hard links to the pages where the file system allows, else copies), at the
    same paths, so that Pagefind gives them the same URLs."""
    for path in paths:
        target = into / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / path, target)
        except OSError:
            shutil.copy2(site / path, target)


def index_site(site_dir: str | os.PathLike[str], cache_dir: str | os.PathLike[str] | None = None,
               pages: dict[str, str] | None = None, shard_pages: int = SHARD_PAGES,
               light: Collection[str] = ()) -> IndexReport:
    """Index ``site_dir`` with Pagefind into ``site_dir/pagefind/`` (replacing an earlier index), in shards of
    about ``shard_pages`` pages (``plan``); with ``cache_dir``, reuse each shard stored there whose pages did
    not change, and store the new ones. ``pages``: the indexed pages (path in the site -> digest,
    ``page_digests``) and the ``light`` ones among them where the caller knows them, else they are read off the
    site."""
    site = Path(site_dir).resolve()
    target = site / BUNDLE
    started = time.perf_counter()
    store = Path(cache_dir) / "search" if cache_dir is not None else None
    if pages is None:
        pages, light = site_pages(site)
    shards = plan(pages, shard_pages, light)
    counts = {"pages": 0, "words": 0, "filters": 0}
    indexed = 0
    fresh = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site.parent))
    try:
        folders = []
        for i, shard in enumerate(shards):
            folder = fresh if i == 0 else fresh / f"shard-{shard.number}"
            folders.append(folder)
            stored = _stored(store, shard.key) if store is not None else None
            if stored is not None:
                _copy(stored, folder)
                continue
            out = Path(tempfile.mkdtemp(prefix=".pagefind-shard-", dir=site.parent))
            try:
                if len(shards) == 1:  # the whole site: Pagefind picks the marked pages itself
                    found = _pagefind(executable(), site, out)
                else:
                    with tempfile.TemporaryDirectory(prefix=".pagefind-pages-", dir=site.parent) as only:
                        _link_pages(site, shard.paths, Path(only))
                        found = _pagefind(executable(), Path(only), out,
                                          f"{site} (shard {shard.number}: {len(shard.paths)} pages)")
                if store is not None:
                    try:
                        _store(store, shard.key, out)
                    except OSError as exc:
                        log.warning(f"briefings: could not store the search index in {store}: {exc}")
                _copy(out, folder)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            indexed += 1
            for name in counts:
                counts[name] += found[name]
        others = [folder.relative_to(fresh).as_posix() + "/" for folder in folders[1:]]
        (fresh / SHARDS).write_text(json.dumps({"shards": others}) + "\n", encoding="utf-8")
        _put_in_place(fresh, target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    if store is not None and store.is_dir():
        _prune(store, {shard.key for shard in shards})
    files = [p for p in target.rglob("*") if p.is_file()]
    return IndexReport(pages=counts["pages"], words=counts["words"], filters=counts["filters"],
                       seconds=time.perf_counter() - started, bytes=sum(p.stat().st_size for p in files),
                       files=len(files), reused=indexed == 0, shards=len(shards), indexed_shards=indexed)
