"""A real `mkdocs build --strict` on a temporary copy of the project: the HTML and the search index."""
import html
import json
import re
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import SAMPLE, make_project, mkdocs_build

HOSTILE = """<script>alert("x")</script> | table | breaker

Ministers said "<img src=x onerror=alert(1)>" was [a link](javascript:alert(1)) and {{ config.site_name }}.

# Not a heading

The Treasury will spend £3bn on <b>schools</b> by 2026, the Chancellor said.
"""


build = mkdocs_build


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("site"), {
        SAMPLE.name: SAMPLE.read_bytes(), "hostile.md": HOSTILE, "broken.txt": b"\xff\xfe\x00\x00binary"})
    proc = build(project)
    assert proc.returncode == 0, proc.stderr
    return project, proc


def page(project: Path, slug: str) -> str:
    return (project / "site" / "briefings" / slug / "index.html").read_text(encoding="utf-8")


def visible(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_sample_briefing_shows_actors_quotes_and_commitment(built):
    project, _ = built
    text = visible(page(project, "000-cc9a268175d66e70"))
    for name in ("John Healey", "Keir Starmer", "Donald Trump", "Institute for Fiscal Studies", "United Kingdom"):
        assert name in text
    assert "the security of our world for a generation." in text
    assert "2.5% of GDP" in text and "2.5 per cent of gross domestic product" in text
    assert "Source: dpa/NAN" in text


def test_pagefind_indexes_the_briefings_actor_and_tracked_commitment_pages_only(built):
    project, proc = built
    site = project / "site"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    marked = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                    if "data-pagefind-body" in p.read_text(encoding="utf-8"))
    briefings = sorted(p.relative_to(site).as_posix() for p in (site / "briefings").glob("*/index.html"))
    actors = sorted(p.relative_to(site).as_posix() for p in (site / "actors").glob("*/index.html"))
    tracked = sorted(p.relative_to(site).as_posix() for p in (site / "commitments").glob("*/index.html"))
    assert marked == sorted(briefings + actors + tracked) and len(briefings) == 2 and tracked
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == len(marked)
    assert not (site / "search" / "search_index.json").exists()  # one index: Material's search is off
    assert re.search(r"search index: \d+ pages", proc.stderr)
    header = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-briefing-search-open' in header and 'href="search/"' in header
    assert "assets/briefings/search.js" in header


def test_home_lists_briefings_and_rejected_article(built):
    project, proc = built
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="briefings/000-cc9a268175d66e70/"' in home
    assert "broken.txt" in visible(home)
    assert "article rejected: seeds/broken.txt" in proc.stderr
    # briefings stay out of the sidebar, and the build log does not list each of them as left out of the nav
    assert home.count("briefings/000-cc9a268175d66e70/") == 1
    assert "not included in the \"nav\"" not in proc.stderr


def test_hostile_article_is_shown_as_text(built):
    project, _ = built
    markup = page(project, "hostile")
    body = markup.split('<article', 1)[1]
    assert "<script>alert" not in markup and "<img src=x" not in body and "<b>schools" not in body
    assert 'href="javascript' not in body
    assert "{{ config.site_name }}" in visible(body)  # shown literally, not rendered
    assert '<h1 id="not-a-heading"' not in body


def test_data_files_are_published_and_identical_across_builds(built, tmp_path):
    project, _ = built
    data = json.loads((project / "site" / "briefings" / "000-cc9a268175d66e70.json").read_text(encoding="utf-8"))
    assert data["slug"] == "000-cc9a268175d66e70"
    schema = json.loads(resources.files("generator").joinpath("schema", "briefing.schema.json").read_text())
    everything = json.loads((project / "site" / "data" / "briefings.json").read_text(encoding="utf-8"))
    assert sorted(b["slug"] for b in everything["briefings"]) == ["000-cc9a268175d66e70", "hostile"]
    for b in everything["briefings"] + [data]:
        jsonschema.validate(b, schema)
    quotes_csv = (project / "site" / "data" / "quotes.csv").read_text(encoding="utf-8")
    assert "the security of our world for a generation." in quotes_csv
    first = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*")
             if (p.suffix in (".json",) or p.name == "index.html" and "briefings" in p.parts)
             and "pagefind" not in p.parts}  # the search index: tests/integration/test_pagecache.py
    shutil.rmtree(project / ".briefing-cache")
    assert build(project).returncode == 0
    second = {p: (project / "site" / p).read_bytes() for p in first}
    assert first == second


def test_fail_on_rejected_fails_the_build(built):
    project, _ = built
    cfg = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(cfg.replace("seeds_dir: seeds", "seeds_dir: seeds\n      fail_on_rejected: true"))
    try:
        proc = build(project)
        assert proc.returncode != 0 and "rejected" in proc.stderr
    finally:
        (project / "mkdocs.yml").write_text(cfg)


def test_removed_article_leaves_no_page_and_broken_links_fail_strict(built):
    project, _ = built
    hostile = project / "seeds" / "hostile.md"
    saved = hostile.read_bytes()
    hostile.unlink()
    try:
        assert build(project).returncode == 0
        assert not (project / "site" / "briefings" / "hostile").exists()
        assert (project / "site" / "briefings" / "000-cc9a268175d66e70" / "index.html").exists()
        (project / "docs" / "broken.md").write_text("# Broken\n\n[nowhere](missing.md)\n")
        proc = build(project)
        assert proc.returncode != 0 and "missing.md" in proc.stderr
    finally:
        hostile.write_bytes(saved)
        (project / "docs" / "broken.md").unlink(missing_ok=True)


@pytest.mark.parametrize("change, warned", [
    (("      seeds_dir: seeds", "      seeds_dir: seeds\n      search: false"), False),
    (("plugins:\n", "plugins:\n  - search\n"), True),  # Material's own search listed: it stays, alone
])
def test_without_pagefind_search_the_site_has_no_index_page_or_button(tmp_path, change, warned):
    project = make_project(tmp_path, {SAMPLE.name: SAMPLE.read_bytes()})
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace(*change, 1))
    proc = build(project)
    assert proc.returncode == 0, proc.stderr
    site = project / "site"
    assert not (site / "pagefind").exists() and not (site / "search" / "index.html").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "data-briefing-search-open" not in home and "data-pagefind" not in home
    assert ("gets no Pagefind index" in proc.stderr) == warned
    assert (site / "search" / "search_index.json").exists() == warned
