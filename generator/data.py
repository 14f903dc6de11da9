"""The pattern tables in ``generator/data/``, loaded once.

``*.yaml`` are hand-written. ``countries.json`` is generated from the ``countryinfo`` package by
``generator/data/refresh_countries.py``; ``countries.yaml`` adds to it (short names, old spellings, the UK
nations, blocs) and wins where both name the same thing.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

import yaml


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict:
    text = resources.files("generator").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.lru_cache(maxsize=None)
def words(name: str, field: str) -> frozenset[str]:
    """A list in a data table as a set, built once ("cues", "speech_verbs")."""
    return frozenset(load(name)[field])


def key(text: str) -> str:
    """Comparison key for names: case, dots, possessives and a leading "the" do not matter."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"[.\s]+", " ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


@functools.lru_cache(maxsize=None)
def country_table() -> dict[str, dict[str, list[str]]]:
    """Canonical country name -> {aliases, demonyms, capitals, regions}: the generated table, then the hand one."""
    text = resources.files("generator").joinpath("data", "countries.json").read_text(encoding="utf-8")
    table = {name: {f: list(v) for f, v in info.items()} for name, info in json.loads(text)["countries"].items()}
    for name, info in load("countries").items():
        entry = table.setdefault(name, {})
        for f, values in (info or {}).items():
            if isinstance(values, list):
                entry[f] = values + [v for v in entry.get(f, []) if v not in values]
            else:
                entry[f] = values  # a flag such as ``bloc: true``
    return table


def _country_index(field: str) -> dict[str, str]:
    """Key of every entry of ``field`` (aliases, demonyms, capitals, regions) -> canonical country name.
    The hand-written table is read last, so it wins a clash."""
    out: dict[str, str] = {}
    hand = load("countries")
    for name, info in sorted(country_table().items(), key=lambda item: item[0] in hand):
        for value in info.get(field) or []:
            out[key(value)] = name
    return out


@functools.lru_cache(maxsize=None)
def countries() -> dict[str, str]:
    """Country name or alias key -> canonical country name ("U.K." -> United Kingdom)."""
    names = {key(name): name for name in country_table()}
    return _country_index("aliases") | names


@functools.lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    return _country_index("demonyms")


@functools.lru_cache(maxsize=None)
def capitals() -> dict[str, str]:
    return _country_index("capitals")


@functools.lru_cache(maxsize=None)
def regions() -> dict[str, str]:
    """States and provinces -> country ("Oregon" -> United States); only for places, never for actors."""
    taken = countries().keys() | capitals().keys() | demonyms().keys()
    return {k: v for k, v in _country_index("regions").items() if k not in taken}


@functools.lru_cache(maxsize=None)
def organizations() -> dict[str, str]:
    """Organisation name or alias key -> canonical name ("Tories" -> Conservative Party)."""
    out: dict[str, str] = {}
    for name, info in load("organizations").items():
        out[key(name)] = name
        for alias in (info or {}).get("aliases", []):
            out[key(alias)] = name
    return out


def _organization_info(name: str) -> dict:
    canonical = organizations().get(key(name))
    return (load("organizations").get(canonical) or {}) if canonical else {}


def organization_country(name: str) -> str | None:
    """The country a known organisation belongs to ("Labour" -> United Kingdom); None if unknown."""
    return _organization_info(name).get("country")


def international(name: str) -> bool:
    """A body that belongs to no single country: listed as such, or named so ("World ...", "International ...")."""
    if _organization_info(name).get("international"):
        return True
    return bool(set(name.split()) & {"World", "International", "Global", "European", "UN", "Nations"})


def country_of(text: str) -> str | None:
    """The country a name, alias or demonym stands for ("U.K." -> United Kingdom, "Norwegian" -> Norway)."""
    k = key(text)
    return countries().get(k) or demonyms().get(k)
