"""summarize_claims over hand-built claims: ACLED's figure, UCDP ranges, flags, sources."""

from __future__ import annotations

import itertools

from eventwire.model import Claim, Source
from eventwire.stages.attribution import same_source
from eventwire.stages.reconcile import dedupe_sources, summarize_claims

_OFFSETS = itertools.count(10, 10)


def claim(
    quantity: str,
    low: int | None,
    high: int | None,
    best: int | None,
    *,
    qualifier: str = "",
    sentence: str = "",
    source: Source | None = None,
    role: str = "event",
    text: str = "",
    hedges: list[str] | None = None,
    article_id: str = "a",
) -> Claim:
    n = next(_OFFSETS)
    return Claim(
        claim_id=f"c-{n:08x}",
        article_id=article_id,
        quantity=quantity,
        low=low,
        high=high,
        best=best,
        qualifier=qualifier,
        text=text or f"{best or low} killed",
        start=n,
        end=n + 5,
        source=source,
        hedges=hedges or [],
        sentence=sentence or f"sentence {n}",
        role=role,  # type: ignore[arg-type]
    )


OFFICIALS = Source(name="officials", kind="official")
US_OFFICIALS = Source(name="US officials", kind="official")


def test_vague_dozens_acled_12_range_24_99() -> None:
    s = summarize_claims([claim("fatalities", 24, 99, None, qualifier="dozens", source=OFFICIALS)])
    assert s.fatalities == 12
    assert (s.fatalities_low, s.fatalities_high, s.fatalities_best) == (24, 99, None)
    assert "vague_count" in s.flags
    assert "single_source" in s.flags


def test_contradiction_when_ranges_do_not_overlap() -> None:
    s = summarize_claims(
        [
            claim("vehicles_destroyed", 201, None, None, qualifier="more than", source=OFFICIALS),
            claim("vehicles_destroyed", 50, 61, 55, qualifier="about", source=US_OFFICIALS),
        ]
    )
    assert "contradiction" in s.flags
    assert s.counts["vehicles_destroyed"].low == 50
    assert s.fatalities == 0


def test_overlapping_ranges_are_no_contradiction() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 12, None, None, qualifier="at least", source=OFFICIALS),
            claim("fatalities", 14, 14, 14, source=US_OFFICIALS),
        ]
    )
    assert "contradiction" not in s.flags
    assert s.fatalities == 12  # the lowest credible report


def test_update_replaces_earlier_figures() -> None:
    s = summarize_claims(
        [claim("fatalities", 20, 20, 20), claim("fatalities", 31, 31, 31, role="update")]
    )
    assert s.fatalities == 31
    assert s.fatalities_low == 31
    assert "contradiction" not in s.flags


def test_running_total_is_ignored() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 3, 3, 3),
            claim("fatalities", 1001, None, None, qualifier="more than", role="running_total"),
        ]
    )
    assert s.fatalities == 3
    assert s.fatalities_high == 3


def test_same_sentence_groups_add_up() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 10, 10, 10, sentence="S"),
            claim("fatalities", 3, 3, 3, sentence="S"),
        ]
    )
    assert s.fatalities == 13


def test_also_killed_in_a_later_sentence_adds_up() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 2, 2, 2, text="2 policemen were killed"),
            claim("fatalities", 6, 6, 6, text="6 militants were also killed"),
        ]
    )
    assert s.fatalities == 8


def test_explicit_zero_and_positive() -> None:
    assert summarize_claims([claim("fatalities", 0, 0, 0)]).fatalities == 0
    s = summarize_claims([claim("fatalities", 2, 2, 2), claim("fatalities", 0, 0, 0)])
    assert s.fatalities == 2


def test_armed_group_self_claim_is_not_credible() -> None:
    group = Source(name="Kemari Front", kind="armed group")
    s = summarize_claims([claim("fatalities", 25, 25, 25, source=group, hedges=["claimed"])])
    assert s.fatalities == 0
    assert s.fatalities_best == 25
    assert "hedged" in s.flags


def test_coded_as_wins() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 9, 9, 9),
            claim("fatalities", 7, 7, 7, qualifier="coded as", role="update"),
            claim("fatalities", 2, 2, 2, source=Source(name="VoJ", kind="media")),
        ]
    )
    assert s.fatalities == 7


def test_articles_are_separate_reports() -> None:
    s = summarize_claims(
        [
            claim("fatalities", 9, 9, 9, article_id="a1"),
            claim("fatalities", 7, 7, 7, article_id="a2"),
        ]
    )
    assert s.fatalities == 7
    assert (s.fatalities_low, s.fatalities_high) == (7, 9)


def test_same_person_two_spellings() -> None:
    a = Source(name="Maj. Gen. Ismail al-Mahlawi", kind="military")
    b = Source(name="Mr Mahalawi", kind="official")
    assert same_source(a, b)
    assert not same_source(a, Source(name="Mr Rasool", kind="official"))
    assert not same_source(OFFICIALS, US_OFFICIALS)
    merged = dedupe_sources([b, OFFICIALS, a])
    assert [s.name for s in merged] == ["Maj. Gen. Ismail al-Mahlawi", "officials"]


def test_extra_sources_and_hedges() -> None:
    s = summarize_claims(
        [claim("fatalities", 4, 4, 4, source=OFFICIALS)],
        extra_sources=[Source(name="a rebel spokesman", kind="rebel")],
        hedges=["If the figure is confirmed"],
    )
    assert len(s.sources) == 2
    assert "hedged" in s.flags
    assert "single_source" not in s.flags
