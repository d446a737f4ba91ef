"""Weapons and crowds whose words a disaster shares: glide bombs on an industrial area,
fireworks thrown at police. Invented world (Veridia, Orvel, Tamsk); published 2024-03-15."""

from __future__ import annotations

import eventwire


def _current(text: str) -> list[eventwire.Event]:
    report = eventwire.extract(text, publication_date="2024-03-15")
    return [e for e in report.events if e.context == "current"]


def test_glide_bombs_on_an_industrial_area_are_an_air_strike() -> None:
    events = _current(
        "Glide bombs hit an industrial area of Tamsk on Tuesday, wounding four workers, "
        "regional officials said."
    )
    assert [e.sub_event_type for e in events][:1] == ["Air/drone strike"]


def test_an_explosion_in_an_industrial_area_stays_an_accident() -> None:
    events = _current(
        "Explosions tore through an industrial area of Tamsk where chemicals were stored on "
        "Tuesday night, killing 12 people."
    )
    assert not events


def test_fireworks_thrown_at_police_are_a_riot_and_a_fireworks_blast_is_not() -> None:
    events = _current(
        "Youths set fire to cars and threw fireworks at police in Orvel for a second night "
        "on Thursday, the interior ministry said."
    )
    assert events and events[0].event_type == "Riots"
    assert not _current(
        "A fireworks warehouse exploded in Orvel on Thursday, killing three workers."
    )


def test_a_ban_on_protests_is_no_protest_but_defying_it_is() -> None:
    for text in (
        "On Monday the governor of Tamsk extended a ban on protests for another 15 days.",
        "The governor banned all demonstrations and rallies in Orvel for a week.",
    ):
        events = _current(text)
        assert events and all(e.event_type == "Strategic developments" for e in events), text
    events = _current("Thousands defied a ban on rallies and marched through Orvel on Sunday.")
    assert events and events[0].event_type == "Protests"


def test_a_year_that_names_the_event_makes_it_background() -> None:
    report = eventwire.extract(
        "Tonight at the Orvel Playhouse: 'Red Harbour', a musical retelling of the 1922 dock "
        "riots, complete with pyrotechnics.",
        publication_date="2024-03-15",
    )
    assert report.events and all(e.context != "current" for e in report.events)
    # a count of people is no year
    events = _current("Rioters torched cars as the 2024 budget protests turned violent in Tamsk.")
    assert events and events[0].event_type == "Riots"


def test_a_crowd_counted_in_thousands_is_no_year() -> None:
    events = _current("Police dispersed the 2000 protesters outside parliament in Orvel on Monday.")
    assert events and events[0].event_type == "Protests"
