"""The data downloads: a JSON file per briefing, all briefings in one JSON file, commitments and quotes as CSV."""
from __future__ import annotations

import csv
import io
import json

from generator.model import Briefing


def briefing_bytes(b: Briefing) -> bytes:
    """A briefing's data file in UTF-8 without its line end: the JSON ``b`` was read from, where it was read from the
    cache (``Briefing.stored_json``, the same serialisation)."""
    stored = b.stored_json
    return stored if stored is not None else json.dumps(b.to_json(), ensure_ascii=False, sort_keys=True).encode()


def briefing_json(b: Briefing) -> str:
    """A briefing's data file as text."""
    return briefing_bytes(b).decode("utf-8") + "\n"


class Parts(list[bytes]):
    """A generated file's UTF-8 bytes in parts, joined only by a reader that needs the whole (``text``): the file
    of all briefings is as large as all their JSON files together, and a writer can take it part by part."""

    def text(self) -> str:
        return b"".join(self).decode("utf-8")


def all_json(briefings: list[Briefing], each: dict[int, bytes] | None = None) -> Parts:
    """``briefings`` in listing order; ``each``: ``id(b) -> briefing_bytes(b)`` when the caller has them already.
    The same bytes as ``json.dumps({"briefings": [...]}, sort_keys=True)``, joined from the briefings' own JSON
    instead of serialising every briefing a second time (and holding all of them as dicts at once)."""
    out = Parts([b'{"briefings": ['])
    for i, b in enumerate(briefings):
        out.extend((b", " if i else b"", each[id(b)] if each else briefing_bytes(b)))
    out.append(b"]}\n")
    return out


def _num(v: float) -> str:
    return str(int(v)) if v == int(v) else repr(v)


def csv_safe(text: str) -> str:
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def commitments_csv(briefings: list[Briefing]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["briefing", "date", "actor", "action", "kind", "sector", "amount_text", "value", "unit", "year",
                "evidence"])
    for b in briefings:
        for c in b.commitments:
            a = c.amount
            w.writerow([b.slug, b.date or "", c.actor or "", c.action or "", c.kind, c.sector or "",
                        a.text if a else "", _num(a.value) if a else "", a.unit if a else "", c.year or "",
                        csv_safe(c.evidence)])
    return buf.getvalue()


def quotes_csv(briefings: list[Briefing]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["briefing", "date", "speaker", "kind", "cue", "text", "start", "end"])
    for b in briefings:
        for q in b.quotes:
            w.writerow([b.slug, b.date or "", csv_safe(q.speaker or ""), q.kind, q.cue or "", csv_safe(q.text),
                        q.start, q.end])
    return buf.getvalue()
