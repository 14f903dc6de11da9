"""The page cache: real MkDocs builds, warm and dirty, against a full build of the same seeds."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, make_project, mkdocs_build

ARTICLE_B = """Council backs new library

The city council said on Monday that it would spend £4m on a new library by 2027.
"We have waited long enough," said council leader Maria Ortiz.
She added that the building would open in the spring.
"""

ARTICLE_C = """Port strike ends

Dock workers in Rotterdam ended a two-week strike on Tuesday, the union FNV said.
"The deal protects every job," union spokesman Jan de Vries said.
"""


# Pagefind writes its filter and page-list files in a different byte order on each run (upstream issue #638;
# its index chunks and fragments are stable), so two builds that each ran Pagefind are compared on those files'
# names by kind and on the page count; a build that reused the stored index gives the same bytes.
_UNSTABLE = re.compile(r"pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)")


def snapshot(project: Path) -> dict[str, bytes]:
    site = project / "site"
    out: dict[str, bytes] = {}
    for p in sorted(site.rglob("*")):
        if not p.is_file():
            continue
        name = p.relative_to(site).as_posix()
        if _UNSTABLE.fullmatch(name):
            kind = name.rsplit(".", 1)[-1]
            out[f"pagefind/<{kind} files>"] = out.get(f"pagefind/<{kind} files>", b"") + b"+"
            if name.endswith("pagefind-entry.json"):
                entry = json.loads(p.read_bytes())
                out[name] = repr({k: v["page_count"] for k, v in entry["languages"].items()}).encode()
            continue
        out[name] = p.read_bytes()
    return out


def from_cache(proc: subprocess.CompletedProcess) -> int:
    found = re.search(r"(\d+) pages unchanged \(from the page cache\)", proc.stderr)
    assert found, proc.stderr
    return int(found.group(1))


def dirty_build(project: Path) -> subprocess.CompletedProcess:
    # not --strict: MkDocs itself warns that a dirty build is a development aid
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--dirty"], cwd=project,
                          capture_output=True, text=True, env=env)


def full_build_of(project: Path, where: Path) -> dict[str, bytes]:
    """A build of the same project from nothing: no extraction cache, no page cache, no site."""
    copy = where / "fresh"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site", ".briefing-cache"))
    proc = mkdocs_build(copy)
    assert proc.returncode == 0, proc.stderr
    return snapshot(copy)


@pytest.fixture()
def project(tmp_path):
    project = make_project(tmp_path, {SAMPLE.name: SAMPLE.read_bytes(), "b.txt": ARTICLE_B, "c.txt": ARTICLE_C})
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("site_name: Briefings", "site_name: Briefings\nsite_url: https://example.org/briefs/"))
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert from_cache(proc) == 0
    pages = project / ".briefing-cache" / "pages"
    assert (pages / "html").is_dir() and not (pages / "markdown").exists()  # rendered pages' Markdown: gone
    return project


def test_warm_build_copies_every_unchanged_page_and_gives_the_same_site(project):
    cold = snapshot(project)
    cold_entry = (project / "site" / "pagefind" / "pagefind-entry.json").read_bytes()
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert from_cache(proc) >= 3  # at least the three briefing pages
    assert snapshot(project) == cold  # HTML, search index, sitemap, data
    assert (project / "site" / "pagefind" / "pagefind-entry.json").read_bytes() == \
        cold_entry  # the stored search index was reused: byte for byte
    sitemap = (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.org/briefs/briefings/b/" in sitemap


def test_changed_article_is_rendered_again_like_a_full_build(project, tmp_path):
    before = from_cache(mkdocs_build(project))
    seed = project / "seeds" / "b.txt"
    seed.write_text(ARTICLE_B + "\nThe library will hold 90,000 books, Ms Ortiz said.\n", encoding="utf-8")
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert 0 < from_cache(proc) < before
    assert "90,000 books" in (project / "site" / "briefings" / "b" / "index.html").read_text(encoding="utf-8")
    assert snapshot(project) == full_build_of(project, tmp_path)


def test_config_change_renders_every_page_again(project):
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("site_name: Briefings", "site_name: Policy Desk"))
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert from_cache(proc) == 0
    assert "Policy Desk" in (project / "site" / "briefings" / "b" / "index.html").read_text(encoding="utf-8")


def test_dirty_build_matches_a_full_build_after_edit_and_removal(project, tmp_path):
    (project / "seeds" / "c.txt").unlink()
    seed = project / "seeds" / "b.txt"
    seed.write_text(ARTICLE_B.replace("£4m", "£6m"), encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    assert from_cache(proc) >= 1
    assert not (project / "site" / "briefings" / "c").exists()
    assert not (project / "site" / "briefings" / "c.json").exists()
    dirty = snapshot(project)
    full = full_build_of(project, tmp_path)
    assert dirty == full


def test_page_cache_off_renders_everything_and_gives_the_same_site(project):
    """With the page cache the site is made one file at a time, data files are copied from the cache and the
    rendered pages' text is kept compressed between MkDocs' steps; without it, none of that: the same bytes."""
    with_cache = snapshot(project)
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("      seeds_dir: seeds", "      seeds_dir: seeds\n      page_cache: false"))
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "from the page cache" not in proc.stderr
    assert snapshot(project) == with_cache


def test_dirty_build_after_an_interrupted_build_gives_the_full_build(project, tmp_path):
    """A build killed after writing a changed page (then the change reverted) leaves a page newer than the cached
    one, and a page of an article that is gone; MkDocs' --dirty keeps a newer file, this must not."""
    site = project / "site"
    page = site / "briefings" / "b" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("£4m", "£9m"), encoding="utf-8")  # the killed build's
    stray = site / "briefings" / "gone" / "index.html"
    stray.parent.mkdir()
    stray.write_text("<p>an article removed while the build was killed</p>", encoding="utf-8")
    (site / "actors" / "gone.json").parent.mkdir(exist_ok=True)
    (site / "actors" / "gone.json").write_text("{}", encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    assert from_cache(proc) >= 3
    assert snapshot(project) == full_build_of(project, tmp_path)


def test_dirty_build_without_page_cache_removes_what_a_removed_article_left(project, tmp_path):
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("      seeds_dir: seeds", "      seeds_dir: seeds\n      page_cache: false"))
    assert mkdocs_build(project).returncode == 0
    (project / "seeds" / "c.txt").unlink()
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    site = project / "site"
    assert not (site / "briefings" / "c").exists() and not (site / "briefings" / "c.json").exists()
    dirty, full = snapshot(project), full_build_of(project, tmp_path)
    assert sorted(dirty) == sorted(full)  # no file of the removed article, nor of its actors, is left
    assert {k: v for k, v in dirty.items() if k.startswith("briefings/")} == \
           {k: v for k, v in full.items() if k.startswith("briefings/")}


def test_damaged_caches_are_misses_and_the_site_is_the_full_build(project, tmp_path):
    cache = project / ".briefing-cache"
    manifest_path = cache / "pages" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    pages = manifest["pages"]
    b_key = pages["briefings/b.md"]["key"]
    (cache / "pages" / "html" / f"{b_key}.html").write_text("<p>overwritten</p>", encoding="utf-8")
    pages["briefings/c.md"] = ["not", "an", "entry"]  # wrong type
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    entries = sorted(p for p in cache.rglob("*.json") if "pages" not in p.parts)
    assert len(entries) >= 3
    entries[0].unlink()
    entries[0].mkdir()  # a folder where an entry should be
    entries[1].write_text('{"title": 3, "actors": "none"}', encoding="utf-8")  # valid JSON, wrong shape
    entries[2].write_bytes(entries[2].read_bytes().replace(b'"title"', b'"titel"'))  # edited after writing
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "damaged" in proc.stderr and "rendering it again" in proc.stderr
    assert b"overwritten" not in (project / "site" / "briefings" / "b" / "index.html").read_bytes()
    assert snapshot(project) == full_build_of(project, tmp_path)
    assert entries[0].is_file()  # rewritten


def test_compiled_templates_are_kept_and_a_damaged_one_is_compiled_again(project, tmp_path):
    stored = sorted((project / ".briefing-cache" / "templates").iterdir())
    assert len(stored) >= 10  # the theme's and the plugin's
    header = stored[0].read_bytes()[:40]
    stored[0].write_bytes(header + b"not a pickle")  # a right header, then nothing Jinja can read
    for p in stored[1:]:
        p.write_bytes(b"damaged")
    cfg = project / "mkdocs.yml"  # every page rendered again: every template read from the store
    cfg.write_text(cfg.read_text().replace("site_name: Briefings", "site_name: Policy Desk"))
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert all(p.read_bytes() != b"damaged" for p in stored[1:])  # compiled and stored anew
    assert snapshot(project) == full_build_of(project, tmp_path)


def test_two_builds_at_once_both_finish_with_the_full_build(project, tmp_path):
    (project / "seeds" / "b.txt").write_text(ARTICLE_B.replace("£4m", "£5m"), encoding="utf-8")  # work to do
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    procs = [subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert snapshot(project) == full_build_of(project, tmp_path)


def test_a_build_with_nothing_changed_replays_the_last_one_unless_a_stored_file_is_gone(project, tmp_path):
    cold = snapshot(project)
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "nothing changed since the last build" in proc.stderr
    assert snapshot(project) == cold
    # a stored data file removed (or altered): the build is made again, the same site
    outputs = sorted((project / ".briefing-cache" / "pages" / "outputs").iterdir())
    assert outputs
    outputs[0].unlink()
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "nothing changed" not in proc.stderr and from_cache(proc) >= 3
    assert snapshot(project) == cold
    # an article renamed: same bytes, another page: built again
    (project / "seeds" / "c.txt").rename(project / "seeds" / "d.txt")
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "nothing changed" not in proc.stderr
    assert (project / "site" / "briefings" / "d" / "index.html").is_file()
    assert snapshot(project) == full_build_of(project, tmp_path)


def not_made_all(proc: subprocess.CompletedProcess) -> tuple[int, int, int]:
    """(actor and quotes pages, briefing pages, feeds) known from the page memo, as the build's log says."""
    found = re.search(r"(\d+) actor and quotes pages, (\d+) briefing pages and (\d+) feeds not made again",
                      proc.stderr)
    assert found, proc.stderr
    actors, briefings, feeds = (int(n) for n in found.groups())
    return actors, briefings, feeds


def not_made(proc: subprocess.CompletedProcess) -> int:
    return not_made_all(proc)[1]


def not_made_actors(proc: subprocess.CompletedProcess) -> int:
    return not_made_all(proc)[0]


def test_actor_and_quotes_pages_are_made_again_only_when_what_they_show_changed(project, tmp_path):
    seeds = project / "seeds"
    page = project / "site" / "actors" / "maria-ortiz" / "index.html"
    quote = '"We will help the port," said council leader Maria Ortiz.\n'
    (seeds / "c.txt").write_text(ARTICLE_C + quote, encoding="utf-8")  # b and c: she gets a page
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert "We will help the port" in page.read_text(encoding="utf-8")
    # an article she is not in changes: her page is known from the memo, not made again
    sample = seeds / SAMPLE.name
    sample.write_text(sample.read_text(encoding="utf-8") + "\nThe talks resume next week.\n", encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    actors, _, feeds = not_made_all(proc)
    assert actors >= 1
    assert feeds >= 1  # hers: the sample article is not in it
    assert snapshot(project) == full_build_of(project, tmp_path)
    # one of her quotes changes and the article gets a new headline: her page and her feed are made again
    feed = project / "site" / "feeds" / "actors" / "maria-ortiz.xml"
    assert "Port strike ends" in feed.read_text(encoding="utf-8")
    (seeds / "c.txt").write_text(ARTICLE_C.replace("Port strike ends", "Dock strike over")
                                 + quote.replace("help the port", "rebuild the docks"), encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    shown = page.read_text(encoding="utf-8")
    assert "We will rebuild the docks" in shown and "help the port" not in shown
    assert "Dock strike over" in feed.read_text(encoding="utf-8")
    quotes = "".join(p.read_text(encoding="utf-8") for p in (project / "site" / "quotes").rglob("*.html"))
    assert "We will rebuild the docks" in quotes and "help the port" not in quotes
    shutil.rmtree(tmp_path / "fresh")
    assert snapshot(project) == full_build_of(project, tmp_path)


def test_a_briefing_page_is_made_again_only_when_its_briefing_or_a_link_on_it_changed(project, tmp_path):
    seeds, b_page = project / "seeds", project / "site" / "briefings" / "b" / "index.html"
    (seeds / "c.txt").write_text(ARTICLE_C + "The port reopened on Wednesday.\n", encoding="utf-8")
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert not_made(proc) == 2  # the sample's and b's: their briefings and the links on them are as they were
    assert "actors/maria-ortiz/" not in b_page.read_text(encoding="utf-8")  # one briefing: no actor page
    # c now quotes Maria Ortiz too: she gets an actor page, which b's page (its article unchanged) must link to
    (seeds / "c.txt").write_text(ARTICLE_C + '"We will help the port," said council leader Maria Ortiz.\n',
                                 encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    assert not_made(proc) == 1  # the sample's
    assert "actors/maria-ortiz/" in b_page.read_text(encoding="utf-8")
    assert snapshot(project) == full_build_of(project, tmp_path)


def unread(proc: subprocess.CompletedProcess) -> int:
    found = re.search(r"(\d+) of \d+ articles unchanged since the last build", proc.stderr)
    return int(found.group(1)) if found else 0


def test_articles_unchanged_since_the_last_build_are_not_read_and_a_lost_extraction_reads_one_again(project,
                                                                                                      tmp_path):
    # the fixture's build kept no file written just before it (``seedmemo.RACY_NS``); this one keeps all three
    time.sleep(max(0.0, 2.2 - (time.time() - (project / "seeds" / "b.txt").stat().st_ctime)))
    assert unread(mkdocs_build(project)) == 0
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    assert unread(proc) == 3
    full = full_build_of(project, tmp_path)
    assert snapshot(project) == full
    # the extraction of b.txt is lost: its article, known from the memo without its text, is read and parsed again
    entries = [p for p in (project / ".briefing-cache").glob("??/*.json")]
    cache_of_b = [p for p in entries if "Maria Ortiz" in p.read_text(encoding="utf-8")]
    assert len(cache_of_b) == 1
    cache_of_b[0].unlink()
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    assert unread(proc) == 3 and cache_of_b[0].is_file()
    assert snapshot(project) == full
    # an edit is seen, whatever the memo says
    seed = project / "seeds" / "b.txt"
    seed.write_text(ARTICLE_B.replace("£4m", "£9m"), encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    assert unread(proc) == 2
    assert "£9m" in (project / "site" / "briefings" / "b" / "index.html").read_text(encoding="utf-8")
