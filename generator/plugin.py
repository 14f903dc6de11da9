"""The MkDocs plugin: during ``mkdocs build`` (and ``mkdocs serve``) turn ``seeds/`` into briefing pages.

Pages are added in memory with ``File.generated``; nothing is written into ``docs/``, so ``mkdocs serve``
does not loop. Briefings are not put in the navigation: the home page lists them.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator import pipeline
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


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
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
        for path, content in site.pages().items():
            if files.get_file_from_path(path) is not None:
                log.info(f"briefings: docs/{path} exists and is kept; the generated one is not used")
                continue
            files.append(File.generated(config, path, content=content))
        log.info(f"briefings: {len(briefings)} published, {len(errors)} rejected, {len(site.actors)} actor pages")
        return files

    def on_serve(self, server, *, config, builder):
        server.watch(str(self._settings(config).seeds_dir))
        return server
