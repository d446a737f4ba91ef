"""PostgreSQL, for teams: the same schema and interface as SQLite."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine


def postgres_url(url: str) -> str:
    """Use the psycopg 3 driver whatever the user wrote (postgres://, postgresql://)."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_postgres_engine(url: str) -> Engine:
    """An engine on a PostgreSQL server (checked on first use)."""
    return create_engine(postgres_url(url), pool_pre_ping=True)
