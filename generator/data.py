"""The hand-written pattern tables in ``generator/data/*.yaml``, loaded once."""
from __future__ import annotations

import functools
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


def _country_index(field: str) -> dict[str, str]:
    """Key of every entry of ``field`` (aliases, demonyms, capitals) -> canonical country name."""
    out: dict[str, str] = {}
    for name, info in load("countries").items():
        for value in (info or {}).get(field, []) or []:
            out[key(value)] = name
    return out


@functools.lru_cache(maxsize=None)
def countries() -> dict[str, str]:
    """Country name or alias key -> canonical country name ("U.K." -> United Kingdom)."""
    return {key(name): name for name in load("countries")} | _country_index("aliases")


@functools.lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    return _country_index("demonyms")


@functools.lru_cache(maxsize=None)
def capitals() -> dict[str, str]:
    return _country_index("capitals")


@functools.lru_cache(maxsize=None)
def organizations() -> dict[str, str]:
    """Organisation name or alias key -> canonical name ("Tories" -> Conservative Party)."""
    out: dict[str, str] = {}
    for name, aliases in load("organizations").items():
        out[key(name)] = name
        for alias in aliases or []:
            out[key(alias)] = name
    return out


def country_of(text: str) -> str | None:
    """The country a name, alias or demonym stands for ("U.K." -> United Kingdom, "Norwegian" -> Norway)."""
    k = key(text)
    return countries().get(k) or demonyms().get(k)
