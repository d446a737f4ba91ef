"""Myanmar's villages (MIMU, from ``mm-geo-coder``) and Nigeria's (OpenStreetMap, from
``safesignal-geo``) in the offline gazetteer.

Real village names from the packages: the tests are about real gazetteer lookups. The
gazetteer is built into the cache on first use.
"""

from __future__ import annotations

import pytest
from event_types import top_event

from eventwire.stages._gazetteer import distance_km
from eventwire.stages._villages import _burmese_names
from eventwire.stages.places import Geocoder


def test_burmese_syllables_are_indexed_apart_and_joined() -> None:
    assert _burmese_names("Htein Pin Kar") == ["Htein Pin Kar", "Hteinpinkar"]
    assert _burmese_names("Kyu Taw (South)") == ["Kyu Taw", "Kyutaw"]
    assert _burmese_names("Kheik") == ["Kheik"]


@pytest.mark.parametrize("written", ["Htein Pin Kar", "Hteinpinkar"])
def test_a_myanmar_village_resolves_to_its_region(geocoder: Geocoder, written: str) -> None:
    place = geocoder.geocode_toponym(written)
    assert place is not None
    assert (place.country, place.admin1) == ("Myanmar", "Sagaing")
    assert place.geo_precision == 1
    assert distance_km(place.latitude, place.longitude, 22.41, 95.30) < 5


def test_a_township_without_a_geonames_town_is_found(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Salingyi township")
    assert place is not None
    assert (place.country, place.admin1) == ("Myanmar", "Sagaing")


def test_a_nigerian_village_resolves_to_its_state(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Gwagwari")
    assert place is not None
    assert (place.country, place.admin1) == ("Nigeria", "Borno")
    assert distance_km(place.latitude, place.longitude, 11.25, 12.12) < 5


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "Suspected insurgents stormed Gwagwari village on Tuesday night, killing four "
            "farmers and stealing cattle, a local vigilante leader said.",
            "Nigeria",
            "Gwagwari",
        ),
        # the peacekeepers and the rebel group say DR Congo: Borno's Gwagwari is a namesake
        (
            "Two MONUSCO peacekeepers were wounded in an ADF ambush in the Gwagwari area on "
            "Tuesday, the mission said.",
            "Democratic Republic of Congo",
            "",
        ),
    ],
)
def test_a_listed_village_is_the_place_unless_the_text_points_elsewhere(
    text: str, country: str, location: str
) -> None:
    top = top_event(text, "2024-05-08")
    assert top is not None, text
    assert (top.country, top.location) == (country, location)
    if location:
        assert top.admin1 == "Borno"
