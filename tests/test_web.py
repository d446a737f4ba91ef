"""The REST API in-process over ASGI, and the page's assets (served offline)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from conftest import store_article

from eventwire.model import Article, Event, Evidence
from eventwire.store.base import EventStore
from eventwire.web import create_app

TEXT = "Rebels of the Crimson Front shelled the town of Orvel on Tuesday, killing two civilians."


def _event(aid: str) -> Event:
    start = TEXT.index("shelled")
    return Event(
        event_id_cnty="IRQ-0000abcd",
        event_date="2021-03-02",
        year=2021,
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Crimson Front",
        country="Iraq",
        iso=368,
        location="Orvel",
        latitude=33.1,
        longitude=44.2,
        geo_precision=1,
        fatalities=2,
        article_ids=[aid],
        confidence=0.8,
        evidence={"sub_event_type": [Evidence(article_id=aid, start=start, end=start + 7)]},
    )


@pytest.fixture()
def client(tmp_path: Path) -> httpx.AsyncClient:
    from eventwire.stages.clean import article_id_of

    store = EventStore.open(str(tmp_path / "web.db"))
    aid = article_id_of(TEXT)
    store.import_events([_event(aid)])
    store_article(
        store, Article(article_id=aid, text=TEXT, publication_date="2021-03-05", language="en")
    )
    app = create_app(store=store)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


@pytest.mark.anyio
async def test_events_filters_and_evidence(client: httpx.AsyncClient) -> None:
    async with client:
        events = (await client.get("/api/events", params={"country": "Iraq"})).json()
        assert [e["event_id_cnty"] for e in events] == ["IRQ-0000abcd"]
        assert (await client.get("/api/events", params={"country": "Yemen"})).json() == []
        assert (await client.get("/api/events", params={"bbox": "40,30,50,40"})).json()
        assert (await client.get("/api/events", params={"bbox": "0,0,1,1"})).json() == []
        bad = await client.get("/api/events", params={"bbox": "x"})
        assert bad.status_code == 422
        # a box with south above north, and a date that is none, are errors, not empty lists
        upside = await client.get("/api/events", params={"bbox": "0,50,10,40"})
        assert upside.status_code == 422 and "W,S,E,N" in upside.text
        garbage = await client.get("/api/events", params={"since": "garbage"})
        assert garbage.status_code == 422
        one = (await client.get("/api/events/IRQ-0000abcd")).json()
        span = one["evidence"]["sub_event_type"][0]
        article = (await client.get(f"/api/articles/{span['article_id']}")).json()
        assert article["text"][span["start"] : span["end"]] == "shelled"
        assert (await client.get("/api/events/NOPE")).status_code == 404


@pytest.mark.anyio
async def test_openapi_and_offline_page(client: httpx.AsyncClient) -> None:
    async with client:
        spec = (await client.get("/openapi.json")).json()
        assert "/api/events" in spec["paths"] and "/api/extract" in spec["paths"]
        page = (await client.get("/")).text
        assert '<svg id="map"' in page and "/static/app.js" in page
        assert "http://" not in page and "https://" not in page  # nothing from a CDN
        js = (await client.get("/static/app.js")).text
        assert 'fetch("/api/events' in js and "https://" not in js


@pytest.mark.anyio
async def test_extract_endpoint_reports_bad_dates(client: httpx.AsyncClient) -> None:
    async with client:
        resp = await client.post(
            "/api/extract", json={"text": TEXT, "publication_date": "2021-02-30"}
        )
        assert resp.status_code == 422 and "impossible date" in resp.json()["detail"]


@pytest.fixture()
def anyio_backend() -> str:
    return "asyncio"
