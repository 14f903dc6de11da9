"""Extraction on a Dask cluster (``dask.distributed``): from a laptop (``scheduler: local`` starts a
``LocalCluster``) to many machines (``dask scheduler`` and ``dask worker``, dask-jobqueue, Kubernetes ...).

The client sends batches of articles (never the spaCy pipeline) to the workers; each worker process loads the
pipeline once (``nlp.load_pipeline`` is cached per process), parses and extracts its batch, writes each
briefing into the content-addressed cache when the cache folder is reachable from it (shared storage), and
returns only the briefings' JSON. The client checks that the workers run the same pipeline and extractor as
itself (else their results would not match the cache keys), stores what it gets in its own cache, and gives
the briefings in the articles' order: the same bytes as a local run.

Faults: a worker that dies mid-batch loses nothing but time (the scheduler runs the batch again on another
worker; cache writes are atomic, so a half-written entry never exists); an unreachable scheduler, a cluster
without the pipeline, or workers with other versions are errors that say so.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator import EXTRACTOR_VERSION
from generator.model import Briefing
from generator.pipeline import PipelineError
from generator.sources import Article

BATCH_CHARS = 40_000  # characters of article text in one task (about 15 news articles)
CONNECT_TIMEOUT = "10s"
WAIT_FOR_WORKERS = 60  # seconds a cluster with no worker yet is given


class ClusterError(PipelineError):
    """The Dask cluster cannot be used (unreachable, or its workers cannot run this extraction)."""


def batches(articles: list[Article], indexes: list[int], size: int | Callable[[int], int] | None = None
            ) -> Iterator[list[int]]:
    """``indexes`` in batches of about ``size`` (default BATCH_CHARS) characters of text, at least one article
    each, in order. ``size`` may be a function of the characters still left when a batch starts."""
    size = BATCH_CHARS if size is None else size
    size_of = size if callable(size) else (lambda _left, n=size: n)
    left = sum(len(articles[i].text) for i in indexes)
    batch: list[int] = []
    used = limit = 0
    for i in indexes:
        if batch and used + len(articles[i].text) > limit:
            yield batch
            batch, used = [], 0
        if not batch:
            limit = size_of(left)
        batch.append(i)
        used += len(articles[i].text)
        left -= len(articles[i].text)
    if batch:
        yield batch


def run_batch(items: list[tuple[str, Article]], pipeline_name: str, cache_dir: str | None, batch_size: int = 32
              ) -> tuple[str, str, list[tuple[str, dict[str, Any] | str]]]:
    """On a worker: (pipeline id, extractor version, per article (cache key, briefing JSON or error text))."""
    from generator import nlp, pipeline
    from generator.cache import Cache
    from generator.extract import error_text, extract_each

    pid = pipeline.pipeline_id(pipeline_name)
    folder = Path(cache_dir) if cache_dir and Path(cache_dir).is_dir() else None
    cache = Cache(folder)
    docs = nlp.parse((a.text for _, a in items), pipeline_name, batch_size=batch_size)
    out: list[tuple[str, dict[str, Any] | str]] = []
    for (key, _), value in zip(items, extract_each([a for _, a in items], docs, pid), strict=True):
        if isinstance(value, Exception):
            out.append((key, error_text(value)))
            continue
        if folder is not None:
            cache.put(key, value)
        out.append((key, value.to_json()))
    return pid, EXTRACTOR_VERSION, out


def _client(address: str) -> tuple[Any, Any]:
    """A client of the scheduler at ``address`` ("local": a new LocalCluster, one single-threaded worker
    process per core), and the cluster to close afterwards (None for a remote one)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - installed with the project
        raise ClusterError(f"Dask is not installed ({exc}); run `make site` or "
                           "pip install 'dask[distributed]'") from None
    if address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: {exc}); "
                           "check the address (tcp://HOST:8786) and that `dask scheduler` runs there") from None


def extract_on_cluster(address: str, articles: list[Article], keys: list[str], todo: list[int], pipeline_name: str,
                       pid: str, cache_dir: Path | None, step: Callable[[int], None]
                       ) -> dict[int, Briefing | str]:
    """Briefings (or an error text) for the articles at ``todo``, by index, extracted on the cluster."""
    from dask.distributed import as_completed

    client, cluster = _client(address)
    try:
        if not client.scheduler_info().get("workers"):
            try:
                client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
            except TimeoutError:
                raise ClusterError(f"no Dask worker joined the scheduler at {address} within {WAIT_FOR_WORKERS} s; "
                                   "start workers with `dask worker ADDRESS --nthreads 1`") from None
        where = str(cache_dir.resolve()) if cache_dir is not None else None
        futures = {}
        for batch in batches(articles, todo):
            items = [(keys[i], articles[i]) for i in batch]
            future = client.submit(run_batch, items, pipeline_name, where, pure=False)
            futures[future] = batch
        results: dict[int, Briefing | str] = {}
        for future in as_completed(futures):
            batch = futures[future]
            try:
                worker_pid, extractor, out = future.result()
            except PipelineError as exc:
                raise ClusterError(f"the cluster's workers cannot load the pipeline: {exc}") from None
            except Exception as exc:  # KilledWorker (a batch that killed every worker it ran on), lost connection
                raise ClusterError(f"a batch of {len(batch)} article(s) failed on the cluster at {address} "
                                   f"({type(exc).__name__}: {str(exc)[:300]})") from None
            if worker_pid != pid or extractor != EXTRACTOR_VERSION:
                raise ClusterError(f"the workers run {worker_pid} with extractor {extractor}; this machine runs "
                                   f"{pid} with {EXTRACTOR_VERSION}: install the same versions on every machine")
            for i, (key, value) in zip(batch, out, strict=True):
                assert key == keys[i]
                results[i] = Briefing.from_json(value) if isinstance(value, dict) else value
            step(len(batch))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
