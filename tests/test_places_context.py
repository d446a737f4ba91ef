"""Country and province evidence beyond the toponyms themselves.

Sentences are invented; real names appear only where the test is about a real gazetteer
lookup. Villages such as "Zindabadu" are invented and in no gazetteer.
"""

from __future__ import annotations

import pytest

from eventwire.stages.places import Geocoder


def _locate(geocoder: Geocoder, nlp, text: str, **kw):  # type: ignore[no-untyped-def]
    return geocoder.locate_event(nlp(text), focus=(0, len(text)), **kw)


def test_armed_group_names_point_to_the_country(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, "Taliban fighters attacked a checkpoint in Zindabadu.")
    assert place.country == "Afghanistan"
    assert place.latitude is None  # the village is unknown: no point is guessed
    place, _ev = _locate(geocoder, nlp, "Fighters attacked a checkpoint in Zindabadu.")
    assert place.country == ""


def test_country_hints_from_other_stages(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen raided the village of Zindabadu at night."
    assert _locate(geocoder, nlp, text)[0].country == ""
    place, _ev = _locate(geocoder, nlp, text, hints=["Nigeria"])
    assert place.country == "Nigeria"


def test_province_after_a_comma_holds_the_village(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "Mortars were fired at positions near Zindabadu, Luhansk, on Monday."
    )
    assert place.country == "Ukraine"
    assert "Luhansk" in place.admin1
    assert place.geo_precision == 3


def test_unknown_village_with_district_and_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "Militants burned houses in Zindabadu (Mirpurkhas, Sindh) on Friday."
    )
    assert place.country == "Pakistan"
    assert place.admin1 == "Sindh"
    assert place.location == "Mirpur Khas"  # the district's town, not the province


def test_acled_province_names(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, "Gunmen attacked a market in Mosul on Sunday.")
    assert place.admin1 == "Ninewa"
    place, _ev = _locate(geocoder, nlp, "A bomb exploded in Zindabadu in Ninewa province.")
    assert (place.country, place.admin1, place.geo_precision) == ("Iraq", "Ninewa", 3)


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Kfar Saba", "HaMerkaz"),  # ACLED names Israel's districts in Hebrew
        ("Beersheba", "HaDarom"),
        ("Mubende", "Mubende"),  # Uganda: the district, not GeoNames' "Central" region
        ("Gulu", "Gulu"),
        ("Belgrade", "Belgrade"),  # the City of Belgrade is a region of its own
        ("Novi Sad", "Vojvodina"),
        ("Taraz", "Zhambyl"),
        ("Popasna", "Luhansk"),  # ACLED's names of Ukraine's oblasts, not "Luhanska"
        ("Kharkiv", "Kharkiv"),
    ],
)
def test_acled_first_level_areas_by_country(geocoder: Geocoder, name: str, admin1: str) -> None:
    place = geocoder.geocode_toponym(name)
    assert place is not None
    assert place.admin1 == admin1


def test_demonym_before_a_noun_is_not_a_region(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "In Zindabadu, Somali soldiers clashed with Al Shabaab militants."
    )
    assert place.country == "Somalia"


def test_names_that_share_a_country(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Tripoli in Lebanon is a city of its own: the Libyan capital does not claim the name
    place, _ev = _locate(
        geocoder, nlp, "Rioters blocked the Tripoli-Beirut highway with burning tyres."
    )
    assert place.country == "Lebanon"


def test_town_in_a_named_province_town(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "A mine exploded in Ras Al Ain city in Al-Hasakeh countryside."
    )
    assert place.country == "Syria"
    assert place.location.startswith("Ras")


def test_a_known_towns_facility(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, "Drones targeted Hama Airbase overnight.")
    assert (place.country, place.geo_precision) == ("Syria", 1)


def test_spelling_variant_of_a_province_before_the_word_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, "Crowds blocked roads in Zindabadu, Thi-Qar province.")
    assert (place.country, place.admin1) == ("Iraq", "Thi-Qar")  # ACLED's name of Dhi Qar


def test_part_of_a_country_is_placed_on_that_side(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    north, _ev = _locate(geocoder, nlp, "Jets struck rebel hideouts in northern Iraq.")
    south, _ev = _locate(geocoder, nlp, "Jets struck rebel hideouts in southern Iraq.")
    plain, _ev = _locate(geocoder, nlp, "Jets struck rebel hideouts in Iraq.")
    assert north.country == south.country == plain.country == "Iraq"
    assert north.geo_precision == 3
    assert north.latitude is not None and south.latitude is not None
    assert plain.latitude is not None
    assert north.latitude > plain.latitude + 1.0 > south.latitude + 2.0


def test_a_later_bare_mention_keeps_the_hinted_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mortars hit positions near Orikhove, Luhansk, on Monday. "
        "Monitors later heard shots near Orikhove."
    )
    place, _ev = geocoder.locate_event(nlp(text), focus=(text.index("Monitors"), len(text)))
    assert place.country == "Ukraine"
    assert "Luhansk" in place.admin1  # not the Orikhove in Crimea


def test_town_in_a_province_after_a_bare_in(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "Shells hit farms in the countryside of Ras Al Ain in Hasakah."
    )
    assert place.location.startswith("Ras")


def test_base_rate_leans_to_the_war_zone_for_event_places(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Asadabad is a town in Afghanistan and a slightly bigger one in Iran; with no other
    # clue, an attack is more likely in the first (the train records' base rate)
    place, _ev = _locate(geocoder, nlp, "Gunmen attacked a checkpoint in Asadabad on Monday.")
    assert place.country == "Afghanistan"
    # a lone name looked up outside an event has no such lean: population decides
    lone = geocoder.geocode_toponym("Asadabad")
    assert lone is not None and lone.country == "Iran"
    # and any word of the text outweighs the base rate
    place, _ev = _locate(
        geocoder, nlp, "Gunmen attacked a checkpoint in Asadabad, Hamadan province, on Monday."
    )
    assert place.country == "Iran"


def test_place_name_after_a_town_and_a_comma_is_its_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "X city, Y": Y holds X even when the tagger calls Y an organisation, and the town's
    # spelling ("Puli Alam" for Pul-e Alam) is matched loosely because "city" makes it a place
    text = "An IED hit a police vehicle in the limits of Puli Alam city, Logar."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Afghanistan" and place.admin1 == "Logar"
    assert place.location == "Pul-e Alam"


def test_a_smaller_town_in_brackets_is_a_part_not_a_holder(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Panama City (Bella Vista)": the bracket names a neighbourhood; its namesakes abroad
    # must not drag the event out of the country
    text = "Residents protested in Panama City (Bella Vista) on Tuesday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Panama"


def test_a_village_in_the_countryside_of_a_town_in_a_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Zindabadu" is in no gazetteer; "the countryside of X" and "rural X" make X the place,
    # and "X in Y" with Y the province's main town makes Y its holder, not the event's place
    for text in (
        "Shells hit the village of Zindabadu in the countryside of Ras al Ain in Al-Hasakeh.",
        "Rebels looted crops in Zindabadu in rural Ras al Ain in al-Hasakeh.",
    ):
        place, _ev = _locate(geocoder, nlp, text)
        assert place.country == "Syria"
        assert place.admin1 == "Al-Hasakeh"  # ACLED's name
        assert place.location == "Ras al Ayn"


def test_district_centre_then_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # the only Dawlat Abad district the gazetteer knows is in Faryab; the text says Balkh
    text = "Gunmen ambushed a police patrol in Dawlat Abad district center, Balkh, on Monday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Afghanistan" and place.admin1 == "Balkh"


def test_a_village_in_another_province_than_the_text_names_is_a_namesake(
    geocoder: Geocoder,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    # the monitors' words place the report in Donetsk or Luhansk; the gazetteer's only
    # Abrikosivka is a village in Crimea: better the country alone than a confident wrong point
    text = "The OSCE SMM recorded twelve explosions near Abrikosivka on Friday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Ukraine"
    assert place.admin1 != "Autonomous Republic of Crimea"
    assert "unknown_place" in place.flags


def test_a_donbas_village_below_geonames_comes_from_the_codifier(
    geocoder: Geocoder,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    # GeoNames (500 people and more) knows Lozove in Crimea and Khmelnytskyi only; the
    # KATOTTG codifier adds the villages of that name in Donetsk and Luhansk, placed at
    # their hromada's middle (an approximate point: precision 2)
    text = "The OSCE SMM recorded twelve explosions near Lozove on Friday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Ukraine"
    assert place.admin1 in ("Donetsk", "Luhansk")
    assert place.location == "Lozove"
    assert place.geo_precision == 2 and place.uncertainty_km >= 10
    # each oblast is the index's province where its own village names are found: the
    # Carpathian oblast's name is no near spelling of the index's "Ivano-Frankivska"
    text = "Police said two border guards were wounded near Hryniava on Sunday, Ukraine's ministry said."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == ("Ivano-Frankivsk", "Hryniava")
    # spelled as the press often does ("ya" for "ia")
    text = "Monitors heard 40 explosions near Vodyane, Donetsk region, on Tuesday."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == ("Donetsk", "Vodiane")


def test_a_name_deep_in_a_bracketed_aside_is_not_a_place_list(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "(..., members of the clan of the Balanda)": Balanda is a people here, and only an
    # alternate name of a Russian town; "(Tonj, Warrap)" is a bracketed list of places
    text = (
        "Militiamen clashed with farmers in Zindabadu (presumed to be members of the clan of "
        "the Balanda) in Western Bahr el Ghazal."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "South Sudan"
    place, _ev = _locate(
        geocoder, nlp, "Militiamen clashed with farmers in Zindabadu (Tonj, Warrap)."
    )
    assert place.country == "South Sudan" and place.admin1 == "Warrap"


def test_holder_and_held_place_are_read_together(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # La Paz is a province of Bolivia, Honduras and El Salvador, and there are towns called
    # Copacabana in Bolivia, Colombia and Brazil: the La Paz that holds one is the one meant
    text = "Citizens blocked a road in Copacabana, La Paz, on Friday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Bolivia"
    # a big city after a comma holds the smaller name before it, whatever its namesakes
    place, _ev = _locate(geocoder, nlp, "Workers protested in La Candelaria, Bogota, on Monday.")
    assert place.country == "Colombia"


def test_a_village_known_only_abroad_does_not_outvote_the_district(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Talan" is only an alternate name of a French town; Soran is an Iraqi district
    place, _ev = _locate(geocoder, nlp, "Artillery shelled Talan village in Soran on Sunday.")
    assert place.country == "Iraq"


def test_the_first_place_of_the_report_is_the_events(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Students in Agadez staged a march to remember the protesters killed in Niamey."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == "Agadez"


def test_an_unknown_quarter_before_a_city_is_in_the_city(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A suspect was killed in a shootout with police at Zindabadu Manila on Friday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Philippines" and place.location == "Manila"
    # but a mountain or a valley is not cut to its last word ("Jabal al-Zawiya" is in
    # Idlib, not in Libya's Zawiya), nor is a name joined by an article ("Los Lagos")
    text = "Shells fell on Jabal al-Zawiya in the southern countryside of Idleb."
    assert _locate(geocoder, nlp, text)[0].country == "Syria"


def test_region_of_a_province_after_a_bracket(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "X (Y) region of Erbil": Erbil is the province that holds the unknown X, not the city
    text = "Jets struck targets in Zindabadu (Wadi Zindabadu) region of Erbil, northern Iraq."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Erbil" and place.geo_precision == 3


def test_the_countryside_of_a_province_holds_the_town_in_it(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled Zindabadu west of Tell Abiad in the countryside of Ar-Raqqa."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Ar-Raqqa" and place.location_offset is not None
    assert place.location_offset.anchor != "Ar Raqqah"


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Zindabadu closed their shops over the fall of the US dollar exchange rate.",
        "Residents of Zindabadu rioted as the Lebanese pound lost half its value.",
    ],
)
def test_a_currency_names_no_place(geocoder: Geocoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == ""  # money, not where it happened


def test_state_abbreviations_point_to_the_state(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Poonch is a district on both sides of the Line of Control
    place, _ev = _locate(
        geocoder,
        nlp,
        "Troops exchanged fire across the LoC in Zindabadu sector (Poonch district, J&K).",
    )
    assert (place.country, place.admin1) == ("India", "Jammu and Kashmir")
    place, _ev = _locate(
        geocoder,
        nlp,
        "Troops exchanged fire across the LoC in Zindabadu sector (Poonch district, AJK).",
    )
    assert place.country == "Pakistan"


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Bor, Jonglei", "Jonglei"),  # the gazetteer says "Jonglei State"
        ("Kunduz", "Kunduz"),  # "Kunduz Province"
        ("Dammam", "Eastern Province"),  # a direction alone is no name: the word stays
    ],
)
def test_admin1_named_without_its_designator(geocoder: Geocoder, name: str, admin1: str) -> None:
    place = geocoder.geocode_toponym(name)
    assert place is not None and place.admin1 == admin1


def test_a_weapon_model_is_no_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Grad" is also a Slovenian municipality
    place, _ev = _locate(geocoder, nlp, "Grad rockets hit a fuel depot in Zindabadu overnight.")
    assert place.country == ""


def test_a_city_that_dwarfs_its_namesakes_outweighs_a_stray_capitalised_word(
    geocoder: Geocoder,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    # "Change" is also a small French town; Goma the city of 400,000 is the place
    place, _ev = _locate(
        geocoder,
        nlp,
        "Police fired tear gas at students marching in Goma for the Campaign for Change.",
    )
    assert place.country == "Democratic Republic of Congo"
    assert place.location == "Goma"
    # a street named like a village abroad does not outvote the city it lies in
    place, _ev = _locate(
        geocoder, nlp, "Gunmen shot a shopkeeper at the Ilya intersection in Sidon on Monday."
    )
    assert place.country == "Lebanon"


def test_a_near_spelling_abroad_places_nothing_where_no_conflict_is_known(
    geocoder: Geocoder,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    # "Lorvik" is one letter from Leirvik in the Faroe Islands: an invented town is not there
    place, _ev = _locate(geocoder, nlp, "Rebels shelled the border town of Lorvik on Tuesday.")
    assert place.country != "Faroe Islands"
    assert place.latitude is None


def test_an_acronym_is_no_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "IDP", "SDF", "NGO" are also airport codes (Independence, Louisville, Nagoya) in the
    # gazetteer's alternate names
    place, _ev = _locate(geocoder, nlp, "Gunmen attacked an IDP camp near Zindabadu on Monday.")
    assert place.country == ""
    text = "SDF fighters clashed with gunmen near Zindabadu, a local NGO said."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Syria"  # the SDF's country, from the armed-group table


def test_a_countrys_name_for_its_forces_places_nothing(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Ethiopia forces" is an actor, like "Ethiopian forces"; the province in brackets is
    # where it happened
    text = "Militants attacked an Ethiopia forces base in Zindabadu village (Hiraan)."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Somalia"
    assert place.admin1 == "Hiraan"  # ACLED's name
    # with nothing else named, the country of the forces is no point on the map
    place, _ev = _locate(geocoder, nlp, "Turkey backed fighters shelled Zindabadu at dawn.")
    assert place.latitude is None
    # the country's name as a place still places
    place, _ev = _locate(geocoder, nlp, "Gunmen attacked a checkpoint in Ethiopia on Monday.")
    assert place.country == "Ethiopia"


def test_a_people_is_no_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Arab" is also a town in Alabama
    text = (
        "Police in Kirkuk said a group of Arab civilians, backed by armed men, seized the "
        "homes of displaced families on Monday."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Iraq"


def test_a_possessive_city_holds_its_district(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Health workers protested in Baghdad City's Karkh district on Sunday."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Iraq"
    assert place.admin1 == "Baghdad"


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("Gunmen attacked a market in Darfur on Monday.", "Sudan", "Darfur"),
        ("Militants struck a checkpoint in the Sinai on Monday.", "Egypt", "Sinai"),
        ("Shelling hit villages in the Donbas overnight.", "Ukraine", "Donbas"),
        ("Clashes broke out in the Ogaden region on Monday.", "Ethiopia", "Ogaden"),
        ("Troops shelled positions in Nagorno-Karabakh on Monday.", "Azerbaijan", None),
    ],
)
def test_conflict_regions_no_package_holds(
    geocoder: Geocoder, nlp, text, country, location
) -> None:  # type: ignore[no-untyped-def]
    # without the regions table: Sinai in Ecuador, Ogaden as Ogden (Utah), no Darfur at all
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country
    assert place.geo_precision == 3
    if location:
        assert place.location == location


def test_a_region_across_countries_has_no_country(geocoder: Geocoder) -> None:
    place = geocoder.geocode_toponym("Maghreb")
    assert place is not None
    assert place.country == ""  # not Marib in Yemen
    assert place.feature_type == "CONT"


def test_a_hamlet_abroad_yields_to_what_the_rest_of_the_text_says(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Idak" is an alternate name of a hamlet of 600 people in Iran; the Pakistani Taliban
    # and Khyber Pakhtunkhwa say Pakistan
    text = (
        "Two Pakistan army soldiers were killed by TTP militants in an attack on a check "
        "post in Idak area (KPK) on Monday."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Pakistan"


def test_a_wire_dateline_gives_the_country_and_never_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    import eventwire

    text = "GUAYAQUIL, March 2 (AP) - Gunmen killed five people at a bar on Sunday, police said."
    events = eventwire.extract(text, publication_date="2024-03-03").events
    assert events
    assert events[0].country == "Ecuador"
    assert "GUAYAQUIL" not in (events[0].actor1, events[0].actor2)
    # a filing city in capitals yields to the place the sentence names
    text = (
        "KABUL, Afghanistan (March 2) - Gunmen killed four policemen at a checkpoint in "
        "Kandahar province on Sunday, officials said."
    )
    events = eventwire.extract(text, publication_date="2024-03-03").events
    assert events[0].admin1 == "Kandahar"
    # a dateline the name scan reads first ("ADEN" is also a province), with accents
    for text, admin1 in (
        (
            "ADEN, March 7 (Reuters) - Rebels attacked positions in Marib province overnight.",
            "Marib",
        ),
        (
            "MEDELLÍN, Colombia, March 10 (Reuters) - Gunmen killed four people in Taraza.",
            "Antioquia",
        ),
    ):
        events = eventwire.extract(text, publication_date="2024-03-11").events
        assert events[0].admin1 == admin1
        assert events[0].location not in ("Aden", "Medellin")


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        # a direction word between the preposition and the name
        (
            "Militants attacked an army checkpoint in northern Sinai on Monday.",
            "Egypt",
            "",
            "Sinai",
        ),
        # the object of an assault verb, known by another spelling
        ("Rockets struck Kiryat Shmona on Monday, wounding two people.", "Israel", None, None),
        # the town named like its province, not the province
        ("Rebels attacked an army base in Kidal on Monday.", "Mali", "Kidal", "Kidal"),
        # a possessive at the end of a name
        (
            "Gunmen killed five people in Guayaquil's southern suburbs.",
            "Ecuador",
            None,
            "Guayaquil",
        ),
        # a province named as an owner ("Bihar police") picks its namesake town
        ("Bihar police said Maoists torched two trucks in Aurangabad.", "India", "Bihar", None),
        # "as" after a name is English here, not the article of an Arabic name
        (
            "A missile struck the port of Odesa as the president met envoys.",
            "Ukraine",
            None,
            "Odesa",
        ),
        # a Pakistani party says which Hyderabad
        ("MQM-P and PPP supporters clashed in Hyderabad on Monday.", "Pakistan", "Sindh", None),
        # a conflict region no package holds, not the Venezuelan municipality of that name
        (
            "Rebels clashed in the Catatumbo region on Monday.",
            "Colombia",
            "Norte de Santander",
            None,
        ),
        # "U.S." with its full stop is still an actor's country, not the place
        (
            "U.S. aircraft struck militia positions near Deir al-Zour on Monday.",
            "Syria",
            None,
            None,
        ),
        # a direction word before a name known by another spelling
        ("Tanks pushed into western Khan Younis amid heavy fighting.", "Palestine", None, None),
        # where an official spoke is not where it happened
        (
            "Herders killed 20 people in villages of Benue state, the governor, speaking "
            "in Makurdi, said on Monday.",
            "Nigeria",
            "Benue",
            None,
        ),
        # a neighbourhood named like a town elsewhere lies in the city named after it
        (
            "Gunmen killed five men in the Tierra Blanca neighbourhood of Culiacan.",
            "Mexico",
            "Sinaloa",
            None,
        ),
        # ... and a city named like a province abroad is the city (Beni, not Bolivia's Beni)
        (
            "ADF fighters killed 14 civilians in the Mayangose neighbourhood of Beni.",
            "Democratic Republic of Congo",
            None,
            "Beni",
        ),
        # a present-tense headline verb before the place attacked
        ("Russian artillery shells Nikopol across the Dnipro", "Ukraine", None, "Nikopol"),
        # an ocean used as an adjective is no town in Missouri
        ("Gangs clashed in the Pacific port of Buenaventura, police said.", "Colombia", None, None),
        # the plural of a demonym; Belem in Brazil is "Bethlehem" in some languages
        (
            "Soldiers raided a camp in Bethlehem on Monday, arresting six Palestinians.",
            "Palestine",
            None,
            "Bethlehem",
        ),
    ],
)
def test_news_phrasing_of_places(geocoder: Geocoder, nlp, text, country, admin1, location) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1
    if location is not None:
        assert place.location == location


def test_the_first_sentence_names_the_place_later_ones_where_people_went(nlp) -> None:  # type: ignore[no-untyped-def]
    import eventwire

    text = (
        "KABUL, Afghanistan (Dec. 3, 2012) - A suicide bomber struck a mosque in Kunduz "
        "during Friday prayers, killing at least 30 worshippers. The wounded were taken to "
        "hospitals in Kabul, where the interior ministry condemned the attack."
    )
    events = eventwire.extract(text, publication_date="2012-12-04").events
    assert events[0].location == "Kunduz"


def test_a_near_spelling_after_a_countrys_possessive_is_its_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Makhmour" is GeoNames' Makhmur: a near spelling that a headline's run "Iraq's
    # Makhmour" used to leave unread, placing the event at the capital
    place, _ev = _locate(geocoder, nlp, "Air strike kills two militants in Iraq's Makhmour")
    assert place.country == "Iraq" and place.admin1 == "Erbil"
    assert place.location == "Makhmur"
    # a person after the possessive is no place
    place, _ev = _locate(
        geocoder, nlp, "Gunmen attacked a checkpoint in Iraq as Iraq's Kadhimi spoke."
    )
    assert place.location == "Iraq"


def test_a_province_written_as_one_word_is_found(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(
        geocoder, nlp, "Security forces killed 10 militants in Salahuddin province."
    )
    assert place.country == "Iraq" and place.admin1 == "Salah al-Din"


def test_the_ends_of_a_road_are_not_where_it_happened(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen fired at a car on the Baghdad-Kirkuk road near the outskirts of the "
        "Al-Khalis district, north of Diyala."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Diyala" and place.location == "Al-Khalis"
    # a road named for a town abroad does not outvote the district the text names
    text = "A roadside bomb hit a police car on the Manzala road in Haweeja district."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Iraq" and place.admin1 == "Kirkuk"


def test_a_provinces_near_spelling_after_a_town_and_a_comma(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    for spelling in ("Thi Qar", "Dhiqar"):
        text = f"Rioters burned tyres in the city of Nasiriyah, {spelling}, near Kerbala traders."
        place, _ev = _locate(geocoder, nlp, text)
        assert place.location == "Nasiriyah" and place.admin1 == "Thi-Qar", spelling


def test_a_compass_word_before_a_province_makes_it_a_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Traders from the Souq area southern al-Muthanna marched on the road leading to Warka."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Iraq" and place.admin1 == "Al Muthanna"


def test_the_island_of_a_name_is_a_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighters on the island of Socotra left the faction after a commander from "
        "Ad Dali governorate was appointed."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Suqutra"


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        ("Odesa: missile strike on a grain terminal, 3 dead. #Ukraine", "Odesa", "Odesa"),
        (
            "Baqubah: roadside bomb kills 2 policemen north of the city. #Diyala",
            "Diyala",
            "Baqubah",
        ),
        ("Lashio (N. Shan): artillery shells land in two wards, 4 hurt.", "Shan", "Lashio"),
    ],
)
def test_a_post_headed_by_its_place(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, admin1: str, location: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == (admin1, location)


def test_a_header_word_that_is_no_place_places_nothing(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    place, _ev = _locate(geocoder, nlp, "Update: gunmen killed three guards near Zindabadu.")
    assert place.latitude is None


def test_the_town_the_sentence_names_inside_the_chosen_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the district of Pichari, province of La Convencion, Cusco region, rebels "
        "ambushed an army patrol."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == ("Cusco", "Pichari")


def test_the_department_of_a_name_is_a_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In the municipality of Tumaco, department of Nariño, two men were shot dead in "
        "the Las Flores neighbourhood."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == ("Narino", "Tumaco")
    # the area word after the comma is the next name's, and the one before "of" is its own
    cues = {t.text: t.cue for t in geocoder._scan_text(text)}
    assert cues["Tumaco"] == "adm2" and cues["Nariño"] == "adm1"


def test_the_province_of_the_same_name(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the canton of Esmeraldas, in the province of the same name, a car bomb exploded."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Ecuador"


def test_where_people_fled_to_is_not_where_it_happened(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Families who fled to Sidon said an air strike hit their street in Nabatieh."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Nabatieh"


def test_a_province_named_with_and_is_one_name(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Worshippers marched from a mosque in Zahedan (Sistan and Baluchestan province)."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.admin1, place.location) == ("Sistan and Baluchestan", "Zahedan")


def test_a_territory_is_a_district_not_a_province_abroad(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels killed six civilians in the village of Zindabadu in Beni territory, Nord-Kivu province."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Democratic Republic of Congo" and place.admin1 == "Nord-Kivu"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Mortars hit a camp in Baidoa; two of the wounded were airlifted to Mogadishu.", "Baidoa"),
        ("A missile fired from Lebanon hit a house in Kiryat Shmona.", "Qiryat Shmona"),
        ("The government, based in Port Sudan, said shells hit residential areas of Sennar.", "Sennar"),
    ],
)  # fmt: skip
def test_where_the_wounded_went_or_the_fire_came_from_is_not_the_place(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, location: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == location


def test_a_town_beside_a_big_town_of_its_province_is_no_namesake(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Kinshasa (named where the government spoke) gives the text a province; Sake is not
    # vetoed as a namesake because Goma, a big town the text names, lies in its province
    text = (
        "Rebels shelled the town of Sake, and thousands fled towards Goma. In Kinshasa, "
        "the government accused its neighbour of backing the offensive."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == "Sake"


def test_a_district_word_keeps_a_namesake_province_from_voting(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Beni is a town and territory in Congo and a department of Bolivia: "Beni territory"
    # is no vote for Bolivia's department
    text = "Gunmen attacked an FARDC position at Zindabadu village in Beni territory."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Democratic Republic of Congo"


def test_a_street_named_for_a_country_is_no_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen from rival quarters clashed on Syria Street in Tripoli, wounding four."
    place, _ev = _locate(geocoder, nlp, text)
    # the street names no place: the city does (which Tripoli, the sentence cannot tell)
    assert place.country != "Syria" and place.location == "Tripoli"


def test_where_officials_spoke_is_not_where_it_happened(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Soldiers were wounded near Goris on Wednesday. Clashes were also reported near "
        "Jermuk. In Yerevan, the prime minister's office said partners had been told."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == "Goris"
    text = "The government in Maputo said insurgents had been driven out of Macomia."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == "Macomia"


def test_the_people_of_a_province_point_to_it(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sindhi" is the people of Sindh: Pakistan, not the bigger Hyderabad in India
    text = "Police baton-charged Sindhi activists marching to the Hyderabad Press Club."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Pakistan"


def test_a_town_bracketed_with_its_namesake_province_is_that_town(
    geocoder: Geocoder,
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    # Honduras and Panama both have a Colon province; only Panama's holds a town Colon
    text = "On Monday, in Colon (Colon), dock workers blocked the port gates for three hours."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.location, place.geo_precision) == ("Panama", "Colon", 1)


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        # a place and, with no comma, the province or country it lies in
        (
            "Gunmen shot dead a shopkeeper in Culiacan Sinaloa on Monday night.",
            "Mexico",
            "Sinaloa",
            "Culiacan",
        ),
        ("Police dispersed a crowd of traders in Nakuru Kenya.", "Kenya", "Nakuru", "Nakuru"),
    ],
)
def test_a_place_then_its_province_without_a_comma(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, country: str, admin1: str, location: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1, place.location) == (country, admin1, location)


def test_an_unknown_village_then_its_province_places_the_event_in_the_province(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp
) -> None:
    text = (
        "Two clan militias clashed over grazing land in Zindabadu-Dheer village "
        "(Warsheekh Middle Shabelle). Three people were killed."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1, place.geo_precision) == ("Somalia", "Middle Shabelle", 3)


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # the last words are a district of the possessor, not a province elsewhere
        ("A sniper killed a boy in Taiz's Al-Qahira district.", "Yemen", "Taiz"),
        # "Stari Grad" is one name: no split into "Belgrade Stari" and a province "Grad"
        ("Hundreds protested in Belgrade-Stari Grad, Serbia, on Sunday.", "Serbia", "Belgrade"),
    ],
)
def test_names_that_only_look_like_a_place_and_a_province(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, country: str, location: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.location) == (country, location)


def test_small_towns_of_the_reports_country_make_a_big_head_town_a_namesake(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp
) -> None:
    # "Banda" alone is a city in India; the bracketed towns are in Niger
    text = (
        "Militants raided the village of Zindabadu Banda (Ouallam, Tillabery) and killed "
        "two herders."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Niger"


@pytest.mark.parametrize(
    ("name", "acled"),
    [
        ("Diwaniyah", "Qadissiya"),
        ("Kut", "Wassit"),
        ("Jowhar", "Middle Shabelle"),
        ("Beledweyne", "Hiraan"),
        ("Qamishli", "Al-Hasakeh"),
    ],
)
def test_provinces_carry_acleds_names(geocoder: Geocoder, name: str, acled: str) -> None:
    place = geocoder.geocode_toponym(name)
    assert place is not None and place.admin1 == acled


def test_a_numbered_quarter_is_not_a_place_and_a_region(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Insurgents allegedly of ASWJ attacked the village of Zindabadu II. Houses were burnt."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country != "Philippines"  # not Region II (Cagayan Valley)


def test_a_list_of_towns_is_not_a_town_and_its_province(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sidon, Tripoli, ..." lists towns of one country; Tripoli is not Sidon's province
    # (and so not Libya's Tripoli district)
    text = (
        "Protesters detained in Sidon, Tripoli, Matn and Zahle last week said intelligence "
        "officers beat them in Sidon."
    )
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == "Lebanon"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the offset says where the named town lies: the town is the place, not the city
        (
            "Warplanes struck militant hideouts outside Makhmour, southwest of Erbil, on Tuesday.",
            "Makhmur",
        ),
        (
            "A roadside bomb wounded two policemen in Al Qayyarah city, south of Mosul city.",
            "Al Qayyarah",
        ),
        # an apposition between the town and the offset that locates it
        (
            "Missiles struck a residential area in Marib, the government's last northern "
            "stronghold about 120 km east of Sanaa, killing three civilians.",
            "Marib",
        ),
        (
            "A car bomb exploded near a market in Balad, a mainly Shia town about 80 km north "
            "of Baghdad, killing nine people.",
            "Balad",
        ),
    ],
)
def test_a_named_town_located_by_an_offset_is_the_place(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, location: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert place.location == location
    assert place.location_offset is None or place.location_offset.anchor == location


def test_an_unknown_town_located_by_an_offset_is_the_offset_point(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp
) -> None:
    text = "Gunmen attacked a checkpoint in Zindabadu, 20 km north of Kirkuk."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.admin1 == "Kirkuk" and place.location_offset


def test_the_object_of_an_assault_verbs_base_form_is_a_place(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Militia fighters tried to enter Debre Markos on Saturday and were driven back."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.location) == ("Ethiopia", "Debre Markos")


@pytest.mark.parametrize(
    ("text", "country", "not_country"),
    [
        # a near spelling of a city abroad (Guntur, India) while the text points elsewhere
        (
            "Turkish warplanes struck PKK hideouts near Gunturi on Monday, the Turkish "
            "ministry said.",
            "Turkey",
            "India",
        ),
        # a town of a country with no conflict base rate (Geel, Belgium) that nothing else in
        # the text points to, in a report on Somali troops and al-Shabaab
        (
            "Somali troops and Al Shabaab militants clashed in Geel on Monday.",
            "Somalia",
            "Belgium",
        ),
    ],
)
def test_a_namesake_nothing_else_points_to_yields_to_the_texts_country(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, country: str, not_country: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country != not_country
    assert place.latitude is None  # the place itself stays unknown: no point is guessed


def test_a_philippine_province_is_the_gazetteers_second_level(geocoder: Geocoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # Isabela is a province of the Philippines (a GeoNames adm2 under Cagayan Valley) and a
    # municipality of Puerto Rico (an adm1 there)
    text = "NPA rebels ambushed an army patrol in Cabatuan town, Isabela province, on Monday."
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1) == ("Philippines", "Cagayan Valley")


@pytest.mark.parametrize(
    ("group", "country"),
    [
        ("Kamuina Nsapu militiamen", "Democratic Republic of Congo"),
        ("Kamwina Nsapu militiamen", "Democratic Republic of Congo"),
        # Somali clan militias: ACLED's identity militias of Somalia
        ("Habar Gidir clan militiamen", "Somalia"),
        ("Gaal Jacel clan militiamen", "Somalia"),
    ],
)
def test_a_groups_name_points_to_its_country(
    geocoder: Geocoder, nlp, group: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    text = f"{group} clashed with a rival group in the village of Zindabadu."
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country, group


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Turkish warplanes struck PKK hideouts in the Avashin region on Monday.", "Erbil"),
        ("Turkish troops shelled PKK caves on Mount Gara overnight.", "Dohuk"),
        ("PKK fighters attacked a Turkish outpost in the Haftanin region on Friday.", "Dohuk"),
    ],
)
def test_the_pkk_mountain_areas_are_in_northern_iraq(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, admin1: str
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert (place.country, place.admin1) == ("Iraq", admin1)


# Where the event happened, by a reading of the words around a name. Each row: the text,
# the country, and the location (None: only the country is asserted).
_NAME_READINGS = [
    # a region's bracketed town is sharper than the region
    (
        "Turkish drones struck a cave in Zap region (Amadiya district) of Dahuk on Tuesday.",
        "Iraq",
        "Al Amadiyah",
    ),
    # "X Oilfields" keeps X as the place
    ("Workers protested at the Al-Faw Oilfields in Basrah province on Sunday.", "Iraq", "Al Faw"),
    # "the Nallur temple in Jaffna" is in Jaffna; an oilfield "in Basrah province" is no
    # sharper than the town it is named for
    (
        "Workers protested at the West Qurna oilfield in Basrah province on Sunday.",
        "Iraq",
        "Al Qurnah",
    ),
    # "Ilya" and "al Marjan" are alternate names of villages in Belarus and Iran: two weak
    # votes for two countries are no evidence against Sidon
    (
        "Protesters set fire to tyres near the Ilya junction in Sidon before police "
        "dispersed them at the al Marjan roundabout.",
        "Lebanon",
        "Sidon",
    ),
    # the Arabic article capitalised inside a sentence opens the name
    ("Students protested in central As Samawah on Sunday.", "Iraq", "As Samawah"),
    # a name that its province follows is a place without a preposition
    (
        "On 3 March 2024, Carora, Lara state, bus drivers blocked roads to demand fuel.",
        "Venezuela",
        "Carora",
    ),
    # Kirawa is a Nigerian village across the border; the text places Kerawa in Cameroon
    (
        "Boko Haram fighters looted shops in Kerawa village, Kolofata subdivision "
        "(Mayo-Sava, Extreme-Nord), on Monday.",
        "Cameroon",
        None,
    ),
    # where people fled to, and the town across the border, are not where it happened
    (
        "Gunmen torched two buses in Reynosa on Friday, across the border from McAllen, Texas.",
        "Mexico",
        "Reynosa",
    ),
    (
        "Rebels shelled an army camp near Myawaddy on Friday, sending hundreds of families "
        "across the river into Mae Sot.",
        "Myanmar",
        None,
    ),
    # "Kayah (Karenni) State": the area word after a bracketed name makes Kayah the state
    (
        "Kayah (Karenni) State: On Monday, shells landed in Loikaw township. Families fled "
        "towards neighbouring Shan State.",
        "Myanmar",
        "Loikaw",
    ),
    # where witnesses told reporters is not where it happened, even in the dateline's city
    (
        "ADDIS ABABA — Militia fighters and troops clashed on Tuesday in Debre Birhan, "
        "north-east of the capital, witnesses told reporters in Addis Ababa.",
        "Ethiopia",
        "Debre Birhan",
    ),
    # a camp "for IDPs in Zalingei" is in Zalingei, not a namesake town elsewhere
    ("Militiamen raided Hasahisa camp for IDPs in Zalingei on Monday.", "Sudan", "Zalinjay"),
    # "N Guigmi": the N' of a Sahelian name written without its apostrophe
    ("Gunmen abducted two youths in the town of N Guigmi on Monday.", "Niger", "Nguigmi"),
    # "the road leaving X": the road's town is the place
    (
        "A roadside bomb hit a minibus on the road leaving Fada N'Gourma on Wednesday.",
        "Burkina Faso",
        "Fada Ngourma",
    ),
    # "X near Y": X is no namesake (Nada, China) thousands of kilometres from Y
    ("Militants attacked an army post in Nada village near Mandali on Monday.", "Iraq", None),
]


@pytest.mark.parametrize(("text", "country", "location"), _NAME_READINGS)
def test_the_words_around_a_name_place_the_event(  # type: ignore[no-untyped-def]
    geocoder: Geocoder, nlp, text: str, country: str, location: str | None
) -> None:
    place, _ev = _locate(geocoder, nlp, text)
    assert place.country == country, text
    if location is not None:
        assert place.location == location, text
