"""The MkDocs plugin: during ``mkdocs build`` (and ``mkdocs serve``) turn ``seeds/`` into briefing pages.

The plugin only wires MkDocs events to the generator: ``build`` reads and extracts the articles, ``site``
makes the pages, ``pagecache`` keeps and restores rendered pages. Pages are added in memory with
``File.generated``; nothing is written into ``docs/``, so ``mkdocs serve`` does not loop. Briefings are not
put in the navigation: the home page lists them.

With the page cache (on by default, in ``cache_dir/pages``) a generated page whose Markdown, path and
configuration are unchanged since the last build is copied from its stored HTML instead of rendered; its
entries are put back into the search index (and the sitemap) in the same order a full render gives, so the
output is byte-identical either way.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

import jinja2
from mkdocs import utils
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator import EXTRACTOR_VERSION, code_version, pagecache, pipeline, search
from generator import config as options
from generator.build import Settings, extract_articles, settled
from generator.cache import Cache, cache_key
from generator.seedmemo import SeedMemo
from generator.site import Site, duplicates, render, urls
from generator.site.data import Parts
from generator.site.memo import Deferred
from generator.sources import Article, SourceError, load_articles

log = logging.getLogger("mkdocs.plugins.briefings")
# Rejected articles are reported as warnings on a logger of their own: under `mkdocs build --strict` a
# warning on MkDocs' loggers aborts the build, and one bad article must not take the site down
# (set fail_on_rejected for that).
# The same goes for the caches' warnings ("briefings.cache": a damaged entry is a miss, not a failed build).
_briefings_log = logging.getLogger("briefings")
if not _briefings_log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    _briefings_log.addHandler(_handler)
    _briefings_log.propagate = False
articles_log = logging.getLogger("briefings.articles")


D = options.DEFAULTS
TEMPLATES_CACHE = "templates"  # in cache_dir: compiled Jinja templates
COPIES_MEMO = "copies.npz"  # in cache_dir: what the last build's search for copies found (duplicates.Memo)


class _TemplatesCache(jinja2.FileSystemBytecodeCache):
    """Jinja's store of compiled templates, for which a damaged file is a miss (the template is compiled again and
    stored anew) rather than an error: Jinja checks a stored file's header and its template's checksum, but not
    that what follows can be read."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - any unreadable store is only a miss
            bucket.reset()


class BriefingsConfig(Config):
    """The plugin's options: those of ``generator.config.OPTIONS``, with their defaults (a test holds the two
    equal), typed for MkDocs' validation."""
    seeds_dir = c.Type(str, default=D["seeds_dir"])
    pipeline = c.Type(str, default=D["pipeline"])
    jobs = c.Type(int, default=D["jobs"])
    batch_size = c.Type(int, default=D["batch_size"])
    cache_dir = c.Type(str, default=D["cache_dir"])
    max_bytes = c.Type(int, default=D["max_bytes"])
    encoding_fallback = c.Optional(c.Type(str))
    fail_on_rejected = c.Type(bool, default=D["fail_on_rejected"])
    briefings_dir = c.Type(str, default=D["briefings_dir"])
    progress = c.Optional(c.Type(bool))
    actor_min_articles = c.Type(int, default=D["actor_min_articles"])
    always_show = c.ListOfItems(c.Type(str), default=list(D["always_show"]))
    page_cache = c.Type(bool, default=D["page_cache"])
    scheduler = c.Optional(c.Type(str))
    search = c.Type(bool, default=D["search"])
    search_shard_pages = c.Type(int, default=D["search_shard_pages"])


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.serving = False  # `mkdocs serve`
        self.dirty = False  # `mkdocs build --dirty`: pages MkDocs skips keep their previous search entries
        self.cache: pagecache.PageCache | None = None
        self.site_record: pagecache.SiteRecord | None = None  # with the page cache: what site/ holds copies of
        self.page_memo: pagecache.PageMemo | None = None  # with the page cache: what briefing pages are made from
        self.fingerprint = ""
        self.nav: set[str] = set()
        self.render: dict[str, str] = {}  # page path -> page-cache key, for pages rendered this build
        self.copied: dict[int, str] = {}  # id(File) -> page path, for pages copied from the page cache
        self.rendered: set[str] = set()  # URLs of the pages MkDocs rendered this build
        self.files: Files | None = None
        self.lock: pagecache.BuildLock | None = None
        self.previous_search: dict[str, list[Any]] = {}
        self.order: list[tuple[str, Any]] = []  # the pages in the order a full render indexes them
        self.env: Any = None
        self.templates_cache: jinja2.BytecodeCache | None = None  # compiled templates kept in cache_dir
        self.search = False  # Pagefind search on for this build
        self.search_pages: dict[str, str] | None = None  # indexed page (path in the site) -> digest
        self.search_light: list[str] = []  # the actor and commitment pages among them
        self.record: dict[str, Any] | None = None  # this build's files, for the next build to replay
        self.stash = pagecache.PageStash()  # rendered generated pages' text between MkDocs' steps
        self.dests: dict[str, str] = {}  # page path -> its file in the site, for this build's configuration

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty
        self.serving = command == "serve"  # a server keeps the pipeline for the next edit; a build lets it go

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """The theme overrides in ``generator/theme`` (after the project's own ``custom_dir``): the feeds' links
        and, with the ``search`` option on (and no other search plugin), Pagefind's search page and button."""
        other = [name for name in ("material/search", "search") if name in config.plugins]
        self.search = self.config.search and not other
        if self.config.search and other:
            _briefings_log.warning(f"briefings: the '{other[0]}' plugin is listed in mkdocs.yml, so the site keeps its "
                                   "search and gets no Pagefind index (remove '- search' from plugins, or set the "
                                   "briefings option search: false to silence this)")
        if self.search:
            page = "search/" if config.use_directory_urls else "search.html"
            config.extra["briefings_search"] = {"page": page}
        config.extra["briefings_feed"] = urls.Urls.feed()
        dirs = config.theme.dirs
        dirs.insert(1 if config.theme.get("custom_dir") else 0, str(search.THEME_DIR))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Take the project's build lock (in cache_dir) before MkDocs touches site/ or a cache."""
        cache_dir = self._settings(config).cache_dir
        if cache_dir is not None:
            self.lock = pagecache.BuildLock(cache_dir)
            self.lock.acquire(waiting=log.info)

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()
        if self.cache is not None:
            self.cache.drop_markdown()
        self._release()

    def on_shutdown(self) -> None:
        self._release()

    def _settings(self, config: MkDocsConfig) -> Settings:
        root = Path(config.config_file_path or ".").resolve().parent
        cache = self.config.cache_dir
        return Settings(
            seeds_dir=(root / self.config.seeds_dir),
            pipeline=self.config.pipeline,
            jobs=max(1, self.config.jobs),
            batch_size=max(1, self.config.batch_size),
            cache_dir=(root / cache) if cache else None,
            max_bytes=self.config.max_bytes,
            encoding_fallback=self.config.encoding_fallback,
            scheduler=self.config.scheduler,
        )

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        settings = self._settings(config)
        if not settings.seeds_dir.is_dir():
            raise PluginError(f"briefings: seeds folder {settings.seeds_dir} does not exist (option seeds_dir)")
        self.templates_cache = self._templates_cache(settings)
        render.ENV.bytecode_cache = self.templates_cache
        progress = self.config.progress
        if progress is None:
            progress = sys.stderr.isatty() and not os.environ.get("CI")
        # files in the state the last build read them in are not read again (``seedmemo``)
        seed_memo = SeedMemo(settings.cache_dir, f"{code_version()}:{settings.max_bytes}:{settings.encoding_fallback}")
        with settled():  # see on_post_build
            articles, errors = load_articles(settings.seeds_dir, max_bytes=settings.max_bytes,
                                             fallback=settings.encoding_fallback, memo=seed_memo)
        seed_memo.save()
        unread = sum(a.light for a in articles)
        if unread:
            log.info(f"briefings: {unread} of {len(articles)} articles unchanged since the last build (not read again)")
        for article in articles:
            for warning in article.warnings:
                articles_log.warning(f"briefings: {article.source}: {warning}")
        self.record, self.site_record, self.page_memo, self.dests = None, None, None, {}
        load_errors = list(errors)  # extraction adds its failures to errors
        try:
            pid = pipeline.pipeline_id(settings.pipeline)
        except pipeline.PipelineError as exc:
            raise PluginError(f"briefings: {exc}") from None
        keys = [cache_key(a.digest, pid, EXTRACTOR_VERSION) for a in articles]
        inputs = self._inputs(config, settings, files, articles, keys, load_errors)
        replayed = self._replay(config, settings, files, inputs, errors) if inputs is not None else None
        if replayed is not None:
            return replayed
        try:
            briefings = extract_articles(articles, settings, log.info if progress else log.debug, errors, keys,
                                         settle=True, beside=not self.serving)
        except pipeline.PipelineError as exc:
            raise PluginError(f"briefings: {exc}") from None
        errors.sort(key=lambda e: e.path)
        self._rejected(errors)
        if inputs is None:  # the articles parsed just now are in the cache from here on
            inputs = self._inputs(config, settings, files, articles, keys, load_errors)
        del articles  # their bytes and text (the briefings have the text): 170 MB at 20,000 articles
        loaded = sys.modules.get("generator.nlp")
        if loaded is not None and not self.serving:  # the pipeline, if an article was parsed here: 250 MB
            loaded.load_pipeline.cache_clear()
            gc.collect()  # its garbage cycles, before more is frozen (the briefings and articles are already)
        copies_memo = duplicates.Memo(settings.cache_dir / COPIES_MEMO) if settings.cache_dir is not None else None
        try:
            with settled():
                site = Site(briefings, [(e.path, e.reason) for e in errors],
                            directory_urls=config.use_directory_urls, briefings_dir=self.config.briefings_dir,
                            min_articles=self.config.actor_min_articles, always_show=self.config.always_show,
                            search=self.search, site_url=config.site_url, site_name=config.site_name,
                            copies_memo=copies_memo)
            if copies_memo is not None:
                copies_memo.save(duplicates.NEAR_COPY)
            # a nav entry without a title takes it from its page, so the page cache's fingerprint needs those
            # generated pages first: then the site is made whole, else one file at a time
            whole = site.pages() if self._untitled_generated(config, files) else None
            self.cache = self._page_cache(config, settings, whole or {}, files)
            if self.cache is not None:
                self.cache.drop_markdown()  # an interrupted build's
                self.site_record = pagecache.SiteRecord(self.cache.folder, config.site_dir, read=self.dirty)
            indexed = set(site.indexed_pages()) if self.search and self.cache is not None else set()
            self.search_pages = {} if indexed else None  # else the indexed pages are read off the built site
            self.search_light = sorted(self._dest(config, p) for p in site.light_indexed_pages()) if indexed else []
            self.render, self.copied, self.rendered, self.files = {}, {}, set(), files
            self.stash = pagecache.PageStash()
            self.previous_search = pagecache.read_search_index(config.site_dir) if self.dirty and self.cache else {}
            record: list[list[str]] = []  # what the replay of this build hands over, in order
            outputs = pagecache.Outputs(self.cache.folder) if self.cache is not None and inputs is not None else None
            memo = self.page_memo = pagecache.PageMemo(self.cache.folder, f"{code_version()}:{self.fingerprint}") \
                if self.cache is not None and whole is None else None
            # one file at a time: pages unchanged since the last build are copied, the others kept for MkDocs
            # to render, data files written to the cache (the whole site is never in memory at once); a briefing,
            # actor or quotes page made from what the last build made it from is not made again (``PageMemo``)
            not_made = {"briefing": 0, "actor": 0, "feed": 0}  # pages and feeds known from the memo
            briefing_pages = self.config.briefings_dir.strip("/") + "/"
            for path, made in (whole.items() if whole is not None else site.iter_pages(deferred=memo is not None)):
                deferred = made if isinstance(made, Deferred) else None
                if deferred is not None:
                    assert memo is not None and self.cache is not None
                    in_index = self.search_pages is not None and path in indexed
                    entry = memo.known(path, deferred, in_index) if path not in self.nav \
                        and files.get_file_from_path(path) is None else None
                    if entry is not None and not path.endswith(".md"):  # a data file (a feed) stored before
                        if outputs is not None and outputs.has(entry["key"]):
                            record.append([path, "output", entry["key"]])
                            files.append(self._stored(config, path, outputs.path(entry["key"])))
                            memo.keep(path, entry)
                            not_made["feed"] += 1
                            continue
                    elif entry is not None and self.cache.hit(path, entry["key"]):
                        if in_index:
                            assert self.search_pages is not None
                            self.search_pages[self._dest(config, path)] = entry["search"]
                        record.append([path, "cached", entry["key"]])
                        self._copy(config, files, path, entry["key"])
                        memo.keep(path, entry)
                        not_made["briefing" if path.startswith(briefing_pages) else "actor"] += 1
                        continue
                    made = deferred.text()
                digest = None
                if self.search_pages is not None and path in indexed and isinstance(made, str):
                    found = search.page_digests(self.fingerprint, {self._dest(config, path): made})
                    self.search_pages.update(found)
                    digest = next(iter(found.values()))
                if files.get_file_from_path(path) is not None:
                    log.info(f"briefings: docs/{path} exists and is kept; the generated one is not used")
                    continue
                if isinstance(made, Parts):  # a briefing's data file, or the file of all: written in parts if it can
                    if outputs is not None:
                        ref = outputs.put(made)
                        record.append([path, "output", ref])
                        files.append(self._stored(config, path, outputs.path(ref)))
                        continue
                    made = made.text()
                assert isinstance(made, str)  # a deferred page was made above
                content = made
                if self.cache is not None and path.endswith(".md") and path not in self.nav:
                    key = pagecache.page_key(self.fingerprint, path, content)
                    if deferred is not None:
                        assert memo is not None
                        memo.put(path, deferred, key, digest)
                    record.append([path, "cached", key])
                    if self.cache.hit(path, key):
                        self._copy(config, files, path, key)
                        continue
                    self.render[path] = key
                    files.append(self._generated(config, path, abs_src_path=self.cache.markdown_file(key, content)))
                    continue
                elif outputs is not None:
                    ref = outputs.put(content)
                    record.append([path, "output", ref])
                    if deferred is not None:
                        assert memo is not None
                        memo.put(path, deferred, ref, None)
                    if not path.endswith(".md"):  # a data file: MkDocs copies it from the cache
                        files.append(self._stored(config, path, outputs.path(ref)))
                        continue
                files.append(self._generated(config, path, content))
        except ValueError as exc:
            raise PluginError(f"briefings: {exc}") from None
        cached = f", {len(self.copied)} pages unchanged (from the page cache)" if self.cache is not None else ""
        if self.page_memo is not None:
            cached += (f", {not_made['actor']} actor and quotes pages, {not_made['briefing']} briefing pages and "
                       f"{not_made['feed']} feeds not made again")
        copies = sum(len(c) for c in site.copies.values())
        merged = f" ({copies} more articles are copies of these, named on them)" if copies else ""
        summary = (f"{len(site.briefings)} published{merged}, {len(errors)} rejected, {len(site.actors)} actor pages, "
                   f"{len(site.tracked)} tracked commitments")
        log.info(f"briefings: {summary}{cached}")
        if outputs is not None:
            self.record = {"inputs": inputs, "files": record, "search_pages": self.search_pages,
                           "search_light": self.search_light, "summary": summary}
        return files

    @staticmethod
    def _generated(config: MkDocsConfig, path: str, content: str | None = None,
                   abs_src_path: str | None = None) -> File:
        """A generated file: its ``content``, or the file at ``abs_src_path`` that holds it."""
        # only the index pages belong in an automatic nav; the rest stays out of it without a log line each
        inclusion = InclusionLevel.UNDEFINED if path in urls.INDEX_PAGES else InclusionLevel.NOT_IN_NAV
        if content is not None:
            return File.generated(config, path, content=content, inclusion=inclusion)
        assert abs_src_path is not None
        return pagecache.MarkdownPage.generated(config, path, abs_src_path=abs_src_path, inclusion=inclusion)

    @staticmethod
    def _untitled_generated(config: MkDocsConfig, files: Files) -> bool:
        """Whether the nav lists a page without a title that is not in docs/ (a generated one)."""
        if config.nav is None:
            return False
        _, untitled = pagecache.nav_paths(config.nav)
        return any(files.get_file_from_path(path) is None for path in untitled)

    def _dest(self, config: MkDocsConfig, path: str) -> str:
        """Where the page made from ``path`` is written in the site (asked up to three times per page: kept)."""
        dest = self.dests.get(path)  # emptied at the start of each build (on_files)
        if dest is None:
            dest = self.dests[path] = File(path, src_dir=None, dest_dir=config.site_dir,
                                           use_directory_urls=config.use_directory_urls).dest_uri
        return dest

    def _stored(self, config: MkDocsConfig, path: str, src: str) -> pagecache.CachedPage:
        """The file at ``path`` of the site, a copy of the stored file ``src``."""
        page = pagecache.CachedPage.generated(config, path, abs_src_path=src)
        assert isinstance(page, pagecache.CachedPage)
        return self.site_record.mark(page) if self.site_record is not None else page

    def _copy(self, config: MkDocsConfig, files: Files, path: str, key: str) -> None:
        """Hand MkDocs the stored HTML of the page at ``path`` (a page-cache hit) to copy."""
        assert self.cache is not None
        copied = self._stored(config, self._dest(config, path), str(self.cache.html_path(key)))
        files.append(copied)
        self.copied[id(copied)] = path

    def _rejected(self, errors: list[SourceError]) -> None:
        for err in errors:
            articles_log.warning(f"briefings: article rejected: {err.path}: {err.reason}")
        if errors and self.config.fail_on_rejected:
            raise PluginError(f"briefings: {len(errors)} article(s) rejected and fail_on_rejected is set")

    def _inputs(self, config: MkDocsConfig, settings: Settings, files: Files, articles: list[Article],
                keys: list[str], errors: list[SourceError]) -> str | None:
        """A digest of everything the generated files are made from: this code, the configuration, the docs
        files, each article's name and cache key, the rejected files. None when no build can be replayed: the
        page cache is off, or a nav page listed without a title is generated (its text titles the nav), or an
        article has no extraction in the cache yet."""
        if not self.config.page_cache or settings.cache_dir is None or config.nav is None:
            return None
        _, untitled = pagecache.nav_paths(config.nav)
        sources: dict[str, str | bytes] = {}
        for path in untitled:
            docs_file = files.get_file_from_path(path)
            if docs_file is None:
                return None
            sources[path] = docs_file.content_bytes
        store = Cache(settings.cache_dir)
        h = hashlib.sha256()
        for part in (code_version(), pagecache.fingerprint(config, sources), str(self.search)):
            h.update(part.encode() + b"\0")
        h.update("\0".join(sorted(f.src_uri for f in files)).encode() + b"\0\0")
        for a, key in zip(articles, keys, strict=True):
            if not store.has(key):
                return None
            h.update(f"{a.source}\0{a.slug}\0{key}\0".encode())
        for e in errors:
            h.update(f"{e.path}\0{e.reason}\0".encode())
        return h.hexdigest()

    def _replay(self, config: MkDocsConfig, settings: Settings, files: Files, inputs: str,
                errors: list[SourceError]) -> Files | None:
        """When nothing the site is made from changed since the last build, hand MkDocs that build's files again
        (stored HTML pages to copy, stored data files and nav pages) without reading a briefing or making a
        page; None (build as usual) when there is no such record or any stored file is missing or altered."""
        cache = self._page_cache(config, settings, {}, files)
        record = pagecache.load_replay(cache.folder) if cache is not None else None
        if cache is None or record is None or record["inputs"] != inputs:
            return None
        outputs = pagecache.Outputs(cache.folder)
        pages: list[tuple[str, str, str | None]] = []
        for path, how, ref in record["files"]:
            if how == "cached":
                if not cache.hit(path, ref):
                    return None
                pages.append((path, ref, None))
            else:
                content = outputs.get(ref)
                if content is None:
                    return None
                pages.append((path, ref, content if path.endswith(".md") else ""))
        self.cache = cache
        self.site_record = pagecache.SiteRecord(cache.folder, config.site_dir, read=self.dirty)
        self.search_pages = record.get("search_pages")
        self.search_light = record.get("search_light", [])
        self.render, self.copied, self.rendered, self.files = {}, {}, set(), files
        self.stash = pagecache.PageStash()
        self.previous_search = pagecache.read_search_index(config.site_dir) if self.dirty else {}
        for path, ref, content in pages:
            if content is None:
                self._copy(config, files, path, ref)
            elif not path.endswith(".md"):  # a data file (checked above): MkDocs copies it from the cache
                files.append(self._stored(config, path, outputs.path(ref)))
            else:
                files.append(self._generated(config, path, content))
        self._rejected(errors)
        stored = sum(1 for _, _, content in pages if content is None)
        log.info(f"briefings: nothing changed since the last build, which is used again: {record.get('summary', '')}, "
                 f"{stored} pages unchanged (from the page cache), {len(pages) - stored} other files as stored")
        return files

    def _page_cache(self, config: MkDocsConfig, settings: Settings, pages: dict[str, str],
                    files: Files) -> pagecache.PageCache | None:
        """The page cache for this build, or None (option off, no cache_dir, or no ``nav``: then every page's
        sidebar depends on every other page)."""
        self.nav = set()
        if not self.config.page_cache or settings.cache_dir is None or config.nav is None:
            return None
        self.nav, untitled = pagecache.nav_paths(config.nav)
        sources: dict[str, str | bytes] = {}
        for path in untitled:
            docs_file = files.get_file_from_path(path)
            if docs_file is not None:
                sources[path] = docs_file.content_bytes
            elif path in pages:
                sources[path] = pages[path]
        self.fingerprint = pagecache.fingerprint(config, sources)
        return pagecache.PageCache(settings.cache_dir / "pages")

    @staticmethod
    def _templates_cache(settings: Settings) -> jinja2.BytecodeCache | None:
        """Compiled Jinja templates (the theme's and the plugin's) kept in ``cache_dir/templates``: compiling them
        again took about 0.6 s of every build. Jinja checks each stored one against its template's source."""
        if settings.cache_dir is None:
            return None
        folder = settings.cache_dir / TEMPLATES_CACHE
        folder.mkdir(parents=True, exist_ok=True)
        return _TemplatesCache(str(folder))

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Remember the page order (as a full render would index them) and the theme for the sitemap; keep the
        theme's compiled templates (``_templates_cache``)."""
        env.bytecode_cache = self.templates_cache  # made in on_files, which MkDocs runs before this
        self.env = env
        self.order = []
        for f in files:
            if f.is_documentation_page():
                self.order.append(("page", f))
            elif id(f) in self.copied:
                self.order.append(("copied", self.copied[id(f)]))
        return env

    @event_priority(-100)  # after every other plugin's: see pagecache.PageStash
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.stash.keep(page, html) if page.file.src_uri in self.render else html

    @event_priority(100)  # before every other plugin's
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        self.stash.restore(page)
        return context

    @event_priority(-100)  # after every other plugin has changed the HTML
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        self.rendered.add(page.url)
        key = self.render.get(page.file.src_uri) if self.cache is not None else None
        if self.cache is not None and key is not None:
            self.cache.store_html(page.file.src_uri, key, page.url, output)
        if page.file.src_uri in self.render:
            self.stash.release(page)
        return output

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # the articles, briefings and site structures were made ``settled``: the cycle collector sees them
        # again (a server goes on to the next build)
        gc.unfreeze()
        try:
            if self.dirty and self.files is not None:
                # pages of removed articles and actors, and of an interrupted build, go (with or without page cache)
                owned = [self.config.briefings_dir.strip("/"), *urls.GENERATED_FOLDERS]
                pagecache.remove_stale_outputs(config.site_dir, owned, (f.dest_uri for f in self.files))
            cache = self.cache
            if cache is not None:
                cache.drop_markdown()
                cache.merge_search_index(config.site_dir, self.render, self.order, self.rendered,
                                         self.previous_search)
                if self.copied and config.site_url:
                    cache.write_sitemap(config, self.env, self.order, utils.get_build_date(),
                                        utils.get_build_timestamp)
                cache.save()
                if self.site_record is not None and self.files is not None:
                    self.site_record.save(self.files)
                if self.page_memo is not None:
                    self.page_memo.save()
                if self.record is not None:  # a new build: record it for the next one to replay
                    pagecache.save_replay(cache.folder, self.record)
                    pagecache.Outputs(cache.folder).prune({ref for _, how, ref in self.record["files"]
                                                           if how == "output"})
            if self.search:
                pagecache.give_back_memory()  # before Pagefind: the two processes' memory adds up
                try:
                    cache_dir = self._settings(config).cache_dir
                    report = search.index_site(config.site_dir, cache_dir, self.search_pages,
                                               max(1, self.config.search_shard_pages), self.search_light)
                except search.SearchIndexError as exc:
                    raise PluginError(f"briefings: {exc}") from None
                log.info(f"briefings: {report.summary()}")
        finally:
            self._release()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self._settings(config).seeds_dir))
        return server
