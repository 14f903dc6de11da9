"""Typed records of a briefing, with JSON round-trips.

Every record that comes from the text carries ``start``/``end`` character offsets into
``Briefing.text`` (the article body as published), so a page can link an item to its sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, ClassVar


@dataclass
class Amount:
    value: float
    unit: str  # ISO 4217 code, "percent_gdp" or "percent"
    text: str  # as written in the article
    approx: bool = False  # "up to", "about", ranges
    high: float | None = None  # upper bound of a range: "£2-3bn" is 2e9 (the first sum) to 3e9
    per: str | None = None  # a rate, not a total: "year" for "£1,400 a year", "mother" for "£200 per mother"
    unit_inferred: bool = False  # the currency is read from the article's country ("$" in Australian text: AUD)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    role: str | None = None
    affiliation: str | None = None  # the country (or bloc) the actor belongs to
    organization: str | None = None  # for a person: the organisation they speak or work for
    country_implied: bool = False  # the affiliation is the article's home country, not said of this actor
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    quotes: int = 0
    score: float = 0.0
    first: int = 0  # offset of the first mention


@dataclass
class Quote:
    text: str
    speaker: str | None
    kind: str
    cue: str | None
    start: int
    end: int
    sentence: int  # index into Briefing.sentences
    speaker_id: str | None = None


@dataclass
class Commitment:
    actor: str | None
    action: str | None
    sector: str | None
    amount: Amount | None
    kind: str
    year: int | None
    evidence: str
    start: int
    end: int
    sentence: int
    actor_id: str | None = None


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Briefing:
    source: str
    slug: str
    title: str
    text: str
    date: str | None = None
    credit: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)  # indices of summary sentences
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    works: list[str] = field(default_factory=list)  # names said as titles of works ("the film Vera Drake")
    pipeline: str = ""
    extractor: str = ""
    # The JSON this briefing was read from or stored as (``Cache``): ``to_json`` serialised with sorted keys, in
    # UTF-8. Its data file is written from it, not serialised again (20,000 briefings on every build). Not a field:
    # ``dataclasses.replace`` makes a briefing without it. Kept only while the briefing is as read: a briefing read
    # from the cache is never changed in place (``identity.merge`` makes changed copies), and ``rename``, the one
    # change made to it, drops it.
    stored_json: ClassVar[bytes | None] = None

    def keep_json(self, payload: bytes) -> None:
        """``payload`` is exactly ``json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)`` in UTF-8."""
        self.__dict__["stored_json"] = payload

    def rename(self, source: str, slug: str) -> None:
        """The same briefing under another file name and slug (the same bytes may sit under another name)."""
        if (source, slug) != (self.source, self.slug):
            self.source, self.slug = source, slug
            self.__dict__.pop("stored_json", None)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def to_json(self) -> dict[str, Any]:
        """The same as ``dataclasses.asdict`` (a test holds it to that), several times faster."""
        return _plain(self)

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Briefing:
        """A briefing from JSON that ``to_json`` wrote, of this very shape: every record has exactly its fields (a
        missing or unknown one is a ValueError), so the briefing serialises back to the same JSON. A check of the
        keys, not a second serialisation to compare: 20,000 cached briefings are read on every build."""
        _same_fields(data, cls)
        for name, kind in (("sentences", Sentence), ("actors", Actor), ("quotes", Quote), ("commitments", Commitment)):
            for record in data[name]:
                _same_fields(record, kind)
        for c in data["commitments"]:
            if c["amount"] is not None:
                _same_fields(c["amount"], Amount)
        return cls.from_json(data)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Briefing:
        data = dict(data)
        data["sentences"] = [Sentence(**s) for s in data.get("sentences", [])]
        data["actors"] = [Actor(**a) for a in data.get("actors", [])]
        data["quotes"] = [Quote(**q) for q in data.get("quotes", [])]
        commitments = []
        for c in data.get("commitments", []):
            c = dict(c)
            if c.get("amount") is not None:
                c["amount"] = Amount(**c["amount"])
            commitments.append(Commitment(**c))
        data["commitments"] = commitments
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_SETS: dict[type, frozenset[str]] = {}


def _same_fields(record: Any, kind: type) -> None:
    names = _FIELD_SETS.get(kind)
    if names is None:
        names = _FIELD_SETS[kind] = frozenset(f.name for f in fields(kind))
    if not isinstance(record, dict) or record.keys() != names:
        raise ValueError(f"not a {kind.__name__} of this version")


def _plain(value: Any) -> Any:
    """Records to dicts, lists to lists; everything else (str, numbers, None, bool) as is. Scalars, by far the
    most values, are passed through without a call."""
    if isinstance(value, list):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    names = _FIELDS.get(type(value))
    if names is None:
        if not is_dataclass(value) or isinstance(value, type):
            return value
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    out = {}
    for n in names:
        v = getattr(value, n)
        out[n] = v if type(v) in _SCALARS else _plain(v)
    return out
