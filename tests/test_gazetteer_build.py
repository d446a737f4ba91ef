"""Building the gazetteer once when several workers start together on a fresh machine."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from eventwire.stages import _gazetteer
from eventwire.stages._gazetteer import INDEX_NAME, Gazetteer


def test_workers_starting_together_build_the_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[float] = []

    def slow_build(path: Path, *, progress: object = None) -> None:
        builds.append(time.monotonic())
        time.sleep(0.5)  # long enough for the other worker to arrive meanwhile
        tmp = path.with_suffix(".tmp")
        sqlite3.connect(tmp).execute("CREATE TABLE place(id INTEGER)").connection.close()
        tmp.replace(path)

    monkeypatch.setattr(_gazetteer, "build_index", slow_build)
    opened: list[Gazetteer] = []
    workers = [
        threading.Thread(target=lambda: opened.append(Gazetteer.open(tmp_path))) for _ in range(3)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=30)
    assert len(builds) == 1
    assert len(opened) == 3
    assert all(g.path == tmp_path / INDEX_NAME for g in opened)
    for g in opened:
        g.close()
