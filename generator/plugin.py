"""The MkDocs plugin: during ``mkdocs build`` (and ``mkdocs serve``) turn ``seeds/`` into briefing pages.

Pages are added in memory with ``File.generated``; nothing is written into ``docs/``, so ``mkdocs serve``
does not loop. Briefings are not put in the navigation: the home page lists them.

With the page cache (on by default, in ``cache_dir/pages``) a generated page whose Markdown, path and
configuration are unchanged since the last build is copied from its stored HTML instead of rendered; its
entries are put back into the search index (and the sitemap) in the same order a full render gives, so the
output is byte-identical either way.
"""
from __future__ import annotations

import gzip
import json
import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

from mkdocs import utils
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from generator import pagecache, pipeline
from generator.build import Settings, build_briefings
from generator.site import Site
from generator.sources import DEFAULT_MAX_BYTES

log = logging.getLogger("mkdocs.plugins.briefings")
# Rejected articles are reported as warnings on a logger of their own: under `mkdocs build --strict` a
# warning on MkDocs' loggers aborts the build, and one bad article must not take the site down
# (set fail_on_rejected for that).
articles_log = logging.getLogger("briefings.articles")
if not articles_log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    articles_log.addHandler(_handler)
    articles_log.propagate = False


def _by_page(entries: list) -> dict[str, list]:
    """Search-index entries grouped by the URL of their page ("briefings/x/#s3" -> "briefings/x/")."""
    out: dict[str, list] = {}
    for entry in entries:
        out.setdefault(str(entry.get("location", "")).split("#", 1)[0], []).append(entry)
    return out


INDEX_PAGES = {"index.md", "actors/index.md", "quotes.md", "commitments.md", "tags.md"}


class BriefingsConfig(Config):
    seeds_dir = c.Type(str, default="seeds")
    pipeline = c.Type(str, default=pipeline.DEFAULT_PIPELINE)
    jobs = c.Type(int, default=2)
    batch_size = c.Type(int, default=32)
    cache_dir = c.Optional(c.Type(str))
    max_bytes = c.Type(int, default=DEFAULT_MAX_BYTES)
    encoding_fallback = c.Optional(c.Type(str))
    fail_on_rejected = c.Type(bool, default=False)
    briefings_dir = c.Type(str, default="briefings")
    progress = c.Optional(c.Type(bool))  # default: on in a terminal, off in CI and logs
    actor_min_articles = c.Type(int, default=2)
    always_show = c.Type(list, default=[])
    page_cache = c.Type(bool, default=True)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    _dirty = False

    def on_startup(self, *, command, dirty):
        self._dirty = dirty  # `mkdocs build --dirty`: pages MkDocs skips keep their previous search entries

    def _settings(self, config) -> Settings:
        root = Path(config.config_file_path or ".").resolve().parent
        cache = self.config.cache_dir
        return Settings(
            seeds_dir=(root / self.config.seeds_dir),
            pipeline=self.config.pipeline,
            jobs=max(1, self.config.jobs),
            batch_size=max(1, self.config.batch_size),
            cache_dir=(root / (cache if cache is not None else ".briefing-cache")) if cache != "" else None,
            max_bytes=self.config.max_bytes,
            encoding_fallback=self.config.encoding_fallback,
        )

    def on_files(self, files: Files, *, config) -> Files:
        settings = self._settings(config)
        if not settings.seeds_dir.is_dir():
            raise PluginError(f"briefings: seeds folder {settings.seeds_dir} does not exist (option seeds_dir)")
        progress = self.config.progress
        if progress is None:
            progress = sys.stderr.isatty() and not os.environ.get("CI")
        try:
            briefings, errors, articles = build_briefings(settings, report=log.info if progress else log.debug)
        except pipeline.PipelineError as exc:
            raise PluginError(f"briefings: {exc}") from None
        for article in articles:
            for warning in article.warnings:
                articles_log.warning(f"briefings: {article.source}: {warning}")
        for err in errors:
            articles_log.warning(f"briefings: article rejected: {err.path}: {err.reason}")
        if errors and self.config.fail_on_rejected:
            raise PluginError(f"briefings: {len(errors)} article(s) rejected and fail_on_rejected is set")
        site = Site(briefings, [(e.path, e.reason) for e in errors], directory_urls=config.use_directory_urls,
                    briefings_dir=self.config.briefings_dir, min_articles=self.config.actor_min_articles,
                    always_show=self.config.always_show)
        pages = site.pages()
        cache = self._page_cache(config, settings, pages, files)
        self._cache, self._render, self._copied, self._rendered = cache, {}, {}, set()
        self._outputs: list[str] = []
        self._previous_search = self._read_search_index(config) if self._dirty and cache is not None else {}
        for path, content in pages.items():
            if files.get_file_from_path(path) is not None:
                log.info(f"briefings: docs/{path} exists and is kept; the generated one is not used")
                continue
            if cache is not None and path.endswith(".md") and path not in self._nav:
                key = pagecache.page_key(self._fingerprint, path, content)
                if cache.hit(path, key):
                    probe = File(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
                    copied = File.generated(config, probe.dest_uri, abs_src_path=str(cache.html_path(key)))
                    files.append(copied)
                    self._copied[id(copied)] = path
                    self._outputs.append(copied.dest_uri)
                    continue
                self._render[path] = key
            # only the index pages belong in an automatic nav; the rest stays out of it without a log line each
            inclusion = InclusionLevel.UNDEFINED if path in INDEX_PAGES else InclusionLevel.NOT_IN_NAV
            generated = File.generated(config, path, content=content, inclusion=inclusion)
            files.append(generated)
            self._outputs.append(generated.dest_uri)
        cached = f", {len(self._copied)} pages unchanged (from the page cache)" if cache is not None else ""
        log.info(f"briefings: {len(briefings)} published, {len(errors)} rejected, {len(site.actors)} actor pages{cached}")
        return files

    def _page_cache(self, config, settings: Settings, pages: dict[str, str], files: Files):
        """The page cache for this build, or None (option off, no cache_dir, or no ``nav``: then every page's
        sidebar depends on every other page)."""
        self._nav: set[str] = set()
        if not self.config.page_cache or settings.cache_dir is None or config.nav is None:
            return None
        self._nav, untitled = pagecache.nav_paths(config.nav)
        sources: dict[str, str | bytes] = {}
        for path in untitled:
            docs_file = files.get_file_from_path(path)
            if docs_file is not None:
                sources[path] = docs_file.content_bytes
            elif path in pages:
                sources[path] = pages[path]
        self._fingerprint = pagecache.fingerprint(config, sources)
        return pagecache.PageCache(settings.cache_dir / "pages")

    def on_env(self, env, *, config, files: Files):
        """Remember the page order (as a full render would index them) and the theme for the sitemap."""
        self._env = env
        self._order: list[tuple[str, object]] = []
        for f in files:
            if f.is_documentation_page():
                self._order.append(("page", f))
            elif id(f) in self._copied:
                self._order.append(("copied", self._copied[id(f)]))
        return env

    @event_priority(-100)  # after every other plugin has changed the HTML
    def on_post_page(self, output: str, *, page, config):
        self._rendered.add(page.url)
        key = self._render.get(page.file.src_uri) if self._cache is not None else None
        if key is not None:
            self._cache.store_html(page.file.src_uri, key, page.url, output)
        return output

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config):
        cache = self._cache
        if cache is None:
            return
        self._merge_search_index(config, cache)
        if self._copied and config.site_url:
            self._write_sitemap(config, cache)
        if self._dirty:
            self._remove_stale_outputs(config, cache.outputs)
        cache.outputs = sorted(self._outputs)
        cache.save()

    @staticmethod
    def _read_search_index(config) -> dict[str, list]:
        """The search entries of the site as it is now, by page URL (for pages a dirty build leaves alone)."""
        path = Path(config.site_dir) / "search" / "search_index.json"
        try:
            return _by_page(json.loads(path.read_text(encoding="utf-8")).get("docs", []))
        except (OSError, ValueError, AttributeError):
            return {}

    def _remove_stale_outputs(self, config, previous: list[str]) -> None:
        """A dirty build does not empty site/: delete what this plugin wrote last time and not this time."""
        site = Path(config.site_dir).resolve()
        for uri in sorted(set(previous) - set(self._outputs)):
            target = (site / uri).resolve()
            if site not in target.parents:
                continue
            target.unlink(missing_ok=True)
            folder = target.parent
            while folder != site and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent

    def _merge_search_index(self, config, cache: pagecache.PageCache) -> None:
        """Put the stored entries of copied pages (and, in a dirty build, the previous entries of pages MkDocs
        skipped) back into the index the search plugin wrote, in page order."""
        path = Path(config.site_dir) / "search" / "search_index.json"
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        by_url = _by_page(index.get("docs", []))
        for src, key in self._render.items():
            stored = cache.current.get(src)
            if stored is not None:
                stored["search"] = by_url.get(stored["url"], [])
        skipped = [f for kind, f in self._order if kind == "page" and f.url not in self._rendered]
        if not self._copied and not skipped:
            return
        docs = []
        for kind, item in self._order:
            if kind == "copied":
                docs.extend(cache.current[item]["search"])
            elif item.url in self._rendered:
                docs.extend(by_url.pop(item.url, []))
            else:
                docs.extend(self._previous_search.get(item.url, []))
        for rest in by_url.values():  # entries of pages this plugin does not know about, if any
            docs.extend(rest)
        index["docs"] = docs
        # the search plugin's own serialisation, so a copied page gives the bytes a rendered one does
        utils.write_file(json.dumps(index, separators=(",", ":"), default=str).encode("utf-8"), str(path))

    def _write_sitemap(self, config, cache: pagecache.PageCache) -> None:
        """MkDocs' sitemap lists rendered pages only; render it again with the copied pages in their places."""
        date = utils.get_build_date()
        entries = []
        for kind, item in self._order:
            if kind == "page":
                entries.append(item)
            else:
                canonical = urljoin(config.site_url if config.site_url.endswith("/") else config.site_url + "/",
                                    cache.current[item]["url"])
                entries.append(SimpleNamespace(page=SimpleNamespace(
                    is_link=False, canonical_url=canonical, abs_url=urlsplit(canonical).path, update_date=date)))
        output = self._env.get_template("sitemap.xml").render(pages=entries, config=config)
        target = os.path.join(config.site_dir, "sitemap.xml")
        utils.write_file(output.encode("utf-8"), target)
        timestamp = utils.get_build_timestamp(pages=[p.page for p in entries if p.page is not None])
        with open(f"{target}.gz", "wb") as fh, gzip.GzipFile(fileobj=fh, filename=f"{target}.gz", mode="wb",
                                                             mtime=timestamp) as gz:
            gz.write(output.encode("utf-8"))

    def on_serve(self, server, *, config, builder):
        server.watch(str(self._settings(config).seeds_dir))
        return server
