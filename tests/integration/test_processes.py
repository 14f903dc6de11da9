"""Extraction in local worker processes (``jobs`` > 1): the same briefings, in the same order, as one process;
a pipeline that is not installed is the same clear error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.build import Settings, extract_articles
from generator.config import PARALLEL_MIN
from generator.pipeline import PipelineError
from generator.sources import parse_article

pytestmark = pytest.mark.slow
PEOPLE = ["Ann Healey", "Raj Carter", "Ngozi Okafor", "Eva Lindqvist", "Paul Moreau", "Kenji Tanaka"]


def articles(n: int):
    out = []
    for i in range(n):
        who = PEOPLE[i % len(PEOPLE)]
        text = (f"Budget talks {i}\n\n{who}, the finance minister, said on Monday that the government would spend "
                f"£{i + 1}m on {i + 2} new schools.\n\n\"We will not cut the budget,\" {who.split()[1]} said.\n")
        out.append(parse_article(text.encode("utf-8"), f"a{i:03d}.txt", f"a{i:03d}"))
    return out


def test_worker_processes_give_the_same_briefings_in_order_as_one_process():
    batch = articles(PARALLEL_MIN + 3)  # enough for the worker processes to be used
    two = extract_articles(batch, Settings(cache_dir=None, jobs=2))
    one = extract_articles(batch, Settings(cache_dir=None, jobs=1))
    assert [b.source for b in two] == [a.source for a in batch]
    assert [json.dumps(b.to_json(), sort_keys=True) for b in two] == \
        [json.dumps(b.to_json(), sort_keys=True) for b in one]
    assert two[5].commitments and two[5].commitments[0].amount.value == 6e6


def test_batches_for_worker_processes_are_large_first_and_small_at_the_end_every_article_once_in_order():
    from generator.build import LOCAL_BATCH_CHARS, guided_batches

    least, most = LOCAL_BATCH_CHARS
    batch = [parse_article(f"Talks {i}\n\n{'Word ' * (300 + 97 * (i % 7))}\n".encode(), f"a{i}.txt", f"a{i}")
             for i in range(600)]
    made = list(guided_batches(batch, list(range(len(batch))), 2))
    assert [i for b in made for i in b] == list(range(len(batch)))
    sizes = [sum(len(batch[i].text) for i in b) for b in made]
    assert max(sizes) <= most and sizes[0] > 3 * sizes[-2]  # the last one may be what is left over
    longest = max(len(a.text) for a in batch)
    assert all(s > least - longest for s in sizes[:-1])  # a batch closes before the article that would overfill it
    assert [len(b) for b in guided_batches(batch, [5, 3], 2)] == [2]  # little text: one batch, as given


def test_a_missing_pipeline_is_a_clear_error_with_worker_processes_too():
    with pytest.raises(PipelineError, match="not_a_pipeline"):
        extract_articles(articles(PARALLEL_MIN), Settings(cache_dir=None, jobs=2, pipeline="not_a_pipeline"))


def test_worker_processes_put_each_batch_in_the_cache_as_it_comes_back(tmp_path, monkeypatch):
    """An interrupted run (a killed build, a full disk) keeps what was parsed before it stopped."""
    from generator import build
    from generator.build import LOCAL_BATCH_CHARS

    filler = "\n\nThe talks went on late into the night, officials said." * 30  # several batches' worth
    batch = [parse_article((f"Budget talks {i}\n\n{a.text}{filler}").encode(), a.source, a.slug)
             for i, a in enumerate(articles(PARALLEL_MIN + 3))]
    assert sum(len(a.text) for a in batch) > 4 * LOCAL_BATCH_CHARS[0]
    cache_dir = tmp_path / "cache"
    in_cache: list[int] = []
    step = build.Progress.step

    def counting(self, n=1):  # called once per batch that came back
        in_cache.append(sum(1 for _ in cache_dir.rglob("*.json")))
        step(self, n)

    monkeypatch.setattr(build.Progress, "step", counting)
    made = extract_articles(batch, Settings(cache_dir=cache_dir, jobs=2))
    assert len(made) == len(batch) and len(in_cache) > 2
    assert 0 < in_cache[0] < len(batch) and in_cache == sorted(in_cache) and in_cache[-1] == len(batch)


def test_new_articles_are_parsed_beside_the_reading_of_the_cache_and_this_process_loads_no_pipeline(
        tmp_path, monkeypatch):
    """A site build with a few new articles among many cached ones (``beside``): the new ones go to a worker
    process, which parses them while this process reads the cache; the same briefings as one process, in order,
    and in the cache afterwards."""
    from generator import build, nlp

    batch = articles(12)
    cache_dir = tmp_path / "cache"
    extract_articles(batch[:10], Settings(cache_dir=cache_dir, jobs=1))  # ten cached
    monkeypatch.setattr(build, "BESIDE_MIN", 10)
    nlp.load_pipeline.cache_clear()
    read: list[int] = []
    get = build.Cache.get

    def reading(self, key):  # the worker was started before the cache is read
        read.append(len(workers))
        return get(self, key)

    workers: list[object] = []
    start = build.Workers.__init__

    def starting(self, *args):
        workers.append(self)
        start(self, *args)

    monkeypatch.setattr(build.Cache, "get", reading)
    monkeypatch.setattr(build.Workers, "__init__", starting)
    made = extract_articles(batch, Settings(cache_dir=cache_dir, jobs=2), beside=True)
    assert len(workers) == 1 and read and all(n == 1 for n in read)
    assert nlp.load_pipeline.cache_info().currsize == 0  # parsed in the worker only
    one = extract_articles(batch, Settings(cache_dir=None, jobs=1))
    assert [json.dumps(b.to_json(), sort_keys=True) for b in made] == \
        [json.dumps(b.to_json(), sort_keys=True) for b in one]
    # both new ones are in the cache now: nothing is parsed again
    workers.clear()
    again = extract_articles(batch, Settings(cache_dir=cache_dir, jobs=2), beside=True)
    assert not workers and [b.source for b in again] == [a.source for a in batch]


def test_an_article_gone_since_it_was_listed_is_reported_once_when_parsing_beside(tmp_path, monkeypatch):
    """A light article (known from the article memo) whose briefing is not cached and whose file went away meanwhile
    is one error, not one for each place that tries to read it."""
    from generator import build, seedmemo
    from generator.cache import Cache, cache_key
    from generator.seedmemo import SeedMemo
    from generator.sources import load_articles

    monkeypatch.setattr(seedmemo, "RACY_NS", 0)  # files written by the test count as settled at once
    monkeypatch.setattr(build, "BESIDE_MIN", 5)
    folder = tmp_path / "seeds"
    folder.mkdir()
    for a in articles(8):
        (folder / a.source).write_text(a.text, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    settings = Settings(seeds_dir=folder, cache_dir=cache_dir, jobs=2)
    for _ in range(2):  # the second listing is made from the memo: light articles
        memo = SeedMemo(cache_dir, "v1")
        listed, errors = load_articles(folder, memo=memo)
        memo.save()
        extract_articles(listed, settings)
    assert all(a.light for a in listed) and not errors
    from generator import EXTRACTOR_VERSION, pipeline
    gone, new = listed[0], listed[1]
    pid = pipeline.pipeline_id(settings.pipeline)
    for a in (gone, new):
        Cache(cache_dir)._path(cache_key(a.digest, pid, EXTRACTOR_VERSION)).unlink()
    Path(gone.path).unlink()
    failed: list = []
    made = extract_articles(listed, settings, failed=failed, beside=True)
    assert [e.path for e in failed] == [gone.source]
    assert len(made) == 7 and new.source in {b.source for b in made}
