"""Violence that crime, disaster or date words hid: mob justice told in the passive, police
blows outside a protest, an armed attack inside a flood story, combatants captured by the other
side, and ACLED's numeric day dates. Invented world (Ostvale, Varnok, Tellmar, Drunmoor);
published 2024-03-15 unless said otherwise."""

from __future__ import annotations

import pytest
from event_types import B, R, V, current_events, current_violence, top_event


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # suspected thieves punished by a crowd: mob violence, not a crime story
        (
            "Two suspected thieves were tied up, beaten up and given electric shocks by locals "
            "in Varnok on Sunday.",
            R,
            "Mob violence",
        ),
        (
            "A suspected burglar was stoned and paraded naked by angry residents of Tellmar on "
            "Tuesday.",
            R,
            "Mob violence",
        ),
        (
            "On 3 March 2024, a man accused of stealing a goat was lynched by a mob in Drunmoor.",
            R,
            "Mob violence",
        ),
        # police blows at people who are not protesting
        (
            "On 5 March 2024, the police hit several indigenous women in Quarrel village "
            "(Ostvale).",
            V,
            "Attack",
        ),
        (
            "Gendarmes slapped and kicked two motorbike drivers at a checkpoint in Varnok on "
            "Monday.",
            V,
            "Attack",
        ),
        # an armed group that attacks inside a flood story: the attack is news
        (
            "During the floods in Ostvale, the flood-prevention team and its guards were "
            "attacked by an armed group near Varnok, and two guards were killed.",
            B,
            "Armed clash",
        ),
        # combatants captured by the other side: ACLED codes a clash
        (
            "On 7 March 2024, Velorian forces captured two Red Dawn rebels in Oskivo district.",
            B,
            "Armed clash",
        ),
        (
            "Militants of the Black Hand front captured three soldiers near Drunmoor on Monday.",
            B,
            "Armed clash",
        ),
        # citizens who catch a thief and beat him: mob justice
        (
            "In Korvalo, a group of citizens caught a suspected burglar in the market, tied him "
            "to a post and beat him before police arrived.",
            R,
            "Mob violence",
        ),
        # "exploiting" is no explosion: windows smashed by activists stay property destruction
        (
            "Anarchists smashed the windows of a courier firm in Varnok with hammers, accusing "
            "the company of exploiting its drivers.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        # the time put between "taken" and "control of the hill"
        (
            "Government troops have taken since Tuesday morning control of the hill above "
            "Tellmar, which the rebels had held for a week.",
            B,
            "Government regains territory",
        ),
        # the marchers' message ("rejecting ...") does not deny the march
        (
            "On Friday, hundreds of Green Banner supporters gathered in Ostvale, rejecting the "
            "involvement of the army in politics and calling for new elections.",
            "Protests",
            "Peaceful protest",
        ),
    ],
)
def test_violence_that_other_words_hid(text: str, event_type: str, sub_event_type: str) -> None:
    top = top_event(text)
    assert top is not None, text
    assert (top.event_type, top.sub_event_type) == (event_type, sub_event_type), text


@pytest.mark.parametrize(
    "text",
    [
        "Two people died when floods swept through Varnok on Monday, officials said.",
        "Police captured two suspected car thieves in Tellmar on Friday.",
        "Residents of Varnok were angered by the new tax on market stalls.",
        "The police hit back at criticism of their handling of the Tellmar case.",
    ],
)
def test_look_alikes_stay_no_violence(text: str) -> None:
    events = current_events(text)
    assert not any(e.event_type in (B, R, V) for e in events), (text, events)


def test_a_numeric_day_date_is_read_day_first_and_not_as_history() -> None:
    # "02 11 2019" is 2 November, eight days before publication; read month first it would be
    # 11 February and make the killing history
    events = current_events(
        "On 02 11 2019, gunmen killed two farmers in Varnok village (Ostvale).",
        publication_date="2019-11-10",
    )
    assert events and events[0].event_type == V
    assert events[0].event_date == "2019-11-02"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # "anti-ship" is no shipment of missiles, and launchers struck are a strike
        (
            "The Varnish navy said it struck rebel anti-ship missile launchers near Ostvale on "
            "Thursday.",
            "Explosions/Remote violence",
        ),
        # a denial of involvement is no denial of the attack the sentence tells of
        (
            "The Black Hand front denied involvement in the ambush on the convoy near Drunmoor, "
            "which killed four soldiers on Tuesday.",
            None,
        ),
        # robbery by an armed group is no crime story
        (
            "Self-defence groups attacked a bus near Tellmar on Monday, robbing passengers of "
            "their phones and cash.",
            None,
        ),
    ],
)
def test_strikes_and_armed_robbery_are_events(text: str, event_type: str | None) -> None:
    violent = current_violence(text)
    assert violent, text
    if event_type is not None:
        assert violent[0][0] == event_type, violent
