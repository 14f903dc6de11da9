import pytest

from generator.extract.commitments.amounts import find_amounts
from generator.site.render import format_amount


@pytest.mark.parametrize("text,value,unit", [
    ("a rise to 2.5 per cent of gross domestic product", 2.5, "percent_gdp"),
    ("2.5% of GDP by 2027", 2.5, "percent_gdp"),
    ("3% of national income", 3, "percent_gdp"),
    ("£5.5bn for schools", 5.5e9, "GBP"),
    ("$1bn in aid", 1e9, "USD"),
    ("€300m over five years", 3e8, "EUR"),
    ("three billion pounds", 3e9, "GBP"),
    ("$1 trillion", 1e12, "USD"),
    ("£20,000 a year", 20000, "GBP"),
    ("up to £2bn", 2e9, "GBP"),
    ("a further £500m", 5e8, "GBP"),
    ("US$40m", 4e7, "USD"),
    ("a cut of 6.5bn euros", 6.5e9, "EUR"),
    ("a figure of £22 billions worth of savings", 2.2e10, "GBP"),
    ("unemployment of 4.7%", 4.7, "percent"),
    # each kind of amount where a text is tried for it (a sign, a code, "%" or "cent", a currency's name), in any case
    ("USD 5m in grants", 5e6, "USD"),
    ("a loan of 200bn Yen", 2e11, "JPY"),
    ("a rise of 12 Per Cent", 12, "percent"),
    ("HK$3bn for the port", 3e9, "HKD"),
    ("100 trillion WON", 1e14, "KRW"),
])
def test_amounts_are_normalised(text, value, unit):
    found = find_amounts(text)
    assert len(found) == 1
    assert found[0].amount.value == pytest.approx(value)
    assert found[0].amount.unit == unit


def test_range_is_its_first_sum_and_keeps_both_ends_and_the_text():
    (f,) = find_amounts("it will cost £1bn-£2bn")
    assert (f.amount.value, f.amount.high, f.amount.text) == (1e9, 2e9, "£1bn-£2bn")
    assert format_amount(f.amount) == "GBP 1,000,000,000 to 2,000,000,000"
    (f,) = find_amounts("a 4-5% cut")
    assert (f.amount.value, f.amount.high, format_amount(f.amount)) == (4, 5, "4 to 5%")
    (f,) = find_amounts("a subsidy of $6,500 to $10,000 a year")
    assert (f.amount.value, f.amount.high, f.amount.per) == (6500, 10000, "year")


def test_a_dash_between_a_sum_and_a_smaller_one_is_no_range():
    found = find_amounts("Borrowing is £35bn - £2.5bn less than the £37.5bn predicted")
    assert [(f.amount.value, f.amount.high, f.amount.text) for f in found] == [
        (35e9, None, "£35bn"), (2.5e9, None, "£2.5bn"), (37.5e9, None, "£37.5bn")]


def test_up_to_is_marked_approximate_and_two_amounts_stay_apart():
    (f,) = find_amounts("up to £2bn")
    assert f.amount.approx
    assert [x.amount.unit for x in find_amounts("€300m and $1bn")] == ["EUR", "USD"]


def test_no_amount_in_plain_numbers_and_dates():
    assert find_amounts("In 2005 some 300 people met on 12 May.") == []


@pytest.mark.parametrize("text,value,high,unit", [
    ("around 30bn baht", 30e9, None, "THB"),
    ("to freeze 20-30bn rupiah in payments", 20e9, 30e9, "IDR"),
    ("a 418bn rand budget", 418e9, None, "ZAR"),
    ("rose in 2005 to 20 million euros", 20e6, None, "EUR"),  # a year is not the low end of a range
    ("has earmarked 100 trillion won for", 100e12, None, "KRW"),
])
def test_more_currencies_in_words_and_ranges_of_them(text, value, high, unit):
    (f,) = find_amounts(text)
    assert (f.amount.value, f.amount.high, f.amount.unit) == (pytest.approx(value), high, unit)


def test_dollars_named_by_country_in_words():
    assert [(f.amount.value, f.amount.unit) for f in find_amounts("an offer worth 3.1bn Australian dollars ($2.3bn)")] \
        == [(3.1e9, "AUD"), (2.3e9, "USD")]
    assert [f.amount.unit for f in find_amounts("2bn Swiss francs and 5bn US dollars")] == ["CHF", "USD"]


def test_won_is_a_currency_only_with_a_multiplier():
    assert find_amounts("Halo 2 won the best game award and Mr Napier, 25, won the race") == []


@pytest.mark.parametrize("text,value,unit", [
    ("a rise of ten per cent", 10, "percent"),
    ("Five Percent of GDP", 5, "percent_gdp"),
    ("half a billion euros", 5e8, "EUR"),
    ("TWO MILLION US DOLLARS", 2e6, "USD"),
    ("forty thousand rupees,", 4e4, "INR"),
])
def test_amounts_in_words_alone_are_found(text, value, unit):
    # no digit in the text: the quick test that spares most sentences the full patterns must still let these in
    (f,) = find_amounts(text)
    assert (f.amount.value, f.amount.unit) == (pytest.approx(value), unit)


def test_no_amount_without_a_digit_or_a_currency_word():
    assert find_amounts("Ministers said ten new schools would open, twice as many as planned.") == []


@pytest.mark.parametrize("text,per", [
    ("a benefit of £1,400 a year per mother", "year"),
    ("the service costs £7.00 per minute", "minute"),
    ("a surcharge of £4 a leg", "leg"),
    ("rooms at $300 a night", "night"),
    ("duty of 50p a litre, or £2 per gallon", "gallon"),
    ("the firm will pay $76 for each Guidant share", "share"),
    ("an offer of $2.50 for every share", "share"),
    ("an order for 30 jets at $120m each, with an option on 20 more", "each"),
    ("the shares, priced at £9 (€10.50) each.", "each"),
])
def test_a_sum_for_each_unit_is_a_rate(text, per):
    found = [f for f in find_amounts(text) if f.amount.per is not None]
    assert found and found[0].amount.per == per


def test_each_before_a_word_is_not_a_price_of_one():
    assert [f.amount.per for f in find_amounts("paid $5m each year to the fund")] == ["year"]
    assert [f.amount.per for f in find_amounts("gave £5m each quarter to the fund")] == [None]


def test_a_rate_after_the_sum_in_another_currency_is_both_sums_rate_and_a_time_ago_is_no_rate():
    found = find_amounts("The fund would provide $10bn (£5.38bn) a year over a decade.")
    assert [(f.amount.text, f.amount.per) for f in found] == [("$10bn", "year"), ("£5.38bn", "year")]
    assert [f.amount.per for f in find_amounts("a fee of €8 (£5.50) per visit")] == ["visit", "visit"]
    # when the sum was so much, not a rate
    assert [f.amount.per for f in find_amounts("profits of £5m a year ago and $3bn (£1.6bn) a year earlier")] \
        == [None, None, None]


def test_a_sum_for_a_span_of_time_is_no_rate():
    # "for each" makes a rate, "for a" does not
    assert [f.amount.per for f in find_amounts("Acme lent the club £5m for a year.")] == [None]


def test_cents_after_a_currencys_name_are_a_hundredth_of_it():
    (f,) = find_amounts("Heineken increased its dividend by 25% to 40 euro cents.")[1:]
    assert (f.amount.value, f.amount.unit, f.amount.text) == (0.4, "EUR", "40 euro cents")


def test_a_change_by_one_sum_to_another_is_no_range():
    found = find_amounts("The plans would see the army's budget rise by $12bn to $310.5bn next year.")
    assert [(f.amount.value, f.amount.high) for f in found] == [(12e9, None), (310.5e9, None)]
    (f,) = find_amounts("It would cost $20m to $30m.")
    assert (f.amount.value, f.amount.high) == (20e6, 30e6)
