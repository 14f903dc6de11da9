"""Regenerate ``countries.json`` from the ``countryinfo`` package (MIT licence, Porimol Chandro).

Not used at run time: the generated file is committed so that builds need nothing beyond the pinned
packages. Run after ``pip install countryinfo==1.0.1``:

    python generator/data/refresh_countries.py

It keeps, per country, the English name, other Latin-script names (ISO codes dropped: "IN" or "NO" would match
ordinary words, and so would the names in ``ENGLISH_WORDS``), the demonym and its plural, the capital, and
provinces/states as ``regions``. Regions that share a name with a country, capital or another country's region are
left out. Hand-written additions and overrides live in ``countries.yaml`` and are merged on top by
``generator.data``.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

LATIN = re.compile(r"^[A-Za-z\u00c0-\u017f .'\u2019-]+$")
# Other names and provinces that are ordinary English words, found capitalised in names and at the start of a
# sentence ("Island Records" is no Icelandic label, "Drama" in "the Guildhall School of Speech and Drama" no Greek
# province, a "Reunion" tour no visit to Réunion): never read as a country's name. English towns ("Reading",
# "Derby") are kept: they are the towns.
ENGLISH_WORDS = {"island", "reunion", "man", "pool", "drama", "coast", "bar", "store", "van", "lira", "bay", "lake",
                 "grey", "mountain", "forest", "saga", "acre"}
# New Zealand's "provinces" in countryinfo are its counties, abolished in 1989; those with English names are the
# names of towns in England and Australia and of people ("Oxford", "Stratford", "Malvern", "Saint Kilda", "Cook",
# "Franklin"), so an "Oxford" in the text would make the article a New Zealand one. Only the Maori-named ones are
# kept ("Rotorua", "Taupo", "Waikato"); the present regions with English names are in ``countries.yaml``.
MAORI_WORD = re.compile(r"^(?:(?:ng|wh|[hkmnprtw])?[aeiou]+)+$", re.IGNORECASE)


def maori_named(name: str) -> bool:
    return all(MAORI_WORD.match(word) for word in re.split(r"[\s-]+", name))


REGION_FILTERS = {"New Zealand": maori_named}


def plural(demonym: str) -> list[str]:
    if demonym.endswith(("an", "i")):
        return [demonym, demonym + "s"]
    return [demonym]


def clean(names) -> list[str]:
    out = []
    flat = []
    for n in names or []:
        flat.extend(n if isinstance(n, list) else [n])
    for n in flat:
        n = (n or "").strip()
        if not n or not LATIN.match(n) or (n.isupper() and len(n) <= 3) or n.lower() in ENGLISH_WORDS:
            continue
        if n not in out:
            out.append(n)
    return out


def main() -> int:
    from countryinfo import CountryInfo  # noqa: F401  (only to fail early with a clear message)
    folder = resources.files("countryinfo").joinpath("data")
    raw = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            raw.append(json.loads(path.read_text(encoding="utf-8")))
    table: dict[str, dict] = {}
    for d in raw:
        name = (d.get("name") or "").strip()
        if not name or not d.get("demonym") or not LATIN.match(name):
            continue
        entry = {
            "aliases": [a for a in clean(d.get("altSpellings")) if a != name],
            "demonyms": plural(d["demonym"].strip()),
            "capitals": clean([d.get("capital")]),
            "regions": [r for r in clean(d.get("provinces")) if REGION_FILTERS.get(name, bool)(r)],
        }
        table[name] = {k: v for k, v in entry.items() if v}
    taken = {n.lower() for name, e in table.items() for n in [name, *e.get("aliases", []), *e.get("capitals", [])]}
    counts = Counter(r.lower() for e in table.values() for r in e.get("regions", []))
    for e in table.values():
        regions = [r for r in e.get("regions", []) if r.lower() not in taken and counts[r.lower()] == 1]
        if regions:
            e["regions"] = regions
        else:
            e.pop("regions", None)
    out = Path(__file__).with_name("countries.json")
    source = "countryinfo 1.0.1 (MIT licence, (c) 2018 Porimol Chandro, see LICENSE.countryinfo)"
    out.write_text(json.dumps({"source": source,
                               "countries": dict(sorted(table.items()))},
                              ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(table)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
