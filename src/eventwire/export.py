"""Exports: ACLED CSV, GeoJSON and JSONL writers, and the JSONL reader.

The ACLED CSV has exactly ``model.ACLED_COLUMNS``, in that order, so the file
drops into tools built for ACLED. JSONL carries every field of every event and
reads back into equal events.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, TextIO

from pydantic import ValidationError

from eventwire.errors import InputError
from eventwire.model import ACLED_COLUMNS, Event

ExportFormat = Literal["acled", "geojson", "jsonl"]
FORMATS: tuple[ExportFormat, ...] = ("acled", "geojson", "jsonl")


def _acled_cell(value: object) -> object:
    if value is None:
        return ""
    return value


def write_acled_csv(events: Iterable[Event], out: TextIO) -> int:
    """Write ACLED's core columns, in ACLED's order; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for event in events:
        row = event.acled_row()
        writer.writerow([_acled_cell(row[col]) for col in ACLED_COLUMNS])
        n += 1
    return n


def event_feature(event: Event) -> dict[str, object]:
    """A GeoJSON Feature: a point where the event is placed, every field in properties."""
    geometry: dict[str, object] | None = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {
        "type": "Feature",
        "id": event.event_id_cnty,
        "geometry": geometry,
        "properties": event.model_dump(mode="json"),
    }


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Write a FeatureCollection, streaming one feature at a time; returns the count."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(event_feature(event), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """One full event (claims, evidence and all) per line; returns the count."""
    n = 0
    for event in events:
        out.write(event.model_dump_json())
        out.write("\n")
        n += 1
    return n


def write_events(events: Iterable[Event], out: TextIO, *, fmt: ExportFormat) -> int:
    """Write events in one of ``FORMATS``."""
    if fmt == "acled":
        return write_acled_csv(events, out)
    if fmt == "geojson":
        return write_geojson(events, out)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def export_events(events: Iterable[Event], path: Path, *, fmt: ExportFormat) -> int:
    """Write events to a file (``-`` is not handled here: the CLI passes stdout to write_events)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_events(events, out, fmt=fmt)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def is_event_record(record: object) -> bool:
    """Whether a decoded JSON line is an exported event rather than a document to code."""
    return isinstance(record, dict) and "event_id_cnty" in record and "text" not in record


def read_events_jsonl(path: Path) -> Iterator[Event]:
    """Read events written by ``write_jsonl``; a bad line is an error naming its number."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for line_no, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                yield Event.model_validate_json(raw)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                raise InputError(
                    f"{path}: line {line_no} is not an event ({where}: {first.get('msg')})"
                ) from None


def looks_like_event_jsonl(path: Path) -> bool:
    """True when the first record of a JSONL file is an exported event."""
    try:
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    try:
                        return is_event_record(json.loads(raw))
                    except json.JSONDecodeError:
                        return False
    except (OSError, UnicodeDecodeError):
        return False
    return False


__all__ = [
    "FORMATS",
    "ExportFormat",
    "event_feature",
    "export_events",
    "is_event_record",
    "looks_like_event_jsonl",
    "read_events_jsonl",
    "write_acled_csv",
    "write_events",
    "write_geojson",
    "write_jsonl",
]
