"""Which place of the right country: the district a text names, the namesake inside the
province its hints name, a region's bracketed town, the part of a province a text means.

Sentences are written for these tests; the real names in them are there because each test
is about a real gazetteer lookup.
"""

from __future__ import annotations

import pytest

from eventwire.stages._gazetteer import _district_seat, distance_km
from eventwire.stages.places import Geocoder


def _locate(geocoder: Geocoder, nlp, text: str):  # type: ignore[no-untyped-def]
    place, _ev = geocoder.locate_event(nlp(text), focus=(0, len(text)))
    return place


# ---------------------------------------------------------------- district seats

_MEMBERS = [
    ("big town", 1.0, 1.0, 90_000, "1"),
    ("qalat amedi", 2.0, 2.0, 8_000, "2"),
    ("suq shuyukh", 3.0, 3.0, 0, "3"),
]


def test_a_district_is_placed_at_the_town_of_its_name() -> None:
    assert _district_seat(["Qalat Amedi District"], _MEMBERS, {})[4] == "2"


def test_a_district_named_by_a_towns_other_name_is_placed_there() -> None:
    cities: dict[str, dict[str, object]] = {"2": {"alternatenames": ["Amedi", "Amadiya"]}}
    assert _district_seat(["Adhamiyah", "Amedi"], _MEMBERS, cities)[4] == "2"


def test_a_district_spelled_another_way_is_placed_at_its_town() -> None:
    assert _district_seat(["Suq Al-Shoyokh"], _MEMBERS, {})[4] == "3"


def test_a_district_no_town_names_is_placed_at_its_biggest_town() -> None:
    assert _district_seat(["Wadi Nowhere"], _MEMBERS, {})[4] == "1"


# ---------------------------------------------------------------- places in the text

# Each row: the text, the location the event is coded at, the admin1 (None: not asserted).
_WITHIN = [
    # a region's bracketed town, whatever area word follows the bracket
    (
        "Turkish jets bombed PKK shelters around Sarka in the Zap (Amadiya) region of Dahuk.",
        "Al Amadiyah",
        "Dohuk",
    ),
    # a hyphened region's bracket is the whole region's
    (
        "Drones struck a PKK depot in the Avasin-Basyan (Mergasur) area of Erbil on Friday.",
        "Mergasur",
        "Erbil",
    ),
    # "X district north of Baghdad": X is the place, Baghdad the town it is measured from
    (
        "Insurgents ambushed an army patrol in Al-Tarmiyah district north of Baghdad.",
        "At Tarmiyah",
        "Baghdad",
    ),
    # the near spelling in the province the text names beats the exact namesake elsewhere
    (
        "Taliban fighters overran two checkpoints in Dawlat Abad district center, Balkh.",
        "Dowlatabad",
        "Balkh",
    ),
    (
        "A roadside bomb wounded three policemen in Khaniqa district, Jowzjan, on Monday.",
        "Khanaqah",
        "Jowzjan",
    ),
    # "the X village of Y": Y holds the village (Y is no village itself)
    (
        "Gunmen killed a teacher in the Gul Bagh village of Kushk (Rabat-e Sangi-ye Pain) "
        "district, Herat.",
        "Kushk",
        "Herat",
    ),
    # a bracketed district and province make a name after a weak verb a place
    ("Bandits raided Madaka (Rafi LGA, Niger) and stole cattle.", "Madaka", "Niger"),
    # a province after "in" makes a name after a weak preposition a place
    (
        "Dozens of residents of Daret Azza in Aleppo marched against the new tax.",
        "Darat Izzah",
        "Aleppo",
    ),
    # "X region (Y) of Z": Z is the province that holds the region
    (
        "Artillery hit orchards in Bradost region (Jabal Biradawst) of Erbil on Sunday.",
        "Bradost",
        "Erbil",
    ),
    # a Philippine province (GeoNames' second level) after a town holds the town
    (
        "Soldiers shot a farmer in Barangay Patong, San Miguel, Surigao del Sur, on Friday.",
        "Patong",
        None,
    ),
    # a village of another province is a namesake where the text names the province
    (
        "Police found a body in Real village in Calamba City, Laguna, on Sunday.",
        "Calamba",
        None,
    ),
    # a district the province holds is sharper than the province
    (
        "A car bomb went off in al Musayb next to a busy market, northern Babylon province.",
        "Al-Musayab",
        "Babylon",
    ),
]


@pytest.mark.parametrize(("text", "location", "admin1"), _WITHIN)
def test_the_place_within_the_country(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, location: str, admin1: str | None
) -> None:
    place = _locate(geocoder, nlp, text)
    assert place.location == location
    if admin1 is not None:
        assert place.admin1 == admin1


def test_the_southern_countryside_lies_south_of_the_town(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    town = _locate(geocoder, nlp, "Protesters gathered in the centre of Idlib on Friday.")
    part = _locate(
        geocoder, nlp, "Warplanes struck Zuhur Ayn in the southern countryside of Idleb."
    )
    assert town.latitude is not None and town.longitude is not None
    assert part.latitude is not None and part.longitude is not None
    assert part.latitude < town.latitude
    assert 10 < distance_km(part.latitude, part.longitude, town.latitude, town.longitude) < 30
