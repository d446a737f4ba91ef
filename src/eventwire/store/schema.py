"""The store's tables: one schema for SQLite and PostgreSQL.

Records are kept whole as JSON text (``data``) so that what goes in comes back
equal; the columns beside it are copies of the fields users filter on.
Migrations under ``migrations/`` create exactly these tables.
"""

from __future__ import annotations

from sqlalchemy import Float, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the store's tables."""


class DocumentRow(Base):
    """An input document that was processed (the resume marker)."""

    __tablename__ = "documents"

    doc_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc_id: Mapped[str] = mapped_column(Text, index=True)
    source: Mapped[str] = mapped_column(Text, default="")
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    article_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[float] = mapped_column(Float)


class ArticleRow(Base):
    """An article: content-hash id, metadata, cleaned text and furniture."""

    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    publisher: Mapped[str | None] = mapped_column(Text, nullable=True)
    publication_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    skipped: Mapped[str | None] = mapped_column(Text, nullable=True)
    data: Mapped[str] = mapped_column(Text)


class ReportRow(Base):
    """One event as one article reported it, before cross-article merging."""

    __tablename__ = "reports"

    report_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    event_id_cnty: Mapped[str] = mapped_column(String(80), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(Text)
    event_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    #: The days the event may have happened on, given its time_precision.
    date_low: Mapped[str | None] = mapped_column(String(10), nullable=True)
    date_high: Mapped[str | None] = mapped_column(String(10), nullable=True)
    country: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    context: Mapped[str] = mapped_column(String(16))
    publisher_key: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    places: Mapped[str] = mapped_column(Text, default="")
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_reports_match", "date_high", "date_low"),
        #: Covers the merge-candidate query (migration 0002).
        Index(
            "ix_reports_candidates",
            "context",
            "event_type",
            "date_high",
            "date_low",
            "country",
            "latitude",
            "longitude",
            "event_id_cnty",
        ),
    )


class EventRow(Base):
    """A merged event: the full record plus indexed copies of filter fields."""

    __tablename__ = "events"

    event_id_cnty: Mapped[str] = mapped_column(String(80), primary_key=True)
    event_date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    country: Mapped[str] = mapped_column(Text, default="", index=True)
    iso3: Mapped[str] = mapped_column(String(8), default="", index=True)
    event_type: Mapped[str] = mapped_column(Text, index=True)
    sub_event_type: Mapped[str] = mapped_column(Text)
    actor1: Mapped[str] = mapped_column(Text, default="", index=True)
    actor2: Mapped[str] = mapped_column(Text, default="", index=True)
    actors: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    context: Mapped[str] = mapped_column(String(16), index=True)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    corroboration: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_events_lonlat", "longitude", "latitude"),)


class ClaimRow(Base):
    """A reported figure of a merged event."""

    __tablename__ = "claims"

    event_id_cnty: Mapped[str] = mapped_column(String(80), primary_key=True)
    claim_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    quantity: Mapped[str] = mapped_column(Text)
    low: Mapped[int | None] = mapped_column(Integer, nullable=True)
    high: Mapped[int | None] = mapped_column(Integer, nullable=True)
    best: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data: Mapped[str] = mapped_column(Text)


class EventArticleRow(Base):
    """Which articles report which merged event."""

    __tablename__ = "event_articles"

    event_id_cnty: Mapped[str] = mapped_column(String(80), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class FailureRow(Base):
    """A document or input line that could not be coded, with the reason."""

    __tablename__ = "failures"

    failure_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Float)
