"""Exports: ACLED columns in ACLED's order, GeoJSON features, JSONL that reads back equal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export import (
    event_feature,
    looks_like_event_jsonl,
    read_events_jsonl,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from eventwire.model import ACLED_COLUMNS, Claim, Event, Evidence, Range, Source
from eventwire.store import EventStore


def sample_events() -> list[Event]:
    claim = Claim(
        claim_id="c-1",
        event_id_cnty="VLR-aa01",
        article_id="art1",
        quantity="fatalities",
        low=24,
        high=99,
        qualifier="dozens",
        text="dozens of fighters were killed",
        start=10,
        end=40,
        source=Source(name="a Vanguard spokesman", kind="armed group"),
        hedges=["reportedly"],
        sentence="Dozens of fighters were reportedly killed, a Vanguard spokesman said.",
    )
    first = Event(
        event_id_cnty="VLR-aa01",
        event_date="2031-04-08",
        year=2031,
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Crimson Vanguard",
        assoc_actor_1="Ashen Front; Brask Militia",
        inter1=2,
        actor2="Military Forces of Veloria",
        inter2=1,
        interaction=12,
        country="Veloria",
        location='Brask, "old town"',
        latitude=10.5,
        longitude=-20.25,
        geo_precision=1,
        source="Brask Herald; Veloria Wire",
        notes="On 8 April 2031, the Crimson Vanguard clashed with Velorian forces in Brask.",
        fatalities=12,
        fatalities_low=24,
        fatalities_high=99,
        counts={"injured": Range(best=5, low=5, high=5)},
        claims=[claim],
        flags=["hedged", "vague_count"],
        sources=[Source(name="a Vanguard spokesman", kind="armed group")],
        corroboration=2,
        article_ids=["art1", "art2"],
        confidence=0.81,
        evidence={"location": [Evidence(article_id="art1", start=50, end=55)]},
    )
    second = Event(
        event_id_cnty="VLR-aa02",
        event_date=None,
        event_type="Protests",
        sub_event_type="Peaceful protest",
        notes="Protesters gathered in Ottery.",
        article_ids=["art3"],
    )
    return [first, second]


def test_acled_csv_has_exactly_acleds_columns_in_order() -> None:
    out = io.StringIO()
    assert write_acled_csv(sample_events(), out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 3 and all(len(r) == len(ACLED_COLUMNS) for r in rows)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["event_id_cnty"] == "VLR-aa01"
    assert first["location"] == 'Brask, "old town"'
    assert first["assoc_actor_1"] == "Ashen Front; Brask Militia"
    assert first["fatalities"] == "12" and first["latitude"] == "10.5"
    second = dict(zip(rows[0], rows[2], strict=True))
    # unknown values are empty cells, never "None"
    assert second["event_date"] == "" and second["latitude"] == "" and second["iso"] == ""


def test_geojson_is_a_feature_collection_with_every_field() -> None:
    out = io.StringIO()
    assert write_geojson(sample_events(), out) == 2
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    first, second = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [-20.25, 10.5]}
    assert first["properties"]["claims"][0]["qualifier"] == "dozens"
    assert set(first["properties"]) == set(Event.model_fields)
    assert second["geometry"] is None
    assert event_feature(sample_events()[0])["id"] == "VLR-aa01"


def test_jsonl_round_trip_gives_equal_events(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(sample_events(), out)
    assert looks_like_event_jsonl(path)
    assert list(read_events_jsonl(path)) == sample_events()


def test_export_then_ingest_gives_equal_events(tmp_path: Path) -> None:
    """Through the CLI: store -> export jsonl -> ingest into a fresh store -> export again."""
    runner = CliRunner()
    first_db = str(tmp_path / "one.db")
    with EventStore.open(first_db) as store:
        store.import_events(sample_events())
    exported = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["export", "--db", first_db, "--format", "jsonl", "-o", str(exported)])
    assert res.exit_code == 0, res.output
    second_db = str(tmp_path / "two.db")
    res = runner.invoke(app, ["ingest", str(exported), "--db", second_db, "--quiet"])
    assert res.exit_code == 0, res.output
    with EventStore.open(second_db) as store:
        assert list(store.events()) == sample_events()
    again = tmp_path / "again.jsonl"
    res = runner.invoke(app, ["export", "--db", second_db, "--format", "jsonl", "-o", str(again)])
    assert res.exit_code == 0
    assert again.read_text() == exported.read_text()
    acled = tmp_path / "out.csv"
    res = runner.invoke(app, ["export", "--db", second_db, "--format", "acled", "-o", str(acled)])
    assert res.exit_code == 0
    assert acled.read_text().splitlines()[0] == ",".join(ACLED_COLUMNS)
    res = runner.invoke(app, ["export", "--db", second_db, "--format", "kml", "-o", str(acled)])
    assert res.exit_code == 2
