"""Tracked commitments: one pledge, plan or spending reported in several briefings is one tracked commitment.

Reports are the same commitment when they have the same owner (name key), the same sum within rounding (the
value to SIGNIFICANT significant figures, in the same currency and per the same unit: "£1.2bn" and "£1.25bn"
are one, "£1.2bn" and "£1.5bn" are not) and the same sector. Their kinds may differ (announced as a plan, then
reported as a pledge): the tracked commitment takes the kind most reports give. Commitments with no sum are not
tracked (nothing tells two of them apart).

One owner, said two ways: a person's commitment is their organisation's when that organisation owns a commitment of
the same sum and sector in the archive ("Tory leader Michael Howard" pledging the £35bn the Conservative Party
plans), the organisation being the one the person's actor page shows first (most stated); and a report whose sector
nothing said joins its owner's commitment of the same sum of money when that owner has it under one sector only (a
share does not: two measures of one budget can both be 30%).

Disputed: a warning or call by another actor (not the owner's own people: a person whose organisation is the owner,
or who owns one of its reports) with the same sum, in a briefing that names the owner or one of those people ("the
Tories say Labour's plans would cost £35bn"), is listed with the commitment it disputes.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from generator import lexicon as lx
from generator.model import Amount, Briefing, Commitment
from generator.site.render import TIME_UNITS

SIGNIFICANT = 2
TRACKED_KINDS = ("pledge", "plan", "spend")
DISPUTING_KINDS = ("warning", "call")

Report = tuple[Briefing, Commitment]


def sum_key(amount: Amount) -> tuple[str, float, str | None]:
    """A sum as the tracker compares it: its currency, two significant figures, and whether it is a total, a rate
    (a year, a month ...) or a sum for each one of many, whoever they are called ("a £200 refund for pensioners" and
    "for over-65s" are one refund)."""
    per = amount.per if amount.per is None or amount.per in TIME_UNITS else "each"
    return amount.unit, float(f"{amount.value:.{SIGNIFICANT}g}"), per


@dataclass
class Tracked:
    owner: str
    amount: Amount  # as most reports give it (the newest of those on a tie)
    sector: str | None
    reports: list[Report]  # in listing order: dated ones newest first, then undated by section and file
    key: tuple[object, ...] = ()  # key_of its first report
    keys: set[tuple[object, ...]] = field(default_factory=set)  # key_of every report
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


Key = tuple[object, ...]


SHARES = ("percent", "percent_gdp")  # a share with no sector is not joined to one with a sector: "Reduced corporate
# tax rates to 30%" and "Increased flow of funds to agriculture by 30%" are two measures of one budget


def _owners(keys: Iterable[Key], organization_of: Mapping[str, str]) -> dict[Key, Key]:
    """Each key -> the key it is tracked under (see the module's docstring: a person's commitment under their
    organisation's, a sum with no sector under its owner's one sector for that sum). ``organization_of``: name key of
    a person -> name key of their organisation."""
    keys = set(keys)
    sectors: dict[Key, set[object]] = {}  # (owner, sum...) -> the sectors given it
    for k in keys:
        sectors.setdefault(k[:-1], set()).add(k[-1])

    def sectored(owner_sum: Key, sector: object) -> Key | None:
        """The key of ``owner_sum`` that a report of ``sector`` joins, if it has one."""
        given = sectors.get(owner_sum, set())
        named = sorted(s for s in given if s is not None)  # type: ignore[type-var]
        if sector is not None:
            if sector in given:
                return (*owner_sum, sector)
            return (*owner_sum, None) if not named and None in given else None  # its only key says no sector
        if len(named) == 1 and owner_sum[1] not in SHARES:
            return owner_sum + (named[0],)
        return (*owner_sum, None) if None in given else None

    out = {}
    for k in keys:
        owner_sum, sector = k[:-1], k[-1]
        org = organization_of.get(str(k[0]))
        out[k] = (sectored((org, *owner_sum[1:]), sector) if org and org != k[0] else None) \
            or sectored(owner_sum, sector) or k
    # a key that joins another joins wherever that one goes (a person's report with no sector, via their own
    # one-sector key, to their organisation's)
    return {k: out.get(t, t) for k, t in out.items()}


def track(briefings: Sequence[Briefing], organization_of: Mapping[str, str] | None = None) -> list[Tracked]:
    """The tracked commitments of ``briefings`` (in listing order), in the order of their newest report; each
    briefing counts once for a commitment it reports twice. ``organization_of``: name key of a person -> name key of
    the organisation their actor page shows first (``Site`` passes it; without it, no person joins a body)."""
    reports: list[tuple[tuple[object, ...], Briefing, Commitment]] = []
    for b in briefings:
        for c in b.commitments:
            key = key_of(c)
            if key is not None:
                reports.append((key, b, c))
    under = _owners((k for k, _, _ in reports), organization_of or {})
    by: dict[tuple[object, ...], Tracked] = {}
    for key, b, c in reports:
        target = under[key]
        t = by.get(target)
        if t is None:
            by[target] = t = Tracked(owner=c.actor or "", amount=c.amount, sector=c.sector,  # type: ignore[arg-type]
                                     reports=[(b, c)], key=key)
        elif t.reports[-1][0] is not b:
            t.reports.append((b, c))
        t.keys.add(key)
    for t in by.values():
        # named as the key it is tracked under names its owner and sector: by the reports that say them
        target = under[t.key]
        owned = [c for _, c in t.reports if key_of(c) == target]
        if owned:
            t.owner, t.sector = owned[0].actor or "", owned[0].sector
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
                owners = {k[0] for k in t.keys}  # the owner, and its people whose reports it holds
                # not the owner, nor one of its own people ("Charles Kennedy" of the Liberal Democrats)
                if owners & named and not owners & side and not any(rb is b for rb, _ in t.disputes):
                    t.disputes.append((b, c))
    return list(by.values())
