"""Monitor posts and wire headlines: the place a post opens with, the town a headline says
was struck, fighting told in the present tense (texts written for these tests)."""

from __future__ import annotations

import pytest
from event_types import current_events

PUB = "2024-03-15"


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        # the post's place opens it after symbols, and may carry its province
        ("🔴 Kramatorsk: two missiles hit a hotel, 4 dead", "Kramatorsk", "Ukraine"),
        ("Jamaame, Lower Juba: al-Shabaab fighters attack army base, heavy fighting reported",
         "Jamaame", "Somalia"),
        # a hashtag of several words
        ("#ElObeid: 5 students shot dead during march against bread shortages", "El Obeid",
         "Sudan"),
        ("#KafrNubl: regime shelling on the town, 3 civilians dead", "Kafranbel", "Syria"),
        # the town a headline says was struck, not the town the fire came from
        ("Kupiansk shelled overnight from the Valuiki direction, 1 injured", "Kupiansk",
         "Ukraine"),
        ("Sumy hit by Russian drones, 2 killed", "Sumy", "Ukraine"),
        ("Reynosa erupts in gunfire after cartel leader's arrest", "Reynosa", "Mexico"),
    ],
)  # fmt: skip
def test_monitor_posts_place_their_event(text: str, location: str, country: str) -> None:
    events = current_events(text, PUB)
    assert events
    top = max(events, key=lambda e: e.confidence)
    assert (top.location, top.country) == (location, country)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting erupts on the outskirts of Marawi; dozens dead",
        "Fighting breaks out between rival militias in Zawiya",
        "Kidal erupts in gunfire as rebels and soldiers trade fire near the airport",
    ],
)
def test_fighting_told_in_the_present_is_a_clash(text: str) -> None:
    assert any(e.sub_event_type == "Armed clash" for e in current_events(text, PUB))
