"""The extract command's output: JSON Lines that match the published schema and that the scorer reads."""
import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from tests.conftest import ROOT, SAMPLE, SHARED


def run_extract(*files, cache=None):
    args = [sys.executable, "-m", "generator", "extract", "--quiet", "--cache-dir", str(cache or ""), *map(str, files)]
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory):
    proc = run_extract(SAMPLE, cache=tmp_path_factory.mktemp("cache"))
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_output_validates_against_the_published_schema(sample_output):
    schema = json.loads(resources.files("generator").joinpath("schema", "briefing.schema.json").read_text())
    lines = sample_output.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    jsonschema.validate(data, schema)
    assert data["source"] == str(SAMPLE)
    names = {a["name"] for a in data["actors"]}
    assert {"John Healey", "Keir Starmer", "United Kingdom"} <= names


def test_sample_commitment_is_normalised(sample_output):
    data = json.loads(sample_output)
    gdp = [c for c in data["commitments"] if c["amount"] and c["amount"]["unit"] == "percent_gdp"]
    assert [c["amount"]["value"] for c in gdp] == [2.5]
    assert gdp[0]["kind"] == "pledge" and gdp[0]["sector"] == "defence"


def test_bad_file_is_reported_and_the_rest_still_extracted(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    proc = run_extract(bad, SAMPLE, cache=tmp_path / "c")
    assert proc.returncode == 1
    assert "empty.txt: the file is empty" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_cached_and_fresh_output_are_identical(tmp_path, sample_output):
    cache = tmp_path / "c"
    first = run_extract(SAMPLE, cache=cache).stdout
    second = run_extract(SAMPLE, cache=cache).stdout
    assert first == second == sample_output
    assert len(list(cache.rglob("*.json"))) == 1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not beside this checkout")
def test_scorer_runs_on_the_output(tmp_path, sample_output):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(sample_output)
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "eval" / "dev"),
                           "--pred", str(pred), "--json"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert "000_cc9a268175d66e70.txt" not in result["missing"]


def test_shards_split_the_files_without_overlap_and_fill_the_cache(tmp_path):
    from generator import cli

    names = [f"seeds/article-{i}.txt" for i in range(40)]
    shards = [[n for n in names if cli._in_shard(n, (k, 3))] for k in (1, 2, 3)]
    assert sorted(sum(shards, [])) == sorted(names)  # every file in exactly one shard
    assert all(shards)
    cache = tmp_path / "c"
    article = tmp_path / "a.txt"
    article.write_bytes(SAMPLE.read_bytes())
    k = next(k for k in (1, 2) if cli._in_shard(str(article), (k, 2)))
    proc = run_extract(article, "--shard", f"{k}/2", "--no-output", cache=cache)
    assert proc.returncode == 0 and proc.stdout == ""
    assert len(list(cache.rglob("*.json"))) == 1
    other = run_extract(article, "--shard", f"{3 - k}/2", cache=tmp_path / "d")
    assert other.returncode == 0 and other.stdout == "" and not (tmp_path / "d").exists()


@pytest.mark.parametrize("value", ["0/2", "3/2", "x"])
def test_a_bad_shard_is_a_usage_error(value):
    proc = run_extract(SAMPLE, "--shard", value)
    assert proc.returncode == 2 and "--shard" in proc.stderr
