"""The country of an event: evidence that is not the event's own place name.

Sentences are invented; real names appear only where the test is about a real gazetteer
lookup. "Zindabadu" and "Yarkoti" are invented villages in no gazetteer.
"""

from __future__ import annotations

import pytest

from eventwire.stages.places import Geocoder


def _locate(geocoder: Geocoder, nlp, text: str):  # type: ignore[no-untyped-def]
    return geocoder.locate_event(nlp(text), focus=(0, len(text)))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a street named for the two towns it joins: Goma's country, though no place is given
        (
            "Youths blocked the main street Goma-Sake in Zindabadu and burned tyres.",
            "Democratic Republic of Congo",
        ),
        # a province's facility ("Governor's Office") after the function word "The"
        (
            "The Van Governor's Office banned all marches and sit-ins for another fifteen days.",
            "Turkey",
        ),
        # "Islah" the party is no evidence for Isla, a council of 3,000 in Malta
        ("Security Belt forces clashed with Islah gunmen on Monday.", "Yemen"),
    ],
)
def test_capitalised_words_that_are_not_the_place_still_point_to_a_country(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, country: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country, text
    assert place.latitude is None  # the village stays unknown


@pytest.mark.parametrize(
    "text",
    [
        # Luba is also a town in Equatorial Guinea, Chokwe one in Mozambique
        "Militiamen killed Luba civilians in Zindabadu on Monday.",
        "Chokwe journalists were beaten by police in Zindabadu.",
    ],
)
def test_a_people_before_a_word_for_people_is_no_place(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.latitude) == ("", None), text


def test_a_people_named_again_counts_less_each_time(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Kfar Saba" is an Israeli city of 100,000 and an old name of Qalqilyah in the West
    # Bank: three mentions of the attacker's people do not outweigh the city's own name
    text = (
        "An Israeli woman was stabbed by a Palestinian in the town of Kfar Saba; a bystander "
        "shot the Palestinian, and the Palestinian attacker was taken to hospital."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.location) == ("Israel", "Kfar Saba")


def test_a_province_that_dwarfs_its_namesake_votes_for_its_country(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Soum is a province of 100,000 in Burkina Faso and a village in Senegal; Pobe, cut
    # from "Pobe-Mengao", a town in Benin
    text = "Gunmen robbed bus passengers between Zindabadu (Pobe-Mengao, Soum) and Yarkoti."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1) == ("Burkina Faso", "Sahel")


def test_of_provinces_of_one_name_the_populous_one(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # La Paz is a department of Bolivia (2.7 million), of Honduras and of El Salvador
    text = "Police and soldiers dispersed protesters in Zindabadu, La Paz, on Friday."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1) == ("Bolivia", "La Paz")


@pytest.mark.parametrize(
    ("group", "country"),
    [
        ("NDS officers", "Afghanistan"),
        ("Asayish officers", "Iraq"),
        ("Nusra Front fighters", "Syria"),
        ("Security Belt forces", "Yemen"),
        ("Macawisley militiamen", "Somalia"),
        ("Civilian JTF members", "Nigeria"),
        ("Katiba Macina fighters", "Mali"),
        ("Ansaroul Islam fighters", "Burkina Faso"),
        ("Banyamulenge militiamen", "Democratic Republic of Congo"),
        ("Murle raiders", "South Sudan"),
        ("Pokot raiders", "Kenya"),
        ("Oromo youths", "Ethiopia"),
        ("Frontier Corps soldiers", "Pakistan"),
        ("BGB members", "Bangladesh"),
        ("ARSA fighters", "Myanmar"),
        ("SAPS officers", "South Africa"),
    ],
)
def test_a_groups_name_points_to_its_country(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, group: str, country: str
) -> None:
    text = f"{group} clashed with a rival group in the village of Zindabadu."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country, group
