"""Families of a probe of invented-world sentences (set w): a denial beside what witnesses
saw, fighting that broke out told under a condemnation, a killing condemned the same day, a
skirmish at a border, a rebel "Liberation Army" that takes a town, troops that sweep back
into one, a base overrun while reinforcements fly in, a bomb that derails a train, a mob that
burns a suspected thief while elders deny a lynching, rival supporters who brawl, a march against a mine fired on,
officers who haul strikers away, a camp of displaced people raided, a car shot at for not
stopping; and look-alikes: last year's bombing condemned at its anniversary, a year's toll in
figures, a battle between office-holders, personal attacks in a debate, what prosecutors say
at a trial, footage shown to a jury, what a new aircraft can strike.
Invented world (Marrow, Quell, Dastra, Ilsk, Tobrin, Venn, Harl, Ennick); published
2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, V, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a denial, and beside it what witnesses saw
        (
            "The Marrow army denied its patrols had left the base, but farmers in Harl said "
            "soldiers clashed with rebels near the ford on Wednesday, wounding two.",
            B,
            "Armed clash",
        ),
        (
            "The Quell Front rejected claims that it targets villagers, but survivors said its "
            "fighters had stopped a truck and executed five herders outside Tobrin on Monday.",
            V,
            "Attack",
        ),
        # fighting that broke out, told under a condemnation
        (
            "The regional bloc condemned the fighting that broke out on Sunday between Ilsk "
            "troops and the Venn Brigades near the grain silos, which medics said had killed nine.",
            B,
            "Armed clash",
        ),
        # a killing condemned the same day it happened
        (
            "Rights groups condemned the deaths of two students who were shot by soldiers during "
            "a sit-in outside the Quell parliament today.",
            P,
            "Excessive force against protesters",
        ),
        (
            "The Dastra government condemned the 'barbaric aerial assault' that struck the Tobrin "
            "grain market on Monday, killing six traders.",
            E,
            "Air/drone strike",
        ),
        # a skirmish has two armed sides
        (
            "Venn troops skirmished with Quell villagers' self-defence units near the ford "
            "overnight, a police commander said.",
            B,
            "Armed clash",
        ),
        # a rebel "Liberation Army" that takes a town, or loses one
        (
            "The Dastra Liberation Army said on Monday it had taken full control of the river "
            "town of Ennick.",
            B,
            "Non-state actor overtakes territory",
        ),
        (
            "By noon government troops were patrolling Venn, which they wrested back from the "
            "Quell Revolutionary Army at dawn.",
            B,
            "Government regains territory",
        ),
        # troops that sweep back into a town
        (
            "Ilsk troops swept back into the market town of Harl on Thursday, driving out the "
            "militia that had held it since the winter.",
            B,
            "Government regains territory",
        ),
        # a base overrun while reinforcements are flown in
        (
            "Insurgents overran the police post at Harl Bridge on Friday, a security source "
            "said, adding that reinforcements were being sent.",
            B,
            "Non-state actor overtakes territory",
        ),
        # a bomb whose blast derails a train
        (
            "An explosive device detonated beneath a rail bridge near Ennick on Tuesday night, "
            "derailing a goods train.",
            E,
            "Remote explosive/landmine/IED",
        ),
        # a mob that burns a suspected thief while elders deny a lynching
        (
            "Village elders denied that anyone had been lynched, but nurses said a crowd had set "
            "upon and burned alive a suspected goat thief in Harl on Saturday.",
            R,
            "Mob violence",
        ),
        # rival supporters who brawl
        (
            "Supporters of the two rival mayoral candidates brawled outside the counting centre "
            "in Venn, wounding six.",
            R,
            "Mob violence",
        ),
        # a march against a mine, fired on
        (
            "Doctors said they had removed live rounds from the bodies of two marchers killed at "
            "Sunday's march against the mine in Dastra.",
            P,
            "Excessive force against protesters",
        ),
        # officers who haul strikers away
        (
            "Footage showed officers hauling away dozens of striking teachers from the steps of "
            "the Quell education ministry on Monday.",
            P,
            "Protest with intervention",
        ),
        # a camp of displaced people raided, its tents burned
        (
            "Militiamen raided a displacement camp near Ennick on Friday, beating residents and "
            "burning dozens of tents.",
            V,
            "Attack",
        ),
        # a car shot at for not stopping at a checkpoint
        (
            "Soldiers at a checkpoint outside Harl opened fire on a minibus that failed to stop "
            "on Sunday, killing a mother and her baby.",
            V,
            "Attack",
        ),
    ],
)
def test_set_w_families_are_coded(text: str, event_type: str, sub_event_type: str) -> None:
    found = coded(text)
    assert (event_type, sub_event_type) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # last year's bombing, condemned at its anniversary
        "The Ilsk council condemned last year's shelling of the Venn hospital, in which nine "
        "patients died, as its members marked the anniversary on Monday.",
        # a year's toll in figures
        "Figures released by the Marrow interior ministry on Tuesday show 96 police officers "
        "were killed by bandits in the previous financial year.",
        # a battle between office-holders
        "The budget row has turned into a bitter battle between the finance minister and the "
        "president over spending.",
        # personal attacks in a debate
        "The two candidates for mayor of Quell traded personal attacks in a radio debate on "
        "Wednesday.",
        # what prosecutors say at a trial
        "The trial of the former Harl police chief resumed on Monday. Prosecutors say his men "
        "tortured at least 30 detainees.",
        # footage shown to a jury
        "At the Dastra High Court on Thursday, prosecutors showed the jury footage of the "
        "explosion.",
        # what a new aircraft can strike
        "The air force chief presented the new Tobrin jet at a trade fair. 'This aircraft can "
        "hit targets 500 kilometres away,' he said.",
        # a denial with no other account beside it
        "The Marrow army denied that its soldiers had shelled the market in Harl on Tuesday.",
        # a plain march against a mine
        "Villagers marched peacefully against the proposed mine in Dastra on Sunday.",
        # a derailment with no bomb
        "A goods train derailed near Ennick on Tuesday after heavy rain washed away the "
        "embankment.",
    ],
)
def test_set_w_look_alikes_are_no_violence(text: str) -> None:
    assert current_violence(text) == [], text
