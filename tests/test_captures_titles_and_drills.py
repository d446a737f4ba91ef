"""Families of a probe of invented-world sentences (set s): guards who engage raiders, gun
battles with police, places captured while the losers say they withdrew, tank fire, unarmed
victims, people taken from home and not heard from, protest actions and marches stopped by
police; and look-alikes: clips said to show a strike, death sentences, parades, sirens of a
drill, what a collapse could bring, sport halves, takeover bids, bills killed, song titles,
demolitions, insects and microbes. Invented world (Ulvenne, Brask, Tarrow, Ossendra, Quessel);
published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, P, V, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a unit of guards that engages raiders, told in the present tense of a live report
        (
            "UPDATE 06:15 - Shots ring out near the harbour of Ulvenne as coast guards engage "
            "pirates who tried to board a tanker.",
            B,
            "Armed clash",
        ),
        # a gun battle or a shoot-out with police settles the sub-type: a clash
        (
            "Police in Brask said constables came under fire from members of the Grey Lantern "
            "sect during a raid on a farmhouse on 9 March. The gun battle went on for an hour "
            "and left three suspects and an officer dead.",
            B,
            "Armed clash",
        ),
        (
            "Police said a shoot-out with suspected members of the Grey Lantern sect at a farm "
            "near Tarrow left four suspects and a policeman dead.",
            B,
            "Armed clash",
        ),
        # a place captured, and the losers' word that they withdrew: taken by force
        (
            "Government soldiers recaptured the hill town of Ferrowmede on Friday. Rebel "
            "leaders said their fighters had withdrawn to avoid losses.",
            B,
            "Government regains territory",
        ),
        (
            "The Ashfall Legion said it had seized the border crossing at Qell on Monday. The "
            "army admitted that its units had pulled back.",
            B,
            "Non-state actor overtakes territory",
        ),
        # tank fire is a shelling, whatever it destroys
        (
            "Tank fire from across the border flattened two barns in Quessel on Monday, "
            "farmers said.",
            E,
            "Shelling/artillery/missile attack",
        ),
        # unarmed victims of an ambush: an attack on civilians, not a clash
        (
            "Militiamen ambushed unarmed herders at a well near Tarrow on Sunday, killing four.",
            V,
            "Attack",
        ),
        # unarmed marchers fired on: force against a protest, not an attack on civilians
        (
            "Soldiers opened fire on a march of unarmed teachers in Brask on Monday, and two "
            "protesters died.",
            P,
            "Excessive force against protesters",
        ),
        # taken from home by masked men, and not heard from since
        (
            "Union leader Mira Stosk was taken from her house in Ulvenne by masked men late on "
            "Friday, and her colleagues have heard nothing from her since.",
            V,
            "Abduction/forced disappearance",
        ),
        # a protest action (people chained to gates) ended by arrests; a march blocked
        (
            "Police in Tarrow detained eight students who had chained themselves to the gates "
            "of the parliament on Tuesday.",
            P,
            "Protest with intervention",
        ),
        (
            "Security forces blocked a march by families of missing fishermen through central "
            "Tarrow on Saturday and briefly held its organisers.",
            P,
            "Protest with intervention",
        ),
    ],
)
def test_set_s_families_are_coded(text: str, event_type: str, sub_event_type: str) -> None:
    found = coded(text)
    assert (event_type, sub_event_type) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "State media aired a clip claimed to show an air strike on Quessel, but it was filmed "
        "in another country years ago.",
        "Lawyers asked the supreme court to commute the death sentence of a former prison "
        "guard from Brask.",
        "Armoured vehicles and rocket launchers rolled through the centre of Brask on Sunday "
        "in a parade to mark Independence Day.",
        "Air raid sirens sounded across Ulvenne at noon on Monday during a civil defence exercise.",
        "A leaked report says the retreat could bring rocket attacks on the capital within days.",
        "The hosts launched attack after attack in the second half but failed to score.",
        "The family firm fought off a takeover bid from its largest competitor.",
        "Senators killed the mining tax proposal in a vote on Thursday.",
        "The band's latest song 'Car Bomb Summer' was played on every radio station in Tarrow.",
        "Loud blasts shook Brask on Friday as engineers carried out the controlled demolition "
        "of an old grain silo.",
        "A swarm of wasps attacked picnickers in a park near Ulvenne on Sunday.",
        "The study found that the compound bombards tumour cells with free radicals, killing "
        "them within a day.",
        # a place taken without a fight stays a peaceful change of hands
        "Rebels captured Ferrowmede on Friday after the army withdrew without a fight.",
        "Rebels recaptured Ferrowmede on Friday after the army had pulled out of the town.",
        "Militants seized the hill village of Ferrowmede following the withdrawal of the "
        "provincial guard for unknown reasons.",
        # a candidate or a firm that beats its rivals
        "The mayor of Brask, who beat his rivals in last year's election, opened a new bridge.",
        "Tarrow's exporters beat the forecasts again in the first quarter.",
    ],
)
def test_set_s_look_alikes_are_no_violence(text: str) -> None:
    assert not current_violence(text), text
