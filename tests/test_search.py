"""generator.search: the Pagefind index of a built site (the real Pagefind binary on small hand-written sites),
its reuse from the cache, and the header override kept in step with the installed Material."""
import json
import logging
from importlib import resources
from pathlib import Path

import pytest

from generator import search

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Menu words everywhere</nav>
<main {mark}><h1>{title}</h1><p>{text}</p>
<span data-pagefind-filter="Section" hidden data-pagefind-ignore>{section}</span></main></body></html>
"""


def write_site(root: Path, pages: dict[str, tuple[str, str, bool]]) -> Path:
    site = root / "site"
    for path, (title, text, marked) in pages.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(PAGE.format(title=title, text=text, section="Politics",
                                      mark="data-pagefind-body" if marked else ""), encoding="utf-8")
    return site


def page_count(site: Path) -> int:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


@pytest.fixture()
def site(tmp_path):
    return write_site(tmp_path, {
        "briefings/a/index.html": ("Budget row", "The chancellor set out the budget.", True),
        "briefings/b/index.html": ("Port strike", "Dock workers ended a strike.", True),
        "tags/index.html": ("Tags", "Every tag listed here.", False),
    })


def test_only_marked_pages_are_indexed_and_the_index_is_replaced_whole(site):
    report = search.index_site(site)
    assert report.pages == 2 and page_count(site) == 2 and report.filters == 1 and not report.reused
    stale = site / "pagefind" / "fragment" / "stale.pf_fragment"
    stale.write_bytes(b"left by an earlier index")
    search.index_site(site)
    assert not stale.exists()  # a new index replaces the folder, nothing of the old one stays
    assert not list(site.parent.glob(".pagefind-*"))  # and no working folder is left beside the site


def test_an_unchanged_site_reuses_the_stored_index_byte_for_byte(site, tmp_path):
    cache = tmp_path / "cache"
    first = search.index_site(site, cache)
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    second = search.index_site(site, cache)
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert not first.reused and second.reused and before == after

    page = site / "briefings" / "b" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("strike", "walkout"), encoding="utf-8")
    assert not search.index_site(site, cache).reused  # an indexed page changed: index again
    (site / "tags" / "index.html").write_text("<p>changed</p>", encoding="utf-8")
    assert search.index_site(site, cache).reused  # a page outside the index does not count
    assert len(list((cache / "search").glob("shard-*"))) == 1  # one stored index is kept


class Remember(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_a_damaged_stored_index_is_indexed_again_with_a_warning(site, tmp_path):
    cache = tmp_path / "cache"
    search.index_site(site, cache)
    stored = next((cache / "search").glob("shard-*"))
    victim = next(stored.glob("fragment/*.pf_fragment"))
    victim.write_bytes(victim.read_bytes()[:10])
    seen = Remember()  # the "briefings" loggers do not propagate (see generator/plugin.py)
    search.log.addHandler(seen)
    try:
        report = search.index_site(site, cache)
    finally:
        search.log.removeHandler(seen)
    assert not report.reused and any("damaged" in m for m in seen.messages)
    assert page_count(site) == 2
    assert search.index_site(site, cache).reused  # stored again, whole


def test_a_stored_index_is_trusted_by_its_recorded_file_states_and_checked_whole_without_them(site, tmp_path):
    cache = tmp_path / "cache"
    search.index_site(site, cache)
    stored = next((cache / "search").glob("shard-*"))
    states = stored / search.STATES
    recorded = json.loads(states.read_text(encoding="utf-8"))
    assert sorted(recorded) == sorted(json.loads((stored / search.MANIFEST).read_text(encoding="utf-8")))
    states.unlink()  # as a shard stored before the record was: read whole, found intact, recorded
    assert search.index_site(site, cache).reused
    assert json.loads(states.read_text(encoding="utf-8")) == recorded
    victim = next(stored.glob("fragment/*.pf_fragment"))  # the same size, other bytes, written since: read
    data = victim.read_bytes()
    victim.write_bytes(bytes([data[0] ^ 1]) + data[1:])
    assert not search.index_site(site, cache).reused


def test_the_digest_of_pages_follows_the_marked_pages_markdown():
    def key(fingerprint, content):
        pages = search.page_digests(fingerprint, {"briefings/a/index.html": f"---\npagefind: true\n---\n# {content}"})
        return [shard.key for shard in search.plan(pages)]

    assert key("fp", "A") == key("fp", "A")
    assert key("fp", "A") != key("fp", "B")
    assert key("fp", "A") != key("other", "A")


def many_pages(tmp_path, n):
    return write_site(tmp_path, {f"briefings/p{i}/index.html": (f"Story {i}", f"Word{i} and the common budget.", True)
                                 for i in range(n)} | {"tags/index.html": ("Tags", "budget", False)})


def shard_folders(site):
    listed = json.loads((site / "pagefind" / search.SHARDS).read_text(encoding="utf-8"))["shards"]
    return [site / "pagefind", *(site / "pagefind" / folder for folder in listed)]


def test_a_large_index_is_split_into_shards_that_hold_every_page_once(tmp_path):
    site = many_pages(tmp_path, 12)
    report = search.index_site(site, shard_pages=3)
    assert report.shards == 4 == report.indexed_shards and report.pages == 12
    counts = []
    for folder in shard_folders(site):
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        counts.append(sum(lang["page_count"] for lang in entry["languages"].values()))
    assert len(counts) == 4 and sum(counts) == 12 and max(counts) < 12
    # under the limit it is one index, as always
    assert search.index_site(site, shard_pages=12).shards == 1 and shard_folders(site) == [site / "pagefind"]


def test_a_changed_page_indexes_only_its_shard_again(tmp_path):
    site = many_pages(tmp_path, 12)
    cache = tmp_path / "cache"
    search.index_site(site, cache, shard_pages=3)
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert search.index_site(site, cache, shard_pages=3).reused
    page = site / "briefings" / "p5" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Word5", "Walkout"), encoding="utf-8")
    report = search.index_site(site, cache, shard_pages=3)
    pages, light = search.site_pages(site)
    shards = search.plan(pages, 3, light)
    home = next(i for i, s in enumerate(shards) if "briefings/p5/index.html" in s.paths)
    assert report.indexed_shards == 1 and report.shards == 4 and report.pages == len(shards[home].paths)
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}

    def folder(path):  # the shard a file of the index belongs to: pagefind/shard-N/..., else the first
        part = path.split("/")[1]
        return part if part.startswith("shard-") else "first"

    changed = {folder(path) for path in set(after) | set(before) if after.get(path) != before.get(path)}
    assert changed == {"first" if home == 0 else f"shard-{shards[home].number}"}
    assert len(list((cache / "search").glob("shard-*"))) == 4  # the replaced shard's old copy is gone


def test_actor_and_commitment_pages_have_shards_of_their_own_and_count_less(tmp_path):
    site = many_pages(tmp_path, 6)
    for i in range(16):  # pages with a Page filter (actor pages) are light
        target = site / "actors" / f"a{i}" / "index.html"
        target.parent.mkdir(parents=True)
        target.write_text(PAGE.format(title=f"Actor {i}", text="budget", section="Politics", mark="data-pagefind-body")
                          .replace("</main>", '<span data-pagefind-filter="Page" hidden>Actor</span></main>'),
                          encoding="utf-8")
    briefing = site / "briefings" / "p0" / "index.html"  # a briefing page's own Page filter: still heavy
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "</main>", '<span data-pagefind-filter="Page" hidden>Briefing</span></main>'), encoding="utf-8")
    pages, light = search.site_pages(site)
    assert len(pages) == 22 and light == {f"actors/a{i}/index.html" for i in range(16)}
    assert len(search.plan(pages, 8, light)) == 1  # 6 briefings + 16 / 8: within 8, one index
    shards = search.plan(pages, 3, light)
    assert [s for s in shards if set(s.paths) <= light] and all(set(s.paths) <= light or not set(s.paths) & light
                                                                   for s in shards)
    assert sorted(p for s in shards for p in s.paths) == sorted(pages)
    report = search.index_site(site, shard_pages=3)
    assert report.shards == len(shards) and report.pages == 22


def test_a_page_stays_in_its_shard_as_the_archive_grows():
    pages = {f"briefings/p{i}/index.html": "d" for i in range(100)}
    where = {path: s.number for s in search.plan(pages, 30) for path in s.paths}
    more = pages | {f"briefings/q{i}/index.html": "d" for i in range(20)}
    assert search.shard_count(len(more), 30) == search.shard_count(len(pages), 30) == 4
    assert all(s.number == where[path] for s in search.plan(more, 30) for path in s.paths if path in where)


def test_a_missing_pagefind_is_a_clear_error(monkeypatch, site):
    import pagefind_bin

    def missing():
        raise FileNotFoundError("no binary")

    monkeypatch.setattr(pagefind_bin, "get_executable", missing)
    with pytest.raises(search.SearchIndexError, match="Pagefind is not installed.*search: false"):
        search.index_site(site)


def test_the_header_override_is_materials_header_with_the_search_button_added():
    """The override copies Material's partials/header.html; when Material is upgraded this shows any change."""
    import material  # type: ignore[import-untyped]

    ours = (search.THEME_DIR / "partials" / "header.html").read_text(encoding="utf-8")
    theirs = (Path(material.__file__).parent / "templates" / "partials" / "header.html").read_text(encoding="utf-8")
    start, end = ours.index("    {% elif config.extra.briefings_search %}"), ours.index("    {% if config.repo_url %}")
    body = ours[ours.index("-#}\n") + 4:start] + "    {% endif %}\n" + ours[end:]
    assert body == theirs[theirs.index("-#}\n") + 4:]
    assert resources.files("generator").joinpath("theme", "assets", "briefings", "search.js").is_file()
