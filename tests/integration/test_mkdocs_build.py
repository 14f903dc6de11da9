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


def test_search_index_finds_actors_quotes_and_commitment(built):
    project, _ = built
    index = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = [d for d in index["docs"] if d["location"].startswith("briefings/000-cc9a268175d66e70/")]
    blob = html.unescape(" ".join(d["title"] + " " + d["text"] for d in docs))
    for needle in ("John Healey", "Keir Starmer", "We’re in a new era of threat", "2.5% of GDP", "Tore Sandvik"):
        assert needle in blob


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
             if p.suffix in (".json",) or p.name == "index.html" and "briefings" in p.parts}
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
