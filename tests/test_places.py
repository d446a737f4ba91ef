"""The offline geocoder: name keys, gazetteer lookups, context, precision, offsets, the CLI.

Sentences are invented (invented villages, actors); real names appear only where the test
is about a real gazetteer lookup. The gazetteer is built into the cache on first use.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.stages._gazetteer import distance_km, fold, name_key, offset_point, skeleton
from eventwire.stages.places import Geocoder, geocode_jsonl


def _locate(geocoder: Geocoder, nlp, text: str, focus: str | None = None):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(focus) if focus else 0
    end = start + len(focus) if focus else len(text)
    return geocoder.locate_event(doc, focus=(start, end))


# ---------------------------------------------------------------- name keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("al-Bukamal", "Bukamal"),
        ("Albu Kamal", "Abu Kamal"),
        ("Al Bu Kamal", "abu kamal"),
        ("Nīnawá", "Ninawa"),
        ("Ḩays District", "Hays"),
        ("Şalāḩ ad Dīn", "Salah Din"),
        ("Salahuddin", "Salah ad-Din"),
        ("Salaheddine", "Salah al-Din"),
        # the generic words of Arabic place names in their English spellings
        ("Ain al-Arab", "Ayn al Arab"),
        ("Tell Abyad", "Tal Abyad"),
        ("Jebel Akhdar", "Jabal al-Akhdar"),
        ("Kfar Kila", "Kafr Kila"),
        ("Um Qasr", "Umm Qasr"),
        ("Deir Hafer", "Dayr Hafer"),
    ],
)
def test_name_key_folds_transliterations(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kiev", "Kyiv"), ("Deir ez-Zor", "Deir al-Zour"), ("Falluja", "Fallujah"),
     ("Hasakiyah", "Hasakiya"), ("Dhi Qar", "Thi-Qar")],
)  # fmt: skip
def test_skeleton_joins_spelling_variants(a: str, b: str) -> None:
    assert skeleton(name_key(a)) == skeleton(name_key(b))


def test_joined_din_names_keep_other_words_whole() -> None:
    assert name_key("Baldwin") == "baldwin" and name_key("Aladdin") == "aladdin"


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton(name_key("Mosul")) != skeleton(name_key("Basra"))
    assert fold("Ma’rib") == "marib"


def test_offset_point_moves_along_the_bearing() -> None:
    lat, lon = offset_point(33.0, 44.0, distance=10.0, bearing=0.0)
    assert lat > 33.0 and abs(lon - 44.0) < 1e-6
    assert abs(distance_km(33.0, 44.0, lat, lon) - 10.0) < 0.05
    lat, lon = offset_point(33.0, 44.0, distance=8.0, bearing=270.0)
    assert lon < 44.0 and abs(distance_km(33.0, 44.0, lat, lon) - 8.0) < 0.05


# ---------------------------------------------------------------- lookups (real names)


def test_transliterations_resolve_to_one_place(geocoder: Geocoder) -> None:
    ids = {
        geocoder.geocode_toponym(n).geonameid  # type: ignore[union-attr]
        for n in ("Abu Kamal", "Albu Kamal", "al-Bukamal")
    }
    assert len(ids) == 1
    place = geocoder.geocode_toponym("al-Bukamal")
    assert place is not None and place.country == "Syria" and place.iso == 760
    kiev, kyiv = geocoder.geocode_toponym("Kiev"), geocoder.geocode_toponym("Kyiv")
    assert kiev is not None and kyiv is not None
    assert kiev.country == kyiv.country == "Ukraine"
    assert distance_km(kiev.latitude, kiev.longitude, kyiv.latitude, kyiv.longitude) < 30  # type: ignore[arg-type]
    a, b = geocoder.geocode_toponym("Deir ez-Zor"), geocoder.geocode_toponym("Deir al-Zour")
    assert a is not None and b is not None and a.country == b.country == "Syria"
    # a doubled letter the gazetteer writes single (its skeleton is too short to match)
    bossaso = geocoder.geocode_toponym("Bossaso", context="A man was shot dead in Bossaso.")
    assert bossaso is not None and bossaso.country == "Somalia"


def test_province_names_are_provinces(geocoder: Geocoder) -> None:
    anbar = geocoder.geocode_toponym("Anbar province")
    assert anbar is not None
    assert (anbar.country, anbar.admin1, anbar.feature_type) == ("Iraq", "Al Anbar", "ADM1")
    assert anbar.geo_precision == 3
    okh = geocoder.geocode_toponym("Okhtyrka, Sumy Oblast")
    assert okh is not None and okh.country == "Ukraine" and okh.feature_type == "PPL"
    assert okh.admin1.startswith("Sum")


def test_country_info_uses_acled_names(geocoder: Geocoder) -> None:
    pse = geocoder.country_info("Palestine")
    assert pse is not None and (pse.iso, pse.iso3, pse.region) == (275, "PSE", "Middle East")
    cod = geocoder.country_info("COD")
    assert cod is not None and cod.name == "Democratic Republic of Congo"
    assert geocoder.country_info("Syrian Arab Republic").name == "Syria"  # type: ignore[union-attr]
    assert geocoder.country_info("Atlantis") is None


def test_every_place_carries_its_country_codes(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Ramadi")
    assert place is not None
    assert (place.country, place.iso, place.iso3, place.region) == (
        "Iraq", 368, "IRQ", "Middle East",
    )  # fmt: skip


def test_demonym_alone_is_a_country_for_toponym_lookups(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Syrian")
    assert place is not None and place.country == "Syria" and place.feature_type == "PCLI"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Ontarians", "Canada", "Ontario"),
        ("Texan", "United States", "Texas"),
        ("Sicilian", "Italy", "Sicily"),
        ("South Ossetian", "Georgia", ""),
        ("Gazans", "Palestine", "Gaza Strip"),
    ],
)
def test_people_of_a_province_region_or_city_used_as_a_place(
    geocoder: Geocoder, name: str, country: str, admin1: str
) -> None:
    place = geocoder.geocode_toponym(name, context=f"The {name} there voted on Sunday.")
    assert place is not None and place.country == country and place.admin1 == admin1


def test_an_unknown_word_ending_like_a_demonym_is_no_place(geocoder: Geocoder) -> None:
    assert geocoder.geocode_toponym("Zindabadians") is None


@pytest.mark.parametrize("nation", ["England", "Wales", "Scotland"])
def test_the_nations_of_the_united_kingdom_are_its_provinces(
    geocoder: Geocoder, nation: str
) -> None:
    place = geocoder.geocode_toponym(nation, context=f"Fog closed roads across {nation}.")
    assert place is not None and place.country == "United Kingdom"
    assert place.admin1 == nation and place.feature_type == "ADM1"


def test_a_country_named_like_a_us_state_follows_the_rest_of_the_sentence(
    geocoder: Geocoder,
) -> None:
    state = geocoder.geocode_toponym(
        "Georgia", context="The co-op serves farms from the Kentucky border to the Georgia line."
    )
    assert state is not None and state.country == "United States" and state.admin1 == "Georgia"
    for context in (
        "Russia and Georgia fought a short war.",
        "Georgian troops moved north across Georgia.",
        "Georgia signed the accord.",
    ):
        place = geocoder.geocode_toponym("Georgia", context=context)
        assert place is not None and place.country == "Georgia", context


def test_a_bare_province_name_is_its_big_namesake_city(geocoder: Geocoder) -> None:
    city = geocoder.geocode_toponym("New York", context="She moved to New York last year.")
    assert city is not None and city.feature_type != "ADM1"
    assert distance_km(city.latitude, city.longitude, 40.71, -74.01) < 20  # type: ignore[arg-type]
    state = geocoder.geocode_toponym("New York", context="Farms across New York State dried up.")
    assert state is not None and state.feature_type == "ADM1"
    # the middle of the state, not New York City's point (countrystatecity gives the city's)
    assert distance_km(state.latitude, state.longitude, 40.71, -74.01) > 150  # type: ignore[arg-type]
    ontario = geocoder.geocode_toponym("Ontario", context="She moved to Ontario last year.")
    assert ontario is not None and ontario.feature_type == "ADM1"


def test_country_argument_disambiguates(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Hit", country="Iraq")
    assert place is not None and place.country == "Iraq" and place.admin1 == "Al Anbar"


def test_gazetteer_is_fast_enough(geocoder: Geocoder) -> None:
    import time

    names = ["Mosul", "Kirkuk", "Aleppo", "Kandahar", "Mogadishu"] * 200
    t0 = time.perf_counter()
    for i, n in enumerate(names):
        geocoder.gazetteer.lookup(f"{n}{i % 50}", False)
    assert len(names) / (time.perf_counter() - t0) > 2000  # bench/gazetteer_speed.py: real rate


# ---------------------------------------------------------------- events in text


def test_hit_is_a_town_only_where_the_text_makes_it_one(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ = _locate(geocoder, nlp, "Hit by heavy shelling, the Korvath militia withdrew.")
    assert place.location != "Hit"
    place, ev = _locate(
        geocoder, nlp, "Korvath militiamen attacked a police post in Hit on Sunday."
    )
    assert place.country == "Iraq" and place.location == "Hit" and place.geo_precision == 1
    assert ev["location"]


def test_district_and_parenthesised_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2020, Velmar Brigade fighters shelled Hays district (Al Hudaydah)."
    place, ev = _locate(geocoder, nlp, text)
    assert place.country == "Yemen" and place.admin1 == "Al Hudaydah"
    assert place.geo_precision in (1, 2)
    assert text[slice(*ev["location"][0])] == "Hays"
    assert text[slice(*ev["admin1"][0])] == "Al Hudaydah"


def test_unknown_village_falls_back_to_the_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen of the Korvath Front raided Zorvakhi Tellim village in Anbar province."
    place, ev = _locate(geocoder, nlp, text)
    assert place.country == "Iraq" and place.admin1 == "Al Anbar"
    assert place.geo_precision == 3
    assert "unknown_place" in place.flags
    assert "admin1" in ev


def test_distance_and_bearing_give_an_offset_point(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A roadside bomb planted by the Korvath Front hit a truck 10 km north of Ramadi."
    place, _ = _locate(geocoder, nlp, text)
    ramadi = geocoder.geocode_toponym("Ramadi")
    assert ramadi is not None and place.location_offset is not None
    assert place.location_offset.distance_km == pytest.approx(10.0)
    assert place.location_offset.bearing_deg == 0.0
    assert place.geo_precision == 2 and place.uncertainty_km is not None
    assert place.latitude is not None and place.latitude > ramadi.latitude  # type: ignore[operator]
    d = distance_km(place.latitude, place.longitude, ramadi.latitude, ramadi.longitude)  # type: ignore[arg-type]
    assert 8 < d < 12


def test_miles_and_direction_only_offsets(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ = _locate(geocoder, nlp, "Velmar fighters ambushed a patrol 3 miles west of Kirkuk.")
    assert place.location_offset is not None
    assert place.location_offset.distance_km == pytest.approx(4.83, abs=0.05)
    assert place.location_offset.bearing_deg == 270.0
    place, _ = _locate(geocoder, nlp, "Velmar fighters ambushed a patrol southwest of Kirkuk.")
    assert place.location_offset is not None and place.location_offset.distance_km is None
    assert place.geo_precision == 2 and (place.uncertainty_km or 0) >= 10


def test_near_and_outskirts(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ = _locate(geocoder, nlp, "Korvath fighters clashed with police near Kirkuk.")
    assert place.location.startswith("Kirkuk") and place.geo_precision == 2
    place, _ = _locate(
        geocoder, nlp, "Korvath fighters clashed with police on the outskirts of Mosul."
    )
    assert place.location == "Mosul" and place.geo_precision == 1
    assert place.location_offset is not None


def test_relative_to_the_city_mentioned_before(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Korvath fighters entered Mosul last week.\n\n"
        "On Monday they attacked a checkpoint north of the city."
    )
    place, _ = _locate(
        geocoder, nlp, text, focus="On Monday they attacked a checkpoint north of the city."
    )
    assert place.location == "Mosul" and place.location_offset is not None
    assert place.location_offset.bearing_deg == 0.0


def test_unresolved_anchor_is_flagged_never_guessed(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Anbar province, the attack occurred 2 miles west of Qarvesh Tolmirat."
    place, _ = _locate(geocoder, nlp, text)
    assert "unresolved_anchor" in place.flags
    assert place.location_offset is None
    assert place.geo_precision == 3 and place.admin1 == "Al Anbar"


def test_demonyms_place_nothing_but_borders_do(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ = _locate(geocoder, nlp, "Turkish forces shelled positions of the Velmar Brigade.")
    assert place.latitude is None and "unknown_place" in place.flags
    place, _ = _locate(geocoder, nlp, "Velmar fighters were seen near the Turkish border.")
    assert place.country == "Turkey" and place.geo_precision == 3
    assert place.latitude is not None


def test_article_context_picks_the_country(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighting spread across Lebanon this week.\n\n"
        "Velmar gunmen fired rockets at an army post in Tripoli on Friday."
    )
    place, _ = _locate(
        geocoder,
        nlp,
        text,
        focus="Velmar gunmen fired rockets at an army post in Tripoli on Friday.",
    )
    assert place.country == "Lebanon" and place.location == "Tripoli"


def test_no_place_at_all(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, ev = _locate(geocoder, nlp, "The Velmar Brigade announced a ceasefire.")
    assert place.latitude is None and place.country == "" and "unknown_place" in place.flags
    assert ev == {}


# ---------------------------------------------------------------- CLI


def test_geocode_jsonl_keeps_order_and_reports_errors(geocoder: Geocoder) -> None:
    import io

    lines = [
        json.dumps({"id": "a", "text": "Mosul"}),
        "not json",
        json.dumps({"id": "c", "text": "Zzyzxqvorth"}),
        json.dumps(
            {
                "id": "d",
                "text": "Tripoli",
                "context": "Crowds marched in Beirut and Tripoli, Lebanon.",
            }
        ),
    ]
    out = io.StringIO()
    assert geocode_jsonl(geocoder, lines, out) == 4
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", "d"]
    assert rows[0]["country"] == "Iraq" and rows[0]["error"] is None and rows[0]["geonameid"]
    assert rows[1]["error"] and rows[2]["error"] == "place not found"
    assert rows[3]["country"] == "Lebanon"
    assert set(rows[0]) == {
        "id", "location", "latitude", "longitude", "admin1", "admin2", "country", "iso",
        "feature_type", "geo_precision", "geonameid", "error",
    }  # fmt: skip


def test_cli_geocode_one_name(geocoder: Geocoder) -> None:
    from eventwire.cli import app

    result = CliRunner().invoke(app, ["geocode", "Okhtyrka, Sumy Oblast"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["country"] == "Ukraine" and data["iso"] == 804
    result = CliRunner().invoke(app, ["geocode", "Zzyzxqvorth"])
    assert result.exit_code != 0


def test_cli_geocode_jsonl_through_the_entry_point(tmp_path: Path, geocoder: Geocoder) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": "Kandahar"}) + "\n"
        + json.dumps({"id": 2, "text": "Anbar province", "country": "IQ"}) + "\n"
    )  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-c", "from eventwire.cli import main; main()", "geocode",
         "--jsonl", str(src), "--output", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [1, 2]
    assert rows[0]["country"] == "Afghanistan" and rows[1]["admin1"] == "Al Anbar"


def test_the_city_of_makes_a_transliterated_name_a_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Velmar fighters regrouped near the city of al-Bukamal on Tuesday."
    place, _ = _locate(geocoder, nlp, text)
    assert place.country == "Syria" and place.geo_precision == 2
    assert place.location_offset is not None


def test_a_short_name_with_one_letter_doubled_or_not(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Raqa" for Raqqa: too short for the transliteration key, caught as a spelling variant
    text = "Fighters advanced on an army base in the northern province of Raqa, Syria."
    place, _ev = geocoder.locate_event(nlp(text), focus=(0, len(text)))
    assert place.country == "Syria" and place.admin1 == "Ar-Raqqa"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Atlantic", 10.0, -25.0), ("Red Sea", 20.0, 38.5), ("Mediterranean", 35.0, 20.0)],
)
def test_seas_and_oceans_are_places(geocoder: Geocoder, name: str, lat: float, lon: float) -> None:
    # "Atlantic" alone was Atlantic, Iowa
    place = geocoder.geocode_toponym(name, context=f"Storms over the {name} grew stronger.")
    assert place is not None and place.country == ""
    assert distance_km(place.latitude, place.longitude, lat, lon) < 50  # type: ignore[arg-type]


def test_a_capitals_bare_name_is_the_capital_not_the_province(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym(
        "Washington", context="Washington seemed ready to talk to Damascus."
    )
    assert place is not None and place.admin1 == "District of Columbia"
    # after a town and a comma it is the state; in a list of cities it is not that cue
    place = geocoder.geocode_toponym("Washington", context="A baker in Tacoma, Washington won.")
    assert place is not None and place.admin1 == "Washington"
    place = geocoder.geocode_toponym(
        "New York", context="The firm has offices in Miami, New York, and Detroit."
    )
    assert place is not None and place.feature_type != "ADM1"


def test_a_world_city_is_not_a_hamlet_for_a_country_mention_alone(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym(
        "London", context="Critics say London now looks the way New York once did."
    )
    assert place is not None and place.country == "United Kingdom"
    # the province of the namesake, or a town of that province, still names the namesake
    place = geocoder.geocode_toponym(
        "London", context="London police in Laurel County, Kentucky, arrested two men."
    )
    assert place is not None and place.admin1 == "Kentucky"
    place = geocoder.geocode_toponym(
        "Paris", context="A teenager of Paris died in a Dallas hospital on Saturday."
    )
    assert place is not None and place.admin1 == "Texas"


def test_a_generic_words_spelling_finds_the_place_by_its_exact_key(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Ain al Arab")
    assert place is not None and place.country == "Syria"
