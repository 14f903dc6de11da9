from pathlib import Path

import pytest

from generator.sources import SourceError, load_articles, paragraphs_of, parse_article, slugify


def parse(text: str | bytes, name: str = "a.txt", **kw):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return parse_article(raw, name, Path(name).stem, **kw)


def test_headline_line_becomes_title_and_leaves_the_body():
    a = parse("Minister pledges cash for schools\n\nThe minister said on Monday that more money would come.\n\nA second paragraph.")
    assert a.title == "Minister pledges cash for schools"
    assert a.text.startswith("The minister said")
    assert a.text.count("\n\n") == 1


def test_without_headline_the_first_sentence_is_the_title_and_the_body_is_kept():
    a = parse("The Defence Secretary met his counterpart. Talks went on.\nA second line follows here.")
    assert a.title == "The Defence Secretary met his counterpart."
    assert a.text.startswith("The Defence Secretary met")


def test_trailing_agency_credit_is_the_source_not_text():
    a = parse("Headline here\n\nThey are to raise spending. (dpa/NAN)")
    assert a.credit == "dpa/NAN"
    assert "dpa" not in a.text and a.text.endswith("spending.")


def test_parenthesised_year_is_not_a_credit():
    a = parse("Headline here\n\nThe law was passed (2004)")
    assert a.credit is None and a.text.endswith("(2004)")


def test_front_matter_fields():
    a = parse("---\ntitle: Given title\ndate: 2025-02-18\nsource: Reuters\nurl: https://example.org/a\ntags: [defence, europe]\n---\nBody text here. More.")
    assert (a.title, a.date, a.credit, a.url, a.tags) == ("Given title", "2025-02-18", "Reuters", "https://example.org/a", ["defence", "europe"])
    assert a.text == "Body text here. More."


@pytest.mark.parametrize("text,reason", [
    ("", "empty"),
    ("   \n\n  ", "empty"),
    ("---\ntitle: [unclosed\n---\nBody.", "malformed YAML"),
    ("---\n- a\n- b\n---\nBody.", "mapping"),
    ("---\ntitle: x\nBody never closes", "never closed"),
    ("---\ndate: yesterday\n---\nBody.", "YYYY-MM-DD"),
    ("---\nurl: javascript:alert(1)\n---\nBody.", "http"),
    ("---\ntitle: Only a title\n---\n", "no text"),
])
def test_bad_articles_are_rejected_with_a_reason(text, reason):
    with pytest.raises(SourceError) as exc:
        parse(text, "seeds/bad.txt")
    assert exc.value.path == "seeds/bad.txt"
    assert reason in exc.value.reason


def test_binary_and_non_utf8():
    with pytest.raises(SourceError, match="binary"):
        parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(SourceError, match="not valid UTF-8"):
        parse("Caf\u00e9 owners said prices rose.".encode("cp1252"))
    a = parse("Head\n\nCaf\u00e9 owners said prices rose.".encode("cp1252"), fallback="cp1252")
    assert "Café" in a.text and any("cp1252" in w for w in a.warnings)


def test_list_items_one_per_line_are_paragraphs_of_their_own():
    text = "In his budget he has:\n\n- Raised spending to 5bn \n - Pledged 3bn for victims\n• Cut duty\nstill item"
    assert paragraphs_of(text) == ["In his budget he has:", "- Raised spending to 5bn", "- Pledged 3bn for victims",
                                   "• Cut duty still item"]
    assert paragraphs_of("x\n\na wrapped line with a dash - inside\nstays whole") == [
        "x", "a wrapped line with a dash - inside stays whole"]


def test_soft_wrapped_paragraphs_are_joined():
    assert paragraphs_of("one line\nwrapped here\n\nnext para") == ["one line wrapped here", "next para"]
    assert paragraphs_of("no blank lines\nmeans one paragraph per line") == ["no blank lines", "means one paragraph per line"]


def test_slugs_are_safe_and_unique(tmp_path):
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Café déjà vu!") == "cafe-deja-vu"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("---\nslug: same\n---\nHead\n\nBody one.", encoding="utf-8")
    (seeds / "b.txt").write_text("---\nslug: same\n---\nHead\n\nBody two.", encoding="utf-8")
    (seeds / "c.txt").write_text("", encoding="utf-8")
    (seeds / "d.txt").write_bytes(b"x" * 50)
    articles, errors = load_articles(seeds, max_bytes=40)
    assert [a.slug for a in articles] == ["same", "same-2"]
    assert "taken" in articles[1].warnings[0]
    assert sorted((Path(e.path).name, e.reason.split()[0]) for e in errors) == [("c.txt", "the"), ("d.txt", "50")]


def test_same_title_is_published_twice_with_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("x.txt", "y.txt"):
        (seeds / name).write_text("Same headline\n\nDifferent body " + name + ".", encoding="utf-8")
    articles, errors = load_articles(seeds)
    assert [a.slug for a in articles] == ["x", "y"] and not errors
    assert "same title as seeds/x.txt" in articles[1].warnings[0]


def test_a_file_that_vanishes_is_reported(tmp_path):
    from generator.sources import read_article
    with pytest.raises(SourceError, match="no such file"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(SourceError, match="folder"):
        (tmp_path / "dir.txt").mkdir()
        read_article(tmp_path / "dir.txt")


def test_html_entities_in_plain_text_are_decoded():
    a = parse("Fine for broadcaster\n\nThe regulator imposed a &#163;1.8m fine on AT&amp;T &amp; others.")
    assert a.text == "The regulator imposed a £1.8m fine on AT&T & others."


def test_articles_in_sub_folders_get_distinct_slugs(tmp_path):
    seeds = tmp_path / "seeds"
    for folder in ("politics", "tech"):
        (seeds / folder).mkdir(parents=True)
        (seeds / folder / "003.txt").write_text(f"Head {folder}\n\nBody.", encoding="utf-8")
    articles, errors = load_articles(seeds)
    assert [(a.source, a.slug) for a in articles] == [("seeds/politics/003.txt", "politics-003"), ("seeds/tech/003.txt", "tech-003")]
    assert not any(a.warnings for a in articles)


@pytest.mark.parametrize("text", [
    "".join(chr(i) for i in range(128)),  # every ASCII character
    "plain words\nand a line\n",
    "Ali\u200bce and Fran\u00c3\u0083\u00c2\u00a7ois\u2028next\r\nline\x85end\x00x",  # non-ASCII: the full path
    "tab\there, form\ffeed, CR\ronly",
])
def test_clean_text_fast_path_equals_every_rule_applied(text):
    from generator import sources as s
    reference = s._C1.sub("", s._C0.sub(" ", s._INVISIBLE.sub("", s._NEWLINES.sub("\n", text))))
    assert s.clean_text(text) == reference


def test_paragraphs_join_soft_wraps_and_collapse_spaces():
    text = "First  line\n  wrapped here\n\nSecond\u00a0\n\u00a0para  with   gaps\n \nThird"
    assert paragraphs_of(text) == ["First line wrapped here", "Second para with gaps", "Third"]
    assert paragraphs_of("one\ntwo\nthree") == ["one", "two", "three"]
