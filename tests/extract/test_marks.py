"""generator.extract.quotes.marks: pairing quote marks (pure text, no spaCy)."""
from generator.extract.quotes import find_quote_spans


def spans(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_straight_and_doubled_closing_marks():
    assert spans("He said “we will win.’’ Then left.") == ["we will win."]
    assert spans('She said "no deal" and "not now".') == ["no deal", "not now"]
    assert spans("“It is over,” she said.") == ["It is over,"]
    assert spans("He called it ‘a disgrace’ today.") == ["a disgrace"]


def test_apostrophes_are_not_quote_marks():
    assert spans("The minister’s plan isn’t new, and the 90s’ debts remain, he said: ‘no change’.") == ["no change"]


def test_unbalanced_mark_stays_in_its_paragraph():
    text = "“This never closes, he said.\n\nA later paragraph says “this one does,” she said."
    assert spans(text) == ["This never closes, he said.", "this one does,"]




def test_two_apostrophes_open_and_close_a_quote():
    text = "''This isn't reform,'' said an economist. ''It's anti-reform.'' And the ''90s'' stayed."
    assert spans(text)[:2] == ["This isn't reform,", "It's anti-reform."]


def test_a_double_mark_spaced_after_a_closing_single_one_closes_the_quote():
    # the style of some US papers: the inner quote's mark and the outer one set apart by a space
    text = "\"You shake hands and say, 'Well done,' \" said Ms Russell. \"It is hard.\""
    assert spans(text) == ["You shake hands and say, 'Well done,'", "It is hard."]
    # a straight mark after a space that follows no closing single mark still opens
    assert spans("He said 'no' and \"not now\" today.") == ["no", "not now"]


def test_a_straight_mark_typed_with_spaces_after_the_last_punctuation_closes_the_quote():
    # "...industry, " Ann Lee said": spaced on both sides, yet it ends the quote open before it
    text = "\"Prices will rise, \" Ann Lee, the firm's chief, told reporters. \"We are ready,\" she said."
    assert spans(text) == ["Prices will rise,", "We are ready,"]
    # a spaced mark that follows no punctuation is still no closing one
    assert spans("\"Two \" marks here.\"") == ["Two \" marks here."]


def test_a_curly_mark_typed_the_wrong_way_round_closes_or_opens_by_where_it_stands():
    # a left mark after the quote's last punctuation, before a space, closes it
    text = "“It's unusual,“ said Mr Noble, a lawyer. “It's hard to pull off.”"
    assert spans(text) == ["It's unusual,", "It's hard to pull off."]
    # a right mark after a space, before a word, opens one
    assert spans("Doing so ”appeared to be an attempt at poisoning the vote,” he said.") == [
        "appeared to be an attempt at poisoning the vote,"]
    # as they should be written, nothing changes; a left mark before a word still opens
    assert spans("He said,“we will win.” Then “no more,” she said.") == ["we will win.", "no more,"]
