"""Where an event happened, read from its incident and, when that names no place finer than
a province, from the rest of its paragraph. Sentences are invented apart from real towns."""

from __future__ import annotations

from eventwire.model import Event
from eventwire.pipeline import Resources, extract


def _current(text: str, res: Resources) -> list[Event]:
    report = extract(text, publication_date="2020-06-01", res=res)
    return [e for e in report.events if e.context == "current"]


def test_the_place_told_before_the_event_sentence_refines_the_province(
    resources: Resources,
) -> None:
    text = (
        "On 27 May 2020, army forces conducted a security operation targeting Velmar bases "
        "near Diinsoor town (Diinsoor, Bay). After heavy exchange of gunfire, two militants "
        "were killed."
    )
    events = _current(text, resources)
    assert events
    assert events[0].admin1 == "Bay" and events[0].location == "Diinsoor"
    assert events[0].geo_precision == 2


def test_an_earlier_place_elsewhere_does_not_replace_the_events_province(
    resources: Resources,
) -> None:
    # the paragraph's first town is in another province than the event sentence names
    text = (
        "Velmar fighters left Kandahar last month. On 27 May 2020, they attacked an army "
        "post in Bay region, killing two soldiers."
    )
    events = _current(text, resources)
    assert events and events[-1].country == "Somalia"


def test_a_facility_named_for_its_town_places_the_event_there(resources: Resources) -> None:
    # the only place the report names is inside a facility's name
    text = (
        "On 4 May 2020, monitors recorded 40 explosions in both directions of the frontline "
        "near the Donetsk Filtration Station."
    )
    events = _current(text, resources)
    assert events and events[0].admin1 == "Donetsk"
    text = (
        "On 3 May 2020, hundreds of students of the Mombasa Technical University protested "
        "against a rise in fees."
    )
    events = _current(text, resources)
    assert events and (events[0].country, events[0].location) == ("Kenya", "Mombasa")
    # a newspaper or a firm named for a city is no facility in it
    text = "On 3 May 2020, gunmen killed two farmers in Velmar, the Washington Post reported."
    events = _current(text, resources)
    assert events and events[0].country != "United States"


def test_a_coders_note_names_the_place_the_event_is_coded_at(resources: Resources) -> None:
    # "Velmar ridge" is no place the gazetteer knows; the note says where it was coded,
    # even in another country than the attackers'
    text = (
        "On 16 August 2020, Turkish airstrikes destroyed PKK shelters in the Velmar ridge "
        "area (coded as Amadiya). No fatalities were reported."
    )
    events = _current(text, resources)
    assert events
    assert (events[0].country, events[0].admin1) == ("Iraq", "Dohuk")


def test_a_place_of_worship_named_with_its_city_places_the_event_there(
    resources: Resources,
) -> None:
    # a headline: the city's name heads "Shiite mosque", "Sikh temple"
    events = _current("Fresh attack at Baghdad Shiite mosque kills at least 11", resources)
    assert events and (events[0].country, events[0].location) == ("Iraq", "Baghdad")
    events = _current("Gunmen stormed a Kabul Sikh temple, killing 25 worshippers.", resources)
    assert events and (events[0].country, events[0].location) == ("Afghanistan", "Kabul")


def test_congo_alone_may_be_either_congo(resources: Resources) -> None:
    # wires write "Congo" for the Democratic Republic: Goma decides
    text = (
        "GOMA, Congo, July 9 (Reuters) - A grenade exploded at a displacement camp on the "
        "western edge of Goma on Tuesday, killing four people, a camp official said."
    )
    events = _current(text, resources)
    assert events and (events[0].country, events[0].location) == (
        "Democratic Republic of Congo",
        "Goma",
    )


def test_where_the_government_spoke_does_not_veto_the_target_town(resources: Resources) -> None:
    text = (
        "ADEN, Yemen - Houthi forces fired a ballistic missile at Marib city on Saturday, "
        "killing two civilians, the government said in Aden."
    )
    events = _current(text, resources)
    assert events and (events[0].admin1, events[0].location) == ("Marib", "Marib")


def test_a_facility_named_for_a_place_lies_where_the_text_says(resources: Resources) -> None:
    # "Nallur" is a town in Tamil Nadu and the name of Jaffna's temple
    text = "Mothers of missing men held a vigil near the Nallur temple in Jaffna on Sunday."
    events = _current(text, resources)
    assert events and (events[0].country, events[0].location) == ("Sri Lanka", "Jaffna")


def test_a_countrys_forces_named_tell_which_namesake_town(resources: Resources) -> None:
    # Merida is in Mexico and in Venezuela; the Bolivarian National Guard is Venezuela's
    text = (
        "Students blocked streets in Merida over blackouts on Tuesday; the Bolivarian "
        "National Guard fired tear gas and pellets, wounding four."
    )
    events = _current(text, resources)
    assert events and (events[0].country, events[0].location) == ("Venezuela", "Merida")
