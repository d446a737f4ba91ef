"""The web page in headless Chromium against a real `eventwire serve` process."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import store_article

from eventwire.model import Article, Event, Evidence
from eventwire.stages.clean import article_id_of
from eventwire.store.base import EventStore

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TEXT = "Militiamen of the Ashen Banner abducted a teacher in the village of Karvessa on Monday."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_page_lists_event_and_shows_evidence(tmp_path: Path) -> None:
    db = tmp_path / "page.db"
    store = EventStore.open(str(db))
    aid = article_id_of(TEXT)
    start = TEXT.index("abducted")
    store.import_events(
        [
            Event(
                event_id_cnty="SYR-00c0ffee",
                event_date="2021-03-01",
                year=2021,
                time_precision=1,
                event_type="Violence against civilians",
                sub_event_type="Abduction/forced disappearance",
                actor1="Ashen Banner",
                country="Syria",
                location="Karvessa",
                latitude=35.0,
                longitude=38.0,
                geo_precision=1,
                article_ids=[aid],
                confidence=0.7,
                evidence={"sub_event_type": [Evidence(article_id=aid, start=start, end=start + 8)]},
            )
        ]
    )
    store_article(store, Article(article_id=aid, text=TEXT, language="en"))
    store.close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        profile = tmp_path / "chrome-profile"
        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--virtual-time-budget=8000",
        ]  # fmt: skip
        dom = subprocess.run(
            [CHROMIUM, *flags, "--dump-dom", f"http://127.0.0.1:{port}/"],
            capture_output=True, text=True, timeout=120,
        ).stdout  # fmt: skip
        assert "1 events" in dom
        assert "Abduction/forced disappearance" in dom and "Ashen Banner" in dom
        assert 'class="ev"' in dom  # the event is drawn on the map
        shot = tmp_path / "page.png"
        subprocess.run(
            [CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,900", f"http://127.0.0.1:{port}/"],
            capture_output=True, timeout=120,
        )  # fmt: skip
        assert shot.exists() and shot.stat().st_size > 10_000
    finally:
        server.terminate()
        server.wait(timeout=10)
