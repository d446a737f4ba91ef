"""Runs the stages in order over documents and batches; nothing else.

Tables, models and the gazetteer load once per process, lazily, through
``Resources``; stages get what they need from it as arguments.
"""

from __future__ import annotations

import functools
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from eventwire.errors import EventwireError, InputError
from eventwire.model import Article, Event, Report
from eventwire.stages.clean import article_id_of, clean_input, detect_language
from eventwire.stages.dates import infer_article_date, parse_iso_date
from eventwire.stages.ingest import InputDoc

if TYPE_CHECKING:
    import datetime as dt

    from spacy.language import Language
    from spacy.tokens import Doc

    from eventwire.stages.actors import ActorTable
    from eventwire.stages.classify import EventClassifier
    from eventwire.stages.confidence import ConfidenceModel
    from eventwire.stages.places import Geocoder


class Resources:
    """Everything the stages read, loaded on first use and then kept."""

    @cached_property
    def nlp(self) -> Language:
        from eventwire.stages.nlp import load_nlp

        return load_nlp()

    @cached_property
    def classifier(self) -> EventClassifier:
        from eventwire.stages.classify import EventClassifier

        return EventClassifier.load()

    @cached_property
    def actors(self) -> ActorTable:
        from eventwire.stages.actors import ActorTable

        return ActorTable.load()

    @cached_property
    def confidence(self) -> ConfidenceModel:
        from eventwire.stages.confidence import ConfidenceModel

        return ConfidenceModel.load()

    @cached_property
    def geocoder(self) -> Geocoder:
        from eventwire.stages.places import Geocoder

        return Geocoder.open()


@functools.cache
def default_resources() -> Resources:
    """The per-process resources (one set for each worker process)."""
    return Resources()


class BatchResult(BaseModel):
    """One batch output line: ``{"id", "article", "events", "error"}``."""

    id: str
    article: Article | None = None
    events: list[Event] = Field(default_factory=list)
    error: str | None = None


class _Prepared:
    """A document after cleaning, before parsing."""

    def __init__(self, doc: InputDoc) -> None:
        self.input = doc
        given = parse_iso_date(doc.publication_date)
        cleaned = clean_input(doc.text, html=doc.html)
        found = parse_iso_date(cleaned.date) if cleaned.date else None
        self.anchor: dt.date | None = given or found or infer_article_date(cleaned.text)
        language = detect_language(cleaned.text)
        self.article = Article(
            article_id=article_id_of(cleaned.text),
            url=doc.url or cleaned.url,
            title=doc.title or cleaned.title,
            publisher=doc.publisher,
            publication_date=self.anchor.isoformat() if self.anchor else None,
            language=language,
            text=cleaned.text,
            furniture=cleaned.furniture,
            skipped=None if language == "en" else "not English",
        )


def _code(prepared: _Prepared, parsed: Doc, res: Resources) -> list[Event]:
    from eventwire.stages.events import extract_events

    events = extract_events(parsed, article=prepared.article, res=res, anchor=prepared.anchor)
    events.sort(key=lambda e: (e.context != "current", -e.confidence))
    return events


def _failure(doc_id: str, exc: Exception) -> BatchResult:
    if isinstance(exc, EventwireError):
        message = str(exc)
    else:  # a bug must not abort the batch: record it with its reason
        message = f"internal error ({type(exc).__name__}: {exc})"
    return BatchResult(id=doc_id, error=message.splitlines()[0] if message else type(exc).__name__)


def process_docs(docs: list[InputDoc], *, res: Resources | None = None) -> list[BatchResult]:
    """Code a chunk of documents, in order: the one entry point of every runner."""
    res = res or default_resources()
    results: list[BatchResult | None] = [None] * len(docs)
    to_parse: list[tuple[int, _Prepared]] = []
    for i, doc in enumerate(docs):
        try:
            prepared = _Prepared(doc)
        except Exception as exc:  # noqa: BLE001 - recorded as this document's failure
            results[i] = _failure(doc.id, exc)
            continue
        if prepared.article.skipped:
            results[i] = BatchResult(id=doc.id, article=prepared.article)
        else:
            to_parse.append((i, prepared))
    parsed_docs = res.nlp.pipe([p.article.text for _, p in to_parse], batch_size=32)
    for (i, prepared), parsed in zip(to_parse, parsed_docs, strict=True):
        try:
            events = _code(prepared, parsed, res)
            results[i] = BatchResult(id=prepared.input.id, article=prepared.article, events=events)
        except Exception as exc:  # noqa: BLE001 - recorded as this document's failure
            results[i] = _failure(prepared.input.id, exc)
    return [r for r in results if r is not None]


def extract(
    text: str,
    *,
    publication_date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    html: bool | None = None,
    res: Resources | None = None,
) -> Report:
    """Code one report; raises ``EventwireError`` for bad input."""
    res = res or default_resources()
    doc = InputDoc(
        id="-", text=text, publication_date=publication_date, title=title, url=url,
        publisher=publisher, html=html,
    )  # fmt: skip
    prepared = _Prepared(doc)
    if prepared.article.skipped:
        return Report(article=prepared.article)
    parsed = res.nlp(prepared.article.text)
    return Report(article=prepared.article, events=_code(prepared, parsed, res))


def _chunks(docs: Iterable[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    chunk: list[InputDoc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_chunk(chunk: list[InputDoc]) -> list[BatchResult]:
    return process_docs(chunk)


def extract_batch(
    docs: Iterable[InputDoc],
    *,
    workers: int = 1,
    chunk_size: int = 32,
    progress: bool = False,
    total: int | None = None,
) -> Iterator[BatchResult]:
    """Code many documents, results in input order; ``workers`` > 1 uses local processes."""
    if workers < 1:
        raise InputError("--workers must be at least 1")
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", file=sys.stderr, desc="extract")
    try:
        if workers == 1:
            for chunk in _chunks(docs, chunk_size):
                for result in process_docs(chunk):
                    if bar is not None:
                        bar.update(1)
                    yield result
        else:
            ctx = multiprocessing.get_context("forkserver")
            with ctx.Pool(workers) as pool:
                for results in pool.imap(_process_chunk, _chunks(docs, chunk_size)):
                    for result in results:
                        if bar is not None:
                            bar.update(1)
                        yield result
    finally:
        if bar is not None:
            bar.close()
