"""The FastAPI app factory: a read API over a store, extraction, and the web page.

Everything the page needs is served from the package (no CDN, no tiles): it
works on a machine with no network.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.model import Article, Event, Report
from eventwire.store.base import EventFilter, EventStore, parse_bbox

_STATIC = importlib_resources.files("eventwire.web") / "static"
_TYPES = {"index.html": "text/html", "app.js": "text/javascript", "style.css": "text/css"}


class ExtractRequest(BaseModel):
    """A report to code: its text and what is known about it."""

    text: str
    publication_date: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None


def create_app(db: str | None = None, *, store: EventStore | None = None) -> FastAPI:
    """An app serving the store at ``db`` (default: the SQLite file in the working folder)."""
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Sourced, geocoded ACLED-style conflict events with their evidence.",
    )
    opened = store or EventStore.open(db)

    @app.get("/api/events", response_model=list[Event], tags=["events"])
    def list_events(
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        bbox: Annotated[str | None, Query(description="W,S,E,N")] = None,
        context: Annotated[str | None, Query(description="current (default) or 'all'")] = "current",
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[Event]:
        """Events matching the filters, by date."""
        try:
            where = EventFilter(
                since=since,
                until=until,
                country=country,
                event_type=event_type,
                actor=actor,
                bbox=parse_bbox(bbox),
                context=None if context == "all" else context,
                limit=limit,
            )
        except EventwireError as exc:
            raise HTTPException(422, str(exc)) from None
        return list(opened.events(where))

    @app.get("/api/events/{event_id}", response_model=Event, tags=["events"])
    def get_event(event_id: str) -> Event:
        """One event with its claims and evidence."""
        event = opened.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return event

    @app.get("/api/articles/{article_id}", response_model=Article, tags=["articles"])
    def get_article(article_id: str) -> Article:
        """An article's cleaned text: what every evidence offset refers to."""
        article = opened.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return article

    @app.post("/api/extract", response_model=Report, tags=["extract"])
    def extract_report(request: ExtractRequest) -> Report:
        """Code one report (not stored): the same as ``eventwire extract``."""
        from eventwire.pipeline import extract

        try:
            return extract(
                request.text,
                publication_date=request.publication_date,
                title=request.title,
                url=request.url,
                publisher=request.publisher,
            )
        except EventwireError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse((_STATIC / "index.html").read_text(encoding="utf-8"))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _TYPES:
            raise HTTPException(404, "not found")
        return Response((_STATIC / name).read_text(encoding="utf-8"), media_type=_TYPES[name])

    return app
