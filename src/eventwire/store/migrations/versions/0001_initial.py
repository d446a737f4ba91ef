"""The first schema: documents, articles, reports, events, claims, event_articles, failures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_key", sa.String(64), primary_key=True),
        sa.Column("doc_id", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("article_id", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
    )
    op.create_index("ix_documents_doc_id", "documents", ["doc_id"])
    op.create_index("ix_documents_article_id", "documents", ["article_id"])
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("publication_date", sa.String(10), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("skipped", sa.Text(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_table(
        "reports",
        sa.Column("report_id", sa.String(80), primary_key=True),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("event_id_cnty", sa.String(80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("event_date", sa.String(10), nullable=True),
        sa.Column("date_low", sa.String(10), nullable=True),
        sa.Column("date_high", sa.String(10), nullable=True),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("context", sa.String(16), nullable=False),
        sa.Column("publisher_key", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("places", sa.Text(), nullable=False),
        sa.Column("embedding", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_reports_article_id", "reports", ["article_id"])
    op.create_index("ix_reports_event_id_cnty", "reports", ["event_id_cnty"])
    op.create_index("ix_reports_match", "reports", ["date_high", "date_low"])
    op.create_table(
        "events",
        sa.Column("event_id_cnty", sa.String(80), primary_key=True),
        sa.Column("event_date", sa.String(10), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("country", sa.Text(), nullable=False),
        sa.Column("iso3", sa.String(8), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("sub_event_type", sa.Text(), nullable=False),
        sa.Column("actor1", sa.Text(), nullable=False),
        sa.Column("actor2", sa.Text(), nullable=False),
        sa.Column("actors", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("context", sa.String(16), nullable=False),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("corroboration", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    for column in ("event_date", "country", "iso3", "event_type", "actor1", "actor2", "context"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_index("ix_events_lonlat", "events", ["longitude", "latitude"])
    op.create_table(
        "claims",
        sa.Column("event_id_cnty", sa.String(80), primary_key=True),
        sa.Column("claim_id", sa.String(120), primary_key=True),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("best", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_table(
        "event_articles",
        sa.Column("event_id_cnty", sa.String(80), primary_key=True),
        sa.Column("article_id", sa.String(64), primary_key=True),
    )
    op.create_index("ix_event_articles_article_id", "event_articles", ["article_id"])
    op.create_table(
        "failures",
        sa.Column("failure_key", sa.String(64), primary_key=True),
        sa.Column("doc_id", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "failures",
        "event_articles",
        "claims",
        "events",
        "reports",
        "articles",
        "documents",
    ):
        op.drop_table(table)
