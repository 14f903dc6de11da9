"""generator.extract.summary on hand-made records."""
from generator.extract.summary import summary
from generator.model import Actor, Commitment, Quote, Sentence

SENTENCES = ["Ministers met today to talk.", "Rain fell in the north of the country.",
             "Jane Holloway pledged new money for the schools.", "“Yes,” she said.",
             "The weather will be dry tomorrow in most places.", "Critics said the plan was far too small."]
TEXT = " ".join(SENTENCES)


def spans():
    out, pos = [], 0
    for s in SENTENCES:
        out.append(Sentence(pos, pos + len(s)))
        pos += len(s) + 1
    return out


def test_lead_then_commitments_and_quotes_in_article_order():
    c = Commitment("Jane Holloway", "pledge", "education", None, "pledge", None, SENTENCES[2], 0, 0, 2)
    q = Quote("the plan was far too small", "Critics", "indirect", "said", 0, 0, 5)
    actors = [Actor(id="jh", name="Jane Holloway", type="person")]
    assert summary(TEXT, spans(), actors, [q, q], [c]) == [0, 2, 5]  # two quotes outweigh an early sentence
    assert summary(TEXT, spans(), actors, [q], [c]) == [0, 1, 2]  # one does not


def test_short_fragments_and_bare_quotes_are_not_chosen():
    quotes = [Quote("Yes,", "Jane Holloway", "direct", "said", 0, 0, 3)] * 3
    chosen = summary(TEXT, spans(), [], quotes, [])
    assert 3 not in chosen and chosen[0] == 0 and len(chosen) == 3


def test_short_articles_keep_every_sentence():
    assert summary(TEXT, spans()[:2], [], [], []) == [0, 1]
