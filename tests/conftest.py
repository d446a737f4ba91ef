"""Shared fixtures: one spaCy pipeline and one set of resources per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def resources():  # type: ignore[no-untyped-def]
    from eventwire.pipeline import default_resources

    return default_resources()


@pytest.fixture(scope="session")
def geocoder(resources):  # type: ignore[no-untyped-def]
    """The pipeline's own geocoder: one gazetteer connection for every place test."""
    return resources.geocoder


@pytest.fixture(scope="session")
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def pg_admin_url() -> str:
    """The URL of the real PostgreSQL server on 127.0.0.1:5432 (database ``test``).

    Outside CI a missing server skips the test; in CI (``CI`` set) it fails it,
    so that the PostgreSQL tests can never pass by not running.
    """
    import os

    from sqlalchemy import create_engine, text

    for user in ("postgres", "root"):
        url = f"postgresql+psycopg://{user}@127.0.0.1:5432/test"
        try:
            engine = create_engine(url)
            with engine.connect() as conn:
                conn.execute(text("select 1"))
            engine.dispose()
            return url
        except Exception:  # noqa: BLE001 - any failure means: no server to test against
            continue
    message = "PostgreSQL is not reachable on 127.0.0.1:5432 (users postgres, root)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def store_article(store, article) -> None:  # type: ignore[no-untyped-def]
    """Put one article in a store as it is (for tests of what reads articles back)."""
    from eventwire.store.base import T_ARTICLES

    row = {c.name: getattr(article, c.name) for c in T_ARTICLES.columns if hasattr(article, c.name)}
    row["data"] = article.model_dump_json()
    with store.engine.begin() as conn:
        conn.execute(T_ARTICLES.insert().values(**row))
