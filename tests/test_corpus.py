"""Ingest through the real pipeline: idempotent, resumable after SIGKILL, failures recorded.

The corpus is written here, in an invented world (the towns of Brask, Ottery,
Calder and others in Veloria, the Crimson Vanguard), with varied wording so
that every document is a different article.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import pg_admin_url

from eventwire.corpus import ingest
from eventwire.pipeline import Resources, process_docs
from eventwire.stages.ingest import InputDoc
from eventwire.store import EventStore

SRC = Path(__file__).resolve().parents[1] / "src"
TOWNS = ["Brask", "Ottery", "Calder", "Wenmoor", "Istra", "Pellow", "Durnhold", "Saltmere"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "Fighters of the Crimson Vanguard attacked an army post in {town} on {day}, killing {n} "
    "soldiers, a military spokesman said.",
    "A roadside bomb struck a police truck near {town} on {day}, killing {n} officers, "
    "local officials said.",
    "Gunmen raided a market in the town of {town} on {day} and killed {n} traders, "
    "witnesses told reporters.",
    "Hundreds of people protested in {town} on {day} against rising bread prices; "
    "police arrested {n} demonstrators.",
]


def corpus(n: int) -> list[dict[str, object]]:
    rows = []
    for i in range(n):
        text = TEMPLATES[i % len(TEMPLATES)].format(
            town=TOWNS[i % len(TOWNS)], day=DAYS[i % len(DAYS)], n=2 + i
        )
        text += f"\n\nThe {['army', 'governor', 'mayor'][i % 3]} gave no further details ({i})."
        rows.append(
            {
                "id": f"doc-{i:03d}",
                "text": text,
                "publication_date": f"2031-04-{1 + i % 28:02d}",
                "publisher": ["Brask Herald", "Veloria Wire", "Ottery Monitor"][i % 3],
            }
        )
    return rows


def write_jsonl(
    path: Path, rows: list[dict[str, object]], *, bad_line_at: int | None = None
) -> None:
    lines = [json.dumps(r) for r in rows]
    if bad_line_at is not None:
        lines.insert(bad_line_at, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def reference(rows: list[dict[str, object]], res: Resources) -> Counter[str]:
    """Reports per article from an in-process run: what a complete store must hold."""
    docs = [
        InputDoc(
            id=str(r["id"]),
            text=str(r["text"]),
            publication_date=str(r["publication_date"]),
            publisher=str(r["publisher"]),
        )
        for r in rows
    ]
    out: Counter[str] = Counter()
    for result in process_docs(docs, res=res):
        assert result.article is not None and result.error is None
        out[result.article.article_id] += len(result.events)
    return out


def stored_reports(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select article_id, count(*) from reports group by article_id")
        return Counter({a: n for a, n in rows})


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute(f"select count(*) from {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_ingest_is_idempotent_and_records_problems(tmp_path: Path, resources: Resources) -> None:
    rows = corpus(6)
    path = tmp_path / "in.jsonl"
    write_jsonl(path, rows, bad_line_at=2)
    problems = []
    with EventStore.open(str(tmp_path / "ew.db")) as store:
        first = ingest([path], store=store, chunk_size=4, on_problem=problems.append)
        counts = store.counts()
        events = list(store.events())
        assert first.processed == 6 and first.malformed == 1 and first.failed == 0
        assert [(p.line, p.source) for p in problems] == [(3, str(path))]
        assert counts["documents"] == 6 and counts["articles"] == 6
        assert [(f.line, f.reason.split(" (")[0]) for f in store.failures()] == [
            (3, "line 3: malformed JSON")
        ]
        assert Counter(dict(stored_reports(tmp_path / "ew.db"))) == reference(rows, resources)
        assert events and all(e.article_ids for e in events)
        again = ingest([path], store=store, chunk_size=4)
        assert again.processed == 0 and again.already_stored == 6
        assert store.counts() == counts
        assert list(store.events()) == events


def test_kill_and_resume_loses_nothing_and_doubles_nothing(
    tmp_path: Path, resources: Resources
) -> None:
    rows = corpus(48)
    path = tmp_path / "in.jsonl"
    write_jsonl(path, rows)
    db = tmp_path / "ew.db"
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(path), "--db", str(db)]
    cmd += ["--chunk-size", "4", "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while count(db, "documents") < 8:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"ingest ended or stalled early: {proc.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    stored_before = count(db, "documents")
    assert 8 <= stored_before < len(rows), "the kill came too late to test a resume"
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert f"{stored_before} already stored" in done.stderr.decode()
    assert count(db, "documents") == len(rows)
    assert count(db, "articles") == len(rows)
    assert count(db, "failures") == 0
    assert stored_reports(db) == reference(rows, resources)
    with sqlite3.connect(db) as conn:
        dup = conn.execute(
            "select count(*) from (select article_id from event_articles"
            " group by article_id, event_id_cnty having count(*) > 1)"
        ).fetchone()[0]
    assert dup == 0


def _without_timestamps(events: list[object]) -> list[object]:
    return [
        {k: v for k, v in e.model_dump().items() if k != "timestamp"}  # type: ignore[attr-defined]
        for e in events
    ]


@pytest.mark.postgres
def test_ingest_into_postgresql_matches_sqlite(tmp_path: Path) -> None:
    import uuid

    from sqlalchemy import create_engine, text

    admin = pg_admin_url()
    rows = corpus(6)
    path = tmp_path / "in.jsonl"
    write_jsonl(path, rows)
    with EventStore.open(str(tmp_path / "ew.db")) as store:
        ingest([path], store=store, chunk_size=4)
        lite_events = list(store.events())
        lite_counts = store.counts()
    schema = f"ew_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        with EventStore.open(f"{admin}?options=-csearch_path%3D{schema}") as store:
            ingest([path], store=store, chunk_size=4)
            assert store.counts() == lite_counts
            assert _without_timestamps(list(store.events())) == _without_timestamps(lite_events)
            again = ingest([path], store=store, chunk_size=4)
            assert again.processed == 0 and store.counts() == lite_counts
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
