import os

import pytest

from generator import cache as cache_mod
from generator.cache import Cache, cache_key
from generator.model import Briefing


def small() -> Briefing:
    return Briefing(source="s.txt", slug="s", title="T", text="Body.")


def test_key_depends_on_bytes_pipeline_and_extractor_only():
    base = cache_key("abc", "p1", "e1")
    assert base == cache_key("abc", "p1", "e1")
    assert len({base, cache_key("abd", "p1", "e1"), cache_key("abc", "p2", "e1"), cache_key("abc", "p1", "e2")}) == 4


def test_round_trip_and_damaged_entry_is_a_miss(tmp_path):
    c = Cache(tmp_path)
    c.put("ab" * 32, small())
    assert c.get("ab" * 32) == small()
    path = next(tmp_path.rglob("*.json"))
    path.write_text("{not json")
    assert c.get("ab" * 32) is None


def test_an_entry_of_another_shape_with_a_valid_hash_is_a_miss(tmp_path):
    import hashlib
    import json

    from generator.model import Actor
    c = Cache(tmp_path)
    good = small()
    good.actors.append(Actor(id="a", name="A", type="person"))
    c.put("cd" * 32, good)
    assert c.get("cd" * 32) == good
    path = next(tmp_path.rglob("*.json"))
    data = json.loads(path.read_bytes().partition(b"\n")[2])

    def store(d):
        payload = json.dumps(d).encode()
        path.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)

    # a field missing (one with a default, which a looser reader would fill in), an unknown one, at the top or in a
    # record: each is an entry of another version, not this briefing
    for change in (lambda d: d.pop("works"), lambda d: d.update(extra=1), lambda d: d["actors"][0].pop("aliases"),
                   lambda d: d["actors"][0].update(extra=1)):
        d = json.loads(json.dumps(data))
        change(d)
        store(d)
        assert c.get("cd" * 32) is None
    store(data)
    assert c.get("cd" * 32) == good


def test_interrupted_write_leaves_nothing_behind(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_mod.os, "replace", explode)  # interrupted after the data, before the rename
    with pytest.raises(KeyboardInterrupt):
        Cache(tmp_path).put("cd" * 32, small())
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    assert Cache(tmp_path).get("cd" * 32) is None


def test_no_folder_means_no_cache():
    c = Cache(None)
    c.put("ef" * 32, small())
    assert c.get("ef" * 32) is None


def test_a_damaged_build_record_or_stored_output_is_never_used(tmp_path):
    from generator import pagecache

    good = {"inputs": "d1", "files": [["index.md", "output", "ab"], ["briefings/x.md", "cached", "k1"]]}
    pagecache.save_replay(tmp_path, good)
    assert pagecache.load_replay(tmp_path) == good
    for bad in ("[1, 2]", "{", '{"inputs": 3, "files": []}', '{"inputs": "d", "files": [["a", "copied", "k"]]}',
                '"text"', '{"inputs": "d", "files": [["a", "output"]]}'):
        (tmp_path / pagecache.REPLAY).write_text(bad)
        assert pagecache.load_replay(tmp_path) is None, bad
    outputs = pagecache.Outputs(tmp_path)
    digest = outputs.put("<p>data</p>")
    assert outputs.get(digest) == "<p>data</p>"
    (outputs.dir / digest).write_text("<p>altered</p>")
    assert outputs.get(digest) is None and outputs.get("0" * 64) is None
    outputs.put("kept")
    outputs.prune({pagecache.Outputs(tmp_path).put("kept")})
    assert [p.name for p in outputs.dir.iterdir()] == [outputs.put("kept")]


def test_atomic_write_takes_bytes_or_parts_and_leaves_no_temporary_file(tmp_path):
    cache_mod.atomic_write(tmp_path / "one", b"whole")
    cache_mod.atomic_write(tmp_path / "two", iter([b"in ", b"three ", b"parts"]))
    assert (tmp_path / "one").read_bytes() == b"whole"
    assert (tmp_path / "two").read_bytes() == b"in three parts"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]


def test_stored_html_in_its_recorded_state_is_not_read_again_and_a_changed_one_is(tmp_path, monkeypatch):
    from pathlib import Path

    from generator import pagecache

    store = pagecache.PageCache(tmp_path / "pages")
    store.store_html("a.md", "k1", "a/", "<p>stored</p>")
    store.save()
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real(self))
    again = pagecache.PageCache(tmp_path / "pages")
    assert again.hit("a.md", "k1") is not None and reads == []  # as stored: trusted without reading
    html = store.html_path("k1")
    html.write_text("<p>damaged</p>", encoding="utf-8")  # the same size, written since
    os.utime(html, ns=(1, 1))
    assert pagecache.PageCache(tmp_path / "pages").hit("a.md", "k1") is None and reads == ["k1.html"]


def test_a_dirty_build_leaves_a_site_file_it_knows_unread_and_compares_one_written_since(tmp_path, monkeypatch):
    from pathlib import Path

    from generator import pagecache

    site, stored = tmp_path / "site", tmp_path / "stored"
    site.mkdir(), stored.mkdir()
    for name in ("a", "b"):
        (stored / name).write_text(f"page {name}", encoding="utf-8")
        (site / f"{name}.json").write_text(f"page {name}", encoding="utf-8")

    def files(record):
        out = []
        for n in ("a", "b"):
            f = pagecache.CachedPage(f"{n}.json", src_dir=None, dest_dir=str(site), use_directory_urls=True)
            f.abs_src_path = str(stored / n)
            out.append(record.mark(f))
        return out

    pagecache.SiteRecord(tmp_path, str(site), read=False).save(files(pagecache.SiteRecord(tmp_path, str(site))))
    (site / "b.json").write_text("page c", encoding="utf-8")  # the same size, written since the record
    os.utime(site / "b.json", ns=(1, 1))
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real(self))
    a, b = files(pagecache.SiteRecord(tmp_path, str(site)))
    assert not a.is_modified() and reads == []
    assert b.is_modified() and sorted(reads) == ["b", "b.json"]
    reads.clear()
    a, _ = files(pagecache.SiteRecord(tmp_path, str(tmp_path / "elsewhere")))  # a record of another site folder
    assert not a.is_modified() and sorted(reads) == ["a", "a.json"]  # is not used: the files are compared


def test_a_dirty_build_removes_only_what_this_build_did_not_produce(tmp_path):
    from generator import pagecache

    site = tmp_path / "site"
    for name in ("briefings/a/index.html", "briefings/a/data.json", "briefings/gone/index.html",
                 "briefings/gone/deep/x.html", "actors/b/index.html", "other/keep.html"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(name, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.html").write_text("not the site's", encoding="utf-8")
    (site / "briefings" / "linked").symlink_to(outside, target_is_directory=True)
    gone = pagecache.remove_stale_outputs(str(site), ["briefings", "actors"], ["briefings/a/index.html"])
    assert gone == ["actors/b/index.html", "briefings/a/data.json", "briefings/gone/deep/x.html",
                    "briefings/gone/index.html"]
    assert (site / "briefings" / "a" / "index.html").is_file()
    assert not (site / "briefings" / "gone").exists() and not (site / "actors").exists()  # emptied, removed
    assert (site / "other" / "keep.html").is_file()  # not one of the plugin's folders
    assert (outside / "x.html").is_file() and (site / "briefings" / "linked").is_symlink()  # not followed


def test_what_is_read_settled_is_set_aside_from_the_cycle_collector():
    import gc

    from generator.build import settled

    before = gc.get_freeze_count()
    try:
        with settled():
            assert not gc.isenabled()
            kept = [[i] for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def test_a_briefing_keeps_the_json_it_was_stored_as_until_it_is_renamed(tmp_path):
    import dataclasses
    import json

    from generator.model import Actor
    from generator.site import data
    c = Cache(tmp_path)
    b = small()
    b.actors.append(Actor(id="a", name="Zoë Ødegård", type="person"))
    c.put("ef" * 32, b)
    expected = json.dumps(b.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    assert b.stored_json == expected
    got = c.get("ef" * 32)
    assert got is not None and got.stored_json == expected
    assert data.briefing_bytes(got) is got.stored_json  # the data file is not serialised again
    assert dataclasses.replace(got, title="Changed").stored_json is None  # a changed copy has none
    got.rename(got.source, got.slug)
    assert got.stored_json == expected
    got.rename("seeds/copy.txt", "copy")  # the same bytes under another name
    assert got.stored_json is None
    assert json.loads(data.briefing_bytes(got))["slug"] == "copy"
