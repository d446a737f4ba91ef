"""The country from a report's wording, where its place is in no gazetteer (stages/country_text.py)."""

from __future__ import annotations

from event_types import current_events

from eventwire.stages.country_text import MIN_PROBABILITY, country_text_model, features


def test_features_are_words_pairs_and_letter_groups() -> None:
    feats = features("Gunmen stormed Kafr Tilla.")
    assert feats["w:gunmen"] == 1
    assert feats["b:kafr tilla"] == 1
    assert feats["c: ka"] == 1  # a name's first letters, padded
    assert feats["c:lla "] == 1  # ... and its last


def test_village_in_no_gazetteer_gets_the_country_its_wording_points_to() -> None:
    # the village is invented; protests at the dollar's rate are 2020 Lebanon's wording
    text = (
        "On 3 May 2020, protesters angry at the dollar exchange rate and their living "
        "conditions blocked the road in Ain Tarshaya with burning tyres."
    )
    ev = current_events(text)[0]
    assert ev.country == "Lebanon"
    assert "country_inferred" in ev.flags and "unknown_place" in ev.flags
    assert ev.latitude is None and ev.admin1 in (None, "")
    spans = [(e.start, e.end) for e in ev.evidence["country"]]
    assert spans and all(text[s:e].isalpha() for s, e in spans)


def test_inferred_country_names_the_actors_as_a_placed_event_would() -> None:
    text = (
        "On 3 May 2020, protesters angry at the dollar exchange rate and their living "
        "conditions blocked the road in Ain Tarshaya with burning tyres."
    )
    ev = current_events(text)[0]
    assert ev.actor1 == "Rioters (Lebanon)"  # burning tyres: a violent demonstration


def test_no_country_where_the_wording_says_nothing_sure() -> None:
    text = "Men with guns shot at a car on the road near Velmora Tesh, wounding the driver."
    assert country_text_model().guess(text) is None  # invented names, plain words
    assert current_events(text)[0].country in (None, "")
    probs = country_text_model().probabilities(text)
    assert abs(sum(probs.values()) - 1.0) < 1e-4
    assert max(probs.values()) < MIN_PROBABILITY


def test_a_known_place_is_never_overruled_by_wording() -> None:
    text = (
        "On 3 May 2020, protesters angry at the collapse of the lira against the dollar "
        "blocked the main road in Mosul."
    )
    ev = current_events(text)[0]
    assert ev.country == "Iraq"
    assert "country_inferred" not in ev.flags


def test_group_of_several_countries_takes_the_one_the_wording_points_to() -> None:
    # ISWAP fights in Nigeria, Niger, Chad and Cameroon: herders and a village near the
    # river, in the wording of notes on Niger's Diffa region, point to Niger
    ev = current_events(
        "On 6 May, suspected ISWAP militants killed two herders in Kadjimeri, "
        "a village near the river."
    )[0]
    assert ev.country == "Niger"
    assert "country_inferred" in ev.flags and ev.latitude is None


def test_actor_table_lists_where_a_group_fights(resources) -> None:  # type: ignore[no-untyped-def]
    active = resources.actors.active_countries("Islamic State (West Africa)")
    assert {"Nigeria", "Niger", "Chad", "Cameroon"} <= set(active)
    assert resources.actors.active_countries("Hezbollah") == ()
