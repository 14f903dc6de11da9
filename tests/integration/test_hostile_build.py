"""Property-based, end to end: generated seeds (good and bad front matter, hostile text, odd encodings, a link to
a secret outside seeds/) through ``check``, ``extract`` and real MkDocs builds. Whatever the seeds:

- the build finishes; every article ``check`` calls ready is published, every other one is named with its
  reason in the build log and on the home page, and ``extract`` agrees;
- nothing from outside seeds/ reaches site/;
- after cache damage and an interrupted build, a ``--dirty`` build gives the same site/ tree, byte for byte, as a
  clean build of the same seeds.
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import make_project, mkdocs_build
from tests.integration.test_pagecache import dirty_build, snapshot

SECRET = "SECRET-7f3a9c-NOT-FOR-PUBLICATION"
SENTENCES = ["The minister said the plan would cost £2bn.", '"We will act," said Jane Smith, the mayor.',
             "The council will spend $40m on roads, officials said.", "Talks went on."]
ATTACKS = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ 7*7 }}", "{% raw %}", "# heading",
           "| a | b |", "---", "<!--", "\x00", "\x01", "\u202e", "\u200b", "&#0;", "&#8238;", "\r", "\r\n", "’’"]

dates = st.one_of(st.dates().map(str), st.sampled_from(["2025-02-30", "2025-13-45", "yesterday", "20250101"]),
                  st.text(max_size=12))
scalars = st.one_of(st.text(max_size=30), st.integers(), st.none(), st.booleans())
front = st.one_of(
    st.none(),
    st.fixed_dictionaries({}, optional={"title": st.one_of(st.text(max_size=40), st.sampled_from(ATTACKS)),
                                        "date": dates, "tags": st.lists(st.text(max_size=10), max_size=3),
                                        "source": scalars, "url": st.sampled_from(["https://example.org/a",
                                                                                   "javascript:alert(1)"])}),
    st.sampled_from(["1: a", "title: [" * 50, "date: 2025-02-30", "- a list", "title: 'unclosed"]),
)
body = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(ATTACKS), st.text(max_size=30)),
                min_size=0, max_size=12).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "cp1252", "bytes"])
article = st.tuples(front, st.text(alphabet="abcdefghij ", min_size=0, max_size=30), body, encodings,
                    st.binary(max_size=40))


def render(spec: tuple) -> bytes:
    fm, headline, text, encoding, noise = spec
    if fm is None:
        head = ""
    elif isinstance(fm, str):
        head = f"---\n{fm}\n---\n"
    else:
        head = "---\n" + yaml.safe_dump(fm, allow_unicode=True) + "---\n"
    doc = f"{head}{headline}\n\n{text}\n"
    if encoding == "bytes":
        return noise + doc.encode("utf-8", "replace")
    return doc.encode(encoding, "replace")


def check_report(seeds: Path) -> tuple[set[str], dict[str, str]]:
    proc = subprocess.run([sys.executable, "-m", "generator", "check", str(seeds)], capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    rejected = {}
    for line in proc.stdout.splitlines():
        if line.startswith("error: "):
            path, reason = line[len("error: "):].split(": ", 1)
            rejected[path] = reason
    files = {f"seeds/{p.name}" for p in seeds.iterdir()}
    return files - set(rejected), rejected


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(specs=st.lists(article, min_size=1, max_size=3), damage=st.sampled_from(["entry", "page", "manifest", "stray"]))
def test_any_seeds_build_publish_the_good_name_the_bad_and_leak_nothing(tmp_path_factory, specs, damage):
    where = tmp_path_factory.mktemp("hostile")
    (where / "secret.txt").write_text(f"Headline\n\n{SECRET} said the password is hunter2.\n", encoding="utf-8")
    files: dict[str, str | bytes] = {f"a{i}.txt": render(spec) for i, spec in enumerate(specs)}
    files["good.txt"] = "Council backs plan\n\nThe council said it would spend £4m on a new library.\n"
    project = make_project(where, files)
    os.symlink(where / "secret.txt", project / "seeds" / "leak.txt")
    ready, rejected = check_report(project / "seeds")
    assert "seeds/good.txt" in ready and "seeds/leak.txt" in rejected

    # extract agrees with check on every file (not on the link: a file named on the command line is the user's
    # choice, and is read where it leads)
    named = sorted((ready | set(rejected)) - {"seeds/leak.txt"})
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", "--quiet", "--cache-dir", "", *named],
                          capture_output=True, text=True, cwd=project)
    bad = [p for p in named if p in rejected]
    assert proc.returncode == (1 if bad else 0), proc.stderr
    assert proc.stdout.count("\n") == len(ready)
    for path in bad:
        assert f"{path}: {rejected[path]}" in proc.stderr

    # the build finishes, publishes the ready ones and names the rejected ones, in the log and on the home page
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    site = project / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    for path in rejected:
        assert f"article rejected: {path}: {rejected[path]}" in proc.stderr
        assert html.escape(path, quote=False) in home
    published = sum(1 for _ in (site / "briefings").glob("*.json"))
    assert published == len(ready)
    for f in site.rglob("*"):
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes(), f

    # damage a cache or leave what an interrupted build leaves, then a dirty build equals a clean build
    cache = project / ".briefing-cache"
    if damage == "entry":
        entry = sorted(p for p in cache.rglob("*.json") if "pages" not in p.parts)[0]
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    elif damage == "page":
        for page in sorted((cache / "pages" / "html").glob("*.html"))[:3]:
            page.write_text("<p>damaged</p>", encoding="utf-8")
    elif damage == "manifest":
        (cache / "pages" / "manifest.json").write_text('{"pages": {"index.md": 7}}', encoding="utf-8")
    else:
        stray = site / "briefings" / "killed" / "index.html"
        stray.parent.mkdir(parents=True)
        stray.write_text("<p>half a build</p>", encoding="utf-8")
        good = site / "briefings" / "good" / "index.html"
        good.write_text(good.read_text(encoding="utf-8").replace("£4m", "£9m"), encoding="utf-8")
    proc = dirty_build(project)
    assert proc.returncode == 0, proc.stderr
    fresh = where / "fresh"
    shutil.copytree(project, fresh, symlinks=True, ignore=shutil.ignore_patterns("site", ".briefing-cache"))
    assert mkdocs_build(fresh).returncode == 0
    assert snapshot(project) == snapshot(fresh)
