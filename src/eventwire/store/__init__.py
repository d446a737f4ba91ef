"""The event store: SQLite by default, PostgreSQL for teams, one schema (Alembic)."""

from eventwire.store.base import (
    ChunkItem,
    ChunkStats,
    EventFilter,
    EventStore,
    Failure,
    resolve_db_url,
)

__all__ = ["ChunkItem", "ChunkStats", "EventFilter", "EventStore", "Failure", "resolve_db_url"]
