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
    assert len(list((cache / "search").glob("index-*"))) == 1  # one stored index is kept


class Remember(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_a_damaged_stored_index_is_indexed_again_with_a_warning(site, tmp_path):
    cache = tmp_path / "cache"
    search.index_site(site, cache)
    stored = next((cache / "search").glob("index-*"))
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


def test_the_digest_of_pages_follows_the_marked_pages_markdown():
    one = search.pages_digest("fp", {"briefings/a.md": "---\npagefind: true\n---\n# A"})
    assert one == search.pages_digest("fp", {"briefings/a.md": "---\npagefind: true\n---\n# A"})
    assert one != search.pages_digest("fp", {"briefings/a.md": "---\npagefind: true\n---\n# B"})
    assert one != search.pages_digest("other", {"briefings/a.md": "---\npagefind: true\n---\n# A"})


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
