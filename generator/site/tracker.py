"""Tracked commitments: one pledge, plan or spending reported in several briefings is one tracked commitment.

Reports are the same commitment when they have the same owner (name key), the same sum within rounding (the
value to SIGNIFICANT significant figures, in the same currency and per the same unit: "£1.2bn" and "£1.25bn"
are one, "£1.2bn" and "£1.5bn" are not) and the same sector. Their kinds may differ (announced as a plan, then
reported as a pledge): the tracked commitment takes the kind most reports give. Commitments with no sum are not
tracked (nothing tells two of them apart).

Disputed: a warning or call by another actor (not the owner's own people: a person whose organisation is the owner)
with the same sum, in a briefing that names the owner ("the Tories say Labour's plans would cost £35bn"), is
listed with the commitment it disputes.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator import lexicon as lx
from generator.model import Amount, Briefing, Commitment

SIGNIFICANT = 2
TRACKED_KINDS = ("pledge", "plan", "spend")
DISPUTING_KINDS = ("warning", "call")

Report = tuple[Briefing, Commitment]


def sum_key(amount: Amount) -> tuple[str, float, str | None]:
    return amount.unit, float(f"{amount.value:.{SIGNIFICANT}g}"), amount.per


@dataclass
class Tracked:
    owner: str
    amount: Amount  # as most reports give it (the newest of those on a tie)
    sector: str | None
    reports: list[Report]  # in listing order: dated ones newest first, then undated by section and file
    key: tuple[object, ...] = ()  # key_of its reports
    disputes: list[Report] = field(default_factory=list)
    slug: str = ""

    @property
    def kind(self) -> str:
        counts = Counter(c.kind for _, c in self.reports)
        return min(counts, key=lambda k: (-counts[k], TRACKED_KINDS.index(k)))

    @property
    def first(self) -> Report | None:
        """The earliest dated report (None when no report is dated: file order says nothing of time)."""
        dated = [r for r in self.reports if r[0].date]
        return min(dated, key=lambda r: r[0].date or "") if dated else None

    @property
    def latest(self) -> Report | None:
        """The newest dated report, or None."""
        dated = [r for r in self.reports if r[0].date]
        return max(dated, key=lambda r: r[0].date or "") if dated else None

    @property
    def label(self) -> str:
        return f"{self.owner}: {self.amount.text}" + (f" ({self.sector})" if self.sector else "")


def key_of(c: Commitment) -> tuple[object, ...] | None:
    if c.kind not in TRACKED_KINDS or c.amount is None or not c.actor:
        return None
    return (lx.key(c.actor), *sum_key(c.amount), c.sector)


def track(briefings: Sequence[Briefing]) -> list[Tracked]:
    """The tracked commitments of ``briefings`` (in listing order), in the order of their newest report; each
    briefing counts once for a commitment it reports twice."""
    by: dict[tuple[object, ...], Tracked] = {}
    for b in briefings:
        for c in b.commitments:
            key = key_of(c)
            if key is None:
                continue
            t = by.get(key)
            if t is None:
                by[key] = Tracked(owner=c.actor or "", amount=c.amount, sector=c.sector,  # type: ignore[arg-type]
                                  reports=[(b, c)], key=key)
            elif t.reports[-1][0] is not b:
                t.reports.append((b, c))
    for t in by.values():
        said = Counter(c.amount.text for _, c in t.reports if c.amount)
        best = said.most_common(1)[0][0]  # the first (newest) on a tie
        t.amount = next(c.amount for _, c in t.reports if c.amount and c.amount.text == best)
    # disputes: another actor's warning or call with the same sum, in a briefing that names the owner
    by_sum: dict[tuple[str, float, str | None], list[Tracked]] = {}
    for t in by.values():
        by_sum.setdefault(sum_key(t.amount), []).append(t)
    for b in briefings:
        named = {lx.key(a.name) for a in b.actors}
        sides = {a.id: {lx.key(a.name), lx.key(a.organization or "")} for a in b.actors}
        for c in b.commitments:
            if c.kind not in DISPUTING_KINDS or c.amount is None:
                continue
            side = sides.get(c.actor_id or "", {lx.key(c.actor or "")})
            for t in by_sum.get(sum_key(c.amount), []):
                owner = lx.key(t.owner)
                # not the owner, nor one of its own people ("Charles Kennedy" of the Liberal Democrats)
                if owner in named and owner not in side and not any(rb is b for rb, _ in t.disputes):
                    t.disputes.append((b, c))
    return list(by.values())
