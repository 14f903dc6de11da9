"""Seeds to briefings: read, parse once (with the cache), extract. Shared by the MkDocs plugin and the CLI."""
from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from generator import EXTRACTOR_VERSION, pipeline
from generator.cache import Cache, cache_key
from generator.config import DEFAULTS, PARALLEL_MIN
from generator.extract import error_text, extract_each
from generator.model import Briefing
from generator.sources import Article, SourceError, load_articles

log = logging.getLogger("generator")


@dataclass
class Settings:
    """What reading and parsing need; defaults from ``generator.config``."""
    seeds_dir: Path = Path(DEFAULTS["seeds_dir"])
    pipeline: str = DEFAULTS["pipeline"]
    jobs: int = DEFAULTS["jobs"]
    batch_size: int = DEFAULTS["batch_size"]
    cache_dir: Path | None = Path(DEFAULTS["cache_dir"])
    max_bytes: int = DEFAULTS["max_bytes"]
    encoding_fallback: str | None = DEFAULTS["encoding_fallback"]
    scheduler: str | None = DEFAULTS["scheduler"]  # a Dask scheduler's address, or "local" (generator.distributed)


class Progress:
    """Articles done / total, rate and time left, at most every few seconds; silent when not a terminal
    unless asked, so CI logs stay short."""

    def __init__(self, total: int, report: Callable[[str], None] | None, every: float = 5.0):
        self.total, self.report, self.every = total, report, every
        self.start = self.last = time.monotonic()
        self.done = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.report and (now - self.last >= self.every or self.done == self.total) and self.total:
            rate = self.done / max(now - self.start, 1e-6)
            left = (self.total - self.done) / rate if rate else 0
            self.report(f"parsed {self.done}/{self.total} articles, {rate:.1f}/s, about {left:.0f}s left")
            self.last = now


def extract_articles(articles: list[Article], settings: Settings, report: Callable[[str], None] | None = None,
                     failed: list[SourceError] | None = None) -> list[Briefing]:
    """Briefings for ``articles`` in the same order, from the cache where possible. An article whose extraction
    fails is left out and reported in ``failed`` with the error (without ``failed``, the error is raised): one
    article never stops the others."""
    cache = Cache(settings.cache_dir)
    pid = pipeline.pipeline_id(settings.pipeline)
    keys = [cache_key(a.raw, pid, EXTRACTOR_VERSION) for a in articles]
    results: list[Briefing | None] = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        progress = Progress(len(todo), report)
        values: Iterable[Briefing | Exception | str]
        if settings.scheduler:
            from generator.distributed import extract_on_cluster

            found = extract_on_cluster(settings.scheduler, articles, keys, todo, settings.pipeline, pid,
                                       settings.cache_dir, progress.step)
            values = (found[i] for i in todo)
        else:
            from generator import nlp  # spaCy is imported only when something has to be parsed

            jobs = settings.jobs if len(todo) >= PARALLEL_MIN else 1
            docs = nlp.parse((articles[i].text for i in todo), settings.pipeline, jobs=jobs,
                             batch_size=settings.batch_size)
            values = extract_each([articles[i] for i in todo], docs, pid, progress.step)
        for i, value in zip(todo, values, strict=True):
            if isinstance(value, Briefing):
                cache.put(keys[i], value)
                results[i] = value
                continue
            if failed is None:
                raise value if isinstance(value, Exception) else RuntimeError(value)
            reason = error_text(value) if isinstance(value, Exception) else value
            failed.append(SourceError(articles[i].source, f"extraction failed ({reason}); please report it with "
                                                          "the file"))
    out = []
    for a, b in zip(articles, results, strict=True):
        if b is not None:
            b.source, b.slug = a.source, a.slug  # the same bytes may sit under another name
            out.append(b)
    return out


def build_briefings(settings: Settings, report: Callable[[str], None] | None = None
                    ) -> tuple[list[Briefing], list[SourceError], list[Article]]:
    articles, errors = load_articles(settings.seeds_dir, max_bytes=settings.max_bytes,
                                     fallback=settings.encoding_fallback)
    briefings = extract_articles(articles, settings, report, errors)
    errors.sort(key=lambda e: e.path)
    return briefings, errors, articles


def stderr_report(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
