"""generator.site.memo: the digest of what a deferred page is made from, and what its links lead to."""
import pytest

from generator.model import Briefing
from generator.site import memo


def test_the_digest_tells_values_apart_and_refuses_what_it_cannot_write():
    base = memo.digest([["a", 1, None, {"k": [1.5, True]}]])
    assert base == memo.digest([["a", 1, None, {"k": [1.5, True]}]])
    for other in (["a", "1", None, {"k": [1.5, True]}], ["a", 1, "None", {"k": [1.5, True]}],
                  ["a", 1, None, {"k": [1.5, 1]}], ["a", 1, None, {"k": [True, 1.5]}], [1, "a", None, {"k": []}]):
        assert memo.digest([other]) != base
    with pytest.raises(TypeError):
        memo.digest([{"a", "b"}])  # a set has no order to write
    with pytest.raises(TypeError):
        memo.digest([object()])


def test_a_briefing_is_digested_by_its_content():
    one = Briefing(source="a.txt", slug="a", title="Budget", text="The budget was set.")
    same = Briefing(source="a.txt", slug="a", title="Budget", text="The budget was set.")
    other = Briefing(source="a.txt", slug="a", title="Budget", text="The budget was cut.")
    assert memo.digest([[one]]) == memo.digest([[same]]) != memo.digest([[other]])
    assert memo.digest([[one]]) != memo.digest([["Budget"]])


def test_a_deferred_page_is_the_same_while_its_links_lead_where_they_did():
    leads = {"Maria Ortiz": "maria-ortiz", "Jan de Vries": ""}

    def link(name):
        return f"<a href='{leads[name]}'>{name}</a>" if leads.get(name) else str(name)

    def make(ask):
        return " ".join(ask(n) for n in ("Maria Ortiz", "Jan de Vries"))

    page = memo.Deferred("inputs", make, link, lambda name: leads.get(name) or "")
    text = page.text()
    assert "maria-ortiz" in text and page.asked == ["Maria Ortiz", "Jan de Vries"]
    assert page.same(page.asked, page.answers)
    leads["Jan de Vries"] = "jan-de-vries"  # he gets a page: the page would link him now
    assert not page.same(page.asked, page.answers)
