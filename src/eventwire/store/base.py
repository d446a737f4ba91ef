"""The event store: one interface over SQLite (default) and PostgreSQL.

Writes come in chunks, each one transaction: the documents of a chunk, their
articles, failures, reports and the merged events they touch are committed
together, so a run killed at any moment loses at most the open chunk, and the
documents table says which documents a restart may skip. Ids are content
hashes and every insert ignores rows already there, so ingesting a corpus
twice changes nothing.
"""

from __future__ import annotations

import array
import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    BindParameter,
    Connection,
    Engine,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from eventwire.errors import InputError, StoreError
from eventwire.model import Article, Event
from eventwire.stages.dedup import (
    Merger,
    ReportView,
    date_slack,
    family_types,
    merge_reports,
    place_names,
    publisher_key,
    report_text,
)
from eventwire.store.postgres import create_postgres_engine
from eventwire.store.schema import (
    ArticleRow,
    ClaimRow,
    DocumentRow,
    EventArticleRow,
    EventRow,
    FailureRow,
    ReportRow,
)
from eventwire.store.sqlite import DEFAULT_FILE, create_sqlite_engine, sqlite_url

_MIGRATIONS = Path(__file__).parent / "migrations"
#: Days around a report's date within which stored reports are merge candidates.
_CANDIDATE_DAYS = 31
#: Degrees around a report's point within which reports in other countries are candidates
#: (a report geocoded across a border, or to a launch site, may still name the same town).
_NEAR_DEG = 2.0
_MAX_CANDIDATES = 300
#: Parsed reports kept between chunks (a report never changes once stored but for its
#: embedding, which the cache mirrors): re-parsing every candidate's JSON was most of a write.
_VIEW_CACHE_SIZE = 20_000
#: Ids per ``IN (...)`` list.
_IN_BATCH = 500

T_DOCS: Table = DocumentRow.__table__  # type: ignore[assignment]
T_ARTICLES: Table = ArticleRow.__table__  # type: ignore[assignment]
T_REPORTS: Table = ReportRow.__table__  # type: ignore[assignment]
T_EVENTS: Table = EventRow.__table__  # type: ignore[assignment]
T_CLAIMS: Table = ClaimRow.__table__  # type: ignore[assignment]
T_EVENT_ARTICLES: Table = EventArticleRow.__table__  # type: ignore[assignment]
T_FAILURES: Table = FailureRow.__table__  # type: ignore[assignment]


def resolve_db_url(db: str | None, *, cwd: Path | None = None) -> str:
    """A SQLAlchemy URL from what the user gave: nothing, a file path, or a URL."""
    if db is None or db == "":
        return sqlite_url((cwd or Path.cwd()) / DEFAULT_FILE)
    if db.startswith(("postgresql", "postgres://")):
        from eventwire.store.postgres import postgres_url

        return postgres_url(db)
    if db.startswith("sqlite:"):
        return db
    if "://" in db:
        raise StoreError(f"unsupported database URL {db!r}: use a file path or postgresql://...")
    return sqlite_url(Path(db))


def content_hash(*parts: object) -> str:
    """A stable id for some values: sha256 of their text joined by a unit separator."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ChunkItem:
    """One input document's outcome, ready to store."""

    doc_key: str
    doc_id: str
    source: str = ""
    line: int | None = None
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class Failure:
    """A stored failure: which document or line, and why."""

    doc_id: str | None
    source: str
    line: int | None
    reason: str


@dataclass(frozen=True)
class EventFilter:
    """What ``EventStore.events`` returns: every field left None matches all."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    #: Only current events unless asked (SPEC: exports count current events).
    context: str | None = "current"
    limit: int | None = None

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value is not None:
                from eventwire.stages.dates import parse_iso_date  # raises InputError

                parse_iso_date(value)


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'W,S,E,N' in degrees as a box for ``EventFilter.bbox``; InputError when it is not one."""
    if value is None or not value.strip():
        return None
    try:
        west, south, east, north = (float(p) for p in value.split(","))
    except ValueError:
        raise InputError(f"bbox wants W,S,E,N in degrees, got {value!r}") from None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise InputError(f"bbox {value!r} is not a box W,S,E,N in degrees")
    return west, south, east, north


@dataclass
class ChunkStats:
    """What one chunk changed."""

    documents: int = 0
    articles: int = 0
    reports: int = 0
    merged: int = 0
    failures: int = 0


def _pack(vector: list[float] | None) -> bytes | None:
    return None if vector is None else array.array("f", vector).tobytes()


def _unpack(blob: bytes | None) -> list[float] | None:
    if blob is None:
        return None
    values = array.array("f")
    values.frombytes(blob)
    return list(values)


def _date_range(event: Event) -> tuple[str | None, str | None]:
    """The first and last day the event may have happened on (ISO), from its time_precision."""
    day = event.day()
    if day is None:
        return None, None
    slack = timedelta(days=date_slack(event.time_precision))
    return (day - slack).isoformat(), (day + slack).isoformat()


def _report_columns(event: Event) -> dict[str, object]:
    """The columns a stored report copies from its event (what merging matches on)."""
    low, high = _date_range(event)
    return {
        "event_type": event.event_type,
        "event_date": event.event_date,
        "date_low": low,
        "date_high": high,
        "country": event.country,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "context": event.context,
    }


def _actors_text(event: Event) -> str:
    parts = [event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2]
    return " | ".join(p for p in parts if p).lower()


def _iso3(event: Event) -> str:
    head = event.event_id_cnty.split("-", 1)[0]
    return head if len(head) == 3 and head.isalpha() else ""


class _Statements:
    """The write path's statements, built once so SQLAlchemy reuses their compiled form."""

    def __init__(self, insert: Callable[[Table], Any]) -> None:
        d, f, r, a = T_DOCS.c, T_FAILURES.c, T_REPORTS.c, T_ARTICLES.c
        ids: BindParameter[list[str]] = bindparam("b_ids", expanding=True)
        self.insert_article = insert(T_ARTICLES)
        self.insert_doc = insert(T_DOCS)
        self.insert_failure = insert(T_FAILURES)
        self.delete_failed_doc = delete(T_DOCS).where(
            d.doc_key == bindparam("b_doc_key"), d.status == "failed"
        )
        self.delete_failures = delete(T_FAILURES).where(
            f.doc_id == bindparam("b_doc_id"), f.source == bindparam("b_source")
        )
        self.max_seq = select(func.coalesce(func.max(r.seq), 0))
        self.stored_reports = select(r.report_id).where(r.report_id.in_(ids))
        self.insert_report = T_REPORTS.insert()
        self.members = (
            select(r.report_id, r.event_id_cnty).where(r.event_id_cnty.in_(ids)).order_by(r.seq)
        )
        self.load_reports = select(
            r.report_id, r.article_id, r.publisher_key, r.text, r.places, r.embedding, r.seq, r.data
        ).where(r.report_id.in_(ids))
        self.keep_embedding = (
            update(T_REPORTS)
            .where(r.report_id == bindparam("b_report_id"))
            .values(embedding=bindparam("b_embedding"))
        )
        self.taken = select(r.report_id).where(r.event_id_cnty == bindparam("b_event")).limit(1)
        self.publishers = select(a.article_id, a.publisher).where(a.article_id.in_(ids))
        self.delete_events = [
            delete(t).where(t.c.event_id_cnty.in_(ids))
            for t in (T_EVENTS, T_CLAIMS, T_EVENT_ARTICLES)
        ]
        self._candidates: dict[tuple[bool, bool, bool], Select[Any]] = {}
        self.insert_event = T_EVENTS.insert()
        self.insert_claims = T_CLAIMS.insert()
        self.insert_event_articles = T_EVENT_ARTICLES.insert()

    def candidates(self, *, country: bool, point: bool, dated: bool) -> Select[Any]:
        """The merge-candidate query for a report with or without a country, point, dates."""
        key = (country, point, dated)
        query = self._candidates.get(key)
        if query is None:
            r = T_REPORTS.c
            query = select(r.event_id_cnty).where(
                r.context == bindparam("b_context"),
                r.event_type.in_(bindparam("b_types", expanding=True)),
            )
            near = [r.country == ""]
            if country:
                near.append(r.country == bindparam("b_country"))
            if point:
                near.append(
                    and_(
                        r.latitude.between(bindparam("b_lat_low"), bindparam("b_lat_high")),
                        r.longitude.between(bindparam("b_lon_low"), bindparam("b_lon_high")),
                    )
                )
            query = query.where(or_(*near))
            if dated:
                query = query.where(
                    or_(
                        and_(r.date_low <= bindparam("b_high"), r.date_high >= bindparam("b_low")),
                        r.date_low.is_(None),
                    )
                )
            query = query.distinct().order_by(r.event_id_cnty).limit(_MAX_CANDIDATES)
            self._candidates[key] = query
        return query


class EventStore:
    """Articles, events, claims and failures in a SQL database (see module doc)."""

    def __init__(self, engine: Engine, *, url: str) -> None:
        self.engine = engine
        self.url = url
        #: Reports parsed by earlier chunks, by report_id, least recently used first.
        self._views: OrderedDict[str, ReportView] = OrderedDict()
        self._statements = _Statements(self._insert)

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, db: str | None = None) -> EventStore:
        """Open (and create or upgrade) the store at ``db``: a path, a URL, or the default file."""
        url = resolve_db_url(db)
        try:
            if url.startswith("sqlite"):
                engine = create_sqlite_engine(url)
            else:
                engine = create_postgres_engine(url)
            store = cls(engine, url=url)
            store.upgrade()
        except OperationalError as exc:
            raise StoreError(f"cannot open the store {_safe_url(url)}: {exc.orig}") from exc
        return store

    def _alembic_config(self, connection: Connection) -> Config:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = connection
        return config

    def upgrade(self) -> None:
        """Bring the schema to the newest migration (no-op when it is there)."""
        with self.engine.begin() as conn:
            head = ScriptDirectory.from_config(self._alembic_config(conn)).get_current_head()
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head:
                return
            if conn.dialect.name == "postgresql":
                # two processes opening a fresh database must not both create the tables
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4127)")
            command.upgrade(self._alembic_config(conn), "head")

    def revision(self) -> str | None:
        """The schema revision the database is at."""
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _insert(self, table: Table) -> Any:
        """INSERT ... ON CONFLICT DO NOTHING, returning the key of a new row only."""
        key = next(iter(table.primary_key.columns))
        if self.engine.dialect.name == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing().returning(key)
        return sqlite.insert(table).on_conflict_do_nothing().returning(key)

    # -- progress --------------------------------------------------------------
    def done_keys(self, keys: Sequence[str]) -> set[str]:
        """The keys among ``keys`` of documents already stored (failed ones are tried again)."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                part = list(keys[start : start + 500])
                rows = conn.execute(
                    select(T_DOCS.c.doc_key).where(
                        T_DOCS.c.doc_key.in_(part), T_DOCS.c.status != "failed"
                    )
                )
                found.update(r[0] for r in rows)
        return found

    # -- writing ---------------------------------------------------------------
    def write_chunk(
        self, items: Sequence[ChunkItem], *, merger: Merger | None = None
    ) -> ChunkStats:
        """Store a chunk of documents in one transaction, merging new reports into events."""
        stats = ChunkStats()
        #: The reports this chunk parsed or used, kept for later chunks once it commits.
        cache: dict[str, ReportView] = {}
        try:
            with self.engine.begin() as conn:
                self._write_chunk(conn, items, merger=merger, cache=cache, stats=stats)
        except BaseException as exc:
            # what the chunk computed may not be in the database: parse it again next time
            self._views.clear()
            if isinstance(exc, SQLAlchemyError):
                raise StoreError(f"cannot write to the store: {exc}") from exc
            raise
        self._remember(cache)
        return stats

    def _write_chunk(
        self,
        conn: Connection,
        items: Sequence[ChunkItem],
        *,
        merger: Merger | None,
        cache: dict[str, ReportView],
        stats: ChunkStats,
    ) -> None:
        now = time.time()
        st = self._statements
        pending: list[tuple[ChunkItem, Article, Event]] = []
        for item in items:
            status = "ok"
            if item.error is not None or item.article is None:
                status = "failed"
                stats.failures += self._add_failure(
                    conn,
                    doc_id=item.doc_id,
                    source=item.source,
                    line=item.line,
                    reason=item.error or "no article",
                    now=now,
                )
            else:
                article = item.article
                if article.skipped:
                    status = "skipped"
                res = conn.execute(
                    st.insert_article,
                    {
                        "article_id": article.article_id,
                        "url": article.url,
                        "title": article.title,
                        "publisher": article.publisher,
                        "publication_date": article.publication_date,
                        "language": article.language,
                        "skipped": article.skipped,
                        "data": article.model_dump_json(),
                    },
                )
                stats.articles += len(res.all())
                pending.extend((item, article, ev) for ev in item.events)
            if status != "failed":
                # a document that failed before and codes now: its old failure goes
                conn.execute(st.delete_failed_doc, {"b_doc_key": item.doc_key})
                conn.execute(st.delete_failures, {"b_doc_id": item.doc_id, "b_source": item.source})
            res = conn.execute(
                st.insert_doc,
                {
                    "doc_key": item.doc_key,
                    "doc_id": item.doc_id,
                    "source": item.source,
                    "line": item.line,
                    "article_id": item.article.article_id if item.article else None,
                    "status": status,
                    "created_at": now,
                },
            )
            stats.documents += len(res.all())
        touched: set[str] = set()
        seq = conn.execute(st.max_seq).scalar_one()
        wanted = [f"{a.article_id}:{e.event_id_cnty}" for _, a, e in pending]
        stored: set[str] = set()
        for start in range(0, len(wanted), _IN_BATCH):
            part = wanted[start : start + _IN_BATCH]
            stored.update(row[0] for row in conn.execute(st.stored_reports, {"b_ids": part}))
        for (_item, article, event), report_id in zip(pending, wanted, strict=True):
            if report_id in stored:
                continue
            stored.add(report_id)
            seq += 1
            view = ReportView(
                event=event,
                article_id=article.article_id,
                publisher_key=publisher_key(article.publisher, article.url, article.article_id),
                publisher=article.publisher or "",
                text=report_text(event, article.text, title=article.title),
                places=place_names(event, article.text),
                seq=seq,
            )
            cluster = self._assign(conn, view, merger=merger, cache=cache)
            conn.execute(
                st.insert_report,
                {
                    "report_id": report_id,
                    "article_id": article.article_id,
                    "event_id_cnty": cluster,
                    "seq": seq,
                    **_report_columns(event),
                    "publisher_key": view.publisher_key,
                    "text": view.text,
                    "places": "\n".join(view.places),
                    "embedding": _pack(view.embedding),
                    "data": event.model_dump_json(),
                },
            )
            view.report_id = report_id
            cache[report_id] = view  # its cluster's rebuild needs it parsed
            stats.reports += 1
            touched.add(cluster)
        clusters = sorted(touched)
        self._put_events(conn, self._rebuild_events(conn, clusters, cache))
        stats.merged = len(touched)

    def _remember(self, views: dict[str, ReportView]) -> None:
        """Keep a committed chunk's parsed reports for the next chunks (least recent go first)."""
        kept = self._views
        for report_id, view in views.items():
            if view.embedding is not None:
                # as the next chunk would read it back from the database
                view.embedding = _unpack(_pack(view.embedding))
            kept[report_id] = view
            kept.move_to_end(report_id)
        while len(kept) > _VIEW_CACHE_SIZE:
            kept.popitem(last=False)

    def _add_failure(
        self,
        conn: Connection,
        *,
        doc_id: str | None,
        source: str,
        line: int | None,
        reason: str,
        now: float,
    ) -> int:
        res = conn.execute(
            self._statements.insert_failure,
            {
                "failure_key": content_hash(source, line, doc_id, reason),
                "doc_id": doc_id,
                "source": source,
                "line": line,
                "reason": reason,
                "created_at": now,
            },
        )
        return len(res.all())

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Record input problems (malformed lines) that have no document."""
        now = time.time()
        added = 0
        with self.engine.begin() as conn:
            for f in failures:
                added += self._add_failure(
                    conn, doc_id=f.doc_id, source=f.source, line=f.line, reason=f.reason, now=now
                )
        return added

    def _candidate_clusters(self, conn: Connection, event: Event) -> list[str]:
        """Events a report might belong to: same family, dates that can overlap, near.

        In event id order: which events are kept when there are more than
        ``_MAX_CANDIDATES``, and which of two equal matches wins, must not depend
        on the query plan (SQLite used to read them in that order off the id index).
        """
        params: dict[str, object] = {"b_context": event.context, "b_types": family_types(event)}
        near = bool(event.country)
        if near:
            params["b_country"] = event.country
        point = event.latitude is not None and event.longitude is not None
        if event.latitude is not None and event.longitude is not None:
            params["b_lat_low"] = event.latitude - _NEAR_DEG
            params["b_lat_high"] = event.latitude + _NEAR_DEG
            params["b_lon_low"] = event.longitude - _NEAR_DEG
            params["b_lon_high"] = event.longitude + _NEAR_DEG
        low, high = _date_range(event)
        dated = low is not None and high is not None
        if low is not None and high is not None:
            # one day more on each side: dates a day apart may still be one incident
            params["b_low"] = (date.fromisoformat(low) - timedelta(days=1)).isoformat()
            params["b_high"] = (date.fromisoformat(high) + timedelta(days=1)).isoformat()
        query = self._statements.candidates(country=near, point=point, dated=dated)
        return [row[0] for row in conn.execute(query, params)]

    def _members(
        self, conn: Connection, clusters: Sequence[str], cache: dict[str, ReportView]
    ) -> dict[str, list[ReportView]]:
        """The reports of each cluster, in order (parsed once through ``cache`` and ``_views``)."""
        st = self._statements
        kept = self._views
        out: dict[str, list[ReportView]] = {c: [] for c in clusters}
        for start in range(0, len(clusters), _IN_BATCH):
            part = list(clusters[start : start + _IN_BATCH])
            rows = conn.execute(st.members, {"b_ids": part}).all()
            missing: list[str] = []
            for report_id, _cluster in rows:
                if report_id not in cache:
                    view = kept.get(report_id)
                    if view is None:
                        missing.append(report_id)
                    else:
                        cache[report_id] = view
            for mstart in range(0, len(missing), _IN_BATCH):
                for row in conn.execute(
                    st.load_reports, {"b_ids": missing[mstart : mstart + _IN_BATCH]}
                ):
                    cache[row.report_id] = ReportView(
                        event=Event.model_validate_json(row.data),
                        article_id=row.article_id,
                        publisher_key=row.publisher_key,
                        text=row.text,
                        places=[p for p in row.places.split("\n") if p],
                        embedding=_unpack(row.embedding),
                        seq=row.seq,
                        report_id=row.report_id,
                    )
            for report_id, cluster in rows:
                out[cluster].append(cache[report_id])
        return out

    def _assign(
        self,
        conn: Connection,
        view: ReportView,
        *,
        merger: Merger | None,
        cache: dict[str, ReportView],
    ) -> str:
        st = self._statements
        if merger is not None:
            clusters = self._candidate_clusters(conn, view.event)
            if clusters:
                by_cluster = self._members(conn, clusters, cache)
                members = [by_cluster[c] for c in clusters]

                def keep(report: ReportView) -> None:
                    rid = report.report_id
                    if rid:
                        conn.execute(
                            st.keep_embedding,
                            {"b_report_id": rid, "b_embedding": _pack(report.embedding)},
                        )

                merger.on_embedded = keep
                match = merger.best_match(view, members)
                merger.on_embedded = None
                if match is not None:
                    return clusters[match.cluster]
        event_id = view.event.event_id_cnty
        taken = conn.execute(st.taken, {"b_event": event_id}).first()
        if taken is None:
            return event_id
        prefix = event_id.split("-", 1)[0] if "-" in event_id else "XXX"
        return f"{prefix}-{content_hash(event_id, view.article_id)[:8]}"

    def _rebuild_events(
        self, conn: Connection, clusters: Sequence[str], cache: dict[str, ReportView]
    ) -> list[Event]:
        """Each cluster's event, merged anew from all its reports."""
        by_cluster = self._members(conn, clusters, cache)
        article_ids = list(dict.fromkeys(m.article_id for c in clusters for m in by_cluster[c]))
        publishers = self._publishers(conn, article_ids)
        for cluster in clusters:
            for m in by_cluster[cluster]:
                m.publisher = publishers.get(m.article_id, "")
        return [merge_reports(by_cluster[c], event_id=c) for c in clusters]

    def _publishers(self, conn: Connection, article_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for start in range(0, len(article_ids), _IN_BATCH):
            rows = conn.execute(
                self._statements.publishers, {"b_ids": article_ids[start : start + _IN_BATCH]}
            )
            out.update((r[0], r[1] or "") for r in rows)
        return out

    def _put_events(self, conn: Connection, events: Sequence[Event]) -> None:
        """Replace the stored rows of these events (distinct ids) by theirs."""
        st = self._statements
        ids = [e.event_id_cnty for e in events]
        for start in range(0, len(ids), _IN_BATCH):
            part = {"b_ids": ids[start : start + _IN_BATCH]}
            for remove in st.delete_events:
                conn.execute(remove, part)
        event_rows: list[dict[str, object]] = []
        claim_rows: list[dict[str, object]] = []
        link_rows: list[dict[str, object]] = []
        for event in events:
            eid = event.event_id_cnty
            event_rows.append(
                {
                    "event_id_cnty": eid,
                    "event_date": event.event_date,
                    "year": event.year,
                    "country": event.country,
                    "iso3": _iso3(event),
                    "event_type": event.event_type,
                    "sub_event_type": event.sub_event_type,
                    "actor1": event.actor1,
                    "actor2": event.actor2,
                    "actors": _actors_text(event),
                    "latitude": event.latitude,
                    "longitude": event.longitude,
                    "context": event.context,
                    "fatalities": event.fatalities,
                    "corroboration": event.corroboration,
                    "data": event.model_dump_json(),
                }
            )
            claims = {c.claim_id: c for c in event.claims}
            claim_rows.extend(
                {
                    "event_id_cnty": eid,
                    "claim_id": c.claim_id,
                    "article_id": c.article_id,
                    "quantity": c.quantity,
                    "low": c.low,
                    "high": c.high,
                    "best": c.best,
                    "data": c.model_dump_json(),
                }
                for c in claims.values()
            )
            link_rows.extend(
                {"event_id_cnty": eid, "article_id": a} for a in dict.fromkeys(event.article_ids)
            )
        for statement, rows in (
            (st.insert_event, event_rows),
            (st.insert_claims, claim_rows),
            (st.insert_event_articles, link_rows),
        ):
            if rows:
                conn.execute(statement, rows)

    def import_events(self, events: Iterable[Event]) -> int:
        """Store finished events as they are (a JSONL export read back); returns the new count."""
        added = 0
        with self.engine.begin() as conn:
            seq = conn.execute(select(func.coalesce(func.max(T_REPORTS.c.seq), 0))).scalar_one()
            for event in events:
                exists = conn.execute(
                    select(T_EVENTS.c.event_id_cnty).where(
                        T_EVENTS.c.event_id_cnty == event.event_id_cnty
                    )
                ).first()
                if exists is not None:
                    continue
                seq += 1
                first_article = event.article_ids[0] if event.article_ids else "imported"
                conn.execute(
                    T_REPORTS.insert().values(
                        report_id=f"import:{event.event_id_cnty}",
                        article_id=first_article,
                        event_id_cnty=event.event_id_cnty,
                        seq=seq,
                        **_report_columns(event),
                        publisher_key=publisher_key(event.source, None, first_article),
                        text=event.notes,
                        places="\n".join(place_names(event, "")),
                        embedding=None,
                        data=event.model_dump_json(),
                    )
                )
                self._put_events(conn, [event])
                added += 1
        return added

    # -- reading ---------------------------------------------------------------
    def events(self, where: EventFilter | None = None) -> Iterator[Event]:
        """Merged events matching the filter, by date then id."""
        where = where or EventFilter()
        c = T_EVENTS.c
        query = select(c.data)
        if where.context is not None:
            query = query.where(c.context == where.context)
        if where.since:
            query = query.where(c.event_date >= where.since)
        if where.until:
            query = query.where(c.event_date <= where.until)
        if where.country:
            name = where.country.strip()
            query = query.where(or_(func.lower(c.country) == name.lower(), c.iso3 == name.upper()))
        if where.event_type:
            query = query.where(func.lower(c.event_type) == where.event_type.strip().lower())
        if where.actor:
            query = query.where(c.actors.contains(where.actor.strip().lower(), autoescape=True))
        if where.bbox is not None:
            west, south, east, north = where.bbox
            query = query.where(c.latitude.between(south, north))
            if west <= east:
                query = query.where(c.longitude.between(west, east))
            else:  # a box across the antimeridian
                query = query.where(or_(c.longitude >= west, c.longitude <= east))
        query = query.order_by(c.event_date.asc().nulls_last(), c.event_id_cnty)
        if where.limit is not None:
            query = query.limit(where.limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield Event.model_validate_json(row[0])

    def event(self, event_id: str) -> Event | None:
        """One merged event by its id."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(T_EVENTS.c.data).where(T_EVENTS.c.event_id_cnty == event_id)
            ).first()
        return None if row is None else Event.model_validate_json(row[0])

    def article(self, article_id: str) -> Article | None:
        """One stored article (its cleaned text is what evidence offsets point into)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(T_ARTICLES.c.data).where(T_ARTICLES.c.article_id == article_id)
            ).first()
        return None if row is None else Article.model_validate_json(row[0])

    def failures(self) -> list[Failure]:
        """Every recorded failure, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    T_FAILURES.c.doc_id, T_FAILURES.c.source, T_FAILURES.c.line, T_FAILURES.c.reason
                ).order_by(T_FAILURES.c.created_at, T_FAILURES.c.source, T_FAILURES.c.line)
            ).all()
        return [Failure(r[0], r[1], r[2], r[3]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = {
            "documents": T_DOCS,
            "articles": T_ARTICLES,
            "reports": T_REPORTS,
            "events": T_EVENTS,
            "claims": T_CLAIMS,
            "failures": T_FAILURES,
        }
        with self.engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for name, t in tables.items()
            }


def _safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


__all__ = ["ChunkItem", "ChunkStats", "EventFilter", "EventStore", "Failure", "resolve_db_url"]
