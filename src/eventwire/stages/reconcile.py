"""Reconcile: one event's claims into its figures, ranges, flags and sources.

Reads the claims of one event; sets ``fatalities`` (ACLED's conservative
figure), ``fatalities_best/low/high`` (UCDP-style), ``counts`` for the other
quantities, the flags ``contradiction``, ``hedged``, ``vague_count``,
``single_source``, and the deduplicated ``sources``.

How claims combine (docs/claims.md):

- running totals ("1,000 killed since January") are context and ignored;
- an update ("the toll has risen to 31") replaces the earlier claims on its
  quantity; ACLED's own "Fatalities coded as N" replaces all of them;
- figures in one sentence from one source add up when they count different
  groups ("10 soldiers were killed, and three fighters were also killed");
- figures from different sentences or sources are alternative reports of the
  same quantity: ACLED's figure is the lowest credible one, the UCDP range
  spans them, and ranges that do not overlap are a ``contradiction``;
- a figure an armed group claims for itself ("the Taliban claimed to have
  killed 20") is not credible for ACLED's figure (ACLED codes such claims 0).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from eventwire.model import Claim, Range, Source
from eventwire.stages.attribution import AttributionTables, same_source
from eventwire.stages.quantities import VAGUE_QUALIFIERS, QuantityTables, acled_value

__all__ = ["ClaimSummary", "summarize_claims", "dedupe_sources"]

_INCREDIBLE_KINDS = frozenset({"armed group"})


@dataclass(frozen=True)
class ClaimSummary:
    """What an event's claims add up to."""

    fatalities: int = 0
    fatalities_best: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    counts: dict[str, Range] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass(frozen=True)
class _Report:
    """One report of a quantity: the claims of one sentence and source, added up."""

    low: int | None
    high: int | None
    best: int | None
    acled: int | None
    credible: bool
    coded: bool
    source: str


def summarize_claims(
    claims: list[Claim],
    *,
    extra_sources: list[Source] | None = None,
    hedges: list[str] | None = None,
    tables: QuantityTables | None = None,
) -> ClaimSummary:
    """Figures, ranges, flags and sources of one event from its claims.

    ``extra_sources``: sources of the event's other sentences (``find_source``),
    merged into ``sources``; ``hedges``: event-level hedges (``find_hedges`` over
    the event's sentences) that also set ``hedged``.
    """
    tab = tables or QuantityTables.load()
    live = [c for c in claims if c.role != "running_total"]
    live.sort(key=lambda c: (c.start, c.end))
    by_quantity: dict[str, list[Claim]] = {}
    for claim in live:
        by_quantity.setdefault(claim.quantity, []).append(claim)

    flags: list[str] = []
    counts: dict[str, Range] = {}
    fatalities = 0
    f_range = Range()
    for quantity, qclaims in by_quantity.items():
        kept = _apply_updates(qclaims)
        reports = _reports(kept, tab)
        if not reports:
            continue
        rng = _range(reports)
        if _contradicts(reports):
            _add(flags, "contradiction")
        if quantity == "fatalities":
            f_range = rng
            fatalities = _acled_figure(reports)
        else:
            counts[quantity] = rng
    if any(c.hedges for c in claims) or hedges:
        _add(flags, "hedged")
    if any(c.qualifier in VAGUE_QUALIFIERS for c in live):
        _add(flags, "vague_count")
    sources = dedupe_sources(
        [c.source for c in claims if c.source is not None] + list(extra_sources or []),
        tables=tab.attribution,
    )
    if len(sources) == 1:
        _add(flags, "single_source")
    return ClaimSummary(
        fatalities=fatalities,
        fatalities_best=f_range.best,
        fatalities_low=f_range.low,
        fatalities_high=f_range.high,
        counts=counts,
        flags=flags,
        sources=sources,
    )


def _add(flags: list[str], flag: str) -> None:
    if flag not in flags:
        flags.append(flag)


def _apply_updates(claims: list[Claim]) -> list[Claim]:
    coded = [c for c in claims if c.qualifier == "coded as"]
    if coded:
        return coded[-1:]
    kept: list[Claim] = []
    for claim in claims:
        if claim.role == "update":
            kept = []
        kept.append(claim)
    return kept


_ADDITIVE = re.compile(r"\b(?:also|another|other|others|more|additional|further)\b", re.I)


def _reports(claims: list[Claim], tab: QuantityTables) -> list[_Report]:
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    last_key: tuple[str, str, str] | None = None
    for claim in claims:
        key = (
            claim.article_id,
            _sentence_key(claim),
            claim.source.name.lower() if claim.source else "",
        )
        if (
            key not in groups
            and last_key is not None
            and claim.role == "event"
            and _ADDITIVE.search(claim.text)
        ):
            # "A soldier was also killed": more victims of the same event, not another report
            key = last_key
        groups.setdefault(key, []).append(claim)
        last_key = key
    out: list[_Report] = []
    for members in groups.values():
        acled = [acled_value(c, tables=tab) for c in members]
        credible = not any(_self_claim(c) for c in members)
        out.append(
            _Report(
                low=_sum_or_none([c.low for c in members], lenient=True),
                high=_sum_or_none([c.high for c in members]),
                best=_sum_or_none([c.best for c in members]),
                acled=_sum_or_none(acled, lenient=True),
                credible=credible,
                coded=any(c.qualifier == "coded as" for c in members),
                source=_source_key(members),
            )
        )
    return out


def _sentence_key(claim: Claim) -> str:
    """The sentence a claim is in, as an instance: a headline repeated word for word
    further down is another sentence (its figures must not add up with the first)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return claim.sentence
    return f"{claim.start - at}|{claim.sentence}"


def _source_key(members: list[Claim]) -> str:
    """Who gave a report: its source within its article (articles are separate reports)."""
    for c in members:
        if c.source is not None:
            return f"{c.article_id}|{c.source.name.lower()}"
    return f"{members[0].article_id}|"


def _self_claim(claim: Claim) -> bool:
    """An armed group's own account ("IS claimed to have killed 20", "the Taliban said
    their fighters killed 12"): ACLED codes such claims 0."""
    return claim.source is not None and claim.source.kind in _INCREDIBLE_KINDS


def _sum_or_none(values: list[int | None], *, lenient: bool = False) -> int | None:
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    if len(vals) < len(values) and not lenient:
        return None
    return sum(vals)


def _range(reports: list[_Report]) -> Range:
    lows = [r.low for r in reports if r.low is not None]
    highs = [r.high for r in reports]
    bests = [r.best for r in reports if r.best is not None]
    low = min(lows) if lows else None
    high = max(h for h in highs if h is not None) if all(h is not None for h in highs) else None
    best: int | None = None
    if bests:
        best = int(statistics.median_low(bests))
    if low is None and bests:
        low = min(bests)
    return Range(best=best, low=low, high=high)


def _contradicts(reports: list[_Report]) -> bool:
    spans = [
        (r.low if r.low is not None else 0, r.high if r.high is not None else 10**12)
        for r in reports
    ]
    for i, (a_lo, a_hi) in enumerate(spans):
        for b_lo, b_hi in spans[i + 1 :]:
            if a_hi < b_lo or b_hi < a_lo:
                return True
    return False


def _acled_figure(reports: list[_Report]) -> int:
    """ACLED's conservative figure: the lowest credible report (0 when none is credible)."""
    coded = [r.acled for r in reports if r.coded and r.acled is not None]
    if coded:
        return coded[-1]
    per_source: dict[str, int] = {}
    for r in reports:
        if not r.credible or r.acled is None:
            continue
        seen = per_source.get(r.source)
        # one source's first figure is its account (later ones detail it); a positive
        # figure beats "No casualties reported", which is usually about the other side
        if seen is None or (seen == 0 and r.acled > 0):
            per_source[r.source] = r.acled
    values = list(per_source.values())
    positive = [v for v in values if v > 0]
    if positive:
        values = positive
    return min(values) if values else 0


def dedupe_sources(
    sources: list[Source], *, tables: AttributionTables | None = None
) -> list[Source]:
    """Distinct sources, in order of first mention; one person under two spellings is one."""
    tab = tables or AttributionTables.load()
    out: list[Source] = []
    for src in sources:
        for i, seen in enumerate(out):
            if same_source(seen, src, tables=tab):
                # keep the fuller name ("Maj. Gen. Ismail al-Mahlawi" over "Mr Mahalawi")
                if len(src.name) > len(seen.name):
                    out[i] = Source(name=src.name, kind=src.kind)
                break
        else:
            out.append(src)
    return out
