"""The event store on SQLite and on the real PostgreSQL server: schema, chunks, merging, filters.

Events here are built by hand in an invented world (Veloria, the towns of Brask
and Ottery, the Crimson Vanguard), so the store logic is tested without the
extraction pipeline.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import pg_admin_url
from sqlalchemy import create_engine, text

from eventwire.model import Article, Claim, Event, Evidence
from eventwire.stages.dedup import MergeConfig, Merger
from eventwire.store import ChunkItem, EventFilter, EventStore, resolve_db_url


def make_article(aid: str, *, publisher: str | None, body: str = "") -> Article:
    text_ = body or f"Report {aid}: fighters of the Crimson Vanguard attacked Brask on Tuesday."
    return Article(article_id=aid, publisher=publisher, text=text_, language="en")


def make_event(
    eid: str,
    aid: str,
    *,
    date: str = "2031-04-08",
    lat: float = 10.0,
    lon: float = 20.0,
    location: str = "Brask",
    killed: int | None = None,
    event_type: str = "Battles",
    sub: str = "Armed clash",
    actor1: str = "Crimson Vanguard",
    country: str = "Veloria",
) -> Event:
    claims = []
    if killed is not None:
        claims.append(
            Claim(
                claim_id=f"c-{aid}-{eid}",
                event_id_cnty=eid,
                article_id=aid,
                quantity="fatalities",
                low=killed,
                high=killed,
                best=killed,
                text=f"killing {killed}",
                start=0,
                end=5,
            )
        )
    return Event(
        event_id_cnty=eid,
        event_date=date,
        year=int(date[:4]),
        time_precision=1,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2="Military Forces of Veloria",
        country=country,
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        fatalities=killed or 0,
        claims=claims,
        article_ids=[aid],
        confidence=0.7,
        evidence={"location": [Evidence(article_id=aid, start=0, end=5)]},
    )


def item(key: str, article: Article, events: list[Event]) -> ChunkItem:
    return ChunkItem(doc_key=key, doc_id=key, source="test", article=article, events=events)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    if request.param == "sqlite":
        s = EventStore.open(str(tmp_path / "ew.db"))
        yield s
        s.close()
        return
    admin = pg_admin_url()
    schema = f"ew_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    s = EventStore.open(f"{admin}?options=-csearch_path%3D{schema}")
    try:
        yield s
    finally:
        s.close()
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def no_embeddings() -> Merger:
    return Merger(MergeConfig(use_embeddings=False))


def test_schema_is_created_by_migrations_and_reopening_changes_nothing(store: EventStore) -> None:
    assert store.revision() == "0002"
    store.upgrade()
    assert store.revision() == "0002"
    assert store.counts() == {
        "documents": 0,
        "articles": 0,
        "reports": 0,
        "events": 0,
        "claims": 0,
        "failures": 0,
    }


def test_reports_of_one_incident_merge_with_all_articles_claims_and_publishers(
    store: EventStore,
) -> None:
    a1 = make_article("a1", publisher="Brask Herald")
    a2 = make_article("a2", publisher="Veloria Wire", body="Another telling of the Brask clash.")
    a3 = make_article("a3", publisher="Brask Herald", body="The Herald's follow-up on Brask.")
    stats = store.write_chunk(
        [
            item("d1", a1, [make_event("VLR-1", "a1", killed=5)]),
            item("d2", a2, [make_event("VLR-2", "a2", killed=12, lat=10.01)]),
            item("d3", a3, [make_event("VLR-3", "a3")]),
        ],
        merger=no_embeddings(),
    )
    assert stats.documents == 3 and stats.reports == 3
    events = list(store.events())
    assert len(events) == 1
    ev = events[0]
    assert ev.event_id_cnty == "VLR-1"
    assert ev.article_ids == ["a1", "a2", "a3"]
    # two of the three articles come from one publisher
    assert ev.corroboration == 2
    assert ev.source == "Brask Herald; Veloria Wire"
    assert {c.article_id for c in ev.claims} == {"a1", "a2"}
    assert all(c.event_id_cnty == "VLR-1" for c in ev.claims)
    assert "contradiction" in ev.flags
    assert ev.fatalities == 5
    assert store.counts()["claims"] == 2


def test_near_misses_stay_apart(store: EventStore) -> None:
    a1 = make_article("b1", publisher="P1")
    a2 = make_article("b2", publisher="P2", body="b2")
    a3 = make_article("b3", publisher="P3", body="b3")
    a4 = make_article("b4", publisher="P4", body="b4")
    store.write_chunk(
        [
            item("d1", a1, [make_event("VLR-10", "b1")]),
            # same place, three days later
            item("d2", a2, [make_event("VLR-11", "b2", date="2031-04-11")]),
            # same day, a town 80 km away
            item("d3", a3, [make_event("VLR-12", "b3", lat=10.72, location="Ottery")]),
            # same day and place, another kind of event
            item(
                "d4",
                a4,
                [make_event("VLR-13", "b4", event_type="Protests", sub="Peaceful protest")],
            ),
        ],
        merger=no_embeddings(),
    )
    assert store.counts()["events"] == 4
    assert all(e.corroboration == 1 for e in store.events())


def test_writing_the_same_chunk_twice_changes_nothing(store: EventStore) -> None:
    a1 = make_article("c1", publisher="P1")
    chunk = [
        item("k1", a1, [make_event("VLR-20", "c1", killed=3)]),
        ChunkItem(doc_key="k2", doc_id="broken", source="in.jsonl", error="internal error (boom)"),
    ]
    store.write_chunk(chunk, merger=no_embeddings())
    first = store.counts()
    events_first = list(store.events())
    store.write_chunk(chunk, merger=no_embeddings())
    assert store.counts() == first
    assert list(store.events()) == events_first
    assert first["failures"] == 1 and first["documents"] == 2
    # a failed document is tried again on the next run; a coded one is not
    assert store.done_keys(["k1", "k2", "k3"]) == {"k1"}
    fails = store.failures()
    assert [(f.doc_id, f.source, f.reason) for f in fails] == [
        ("broken", "in.jsonl", "internal error (boom)")
    ]
    # the failed document codes on a later run: its failure goes away
    store.write_chunk(
        [
            ChunkItem(
                doc_key="k2",
                doc_id="broken",
                source="in.jsonl",
                article=make_article("c2", publisher=None, body="x"),
            )
        ]
    )
    assert store.failures() == []
    assert store.done_keys(["k2"]) == {"k2"}


def _merging_chunks() -> list[list[ChunkItem]]:
    """Three chunks whose reports merge within and across chunks (and some stay apart)."""
    articles = [
        make_article(f"m{i}", publisher=f"Paper {i % 3}", body=f"Telling {i} of the Brask clash.")
        for i in range(8)
    ]
    events = [
        make_event("VLR-51", "m0", killed=4),
        make_event("VLR-52", "m1", killed=6, lat=10.01),
        make_event("VLR-53", "m2", date="2031-04-20", lat=10.72, location="Ottery"),
        make_event("VLR-54", "m3", killed=4),
        make_event("VLR-55", "m4", date="2031-04-20", lat=10.72, location="Ottery", killed=2),
        make_event("VLR-56", "m5", event_type="Protests", sub="Peaceful protest"),
        make_event("VLR-57", "m6", event_type="Protests", sub="Peaceful protest", lat=10.005),
        make_event("VLR-58", "m7", date="2031-04-09"),
    ]
    items = [item(f"k{i}", a, [e]) for i, (a, e) in enumerate(zip(articles, events, strict=True))]
    return [items[:3], items[3:6], items[6:]]


def test_merging_is_the_same_whether_a_chunk_parses_stored_reports_again_or_keeps_them(
    store: EventStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = EventFilter(context=None)
    for chunk in _merging_chunks():
        store.write_chunk(chunk, merger=no_embeddings())
    kept = list(store.events(everything))
    assert len(kept) < 8 and any(e.corroboration > 1 for e in kept)
    # candidates come in event id order whatever the query plan (the limit keeps the first)
    with store.engine.connect() as conn:
        found = store._candidate_clusters(conn, make_event("VLR-99", "m9"))
    assert len(found) >= 2 and found == sorted(found)
    monkeypatch.setattr("eventwire.store.base._VIEW_CACHE_SIZE", 0)
    with EventStore.open(str(tmp_path / "reparsed.db")) as fresh:
        for chunk in _merging_chunks():
            fresh.write_chunk(chunk, merger=no_embeddings())
            assert not fresh._views
        assert list(fresh.events(everything)) == kept
        assert fresh.counts() == store.counts()


def test_a_failed_chunk_leaves_nothing_behind_and_can_be_written_again(
    store: EventStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third = _merging_chunks()
    store.write_chunk(first, merger=no_embeddings())
    assert store._views

    def boom(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_put_events", boom)
        with pytest.raises(RuntimeError):
            store.write_chunk(second, merger=no_embeddings())
    assert not store._views
    assert store.counts()["documents"] == 3
    store.write_chunk(second, merger=no_embeddings())
    store.write_chunk(third, merger=no_embeddings())
    with EventStore.open(str(tmp_path / "clean.db")) as clean:
        for chunk in _merging_chunks():
            clean.write_chunk(chunk, merger=no_embeddings())
        everything = EventFilter(context=None)
        assert list(store.events(everything)) == list(clean.events(everything))
        assert store.counts() == clean.counts()


def test_filters(store: EventStore) -> None:
    rows = [
        ("VLR-31", "2031-01-05", "Battles", "Crimson Vanguard", "Veloria", 10.0, 20.0),
        ("VLR-32", "2031-02-10", "Protests", "Protesters (Veloria)", "Veloria", 11.0, 21.0),
        ("OSK-33", "2031-03-15", "Battles", "Ashen Front", "Oskaria", -5.0, 100.0),
    ]
    items = []
    for i, (eid, date, etype, actor, country, lat, lon) in enumerate(rows):
        art = make_article(f"f{i}", publisher=f"P{i}", body=f"body {i}")
        ev = make_event(
            eid,
            f"f{i}",
            date=date,
            event_type=etype,
            actor1=actor,
            country=country,
            lat=lat,
            lon=lon,
        )
        items.append(item(f"k{i}", art, [ev]))
    historical = make_event("VLR-34", "f9", date="2031-01-06").model_copy(
        update={"context": "historical"}
    )
    items.append(item("k9", make_article("f9", publisher="P9", body="old"), [historical]))
    store.write_chunk(items, merger=None)

    def ids(**kw: object) -> list[str]:
        return [e.event_id_cnty for e in store.events(EventFilter(**kw))]  # type: ignore[arg-type]

    assert ids() == ["VLR-31", "VLR-32", "OSK-33"]
    assert ids(context=None) == ["VLR-31", "VLR-34", "VLR-32", "OSK-33"]
    assert ids(since="2031-02-01") == ["VLR-32", "OSK-33"]
    assert ids(until="2031-02-10") == ["VLR-31", "VLR-32"]
    assert ids(country="oskaria") == ["OSK-33"]
    assert ids(country="VLR") == ["VLR-31", "VLR-32"]
    assert ids(event_type="battles") == ["VLR-31", "OSK-33"]
    assert ids(actor="vanguard") == ["VLR-31"]
    assert ids(bbox=(19.5, 9.5, 21.5, 11.5)) == ["VLR-31", "VLR-32"]
    assert ids(bbox=(90.0, -10.0, 110.0, 0.0)) == ["OSK-33"]
    assert ids(limit=1) == ["VLR-31"]


def test_import_events_keeps_them_equal(store: EventStore) -> None:
    events = [make_event("VLR-40", "g1", killed=2), make_event("VLR-41", "g2", date="2031-05-01")]
    assert store.import_events(events) == 2
    assert store.import_events(events) == 0
    assert list(store.events()) == events


def test_resolve_db_url(tmp_path: Path) -> None:
    assert (
        resolve_db_url(None, cwd=tmp_path) == f"sqlite:///{(tmp_path / 'eventwire.db').resolve()}"
    )
    assert resolve_db_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_db_url("x.db").startswith("sqlite:///")
