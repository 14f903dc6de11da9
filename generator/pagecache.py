"""Page cache: the finished HTML (and search-index entries) of generated pages, so a rebuild renders only the
pages whose Markdown changed.

A generated page's HTML is a function of its Markdown, its path, the MkDocs configuration (theme, nav,
extensions, plugins and their options) and the installed MkDocs/theme versions. The cache key hashes exactly
those; a hit is handed to MkDocs as a static file to copy instead of a page to render. Pages named in the
nav are always rendered (the nav needs them as pages), and so is every page when the configuration has no
``nav`` (then every page's sidebar lists every page). HTML files are stored under their key, so an
interrupted build can never pair a key with another page's HTML; the manifest is written last.
"""
from __future__ import annotations

import ctypes
import gc
import gzip
import hashlib
import json
import logging
import os
import re
import shutil
import zlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.structure.files import File

from generator.cache import atomic_write
from generator.site.data import Parts

try:
    import fcntl
except ImportError:  # Windows: builds are not locked against each other
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("briefings.cache")  # not under "mkdocs": a damaged entry must not fail --strict

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Configuration keys that do not change a page's HTML (folders, server, build strictness).
_IGNORED_KEYS = {"config_file_path", "docs_dir", "site_dir", "dev_addr", "watch", "strict", "validation",
                 "plugins", "theme", "exclude_docs", "not_in_nav", "draft_docs"}


def _dump(value: Any) -> str:
    """A stable text form of a configuration value (object addresses removed, so a repr is stable too)."""
    return _ADDRESS.sub("", json.dumps(value, sort_keys=True, default=repr, ensure_ascii=False))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def _tree_hash(folder: Path, h: Any) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")


def _theme_packages() -> tuple[Path, ...]:
    """The folders of the installed themes (their versions count, not their files)."""
    import material  # type: ignore[import-untyped]
    import mkdocs
    return tuple(Path(m.__file__).resolve().parent for m in (material, mkdocs) if m.__file__)


_THEME_PACKAGES = _theme_packages()


def fingerprint(config: Any, nav_sources: dict[str, str | bytes]) -> str:
    """Everything besides a page's own Markdown that its HTML depends on.

    ``nav_sources``: the content of nav pages listed without a title (their heading becomes the nav title).
    """
    h = hashlib.sha256()
    for dist in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        h.update(f"{dist}={_version(dist)}\0".encode())
    for key in sorted(k for k in config.keys() if k not in _IGNORED_KEYS):
        h.update(f"{key}={_dump(config[key])}\0".encode())
    h.update(f"theme={_dump(dict(config.theme))}\0".encode())
    for folder in config.theme.dirs:  # template overrides (the project's, the plugin's) count by content
        if Path(folder).is_dir() and not any(Path(folder).resolve().is_relative_to(p) for p in _THEME_PACKAGES):
            _tree_hash(Path(folder), h)
    for name, plugin in config.plugins.items():
        h.update(f"plugin={name}:{_dump(dict(plugin.config))}\0".encode())
    for path in sorted(nav_sources):
        content = nav_sources[path]
        h.update(path.encode() + b"\0" + (content.encode() if isinstance(content, str) else content) + b"\0")
    return h.hexdigest()


def page_key(fingerprint_: str, path: str, content: str) -> str:
    h = hashlib.sha256(fingerprint_.encode() + b"\0" + path.encode() + b"\0")
    h.update(content.encode("utf-8"))
    return h.hexdigest()


def nav_paths(nav: Any) -> tuple[set[str], set[str]]:
    """(every path in a ``nav`` configuration, the paths listed without a title)."""
    every: set[str] = set()
    untitled: set[str] = set()

    def walk(item: Any) -> None:
        if isinstance(item, str):
            every.add(item)
            untitled.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    every.add(value)
                else:
                    walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    return every, untitled


def by_page(entries: Iterable[Any]) -> dict[str, list[Any]]:
    """Search-index entries grouped by the URL of their page ("briefings/x/#s3" -> "briefings/x/")."""
    out: dict[str, list[Any]] = {}
    for entry in entries:
        out.setdefault(str(entry.get("location", "")).split("#", 1)[0], []).append(entry)
    return out


def read_search_index(site_dir: str) -> dict[str, list[Any]]:
    """The search entries of the site as it is now, by page URL (for pages a dirty build leaves alone)."""
    path = Path(site_dir) / "search" / "search_index.json"
    try:
        return by_page(json.loads(path.read_text(encoding="utf-8")).get("docs", []))
    except (OSError, ValueError, AttributeError):
        return {}


def remove_stale_outputs(site_dir: str, folders: Iterable[str], current: Iterable[str]) -> list[str]:
    """A dirty build does not empty site/: delete the files under the plugin's own ``folders`` (briefings,
    actors, tags ...) that this build did not produce (``current``: the destination of every file of the build,
    docs included). Needs no record of earlier builds, so it works after an interrupted build and without the
    page cache. Returns what it deleted."""
    site = os.path.realpath(site_dir)
    keep = set(current)
    gone = []
    for name in sorted(set(folders)):
        top = os.path.join(site, name)
        if not os.path.isdir(top) or os.path.islink(top):
            continue
        removed: set[str] = set()  # folders emptied and removed
        # strings, not Paths, and a folder known empty from the walk: at 20,000 articles site/ holds 30,000
        # folders of generated pages
        for folder, dirs, files in os.walk(top, topdown=False):
            prefix = os.path.relpath(folder, site).replace(os.sep, "/") + "/"
            kept = 0
            for f in files:
                uri = prefix + f
                if uri in keep:
                    kept += 1
                    continue
                try:
                    os.unlink(os.path.join(folder, f))
                except FileNotFoundError:
                    pass
                gone.append(uri)
            if not kept and all(os.path.join(folder, d) in removed for d in dirs):
                os.rmdir(folder)
                removed.add(folder)
    return sorted(gone)


def file_state(path: str | Path) -> list[int] | None:
    """A file's size, modification time (ns) and inode, or None when it cannot be read: a file whose state is
    the one recorded when it was written has not been written since (nor replaced: the inode)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


SITE_RECORD = "site.json"  # in the page cache's folder: which stored file each file of site/ is a copy of


class CachedPage(File):
    """A page copied from the page cache. MkDocs' ``--dirty`` copies a static file only when it is newer than
    the file in site/, which keeps the page of an interrupted build that was newer still; this copies unless the
    file in site/ already has the same bytes: it is known to (``known``: the site record says the last build
    copied this very source there, and the file's state is the one recorded then), or, unknown, is compared
    byte for byte (at 20,000 articles reading both files of each of 55,000 copied pages took about 17 s)."""

    known: list[Any] | None = None  # [source path, size, mtime_ns, inode] of the file in site/ (``SiteRecord``)

    def is_modified(self) -> bool:
        try:
            if self.known is not None and self.known[0] == self.abs_src_path and \
                    self.known[1:] == file_state(self.abs_dest_path):
                return False
            dest = Path(self.abs_dest_path)
            src = Path(self.abs_src_path or "")
            return dest.stat().st_size != src.stat().st_size or dest.read_bytes() != src.read_bytes()
        except OSError:
            return True


class SiteRecord:
    """What the files a build copied into site/ are: for each, the stored file it is a copy of and its state
    once copied. Written at the end of every build that uses the page cache; a ``--dirty`` build leaves a file
    alone without reading it when it is still in that state and is to be a copy of the same stored file (stored
    files are named by their content: a page's key, an output's hash). A file changed or replaced since, a
    record of another site folder, or none at all: the files are compared as before."""

    def __init__(self, folder: Path, site_dir: str, read: bool = True):
        self.path = folder / SITE_RECORD
        self.site_dir = str(Path(site_dir).resolve())
        self.files: dict[str, list[Any]] = {}
        if not read:  # a build that copies every file (not --dirty) only writes the record
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return
        if isinstance(data, dict) and data.get("site_dir") == self.site_dir and isinstance(data.get("files"), dict):
            self.files = {k: v for k, v in data["files"].items()
                          if isinstance(v, list) and len(v) == 4 and isinstance(v[0], str)}

    def mark(self, page: CachedPage) -> CachedPage:
        """Give ``page`` what the record knows of its file in site/."""
        page.known = self.files.get(page.dest_uri)
        return page

    def save(self, files: Iterable[File]) -> None:
        """Record the copied files of this build as they are in site/ now."""
        record = {}
        for f in files:
            if isinstance(f, CachedPage) and f.abs_src_path:
                state = file_state(f.abs_dest_path)
                if state is not None:
                    record[f.dest_uri] = [f.abs_src_path, *state]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps({"site_dir": self.site_dir, "files": record}).encode("utf-8"))


class MarkdownPage(File):
    """A generated page whose Markdown MkDocs reads from a file (``PageCache.markdown_file``): always rendered
    (it is a page the cache does not have), also by ``--dirty``, whatever the files' times."""

    def is_modified(self) -> bool:
        return True


class PageStash:
    """MkDocs converts every page's Markdown to HTML before it writes the first one, and keeps both on the page:
    at 20,000 articles more than a gigabyte of text held at once. The generated pages a build renders keep theirs
    here, compressed, from their conversion (``keep``, after every other plugin's ``on_page_content``) to their
    turn to be written (``restore``, before any other plugin's ``on_page_context``), and let go of both once
    written (``release``)."""

    def __init__(self) -> None:
        self.kept: dict[str, tuple[bytes, bytes]] = {}

    def keep(self, page: Any, html: str) -> str:
        """Store the page's Markdown and ``html``; what MkDocs keeps as its content meanwhile (nothing)."""
        self.kept[page.file.src_uri] = (zlib.compress((page.markdown or "").encode("utf-8"), 1),
                                        zlib.compress(html.encode("utf-8"), 1))
        page.markdown = ""  # not None: MkDocs takes that for a page not read yet
        return ""

    def restore(self, page: Any) -> None:
        kept = self.kept.pop(page.file.src_uri, None)
        if kept is not None:
            page.markdown = zlib.decompress(kept[0]).decode("utf-8")
            page.content = zlib.decompress(kept[1]).decode("utf-8")

    @staticmethod
    def release(page: Any) -> None:
        page.markdown, page.content = "", ""


def give_back_memory() -> None:
    """Return freed memory to the system (glibc keeps it for the process otherwise: about 250 MB at 20,000
    articles by the end of a build). Elsewhere nothing happens."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class BuildLock:
    """An exclusive lock on ``folder/.lock`` for the length of a build: two builds of one project (two
    terminals, ``serve`` and ``build``) take turns instead of deleting each other's temporary files. The
    operating system releases it if the process dies."""

    def __init__(self, folder: Path):
        self.path = folder / ".lock"
        self.fh: Any = None

    def acquire(self, waiting: Any = None) -> None:
        if self.fh is not None or fcntl is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+b")  # noqa: SIM115  held open while the build runs
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting(f"waiting for another build that uses {self.path.parent}")
            fcntl.flock(self.fh, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.fh is not None:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_UN)
            finally:
                self.fh.close()
                self.fh = None


def _valid(entry: Any) -> bool:
    """A manifest entry of the shape ``store_html`` writes."""
    return (isinstance(entry, dict) and isinstance(entry.get("key"), str) and isinstance(entry.get("url"), str)
            and isinstance(entry.get("sha256"), str) and isinstance(entry.get("search"), list)
            and all(isinstance(e, dict) for e in entry["search"]))


def delete_others(folder: Path, keep: set[str]) -> None:
    """Delete the files of ``folder`` not named in ``keep`` (never the temporary file of a write in progress)."""
    if not folder.is_dir():
        return
    for entry in os.scandir(folder):
        if entry.name not in keep and not entry.name.startswith(".tmp-"):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


class PageCache:
    """``folder/manifest.json`` maps a page path to its key, URL, search entries and the SHA-256 of its HTML;
    ``folder/html/<key>.html`` holds the HTML."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.html_dir = folder / "html"
        self.entries: dict[str, dict[str, Any]] = {}
        try:
            data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("pages"), dict):
                self.entries = {path: entry for path, entry in data["pages"].items() if _valid(entry)}
                if len(self.entries) != len(data["pages"]):
                    log.warning("page cache: %d damaged manifest entries ignored",
                                len(data["pages"]) - len(self.entries))
        except (OSError, ValueError, RecursionError):
            pass  # no cache yet, or a damaged manifest: every page is rendered
        self.current: dict[str, dict[str, Any]] = {}

    def html_path(self, key: str) -> Path:
        return self.html_dir / f"{key}.html"

    @property
    def markdown_dir(self) -> Path:
        """The Markdown of the pages this build renders, read from here by MkDocs (not held in memory: about
        400 MB at 20,000 articles when every page is rendered); emptied when the build ends."""
        return self.folder / "markdown"

    def markdown_file(self, key: str, content: str) -> str:
        """Write a page's Markdown for MkDocs to read; its path."""
        self.markdown_dir.mkdir(parents=True, exist_ok=True)
        path = self.markdown_dir / f"{key}.md"
        path.write_bytes(content.encode("utf-8"))
        return str(path)

    def drop_markdown(self) -> None:
        shutil.rmtree(self.markdown_dir, ignore_errors=True)

    def hit(self, path: str, key: str) -> dict[str, Any] | None:
        """The entry of ``path`` if its key is ``key`` and its HTML is there with the hash the manifest gives;
        a mismatch is a miss with a warning (the page is rendered again). The HTML is read and hashed only when
        the file is not in the state recorded when it was stored or last hashed (``file_state``)."""
        entry = self.entries.get(path)
        if entry is None or entry["key"] != key:
            return None
        state = file_state(self.html_path(key))
        if state is None:
            return None
        if entry.get("state") != state:  # written since it was stored and hashed (or stored by an older build)
            try:
                html = self.html_path(key).read_bytes()
            except OSError:
                return None
            if hashlib.sha256(html).hexdigest() != entry["sha256"]:
                log.warning("page cache: the stored HTML of %s was changed; rendering it again", path)
                return None
            entry = {**entry, "state": state}
        self.current[path] = entry
        return entry

    def store_html(self, path: str, key: str, url: str, html: str) -> None:
        data = html.encode("utf-8")
        self.html_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(self.html_path(key), data)
        self.current[path] = {"key": key, "url": url, "search": [], "sha256": hashlib.sha256(data).hexdigest(),
                              "state": file_state(self.html_path(key))}

    def save(self) -> None:
        """Write the manifest of this build's pages and delete the HTML no page uses any more (not the temporary
        files of a write in progress: the build lock keeps other builds out, this is belt and braces)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.folder / "manifest.json",
                     json.dumps({"pages": self.current}, ensure_ascii=False).encode("utf-8"))
        delete_others(self.html_dir, {f"{e['key']}.html" for e in self.current.values()})

    def record_search(self, rendered: dict[str, str], by_url: dict[str, list[Any]]) -> None:
        """Store the search entries of the pages rendered this build (page path -> key), from the index the
        search plugin wrote (``by_url``)."""
        for src in rendered:
            stored = self.current.get(src)
            if stored is not None:
                stored["search"] = by_url.get(stored["url"], [])

    def merge_search_index(self, site_dir: str, rendered: dict[str, str], order: list[tuple[str, Any]],
                           rendered_urls: set[str], previous: dict[str, list[Any]]) -> None:
        """Put the stored entries of copied pages (and, in a dirty build, the ``previous`` entries of pages
        MkDocs skipped) back into the index the search plugin wrote, in page order.

        ``order``: ("page", mkdocs File) for documentation pages and ("copied", page path) for copied ones, as a
        full render would index them; ``rendered_urls``: the URLs of pages rendered this build."""
        path = Path(site_dir) / "search" / "search_index.json"
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        by_url = by_page(index.get("docs", []))
        self.record_search(rendered, by_url)
        copied = any(kind == "copied" for kind, _ in order)
        skipped = [f for kind, f in order if kind == "page" and f.url not in rendered_urls]
        if not copied and not skipped:
            return
        docs = []
        for kind, item in order:
            if kind == "copied":
                docs.extend(self.current[item]["search"])
            elif item.url in rendered_urls:
                docs.extend(by_url.pop(item.url, []))
            else:
                docs.extend(previous.get(item.url, []))
        for rest in by_url.values():  # entries of pages this plugin does not know about, if any
            docs.extend(rest)
        index["docs"] = docs
        # the search plugin's own serialisation, so a copied page gives the bytes a rendered one does
        atomic_write(path, json.dumps(index, separators=(",", ":"), default=str).encode("utf-8"))

    def write_sitemap(self, config: Any, env: Any, order: list[tuple[str, Any]], date: str, timestamp_of: Any) -> None:
        """MkDocs' sitemap lists rendered pages only; render it again with the copied pages in their places.
        ``timestamp_of(pages)``: MkDocs' build timestamp for the gzip header."""
        entries = []
        for kind, item in order:
            if kind == "page":
                entries.append(item)
            else:
                base = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
                canonical = urljoin(base, self.current[item]["url"])
                entries.append(SimpleNamespace(page=SimpleNamespace(
                    is_link=False, canonical_url=canonical, abs_url=urlsplit(canonical).path, update_date=date)))
        output = env.get_template("sitemap.xml").render(pages=entries, config=config)
        target = os.path.join(config.site_dir, "sitemap.xml")
        atomic_write(Path(target), output.encode("utf-8"))
        timestamp = timestamp_of(pages=[p.page for p in entries if p.page is not None])
        with open(f"{target}.gz", "wb") as fh, gzip.GzipFile(fileobj=fh, filename=f"{target}.gz", mode="wb",
                                                             mtime=timestamp) as gz:
            gz.write(output.encode("utf-8"))



MEMO = "memo.json"  # in the page cache's folder: what each deferred page was made from (``PageMemo``)


class PageMemo:
    """For each page made from a ``Deferred`` (``generator.site.memo``): the digest of its inputs, the names its
    ``link`` was asked about with the digest of the answers, its page key and its search digest. A page whose
    inputs and answers are the same as recorded has that key, so a build finds it in the page cache without
    making it. Kept under the code version and the page-cache fingerprint: other code or settings, an empty
    memo."""

    def __init__(self, folder: Path, version: str):
        self.path = folder / MEMO
        self.version = version
        self.entries: dict[str, dict[str, Any]] = {}
        self.current: dict[str, dict[str, Any]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return
        if isinstance(data, dict) and data.get("version") == version and isinstance(data.get("pages"), dict):
            self.entries = {path: e for path, e in data["pages"].items() if _memo_entry(e)}

    def known(self, path: str, page: Any, search: bool) -> dict[str, Any] | None:
        """The recorded entry of ``path`` when ``page`` (a ``Deferred``) is made from the same inputs and its
        ``link`` answers the same (and, for a page of the search index, ``search``, it has a search digest)."""
        entry = self.entries.get(path)
        if entry is None or entry["inputs"] != page.inputs or (search and entry["search"] is None):
            return None
        return entry if page.same(entry["asked"], entry["answers"]) else None

    def keep(self, path: str, entry: dict[str, Any]) -> None:
        self.current[path] = entry

    def put(self, path: str, page: Any, key: str, search: str | None) -> None:
        """Record ``page`` (a ``Deferred`` made this build) and its page key and search digest."""
        self.current[path] = {"inputs": page.inputs, "asked": page.asked, "answers": page.answers, "key": key,
                              "search": search}

    def save(self) -> None:
        """Write this build's entries (not those of pages gone)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps({"version": self.version, "pages": self.current},
                                           ensure_ascii=False).encode("utf-8"))


def _memo_entry(entry: Any) -> bool:
    return (isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("inputs", "answers", "key"))
            and isinstance(entry.get("asked"), list) and all(n is None or isinstance(n, str) for n in entry["asked"])
            and (entry.get("search") is None or isinstance(entry["search"], str)))


REPLAY = "replay.json"  # in the page cache's folder: what the last build produced, and from which inputs


class Outputs:
    """Generated files that MkDocs does not render (data files, feeds, the nav's own pages), stored by the
    SHA-256 of their bytes in ``folder/outputs/``, so that a replayed build can hand them over unchanged."""

    def __init__(self, folder: Path):
        self.dir = folder / "outputs"

    def put(self, content: str | Parts) -> str:
        """Store ``content`` (text, or UTF-8 bytes in parts, written part by part); its digest."""
        parts = Parts([content.encode("utf-8")]) if isinstance(content, str) else content
        h = hashlib.sha256()
        for part in parts:
            h.update(part)
        digest = h.hexdigest()
        path = self.dir / digest
        if not path.is_file():
            self.dir.mkdir(parents=True, exist_ok=True)
            atomic_write(path, parts)
        return digest

    def has(self, digest: str) -> bool:
        """Whether the file of ``put``'s digest is stored (its bytes are checked where it is copied)."""
        return (self.dir / digest).is_file()

    def path(self, digest: str) -> str:
        """The stored file of ``put``'s digest."""
        return str(self.dir / digest)

    def get(self, digest: str) -> str | None:
        """The stored text, or None when it is missing or its bytes no longer have that hash."""
        try:
            data = (self.dir / digest).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != digest:
            log.warning("page cache: a stored output (%s) was changed; building the site again", digest[:12])
            return None
        return data.decode("utf-8")

    def prune(self, keep: set[str]) -> None:
        delete_others(self.dir, keep)


def load_replay(folder: Path) -> dict[str, Any] | None:
    """The record of the last build (``save_replay``), or None when there is none or it is damaged."""
    try:
        data = json.loads((folder / REPLAY).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    files = data.get("files")
    if not isinstance(data.get("inputs"), str) or not isinstance(files, list) or not all(
            isinstance(f, list) and len(f) == 3 and f[1] in ("cached", "output") and isinstance(f[0], str)
            and isinstance(f[2], str) for f in files):
        return None
    return data


def save_replay(folder: Path, record: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / REPLAY, json.dumps(record, ensure_ascii=False).encode("utf-8"))
