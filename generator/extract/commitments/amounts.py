"""Amounts of money and targets, normalised: "£2.5bn" -> 2.5e9 GBP, "2.5 per cent of GDP" -> 2.5 percent_gdp.

Pure text functions (no spaCy): the small pipeline's MONEY entity leaves the currency sign outside its span
and tags "N per cent" as money, so amounts are found here instead. How an amount is shown on a page is the
site's business (``generator.site.render.format_amount``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Amount

SYMBOLS = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "US$": "USD", "A$": "AUD", "C$": "CAD",
           "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "Rs": "INR", "Rs.": "INR"}
WORD_UNITS = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "dollar": "USD", "dollars": "USD",
              "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
              "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "francs": "CHF", "krona": "SEK", "kroner": "NOK",
              "kronor": "SEK", "baht": "THB", "won": "KRW", "rupiah": "IDR", "riyal": "SAR", "riyals": "SAR",
              "rand": "ZAR", "rial": "IRR", "rials": "IRR", "lira": "TRY", "zloty": "PLN", "zlotys": "PLN",
              "ringgit": "MYR", "dirham": "AED", "dirhams": "AED", "shekel": "ILS", "shekels": "ILS", "naira": "NGN",
              "us dollars": "USD", "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
              "new zealand dollars": "NZD", "singapore dollars": "SGD", "swiss francs": "CHF"}
# Currency words that are also common words: a sum only with a multiplier ("100 trillion won").
BARE_UNITS_NEED_MULT = frozenset({"won"})
CODES = {"gbp": "GBP", "usd": "USD", "eur": "EUR", "jpy": "JPY", "cny": "CNY", "chf": "CHF", "inr": "INR",
         "aud": "AUD", "cad": "CAD"}
MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
        "billion": 1e9, "tn": 1e12, "trillion": 1e12, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
WORD_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
            "hundred": 100, "half a": 0.5, "half": 0.5, "a quarter of a": 0.25}
APPROX = ("up to", "about", "around", "almost", "nearly", "roughly", "some", "approximately", "more than",
          "over", "at least", "less than", "under", "close to", "an estimated")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WNUM = "|".join(sorted((re.escape(w) for w in WORD_NUM), key=len, reverse=True))
_MULT = r"bn|mn|mln|m|k|tn|b|billions|millions|trillions|billion|million|trillion|thousand"  # ("£22 billions")
_SYM = r"US\$|HK\$|NZ\$|A\$|C\$|S\$|R\$|[£$€¥]"
_CODES_UPPER = tuple(c.upper() for c in CODES)
_CODE = "|".join(_CODES_UPPER)
_GDP = r"(?:gross\s+domestic\s+product|GDP|national\s+income|GNI|GNP|gross\s+national\s+(?:income|product))"

MONEY_SYM = re.compile(
    rf"(?P<sym>{_SYM})\s?(?P<num>{_NUM})(?:\s?(?P<mult>{_MULT})\b)?"
    rf"(?:\s?(?:-|–|to)\s?(?:{_SYM})?\s?(?P<num2>{_NUM})(?:\s?(?P<mult2>{_MULT})\b)?)?")
MONEY_CODE = re.compile(rf"\b(?P<code>{_CODE})\s?(?P<num>{_NUM})(?:\s?(?P<mult>{_MULT})\b)?")
MONEY_WORD = re.compile(
    rf"\b(?:(?!(?:19|20)\d\d\b)(?P<num0>{_NUM})(?:-|–))?"  # a range: "20-30bn rupiah" (not a year: "2003-5 ...")
    rf"(?P<num>{_NUM}|{_WNUM})(?:(?:[\s-]|(?<=\d))(?P<mult>billion|million|trillion|thousand|bn|m))?\s(?P<unit>"
    + "|".join(sorted((re.escape(u) for u in WORD_UNITS), key=len, reverse=True)) + r")\b", re.I)
PERCENT = re.compile(
    rf"(?P<num>{_NUM}|{_WNUM})(?:\s?(?:-|–|to)\s?(?P<num2>{_NUM}))?\s?(?:%|per\s?cent\b|percent\b)"
    rf"(?P<gdp>\s+(?:of\s+(?:the\s+)?(?:\w+(?:['’]s)?\s+){{0,2}}{_GDP}))?", re.I)


# "£1,400 a year", "$20 per share", "$76 for each Guidant share" (one word may come between "each" and the unit),
# "$10bn (£5.38bn) a year" (the sum in another currency between, or the sum is that one); not "£5m a year ago" (a
# time, not a rate)
PER = re.compile(r"(?:\s*\([^()]{1,40}\)|\))?\s*(?:a|an|per|(?:for\s+)?(?:each|every)(?:\s+[A-Z][\w&'.-]*)?)\s+"
                 r"(?P<per>year|month|week|day|person|head|child|mother|family|household|visit|script|prescription|"
                 r"worker|pupil|student|patient|employee|adult|pensioner|couple|home|house|car|tonne|barrel|share|hour|"
                 r"minute|night|ticket|litre|liter|gallon|mile|leg)\b(?!\s+(?:ago|earlier|before|later)\b)", re.I)


# "up to £250m yearly", "$5bn (£2.7bn) annually": a sum a year
YEARLY = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:yearly|annually)\b", re.I)


# "30 of the aircraft, at $120m each", "$120m (£62m) each": a price of one of several things, not the total
EACH = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+each\b(?!\s+[A-Za-z])", re.I)


@dataclass
class Found:
    start: int
    end: int
    amount: Amount


def _num(text: str) -> float:
    t = text.lower().replace(",", "")
    if t in WORD_NUM:
        return float(WORD_NUM[t])
    return float(t)


def _upper(first: float, second: float) -> float | None:
    """The upper bound of a range "first-second", or None where the second figure is not above the first (not a
    range: "£35bn - £2.5bn less than forecast")."""
    return second if second > first else None


def _approx(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].lower().rstrip()
    return before.endswith(APPROX)


# Every amount has a digit, or a number word before a currency word or "per cent": a text with neither has none
# (most sentences; the full patterns are not tried on them).
_DIGIT = re.compile(r"[\d%]")
_UNIT_LAST = frozenset(u.split()[-1] for u in WORD_UNITS)  # the word that ends a currency's name
_UNIT_WORDS = _UNIT_LAST | {"cent", "percent"}
_WORD = re.compile(r"[a-z]+")


CENTS = re.compile(r"\s+cents?\b", re.I)  # after a currency's name: "40 euro cents"


def find_amounts(text: str) -> list[Found]:
    """Every amount of money or percentage in ``text``, left to right, without overlaps."""
    found: list[Found] = []
    low = text.lower()
    words = set(_WORD.findall(low))
    if not _DIGIT.search(text) and _UNIT_WORDS.isdisjoint(words):
        return found
    # each pattern only where a text can match it (a sign, a code, "%" or "cent", a currency's name): most
    # sentences with a figure have none of them
    percent = "%" in text or "cent" in low
    signs = any(c in text for c in "$£€¥")
    codes = any(c in text for c in _CODES_UPPER)
    named = not _UNIT_LAST.isdisjoint(words)

    def add(start: int, end: int, amount: Amount) -> None:
        if any(f.start < end and start < f.end for f in found):
            return
        found.append(Found(start, end, amount))

    for m in PERCENT.finditer(text) if percent else ():
        value = _num(m.group("num"))
        unit = "percent_gdp" if m.group("gdp") else "percent"
        high = _upper(value, _num(m.group("num2"))) if m.group("num2") else None
        approx = _approx(text, m.start()) or high is not None
        add(m.start(), m.end(), Amount(value, unit, m.group(0), approx=approx, high=high))
    pos = 0
    while signs and (found_sym := MONEY_SYM.search(text, pos)) is not None:
        m = found_sym
        pos = m.end()
        sym = m.group("sym")
        mult = MULT.get((m.group("mult") or "").lower(), 1.0)
        value = _num(m.group("num")) * mult
        high = None
        if m.group("num2"):
            mult2 = MULT.get((m.group("mult2") or "").lower(), mult)
            first = value if m.group("mult") else _num(m.group("num")) * mult2
            high = _upper(first, _num(m.group("num2")) * mult2)
            if re.search(r"\bby\s*$", text[:m.start()]):
                high = None  # "rise by $19bn to $419.3bn": a change and the level it reaches, not a range
            if high is None:  # "£35bn - £2.5bn less than ...": a dash, not a range; each sum alone
                pos = m.end("mult") if m.group("mult") else m.end("num")
                add(m.start(), pos, Amount(value, SYMBOLS[sym], text[m.start():pos], approx=_approx(text, m.start())))
                continue
            value = first
        approx = _approx(text, m.start()) or high is not None
        add(m.start(), m.end(), Amount(value, SYMBOLS[sym], m.group(0).strip(), approx=approx, high=high))
    for m in MONEY_CODE.finditer(text) if codes else ():
        mult = MULT.get((m.group("mult") or "").lower(), 1.0)
        add(m.start(), m.end(), Amount(_num(m.group("num")) * mult, CODES[m.group("code").lower()], m.group(0),
                                       approx=_approx(text, m.start())))
    for m in MONEY_WORD.finditer(text) if named else ():
        if m.group("unit").lower() in BARE_UNITS_NEED_MULT and not m.group("mult"):
            continue  # "Halo 2 won the best game", "Napier, 25, won £2,450": the verb, not the currency
        mult = MULT.get((m.group("mult") or "").lower(), 1.0)
        value = _num(m.group("num")) * mult
        high = None
        if m.group("num0"):
            first = _num(m.group("num0")) * mult
            high = _upper(first, value)
            value = first if high is not None else value
        end = m.end()
        cents = CENTS.match(text, end)
        if cents is not None and not m.group("mult"):  # "40 euro cents": a hundredth of the unit
            value, high = value / 100, (high / 100 if high is not None else None)
            end = cents.end()
        add(m.start(), end, Amount(value, WORD_UNITS[m.group("unit").lower()], text[m.start():end],
                                   approx=_approx(text, m.start()) or high is not None, high=high))
    for f in found:
        per = PER.match(text, f.end)
        if per and f.amount.unit not in ("percent", "percent_gdp"):
            f.amount.per = per.group("per").lower()  # "£1,400 a year", "$25 a visit": a rate, not a total
        elif f.amount.unit not in ("percent", "percent_gdp") and YEARLY.match(text, f.end):
            f.amount.per = "year"  # "up to £250m yearly", "$5bn annually"
        elif f.amount.unit not in ("percent", "percent_gdp") and EACH.match(text, f.end):
            f.amount.per = "each"
        f.amount.value = round(f.amount.value, 6)
        if f.amount.high is not None:
            f.amount.high = round(f.amount.high, 6)
    return sorted(found, key=lambda f: f.start)

