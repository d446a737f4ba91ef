"""Ingest a corpus: read sources, extract, merge across articles, store; resumable.

Documents are keyed by a hash of everything the user gave about them, so a
restarted or repeated run skips what the store already holds. Results are
written a chunk per transaction (see ``store.EventStore.write_chunk``): a run
killed at any moment loses at most the chunk it was writing, which the next
run redoes.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import InputError
from eventwire.stages.dedup import MergeConfig, Merger
from eventwire.stages.ingest import CsvColumns, InputDoc, InputProblem, SourcedItem, read_corpus
from eventwire.store import ChunkItem, EventStore, Failure
from eventwire.store.base import content_hash

#: Documents checked against the store at once when skipping finished ones.
_LOOKUP_WINDOW = 256


def doc_key(doc: InputDoc) -> str:
    """The identity of an input document: the same input is the same document."""
    return content_hash(
        doc.id, doc.text, doc.publication_date, doc.title, doc.url, doc.publisher, doc.html
    )


@dataclass
class IngestSummary:
    """What a run did."""

    read: int = 0
    already_stored: int = 0
    processed: int = 0
    failed: int = 0
    malformed: int = 0
    articles: int = 0
    reports: int = 0
    imported_events: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class _Pending:
    key: str
    doc_id: str
    source: str
    line: int | None


def _split_event_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    from eventwire.export import looks_like_event_jsonl

    docs, events = [], []
    for p in paths:
        if p.is_file() and p.suffix.lower() in (".jsonl", ".ndjson") and looks_like_event_jsonl(p):
            events.append(p)
        else:
            docs.append(p)
    return docs, events


def _run(
    docs: Iterable[InputDoc], *, workers: int, dask: str | None, chunk_size: int
) -> Iterator[object]:
    if dask:
        from eventwire.distributed import run_on_dask

        return iter(run_on_dask(docs, address=dask, chunk_size=chunk_size))
    from eventwire.pipeline import extract_batch

    return iter(extract_batch(docs, workers=workers, chunk_size=chunk_size))


def ingest(
    paths: Sequence[Path],
    *,
    store: EventStore,
    workers: int = 1,
    dask: str | None = None,
    chunk_size: int = 32,
    columns: CsvColumns | None = None,
    merge: bool = True,
    embeddings: bool = False,
    progress: bool = False,
    on_problem: Callable[[Failure], None] | None = None,
) -> IngestSummary:
    """Code every document under ``paths`` into ``store`` (see module doc)."""
    from eventwire.export import read_events_jsonl
    from eventwire.pipeline import BatchResult

    if workers < 1:
        raise InputError("--workers must be at least 1")
    if chunk_size < 1:
        raise InputError("--chunk-size must be at least 1")
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
    started = time.perf_counter()
    summary = IngestSummary()
    doc_paths, event_paths = _split_event_files(list(paths))
    for p in event_paths:
        summary.imported_events += store.import_events(read_events_jsonl(p))

    merger = Merger(MergeConfig(use_embeddings=embeddings)) if merge else None
    pending: deque[_Pending] = deque()
    problems: list[Failure] = []

    def todo() -> Iterator[InputDoc]:
        seen: set[str] = set()
        window: list[tuple[SourcedItem, InputDoc, str]] = []

        def flush() -> Iterator[InputDoc]:
            done = store.done_keys([k for _, _, k in window])
            for sourced, doc, key in window:
                if key in done or key in seen:
                    summary.already_stored += 1
                    continue
                seen.add(key)
                pending.append(_Pending(key, doc.id, sourced.source, sourced.line))
                yield doc
            window.clear()

        for sourced in read_corpus(doc_paths, columns=columns):
            item = sourced.item
            if isinstance(item, InputProblem):
                failure = Failure(item.id, sourced.source, item.line or None, item.message)
                problems.append(failure)
                summary.malformed += 1
                if on_problem is not None:
                    on_problem(failure)
                continue
            summary.read += 1
            window.append((sourced, item, doc_key(item)))
            if len(window) >= _LOOKUP_WINDOW:
                yield from flush()
        yield from flush()

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, desc="ingest")
    chunk: list[ChunkItem] = []

    def write() -> None:
        stats = store.write_chunk(chunk, merger=merger)
        summary.articles += stats.articles
        summary.reports += stats.reports
        chunk.clear()

    try:
        for result in _run(todo(), workers=workers, dask=dask, chunk_size=min(chunk_size, 16)):
            if not isinstance(result, BatchResult):
                raise TypeError(f"runner returned {type(result).__name__}, not BatchResult")
            meta = pending.popleft()
            chunk.append(
                ChunkItem(
                    doc_key=meta.key,
                    doc_id=meta.doc_id,
                    source=meta.source,
                    line=meta.line,
                    article=result.article,
                    events=result.events,
                    error=result.error,
                )
            )
            summary.processed += 1
            if result.error is not None:
                summary.failed += 1
            if bar is not None:
                bar.update(1)
            if len(chunk) >= chunk_size:
                write()
        if chunk:
            write()
    finally:
        if bar is not None:
            bar.close()
    if problems:
        store.add_failures(problems)
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["IngestSummary", "doc_key", "ingest"]
