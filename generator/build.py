"""Seeds to briefings: read, parse once (with the cache), extract. Shared by the MkDocs plugin and the CLI."""
from __future__ import annotations

import contextlib
import gc
import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import EXTRACTOR_VERSION, pipeline
from generator.cache import Cache, cache_key
from generator.config import BESIDE_MIN, DEFAULTS, PARALLEL_MIN
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
                     settle: bool = False, beside: bool = False) -> list[Briefing]:
    """Briefings for ``articles`` in the same order, from the cache where possible. An article whose extraction
    fails is left out and reported in ``failed`` with the error (without ``failed``, the error is raised): one
    article never stops the others. With ``settle``, the briefings read from the cache are read ``settled``
    (the caller calls ``gc.unfreeze`` when it is done with them). A light article (known from ``seedmemo``, no
    text) whose briefing is not in the cache is read whole from its file first, and replaces it in ``articles``
    (its key in ``keys`` too, should the file have changed meanwhile). With ``beside`` (a build that does not
    keep the pipeline for later), articles new to a cache that holds at least BESIDE_MIN others are parsed in a
    worker process while this one reads the cached briefings, however few they are (one changed article of
    20,000: its parse, with loading the pipeline, took about 1.5 s after the 4 s of reading the cache), and this
    process never loads the pipeline."""
    cache = Cache(settings.cache_dir)
    pid = pipeline.pipeline_id(settings.pipeline)
    if keys is None:  # the articles' cache keys, unless the caller has them already
        keys = [cache_key(a.digest, pid, EXTRACTOR_VERSION) for a in articles]

    gone: set[int] = set()  # light articles that could not be read whole (reported once)

    def whole(indexes: list[int]) -> list[int]:
        """``indexes`` with every light article among them read whole (those that cannot be read are reported
        in ``failed`` and left out)."""
        kept = []
        for i in indexes:
            if i in gone:
                continue
            if articles[i].light:  # known from the memo, its extraction not in the cache (any more)
                try:
                    articles[i] = reread(articles[i], settings)
                except SourceError as exc:  # gone or changed for the worse since it was listed
                    if failed is None:
                        raise
                    failed.append(exc)
                    gone.add(i)
                    continue
                keys[i] = cache_key(articles[i].digest, pid, EXTRACTOR_VERSION)  # the same, unless it changed
            kept.append(i)
        return kept

    early: list[int] = []  # parsed beside the reading of the cache
    if beside and settings.jobs > 1 and not settings.scheduler and cache.folder is not None:
        missing = [i for i, k in enumerate(keys) if not cache.has(k)]
        if missing and len(keys) - len(missing) >= BESIDE_MIN:
            early = whole(missing)
    stored: set[int] = set()  # indexes already put in the cache

    def keep(i: int, value: Briefing) -> None:  # into the cache as each batch comes back: an
        cache.put(keys[i], value)  # interrupted run keeps what was parsed
        stored.add(i)

    workers = Workers(articles, early, settings) if early else None
    try:
        skip = set(early)
        with settled() if settle else contextlib.nullcontext():
            results: list[Briefing | None] = [None if i in skip else cache.get(k) for i, k in enumerate(keys)]
        later = whole([i for i, r in enumerate(results) if r is None and i not in skip])
        todo = early + later
        values: dict[int, Briefing | Exception | str] = {}
        if todo:
            progress = Progress(len(todo), report)
            if workers is not None:
                values.update(workers.results(progress.step, keep))
                workers.close()  # before any other workers start: each holds a pipeline
                workers = None
            if later and settings.scheduler:
                from generator.distributed import extract_on_cluster

                values.update(extract_on_cluster(settings.scheduler, articles, keys, later, settings.pipeline, pid,
                                                 settings.cache_dir, progress.step))
            elif later and settings.jobs > 1 and len(later) >= PARALLEL_MIN:
                values.update(extract_in_processes(articles, later, settings, progress.step, keep))
            elif later:
                from generator import nlp  # spaCy is imported only when something has to be parsed

                docs = nlp.parse((articles[i].text for i in later), settings.pipeline, batch_size=settings.batch_size)
                for i, made in zip(later, extract_each([articles[i] for i in later], docs, pid, progress.step),
                                   strict=True):
                    values[i] = made
                    if isinstance(made, Briefing):
                        keep(i, made)
    finally:
        if workers is not None:
            workers.close()
    for i in sorted(values):
        value = values[i]
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
    """Briefings (or what went wrong) for the articles at ``todo``, by index, from ``jobs`` worker processes
    (``Workers``)."""
    workers = Workers(articles, todo, settings)
    try:
        return workers.results(step, keep)
    finally:
        workers.close()


class Workers:
    """Worker processes that parse and extract the articles at ``todo``, started (the batches sent) when made:
    the caller goes on with other work and collects ``results`` later. Each worker loads the pipeline once and
    parses and extracts whole batches of articles (the work of a Dask worker, ``distributed.run_batch``), sending
    back only the briefings' JSON: the parsed documents, large, never travel between processes, and the
    extraction runs in parallel too (with spaCy's own ``n_process`` the documents came back to this process to be
    extracted one by one). The same briefings as one process. At most ``jobs`` processes, and no more than
    there are batches."""

    def __init__(self, articles: list[Article], todo: list[int], settings: Settings):
        from concurrent.futures import ProcessPoolExecutor

        from generator.distributed import run_batch

        work = list(guided_batches(articles, todo, settings.jobs))
        self.pool = ProcessPoolExecutor(max_workers=max(1, min(settings.jobs, len(work))))
        self.futures = {self.pool.submit(run_batch, [(str(i), articles[i]) for i in batch], settings.pipeline, None,
                                         settings.batch_size): batch
                        for batch in work}

    def results(self, step: Callable[[int], None], keep: Callable[[int, Briefing], None] | None = None
                ) -> dict[int, Briefing | Exception | str]:
        """Each article's briefing (``keep`` called with it as its batch comes back) or what went wrong."""
        from concurrent.futures import as_completed

        results: dict[int, Briefing | Exception | str] = {}
        for future in as_completed(self.futures):
            batch = self.futures[future]
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

    def close(self) -> None:
        """Stop the workers (those still running finish their batch first; none is waited for past that)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


# characters of text per batch sent to a worker process: large first (spaCy parses a batch of 32 articles with
# about 6% less CPU than in batches of 8), then smaller towards the end, so that the workers finish together
LOCAL_BATCH_CHARS = (20_000, 160_000)  # (least, most): about 8 and 70 news articles
BATCHES_PER_WORKER = 2  # a batch is about this fraction of what is left for each worker


def guided_batches(articles: list[Article], indexes: list[int], jobs: int) -> Iterator[list[int]]:
    """``indexes`` in order, in batches of a size between the bounds of ``LOCAL_BATCH_CHARS`` characters of text,
    each about 1/(``BATCHES_PER_WORKER`` x ``jobs``) of the text still left (guided self-scheduling): few large
    batches while much is left, small ones at the end."""
    from generator.distributed import batches

    least, most = LOCAL_BATCH_CHARS
    return batches(articles, indexes, lambda left: min(most, max(least, left // (BATCHES_PER_WORKER * max(1, jobs)))))


def build_briefings(settings: Settings, report: Callable[[str], None] | None = None
                    ) -> tuple[list[Briefing], list[SourceError], list[Article]]:
    articles, errors = load_articles(settings.seeds_dir, max_bytes=settings.max_bytes,
                                     fallback=settings.encoding_fallback)
    briefings = extract_articles(articles, settings, report, errors)
    errors.sort(key=lambda e: e.path)
    return briefings, errors, articles


def stderr_report(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
