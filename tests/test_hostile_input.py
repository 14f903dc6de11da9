"""Hostile and careless input: links out of seeds/, impossible front matter, huge or odd texts, special files,
URL clashes and damaged caches. Each case is made here (nothing binary is committed)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import nlp
from generator.cache import Cache
from generator.cli import main as cli
from generator.model import Briefing
from generator.pagecache import BuildLock
from generator.site import Site, urls
from generator.sources import SourceError, find_seed_files, load_articles, parse_article, read_article

BODY = "Minister backs plan\n\nThe minister said on Monday that the plan would go ahead.\n"


def parse(raw: bytes | str, name: str = "seeds/x.txt"):
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return parse_article(data, name, "x")


def seeds(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "seeds"
    root.mkdir(exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def reasons(errors: list[SourceError]) -> dict[str, str]:
    return {e.path.split("/", 1)[1]: e.reason for e in errors}


# --- 1. links ---------------------------------------------------------------------------------------------------
def test_links_out_of_the_seeds_folder_are_rejected_and_links_inside_are_read(tmp_path):
    secret = tmp_path / "outside.txt"
    secret.write_text("root:x:0:0:secret", encoding="utf-8")
    root = seeds(tmp_path, {"good.txt": BODY})
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "deep.txt").write_text(BODY, encoding="utf-8")
    os.symlink(secret, root / "leak.txt")
    os.symlink("../outside.txt", root / "relative.txt")
    os.symlink(root / "good.txt", root / "alias.txt")  # inside: read like the file
    os.symlink(tmp_path / "nowhere.txt", root / "dangling.txt")
    os.symlink(tmp_path / "elsewhere", root / "linked-folder")
    articles, errors = load_articles(root)
    assert sorted(a.source for a in articles) == ["seeds/alias.txt", "seeds/good.txt"]
    why = reasons(errors)
    assert "outside the seeds folder" in why["leak.txt"] and "outside the seeds folder" in why["relative.txt"]
    assert "missing file" in why["dangling.txt"]
    assert "linked folders are not read" in why["linked-folder"]
    assert not any("secret" in a.text for a in articles)


# --- 2. front matter --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("front,reason", [
    ("date: 2025-13-45", "not a real date"),
    ("date: 2025-02-30", "not a real date"),
    ('date: "2025-99-99"', "not a real date"),
    ("date: 20250230", "not a YYYY-MM-DD date"),
    ("1: a", "keys must be words"),
    ("true: a", "keys must be words"),
    ("title: " + "[" * 3000, "malformed YAML"),
    ("title: " + "{a: " * 3000, "malformed YAML"),
    ("title: !!python/object:os.system ls", "malformed YAML"),
    ("title: " + "x" * 20000, "over the limit"),
    ("tags: {a: 1}", "list of words"),
    ("title: [a, b]", "must be text"),
])
def test_impossible_front_matter_is_rejected_with_its_reason(front, reason):
    with pytest.raises(SourceError) as exc:
        parse(f"---\n{front}\n---\n{BODY}")
    assert reason in exc.value.reason and exc.value.path == "seeds/x.txt"


def test_dates_with_a_time_keep_the_day():
    assert parse(f"---\ndate: 2025-02-03 10:30:00\n---\n{BODY}").date == "2025-02-03"
    assert parse(f"---\ndate: '2024-02-29'\n---\n{BODY}").date == "2024-02-29"


# --- 3 and 4. long texts ----------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "bc", " ", "\n", "\n\n", "é"]), max_size=200).map("".join),
       size=st.integers(min_value=1, max_value=60))
def test_pieces_cover_the_text_and_respect_the_size(text, size):
    parts = nlp.pieces(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)
    assert all(p for p in parts) or parts == [""]


def test_pieces_are_cut_at_paragraph_breaks_first():
    text = "one two.\n\nthree four five.\n\nsix seven."
    assert nlp.pieces(text, 22) == ["one two.\n\n", "three four five.\n\n", "six seven."]


def test_a_text_over_spacys_length_limit_is_parsed_in_pieces(pipeline, monkeypatch):
    """spaCy refuses a text over nlp.max_length (E088); a long article is parsed piece by piece and joined."""
    monkeypatch.setattr(pipeline, "max_length", 5_000)  # the default is 1,000,000: made small to run fast
    monkeypatch.setattr(nlp, "PIECE_CHARS", 2_000)
    paras = [f"Paragraph {i} says the council will spend £{i}m on roads." for i in range(300)]
    text = "\n\n".join(paras)
    assert len(text) > 3 * pipeline.max_length
    short = "The minister said it."
    docs = list(nlp.parse([short, text, short]))
    assert [d.text for d in docs] == [short, text, short]
    starts = {s.start_char for s in docs[1].sents}
    assert all(text.index(p) in starts for p in paras)  # every paragraph still starts a sentence
    assert any(e.label_ == "MONEY" for e in docs[1].ents)


# --- 6. URLs ----------------------------------------------------------------------------------------------------
def _briefing(slug: str, source: str, date: str | None = None, tags: list[str] | None = None) -> Briefing:
    return Briefing.from_json({"slug": slug, "source": source, "title": slug, "text": f"Text {slug}.", "date": date,
                               "tags": tags or [], "pipeline": "test", "sentences": [], "actors": [], "quotes": [],
                               "commitments": []})


def test_every_generated_path_is_unique_whatever_the_names():
    briefings = [
        _briefing("a", "seeds/日本/a.txt"), _briefing("b", "seeds/中国/b.txt"),
        _briefing("c", "seeds/2025-02/c.txt"), _briefing("d", "seeds/d.txt", date="2025-02-10"),
        _briefing("e", "seeds/e.txt", tags=["index", "Index", "tags"]),
    ]
    site = Site(briefings, [], min_articles=1)
    pages = site.pages()  # checks uniqueness itself
    archive = sorted(p for p in pages if p.startswith("archive/"))
    # two non-Latin sections, a section named like a month, the month, General, and the archive's index
    assert len(archive) == 6, archive
    assert "archive/2025-02.md" in archive
    month = pages["archive/2025-02.md"]
    assert "seeds/2025-02" not in month and "briefings/d" in month.replace("../", "")
    assert urls.TAGS_INDEX in pages and "tags/index.md" not in pages
    home = pages[urls.HOME]
    for path in archive:
        assert f'href="{site.urls.to_page(urls.HOME, path)}"' in home  # the home page links every archive page


def test_a_url_clash_is_caught_in_one_place():
    def check(paths):
        seen = urls.UniquePaths(urls.Urls(True))
        for path in paths:
            seen.add(path)

    with pytest.raises(ValueError, match="share the URL"):
        check(["tags.md", "tags/index.md"])
    with pytest.raises(ValueError, match="share the URL"):
        check(["actors/Ab.md", "actors/ab.md"])
    check(["tags.md", "tags/a.md", "tags/a.json"])


@pytest.mark.parametrize("folder", ["actors", "tags", "data", "../up", "a b", ""])
def test_briefings_dir_may_not_take_a_folder_of_the_site(folder):
    with pytest.raises(ValueError, match="briefings_dir"):
        urls.Urls(True, folder)


# --- 7. caches --------------------------------------------------------------------------------------------------
def test_cache_entries_that_are_damaged_are_misses_and_are_written_again(tmp_path, brief):
    cache = Cache(tmp_path)
    b = brief(BODY)
    cache.put("ab" * 32, b)
    assert cache.get("ab" * 32).to_json() == b.to_json()
    path = tmp_path / "ab" / f"{'ab' * 32}.json"
    path.write_bytes(path.read_bytes().replace(b"minister", b"ministex"))
    assert cache.get("ab" * 32) is None  # content no longer matches its hash
    path.unlink()
    path.mkdir()
    (path / "inner").write_text("x")
    assert cache.get("ab" * 32) is None
    cache.put("ab" * 32, b)  # the folder is replaced
    assert path.is_file() and cache.get("ab" * 32) is not None
    import hashlib
    payload = b'{"slug": 3, "actors": {}}'
    path.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert cache.get("ab" * 32) is None  # valid JSON with a valid hash, but not a briefing


def test_the_build_lock_keeps_a_second_build_out_until_the_first_ends(tmp_path):
    lock = BuildLock(tmp_path)
    lock.acquire()
    probe = ("import fcntl, sys\nfh = open(sys.argv[1], 'a+b')\n"
             "try:\n    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)\n    print('got')\n"
             "except BlockingIOError:\n    print('busy')\n")
    run = [sys.executable, "-c", probe, str(tmp_path / ".lock")]
    assert subprocess.run(run, capture_output=True, text=True).stdout.strip() == "busy"
    lock.release()
    assert subprocess.run(run, capture_output=True, text=True).stdout.strip() == "got"


# --- 8. text ----------------------------------------------------------------------------------------------------
def test_control_characters_never_reach_the_title_or_the_text():
    a = parse("Head\x01line\x02 with\x1b[31m control\n\nThe minister\x85 said it.\x7f\n")
    assert a.title == "Head line with [31m control" and a.text == "The minister said it."
    a = parse('---\ntitle: "Quoted\\x01 title\\u202e\\n---\\ninjected: yes"\n---\n' + BODY)
    assert "\x01" not in a.title and "\u202e" not in a.title and "\n" not in a.title


def test_control_characters_in_a_title_do_not_break_the_page(brief):
    b = brief("Title\x0b with\x0c a form feed\n\nThe minister said it would go ahead.")
    page = Site([b], [], min_articles=1).pages()[urls.Urls(True).briefing(b.slug)]
    head = page.split("---", 2)
    assert head[0].strip() == "" and head[1].strip().startswith('title: "Title with')


def test_lone_carriage_returns_keep_the_front_matter():
    a = parse("---\rtitle: Given\rdate: 2025-01-02\r---\rHead\r\rThe minister said it.\r")
    assert (a.title, a.date, a.text) == ("Given", "2025-01-02", "Head\n\nThe minister said it.")


def test_nul_bytes_after_the_first_8_kb_are_removed():
    raw = ("Head\n\n" + "Words here. " * 1000 + "The \x00minister said it.\n").encode("utf-8")
    assert raw.index(b"\x00") > 8192
    a = parse(raw)
    assert "\x00" not in a.text and "The minister said it." in a.text


def test_zero_width_and_bidi_characters_are_removed_everywhere():
    a = parse("---\ntitle: \"Ali\u200bce \u202eEvil\"\n---\nHead\n\nAli\u200dce Sm\u2066ith said it.\n")
    assert a.title == "Alice Evil" and "Alice Smith said it." in a.text
    a = parse("Head\n\nAli&#8203;ce &#8238;said&#1; it.\n")
    assert a.text == "Alice said it."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(codec):
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    a = parse(bom + BODY.encode(codec))
    assert a.title == "Minister backs plan" and any("byte-order mark" in w for w in a.warnings)


def test_utf16_without_a_byte_order_mark_is_named_as_such():
    with pytest.raises(SourceError, match="byte-order mark"):
        parse(BODY.encode("utf-16-le"))


# --- 9. the command line and special files ----------------------------------------------------------------------
def test_fifos_folders_and_links_in_seeds_are_reported_not_skipped(tmp_path):
    root = seeds(tmp_path, {"good.txt": BODY, "folder.txt/inner.txt": BODY})
    os.mkfifo(root / "pipe.txt")
    paths, errors = find_seed_files(root)
    assert [p.relative_to(root).as_posix() for p in paths] == ["folder.txt/inner.txt", "good.txt"]
    why = reasons(errors)
    assert "named pipe" in why["pipe.txt"] and "folder named like an article" in why["folder.txt"]


def test_extract_on_a_fifo_does_not_hang_and_a_missing_file_is_named(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="named pipe"):
        read_article(fifo)  # opened without blocking, refused before reading
    assert cli(["extract", "--quiet", "--cache-dir", "", str(tmp_path / "missing.txt"), str(fifo)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "pipe.txt: is a named pipe" in err


@pytest.mark.parametrize("target", ["missing", "file"])
def test_check_on_a_missing_folder_or_a_file_is_an_error(tmp_path, capsys, target):
    path = tmp_path / "seeds"
    if target == "file":
        path.write_text(BODY, encoding="utf-8")
    assert cli(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and ("does not exist" if target == "missing" else "is not a folder") in err


def test_check_names_every_bad_file_with_its_reason(tmp_path, capsys):
    root = seeds(tmp_path, {"good.txt": BODY, "bad-date.txt": "---\ndate: 2025-02-30\n---\n" + BODY,
                            "empty.txt": ""})
    os.symlink("/etc/passwd", root / "leak.txt")
    assert cli(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert "1 article(s) ready, 3 rejected" in out
    for name in ("bad-date.txt", "empty.txt", "leak.txt"):
        assert f"seeds/{name}: " in out
