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
def nlp(resources):  # type: ignore[no-untyped-def]
    return resources.nlp


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
