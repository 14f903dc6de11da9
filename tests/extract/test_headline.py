"""generator.extract.headline through the real pipeline: a short headline from the lead sentence of an article
that has none (written for the tests, in the shapes news leads take)."""
import pytest

LEADS = [
    # a side clause with a conjunction goes, a purpose infinitive stays
    ("Defence Secretary Jane Holloway would travel to meet her Danish counterpart as Europe is thrown into "
     "turmoil over the future of the alliance and its wider security.",
     "Defence Secretary Jane Holloway would travel to meet her Danish counterpart"),
    # the reported clause of "..., the ministry said"
    ("The council will close three libraries in the north of the city by the end of next year, "
     "the local authority said on Monday.",
     "The council will close three libraries in the north of the city"),
    # a description set off by commas goes with its commas; a name in that place stays (the first lead)
    ("Northwind Media, the broadcasting group controlled by the billionaire Elena Markov, is preparing a move "
     "into the video games market.",
     "Northwind Media is preparing a move into the video games market"),
    # trailing modifiers go right-most first, and the headline keeps its verb's complement
    ("Madagascar has completed the replacement of its old franc with a new currency, the ariary, after "
     "five years of preparation.",
     "Madagascar has completed the replacement of its old franc"),
]


@pytest.mark.parametrize("lead, expected", LEADS)
def test_a_lead_sentence_gives_its_main_clause(brief, lead, expected):
    b = brief(lead + "\n\nA second paragraph follows with more detail about the decision.\n")
    assert b.title == expected
    assert len(b.title) <= 80


def test_a_long_clause_is_cut_at_a_word_outside_a_name(brief):
    lead = ("Northern Ireland Assembly Member Alexandra Montgomery-Fitzgerald from South Belfast questioned "
            "Transport Minister Christopher Abernethy-Williamson.")
    b = brief(lead + "\n\nShe said more work was needed.\n")
    assert b.title.endswith("…") and len(b.title) <= 80
    words = b.title.rstrip("…").split()
    assert words and words[-1] not in ("Transport", "Minister", "Christopher", "from", "the")


def test_an_article_with_a_headline_keeps_it(brief):
    b = brief("Libraries to close\n\nThe council will close three libraries as money runs short, it said.\n")
    assert b.title == "Libraries to close"


def test_a_reported_clause_with_a_pronoun_keeps_who_said_it(brief):
    b = brief("Acme Holdings, the maker of garden tools, has said it will sell new shares worth £175m.\n\n"
              "The sale is expected next month.\n")
    assert b.title.startswith("Acme Holdings")
