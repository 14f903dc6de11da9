"""The article memo: a rebuild reads only the article files that changed since the last build."""
import json
import os

import pytest

from generator import seedmemo, sources
from generator.seedmemo import SeedMemo
from generator.sources import load_articles

A = "Council backs new library\n\nThe council said it would spend £4m on a library.\n"
B = "---\ntitle: Port strike ends\ndate: 2025-02-18\ntags: [ports]\n---\nDock workers ended a strike, the union said.\n"


def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.md").write_text(B, encoding="utf-8")
    (folder / "a.md").write_text(A.replace("£4m", "£5m"), encoding="utf-8")  # same slug as a.txt: "a-2"
    (folder / "bad.txt").write_bytes(b"")
    return folder


def load(folder, cache, stamp="v1"):
    memo = SeedMemo(cache, stamp)
    articles, errors = load_articles(folder, memo=memo)
    memo.save()
    return articles, errors


def fields(a):
    return (a.source, a.slug, a.title, a.date, a.credit, a.url, a.tags, a.warnings, a.title_from_text, a.digest, a.path)


@pytest.fixture()
def settled_files(monkeypatch):
    monkeypatch.setattr(seedmemo, "RACY_NS", 0)  # files written by the test count as settled at once


def test_files_as_they_were_are_not_read_again_and_give_the_same_articles(tmp_path, monkeypatch, settled_files):
    folder, cache = seeds(tmp_path), tmp_path / "cache"
    first, errors = load(folder, cache)
    assert not any(a.light for a in first) and len(errors) == 1  # the empty file is rejected each time
    assert any("is taken by" in w for a in first for w in a.warnings)

    read = sources.read_article

    def no_read(path, *args, **kwargs):
        assert path.name == "bad.txt", f"{path} is unchanged and was read"
        return read(path, *args, **kwargs)
    monkeypatch.setattr(sources, "read_article", no_read)
    again, errors_again = load(folder, cache)
    assert all(a.light and a.text == "" for a in again)
    assert [fields(a) for a in again] == [fields(a) for a in first]  # slug "a-2" and its warning again
    assert [(e.path, e.reason) for e in errors_again] == [(e.path, e.reason) for e in errors]


def test_an_edited_file_is_read_again_even_with_its_size_and_time_put_back(tmp_path, settled_files):
    folder, cache = seeds(tmp_path), tmp_path / "cache"
    load(folder, cache)
    seed = folder / "a.txt"
    before = seed.stat()
    seed.write_text(A.replace("£4m", "£7m"), encoding="utf-8")
    assert seed.stat().st_size == before.st_size
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time still moves
    again, _ = load(folder, cache)
    edited = next(a for a in again if a.source.endswith("a.txt"))
    assert not edited.light and "£7m" in edited.text
    assert all(a.light for a in again if a is not edited)


def test_a_file_changed_just_before_a_build_is_read_again_next_time(tmp_path):
    folder, cache = seeds(tmp_path), tmp_path / "cache"
    load(folder, cache)  # every file was written a moment ago: a second write could leave its times as they are
    again, _ = load(folder, cache)
    assert not any(a.light for a in again)


def test_another_code_or_option_or_a_damaged_memo_reads_every_file(tmp_path, settled_files, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(seedmemo.log, "warning", lambda msg, *args: warned.append(msg % args))
    folder, cache = seeds(tmp_path), tmp_path / "cache"
    load(folder, cache, "v1")
    assert not any(a.light for a in load(folder, cache, "v2")[0])  # and the memo is now v2's
    assert all(a.light for a in load(folder, cache, "v2")[0])
    memo = cache / seedmemo.MEMO
    entry = json.loads(memo.read_text(encoding="utf-8"))
    entry["files"]["seeds/a.txt"][2]["title"] = 3  # wrong shape
    entry["files"]["seeds/b.md"] = 7  # not an entry at all
    memo.write_text(json.dumps(entry), encoding="utf-8")
    again, _ = load(folder, cache, "v2")
    assert [a.light for a in again] == [True, False, False]  # a.txt and b.md are read; their entries made again
    memo.write_text("{not json", encoding="utf-8")
    assert not any(a.light for a in load(folder, cache, "v2")[0])
    assert any("cannot be read" in w for w in warned)
    memo.unlink()
    memo.mkdir()  # a folder where the memo goes
    load(folder, cache, "v2")
    assert memo.is_file()
