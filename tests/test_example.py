"""The real acceptance example in ../shared/examples, with tolerant assertions.

The text is read from ../shared at run time (never copied into the repo).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire


@pytest.fixture(scope="module")
def report(shared_dir: Path) -> eventwire.Report:
    text = (shared_dir / "examples" / "fallujah-convoy-2016.txt").read_text()
    return eventwire.extract(text, publication_date="2016-07-01")


def _current(report: eventwire.Report) -> list[eventwire.Event]:
    return [e for e in report.events if e.context == "current"]


def test_furniture_removed(report: eventwire.Report) -> None:
    furniture = report.article.furniture
    assert "Share" in furniture and furniture.count("Advertisement") == 2 and "Video" in furniture
    assert "Advertisement" not in report.article.text
    assert report.article.title and "Decimated by Airstrikes" in report.article.title


def test_air_strikes_and_rebel_offensive(report: eventwire.Report) -> None:
    current = _current(report)
    air = [e for e in current if e.sub_event_type == "Air/drone strike"]
    clash = [e for e in current if e.sub_event_type == "Armed clash"]
    assert len(air) >= 2, "event A (Fallujah convoy) and event C (Ramadi) are air strikes"
    assert clash, "event B (the rebel offensive) is an armed clash"
    assert 3 <= len(current) <= 5
    b = clash[0]
    assert b.event_date == "2016-06-28"
    c = [e for e in air if e.event_date == "2016-06-29"]
    assert c, "event C is dated Wednesday 2016-06-29"


def test_no_current_event_in_2014(report: eventwire.Report) -> None:
    for event in _current(report):
        assert event.event_date and event.event_date.startswith("2016-")
        assert event.event_date <= "2016-07-01"


def test_one_canonical_islamic_state(report: eventwire.Report) -> None:
    names = set()
    for e in report.events:
        for field in (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2):
            names.update(n.strip() for n in field.split(";") if n.strip())
    is_names = {
        n
        for n in names
        if any(k in n for k in ("ISIS", "ISIL", "Daesh", "Islamic State")) and "Against" not in n
    }  # "Global Coalition Against Daesh" is the coalition, not the group
    assert len({n.split(" (")[0] for n in is_names}) == 1, is_names
    assert any(n.startswith("Islamic State") for n in is_names)


def test_evidence_points_into_text(report: eventwire.Report) -> None:
    text = report.article.text
    for event in report.events:
        assert event.evidence, "every event carries evidence"
        for spans in event.evidence.values():
            for span in spans:
                assert 0 <= span.start < span.end <= len(text)
        assert 0.0 <= event.confidence <= 1.0
        assert event.notes.endswith(".")
