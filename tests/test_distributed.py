"""The Dask runner on a real LocalCluster (2 worker processes) gives the local run's output."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.corpus import ingest
from eventwire.distributed import run_on_dask
from eventwire.pipeline import Resources, process_docs
from eventwire.stages.ingest import InputDoc
from eventwire.store import EventFilter, EventStore

SRC = Path(__file__).resolve().parents[1] / "src"

TEXTS = [
    "Fighters of the Crimson Vanguard shelled the town of Brask in Veloria on Monday, "
    "killing four civilians, a local official said.",
    "Police fired tear gas at hundreds of protesters in Ottery on Tuesday.",
    "A drone struck a convoy of the Ashen Front near Calder on Wednesday, destroying three "
    "trucks, the army said.",
    "The weather in Wenmoor was mild and the harvest festival went ahead.",
    "Gunmen abducted twelve students from a school in Istra on Thursday, residents said.",
]


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # worker processes must import eventwire even without an installed package
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = f"{SRC}{os.pathsep}{old or ''}"
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def comparable(value: object) -> object:
    """Drop ``timestamp``: the time an event was coded, which differs between runs."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k != "timestamp"}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    return value


def docs() -> list[InputDoc]:
    return [
        InputDoc(id=f"d{i}", text=t, publication_date="2031-04-10", publisher=f"P{i % 2}")
        for i, t in enumerate(TEXTS * 2)
    ]


def test_dask_results_equal_the_local_run(cluster_address: str, resources: Resources) -> None:
    local = process_docs(docs(), res=resources)
    remote = list(run_on_dask(docs(), address=cluster_address, chunk_size=3))
    assert [r.id for r in remote] == [d.id for d in docs()]
    assert comparable([r.model_dump() for r in remote]) == comparable(
        [r.model_dump() for r in local]
    )
    assert any(r.events for r in remote)


def test_ingest_on_dask_stores_what_a_local_ingest_stores(
    cluster_address: str, tmp_path: Path
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": d.id, "text": d.text, "publication_date": d.publication_date}) + "\n"
            for d in docs()
        ),
        encoding="utf-8",
    )
    with EventStore.open(str(tmp_path / "local.db")) as store:
        ingest([path], store=store, chunk_size=4)
        local_events = list(store.events(EventFilter(context=None)))
        local_counts = store.counts()
    with EventStore.open(str(tmp_path / "dask.db")) as store:
        summary = ingest([path], store=store, chunk_size=4, dask=cluster_address)
        assert summary.processed == len(docs())
        dask_events = list(store.events(EventFilter(context=None)))
        assert comparable([e.model_dump() for e in dask_events]) == comparable(
            [e.model_dump() for e in local_events]
        )
        assert store.counts() == local_counts
