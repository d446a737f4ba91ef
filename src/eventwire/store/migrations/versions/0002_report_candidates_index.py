"""A covering index for merge candidates: reports by context and type, with what they filter on.

Finding the events a new report may join read every stored report through the
event id index (and each report's row); this index answers the query alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = [
    "context",
    "event_type",
    "date_high",
    "date_low",
    "country",
    "latitude",
    "longitude",
    "event_id_cnty",
]


def upgrade() -> None:
    op.create_index("ix_reports_candidates", "reports", _COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_reports_candidates", table_name="reports")
