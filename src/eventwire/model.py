"""The one typed data model: Article, Event, Claim, Place, Source, Evidence.

Field names are the user-facing names of ``SPEC.md`` (ACLED's where ACLED has
the field, UCDP's for ranges, PLOVER's for context). Every interface (Python
API, CLI, store, exports) speaks these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SourceKind = Literal[
    "official", "military", "armed group", "rebel", "media", "witness", "ngo", "anonymous"
]
Context = Literal["current", "historical", "hypothetical", "future", "negated"]

#: ACLED's core columns, in the order of ACLED's exports.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Evidence(_Model):
    """Where in an article's cleaned text a coded value came from."""

    article_id: str
    start: int
    end: int


class Source(_Model):
    """Someone the text attributes a figure or statement to."""

    name: str
    kind: SourceKind


class Range(_Model):
    """A UCDP-style estimate: best guess and the bounds (null where unknown)."""

    best: int | None = None
    low: int | None = None
    high: int | None = None


class Claim(_Model):
    """One reported figure, with its words, source and hedges."""

    claim_id: str
    event_id_cnty: str = ""
    article_id: str
    quantity: str
    low: int | None = None
    high: int | None = None
    best: int | None = None
    qualifier: str = ""
    text: str
    start: int
    end: int
    source: Source | None = None
    hedges: list[str] = Field(default_factory=list)
    sentence: str = ""
    #: ``running_total`` figures are context ("1,000 killed since January"),
    #: ``update`` replaces earlier figures ("the toll has risen to 31").
    role: Literal["event", "running_total", "update"] = "event"


class LocationOffset(_Model):
    """A place given relative to an anchor: "5 km south of Fallujah"."""

    anchor: str
    distance_km: float | None = None
    bearing_deg: float | None = None


class Place(_Model):
    """A geocoded place, at the level that is known (ACLED geo_precision)."""

    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    country: str = ""
    iso: int | None = None
    iso3: str = ""
    region: str = ""
    feature_type: str = ""
    geo_precision: int | None = None
    geonameid: int | None = None
    location_offset: LocationOffset | None = None
    uncertainty_km: float | None = None
    flags: list[str] = Field(default_factory=list)


class Article(_Model):
    """A report as eventwire saw it: the cleaned text all offsets refer to."""

    article_id: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    publication_date: str | None = None
    language: str | None = None
    text: str
    furniture: list[str] = Field(default_factory=list)
    skipped: str | None = None


class Event(_Model):
    """One incident, coded as ACLED codes it, with eventwire's extensions."""

    # ACLED core, in ACLED's order
    event_id_cnty: str
    event_date: str | None = None
    year: int | None = None
    time_precision: int | None = None
    disorder_type: str = ""
    event_type: str
    sub_event_type: str
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    timestamp: int = 0
    # extensions
    fatalities_best: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    counts: dict[str, Range] = Field(default_factory=dict)
    context: Context = "current"
    location_offset: LocationOffset | None = None
    uncertainty_km: float | None = None
    claims: list[Claim] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    corroboration: int = 1
    article_ids: list[str] = Field(default_factory=list)
    confidence: float = 0.0
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)

    def day(self) -> dt.date | None:
        """``event_date`` as a date; ``None`` where it is missing or not a date."""
        try:
            return dt.date.fromisoformat(self.event_date[:10]) if self.event_date else None
        except ValueError:
            return None

    def acled_row(self) -> dict[str, object]:
        """The ACLED core columns only, in ACLED's order."""
        return {col: getattr(self, col) for col in ACLED_COLUMNS}


class Report(_Model):
    """What ``eventwire.extract`` returns: the article and its events."""

    article: Article
    events: list[Event] = Field(default_factory=list)
