"""Incident logs' entry titles: a date and a place list, coded as one event of unstated
kind at that place and date (the titles below are written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from event_types import current_events

from eventwire.stages.clean import detect_language
from eventwire.stages.log_entries import parse_log_entry

PUB = "2018-01-10"


@pytest.mark.parametrize(
    ("title", "date", "precision", "country", "first_item"),
    [
        ("March 4th 2017: (I412b) Al Zuhur district, East Mosul, Nineveh province, Iraq",
         dt.date(2017, 3, 4), 1, "Iraq", "Al Zuhur district"),
        ("June 28th, 2015: Hit, Anbar Province, Iraq", dt.date(2015, 6, 28), 1, "Iraq", "Hit"),
        ("May 12th -15th 2017: Several neighbourhoods, West Mosul, Nineveh province, Iraq",
         dt.date(2017, 5, 12), 2, "Iraq", "Several neighbourhoods"),
        ("August 27th or 29th, 2015: Baiji, Salahuddin province, Iraq",
         dt.date(2015, 8, 27), 2, "Iraq", "Baiji"),
        ("9 October 2016: Manbij, Aleppo governorate, Syria",
         dt.date(2016, 10, 9), 1, "Syria", "Manbij"),
        # no year: the last such day on or before publication (10 January 2018)
        ("March 14th: (I428) Dur Al Sekak, West Mosul, Nineveh province, Iraq",
         dt.date(2017, 3, 14), 1, "Iraq", "Dur Al Sekak"),
        ("May 1st-5th (est) 2017: (I524a) al Islah neighbourhood, West Mosul, Nineveh, Iraq",
         dt.date(2017, 5, 1), 2, "Iraq", "al Islah neighbourhood"),
        # a name in Arabic script beside its Latin spelling; a stray full stop
        ("July 30th 2017: (I617) الحويجة Hawija, south of Kirkuk Province. Iraq",
         dt.date(2017, 7, 30), 1, "Iraq", "Hawija"),
    ],
)  # fmt: skip
def test_entry_titles_are_parsed(
    title: str, date: dt.date, precision: int, country: str, first_item: str
) -> None:
    entry = parse_log_entry(title, dt.date.fromisoformat(PUB))
    assert entry is not None
    assert (entry.date, entry.precision, entry.items[-1][0]) == (date, precision, country)
    name, start, end = entry.items[0]
    assert name == first_item
    assert title[start:end] == name


@pytest.mark.parametrize(
    "text",
    [
        # a sentence after the date: a report, read as one
        "March 1st 2017: Coalition aircraft struck a bridge over the Tigris in Mosul, Iraq",
        "June 5th 2016: what we know so far about the siege of Fallujah, Iraq",
        # a date in prose
        "On March 1st 2017 the convoy reached Mosul, Iraq.",
    ],
)
def test_other_texts_are_not_entry_titles(text: str) -> None:
    assert parse_log_entry(text) is None


def test_a_dated_report_is_coded_as_its_event() -> None:
    events = current_events(
        "March 1st 2017: Coalition aircraft struck a bridge over the Tigris in Mosul, Iraq",
        PUB,
    )
    assert events and "type_unknown" not in events[0].flags
    assert events[0].sub_event_type == "Air/drone strike"


def test_an_entry_title_is_an_event_of_unstated_kind_at_its_place_and_date() -> None:
    title = "March 4th 2017: (I412b) Al Zuhur district, East Mosul, Nineveh province, Iraq"
    events = current_events(title, PUB)
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Other")
    assert "type_unknown" in event.flags
    assert event.confidence <= 0.25
    assert (event.event_date, event.time_precision) == ("2017-03-04", 1)
    assert event.country == "Iraq" and event.location == "Mosul"
    assert "unstated kind" in event.notes and "Mosul" in event.notes
    span = event.evidence["event_date"][0]
    assert title[span.start : span.end] == "March 4th 2017"


@pytest.mark.parametrize(
    ("title", "town", "location"),
    [
        # "Hit" is a word elsewhere; in the list it is the town
        ("June 28th, 2015: Hit, Anbar Province, Iraq", "Hit", "Hit"),
        ("July 30th 2017: (I617) الحويجة Hawija, south of Kirkuk Province. Iraq", "Hawija",
         "Al-Hawija"),
        ("November 2nd 2016: (I283) Bartella, Nineveh province, Iraq", "Bartella", "Bartalah"),
    ],
)  # fmt: skip
def test_the_first_town_of_the_list_is_the_place(title: str, town: str, location: str) -> None:
    events = current_events(title, PUB)
    assert len(events) == 1
    assert events[0].location == location
    assert events[0].geo_precision in (1, 2)
    span = events[0].evidence["location"][0]
    assert town.lower() in title[span.start : span.end].lower()


@pytest.mark.parametrize(
    ("title", "pub", "date", "location", "country"),
    [
        # other monitors' formats: numeric dates, codes, the date last, no country named
        ("2017-10-14 | SOM-0781 | Zoobe junction, Hodan district, Mogadishu, Banadir",
         "2017-11-01", "2017-10-14", "Mogadishu", "Somalia"),
        ("22/02/2018 - Douma, Eastern Ghouta, Rif Dimashq, Syria", "2018-03-01", "2018-02-22",
         "Duma", "Syria"),
        ("Gao, Gao region, Mali - 2016-11-29", "2016-12-01", "2016-11-29", "Gao", "Mali"),
        # a name the language check would call Spanish: the entry is read all the same
        ("8 Sep 2021: Tumaco (San Andres de Tumaco), Narino, Colombia", "2021-10-01",
         "2021-09-08", "Tumaco", "Colombia"),
    ],
)  # fmt: skip
def test_other_entry_formats(title: str, pub: str, date: str, location: str, country: str) -> None:
    events = current_events(title, pub)
    assert len(events) == 1
    event = events[0]
    assert (event.event_date, event.location, event.country) == (date, location, country)
    assert "type_unknown" in event.flags


def test_a_date_after_publication_is_not_coded() -> None:
    events = current_events("March 4th 2019: Mosul, Nineveh province, Iraq", PUB)
    assert len(events) == 1 and events[0].event_date is None


@pytest.mark.parametrize(
    "text",
    [
        "April 2nd 2017: Timeline",  # a date and a word that is no place
        "March 4th 2017: Quxbrill Heights, Yzzerbane province",  # no place the gazetteer knows
    ],
)
def test_an_entry_that_names_no_known_place_is_no_event(text: str) -> None:
    assert current_events(text, PUB) == []


@pytest.mark.parametrize(
    "title",
    [
        "June 23rd, 2015: Bayji, Salah el Din Province, Iraq",
        "September 20th, 2015: Khalidiya island near Ramadi, Anbar province, Iraq",
    ],
)
def test_a_dated_place_line_is_english(title: str) -> None:
    assert detect_language(title) == "en"
