"""Seeds to briefings: read, parse once (with the cache), extract. Shared by the MkDocs plugin and the CLI."""
from __future__ import annotations

import contextlib
import gc
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import EXTRACTOR_VERSION, pipeline
from generator.cache import Cache, cache_key
from generator.config import DEFAULTS, PARALLEL_MIN
from generator.extract import error_text, extract_each
from generator.model import Briefing
from generator.sources import Article, SourceError, load_articles, read_article

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


@contextlib.contextmanager
def settled() -> Iterator[None]:
    """For building a large structure that lasts (the briefings of 20,000 articles read from the cache: millions
    of objects): the cycle collector paused meanwhile, then the objects made set aside from it (``gc.freeze``),
    so that it neither walks them again each time they grow by a quarter (16 full collections, 7 s of a
    one-article rebuild at 20,000 articles) nor walks them later. Only for work that makes no garbage cycles
    to speak of (frozen, a cycle is not collected: ``gc.unfreeze`` when the build is over). Objects are still
    freed when their last reference goes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def extract_articles(articles: list[Article], settings: Settings, report: Callable[[str], None] | None = None,
                     failed: list[SourceError] | None = None, keys: list[str] | None = None,
                     settle: bool = False) -> list[Briefing]:
    """Briefings for ``articles`` in the same order, from the cache where possible. An article whose extraction
    fails is left out and reported in ``failed`` with the error (without ``failed``, the error is raised): one
    article never stops the others. With ``settle``, the briefings read from the cache are read ``settled``
    (the caller calls ``gc.unfreeze`` when it is done with them). A light article (known from ``seedmemo``, no
    text) whose briefing is not in the cache is read whole from its file first, and replaces it in ``articles``
    (its key in ``keys`` too, should the file have changed meanwhile)."""
    cache = Cache(settings.cache_dir)
    pid = pipeline.pipeline_id(settings.pipeline)
    if keys is None:  # the articles' cache keys, unless the caller has them already
        keys = [cache_key(a.digest, pid, EXTRACTOR_VERSION) for a in articles]
    with settled() if settle else contextlib.nullcontext():
        results: list[Briefing | None] = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    for i in [i for i in todo if articles[i].light]:  # known from the memo, its extraction not in the cache (any more)
        try:
            articles[i] = reread(articles[i], settings)
        except SourceError as exc:  # gone or changed for the worse since it was listed
            if failed is None:
                raise
            failed.append(exc)
            todo.remove(i)
            continue
        keys[i] = cache_key(articles[i].digest, pid, EXTRACTOR_VERSION)  # the same, unless it changed meanwhile
    stored: set[int] = set()  # indexes already put in the cache
    if todo:
        progress = Progress(len(todo), report)
        values: Iterable[Briefing | Exception | str]
        if settings.scheduler:
            from generator.distributed import extract_on_cluster

            on_cluster = extract_on_cluster(settings.scheduler, articles, keys, todo, settings.pipeline, pid,
                                            settings.cache_dir, progress.step)
            values = (on_cluster[i] for i in todo)
        elif settings.jobs > 1 and len(todo) >= PARALLEL_MIN:
            def keep(i: int, value: Briefing) -> None:  # into the cache as each batch comes back: an
                cache.put(keys[i], value)  # interrupted run keeps what was parsed
                stored.add(i)

            local = extract_in_processes(articles, todo, settings, progress.step, keep)
            values = (local[i] for i in todo)
        else:
            from generator import nlp  # spaCy is imported only when something has to be parsed

            docs = nlp.parse((articles[i].text for i in todo), settings.pipeline, batch_size=settings.batch_size)
            values = extract_each([articles[i] for i in todo], docs, pid, progress.step)
        for i, value in zip(todo, values, strict=True):
            if isinstance(value, Briefing):
                if i not in stored:
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
            b.rename(a.source, a.slug)  # the same bytes may sit under another name
            out.append(b)
    return out


def reread(article: Article, settings: Settings) -> Article:
    """A light article (``seedmemo``) read whole from its file, with the slug and warnings it was published
    under."""
    full = read_article(Path(article.path), article.source, max_bytes=settings.max_bytes,
                        fallback=settings.encoding_fallback)
    full.slug, full.warnings = article.slug, article.warnings
    return full


def extract_in_processes(articles: list[Article], todo: list[int], settings: Settings,
                         step: Callable[[int], None], keep: Callable[[int, Briefing], None] | None = None
                         ) -> dict[int, Briefing | Exception | str]:
    """Briefings (or what went wrong) for the articles at ``todo``, by index, from ``jobs`` worker processes.
    Each worker loads the pipeline once and parses and extracts whole batches of articles (the work of a Dask
    worker, ``distributed.run_batch``), sending back only the briefings' JSON: the parsed documents, large, never
    travel between processes, and the extraction runs in parallel too (with spaCy's own ``n_process`` the
    documents came back to this process to be extracted one by one). The same briefings as one process."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from generator.distributed import batches, run_batch

    results: dict[int, Briefing | Exception | str] = {}
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        futures = {pool.submit(run_batch, [(str(i), articles[i]) for i in batch], settings.pipeline, None,
                               settings.batch_size): batch
                   for batch in batches(articles, todo, LOCAL_BATCH_CHARS)}
        for future in as_completed(futures):
            batch = futures[future]
            try:
                _, _, out = future.result()
            except pipeline.PipelineError:
                raise  # the pipeline is missing or unusable: no article can be parsed
            except Exception as exc:  # a batch whose parse failed (or whose worker died): each of its articles
                for i in batch:
                    results[i] = exc
            else:
                for i, (_, value) in zip(batch, out, strict=True):
                    made = Briefing.from_json(value) if isinstance(value, dict) else value
                    results[i] = made
                    if keep is not None and isinstance(made, Briefing):
                        keep(i, made)
            step(len(batch))
    return results


LOCAL_BATCH_CHARS = 20_000  # characters of text per batch sent to a worker process (about 8 news articles)


def build_briefings(settings: Settings, report: Callable[[str], None] | None = None
                    ) -> tuple[list[Briefing], list[SourceError], list[Article]]:
    articles, errors = load_articles(settings.seeds_dir, max_bytes=settings.max_bytes,
                                     fallback=settings.encoding_fallback)
    briefings = extract_articles(articles, settings, report, errors)
    errors.sort(key=lambda e: e.path)
    return briefings, errors, articles


def stderr_report(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
