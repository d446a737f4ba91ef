"""Corpus readers: folders, CSV with column options, RSS and Atom, JSONL with problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.corpus import doc_key
from eventwire.errors import InputError
from eventwire.stages.ingest import (
    CsvColumns,
    InputDoc,
    InputProblem,
    read_corpus,
    read_csv,
    read_feed,
    read_folder,
)


def test_folder_reads_txt_and_html_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Militia fighters raided Brask.", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("<p>Shelling hit Ottery.</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  ", encoding="utf-8")
    items = list(read_folder(tmp_path))
    docs = [i for i in items if isinstance(i, InputDoc)]
    assert [(d.id, d.html) for d in docs] == [("a.txt", False), ("b/c.html", True)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [p.id for p in problems] == ["empty.txt"]


def test_csv_with_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        "story,body,day,outlet\n"
        's1,"Gunmen attacked a bus near Brask, killing two.",2031-04-08,Brask Herald\n'
        "s2,,2031-04-09,Brask Herald\n"
        ',"Protesters marched in Ottery.",,\n',
        encoding="utf-8",
    )
    cols = CsvColumns(text="body", id="story", publication_date="day", publisher="outlet")
    items = list(read_csv(path, columns=cols))
    first, problem, third = items
    assert isinstance(first, InputDoc)
    assert (first.id, first.publication_date, first.publisher) == (
        "s1",
        "2031-04-08",
        "Brask Herald",
    )
    assert isinstance(problem, InputProblem) and problem.line == 3 and problem.id == "s2"
    assert isinstance(third, InputDoc) and third.id == "feed:3" and third.publisher is None
    with pytest.raises(InputError, match="--text-column"):
        list(read_csv(path))


RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Veloria Wire</title>
<item><title>Clash in Brask</title><link>https://wire.example/1</link>
<guid>wire-1</guid><pubDate>Tue, 08 Apr 2031 10:00:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Fighters clashed in Brask on Tuesday.</p>]]></content:encoded>
</item>
<item><title>Empty</title><link>https://wire.example/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ottery Monitor</title>
<entry><title>Drone strike</title><id>urn:om:7</id>
<link rel="alternate" href="https://om.example/7"/>
<published>2031-04-09T06:00:00Z</published>
<summary>A drone struck a depot outside Ottery.</summary></entry>
</feed>"""


def test_rss_and_atom(tmp_path: Path) -> None:
    rss = tmp_path / "wire.rss"
    rss.write_text(RSS, encoding="utf-8")
    first, problem = list(read_feed(rss))
    assert isinstance(first, InputDoc)
    assert first.id == "wire-1" and first.publisher == "Veloria Wire"
    assert first.publication_date == "2031-04-08" and first.url == "https://wire.example/1"
    assert "clashed in Brask" in first.text
    assert isinstance(problem, InputProblem) and problem.line == 2
    atom = tmp_path / "om.atom"
    atom.write_text(ATOM, encoding="utf-8")
    (entry,) = list(read_feed(atom))
    assert isinstance(entry, InputDoc)
    assert (entry.id, entry.url, entry.publication_date, entry.publisher) == (
        "urn:om:7",
        "https://om.example/7",
        "2031-04-09",
        "Ottery Monitor",
    )
    bad = tmp_path / "bad.xml"
    bad.write_text("<rss><channel>", encoding="utf-8")
    with pytest.raises(InputError):
        list(read_feed(bad))


def test_read_corpus_dispatches_and_reports_malformed_lines(tmp_path: Path) -> None:
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        '{"id": "j1", "text": "Shelling hit Ottery.", "publisher": "Monitor"}\n'
        "{not json\n"
        '{"id": "j3"}\n',
        encoding="utf-8",
    )
    single = tmp_path / "one.txt"
    single.write_text("Militia fighters raided Brask.", encoding="utf-8")
    items = list(read_corpus([jsonl, single]))
    assert [(i.source, i.line, type(i.item).__name__) for i in items] == [
        (str(jsonl), None, "InputDoc"),
        (str(jsonl), 2, "InputProblem"),
        (str(jsonl), 3, "InputProblem"),
        (str(single), None, "InputDoc"),
    ]
    first = items[0].item
    assert isinstance(first, InputDoc) and first.publisher == "Monitor"
    with pytest.raises(InputError):
        list(read_corpus([tmp_path / "missing.jsonl"]))
    with pytest.raises(InputError):
        (tmp_path / "x.pdf").write_bytes(b"%PDF")
        list(read_corpus([tmp_path / "x.pdf"]))


def test_doc_key_depends_on_everything_given() -> None:
    a = InputDoc(id="1", text="t")
    assert doc_key(a) == doc_key(InputDoc(id="1", text="t"))
    assert doc_key(a) != doc_key(InputDoc(id="1", text="t", publisher="P"))
    assert doc_key(a) != doc_key(InputDoc(id="2", text="t"))
