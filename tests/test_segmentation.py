"""How sentences group into incidents, on short invented reports (published Friday 2021-03-05)."""

from __future__ import annotations

import eventwire

PUB = "2021-03-05"


def _current(text: str) -> list[eventwire.Event]:
    return [
        e for e in eventwire.extract(text, publication_date=PUB).events if e.context == "current"
    ]


def test_headline_and_body_are_one_incident() -> None:
    events = _current(
        "Clashes near Karvessa\n\nIraqi soldiers clashed with fighters of the Crimson Front near "
        "the village of Karvessa in Diyala province on Tuesday, a police officer said."
    )
    assert len(events) == 1 and events[0].event_date == "2021-03-02"


def test_strikes_on_two_days_are_two_incidents() -> None:
    events = _current(
        "Turkish drones struck a vehicle near the village of Sarnik in northern Iraq on Monday, "
        "officials said.\n\nOn Wednesday, Turkish drones also struck a house in the village of "
        "Derebun, local officials said."
    )
    assert sorted(e.event_date for e in events) == ["2021-03-01", "2021-03-03"]
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_intervention_told_later_types_the_protest() -> None:
    events = _current(
        "Hundreds of students protested in the town of Torvel in Iraq on Thursday against "
        "unemployment. Police fired tear gas to disperse the crowd, witnesses said."
    )
    assert len(events) == 1
    assert events[0].sub_event_type == "Protest with intervention"


def test_background_is_not_current() -> None:
    report = eventwire.extract(
        "Militants of the Ashen Banner militia attacked an army post near the town of Vessari in "
        "Mali on Tuesday. The group seized the town in 2014, when the army withdrew.",
        publication_date=PUB,
    )
    current = [e for e in report.events if e.context == "current"]
    assert len(current) == 1 and current[0].event_date == "2021-03-02"
    assert all(
        e.event_date is None or e.event_date < "2015"
        for e in report.events
        if e.context != "current"
    )


def test_figures_after_the_event_join_it() -> None:
    events = _current(
        "Gunmen attacked a checkpoint near the town of Dorvo in Nigeria's Zamfara state on "
        "Tuesday.\n\nThe death toll has risen to 12, a police spokesman said."
    )
    assert len(events) == 1 and events[0].fatalities == 12
