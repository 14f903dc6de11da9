"""Property-based: random and adversarial article text through parsing, extraction and rendering."""
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.extract import extract
from generator.site import Site, render
from generator.sources import SourceError, parse_article

ATTACKS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
           "| a | b |", "{{ 7*7 }}", "{% raw %}", "# heading", "**bold** _em_", "<div>", "</div>", "---",
           "“", "”", "’’", '"', "‘", "£2.5bn", "2.5 per cent of GDP", "said", "Mr Smith", "\n\n", "\x00",
           "&amp;", "&#60;script&#62;", "<!--", "-->", "`code`", "\\", "$$x$$", ":smile:", "==mark=="]

text_parts = st.one_of(st.sampled_from(ATTACKS), st.text(min_size=0, max_size=40),
                       st.sampled_from(["The minister said", " that ", "they will spend", ". ", ", ", "he added."]))
articles = st.lists(text_parts, min_size=1, max_size=25).map("".join)

TAG = re.compile(r"<\s*(script|img|iframe|object|embed|svg|style|link|meta|base|form|input|b|i|a\s+href\s*=\s*[\"']?javascript)\b", re.I)


def allowed_tags(page: str) -> set[str]:
    return set(re.findall(r"<\s*([a-zA-Z0-9]+)", page))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(body=articles)
@example(body=". he added.; 0\xa0\U000deff9<img src=x onerror=alert(1)>")  # reported speech that starts with ";"
def test_no_exception_and_no_injected_tag(pipeline, body):
    raw = ("Headline " + body).encode("utf-8", "surrogatepass")
    try:
        article = parse_article(raw, "seeds/h.txt", "h")
    except SourceError:
        return  # rejected with a reason: fine
    b = extract(article, pipeline(article.text), "test")
    for q in b.quotes:
        assert b.text[q.start:q.end] == q.text
    page = render.briefing_page(b, "h.json")
    # the templates' own tags only: nothing from the article
    assert allowed_tags(page) <= {"p", "span", "a", "ul", "li", "h3", "strong", "div", "table", "thead", "tbody", "br",
                                  "tr", "th", "td"}
    assert not TAG.search(page.replace('<a class="briefing-ref"', "").replace('<a href="h.json"', ""))
    assert "{{" not in page and "{%" not in page
    for path, content in Site([b, b], [("seeds/x.txt", body)], min_articles=1).pages().items():
        if path.endswith(".md"):
            assert "{{" not in content and "<script" not in content and "<img" not in content, path
