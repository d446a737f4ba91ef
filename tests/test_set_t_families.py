"""Families of a probe of invented-world sentences (set t): executions by soldiers told by
relatives, people led away by agents and not heard of, an engagement that cost lives, youths of
two neighbourhoods fighting with clubs, a crowd moved by a rumour, unarmed people shot, a second
device that went off, a fight with reinforcements sent after it, a battle told beside talks;
and look-alikes: firms that storm a market, a team's heavy artillery, microbes and cells that
strike, the stars, drills and demining, exhibitions on a war, yearly figures, travel warnings,
election fights, bids beaten off, trials of old crimes, what would have happened, animals.
Invented world (Darrow, Vell, Orsk, Tarn, Ossel, Gorran); published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, R, V, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # an execution by soldiers, told by relatives or witnesses: an attack on civilians
        (
            "Soldiers executed four farmers in a field outside Gorran on Tuesday, accusing "
            "them of feeding the rebels, villagers alleged.",
            V,
            "Attack",
        ),
        (
            "Relatives alleged that police officers had shot dead two brothers at their "
            "shop in Vell on Sunday.",
            V,
            "Attack",
        ),
        # led away by masked or plain-clothes men, where they are held unknown
        (
            "Two journalists were led away by masked men in plain clothes in Ossel on "
            "Friday; their families still do not know where they are being held.",
            V,
            "Abduction/forced disappearance",
        ),
        (
            "A student leader was bundled away by unidentified agents outside his college in "
            "Tarn on Monday, and his whereabouts remained unclear a week later.",
            V,
            "Abduction/forced disappearance",
        ),
        (
            "Soldiers hauled six men out of their houses in Darrow at night and drove off "
            "with them. A month on, the families have had no word on where they are held.",
            V,
            "Abduction/forced disappearance",
        ),
        # an engagement near a pass that claimed lives: a clash
        (
            "A brief engagement near the Orsk pass claimed the lives of six militants and a "
            "soldier, the army said on Tuesday.",
            B,
            "Armed clash",
        ),
        # youths of two neighbourhoods who fight with clubs and stones: mob violence
        (
            "Fighting broke out between youths from two neighbourhoods of Darrow on "
            "Saturday. Clubs and stones were used and nine people were hurt.",
            R,
            "Mob violence",
        ),
        # a rumour that moved a crowd to attack is its motive, not a false report
        (
            "Residents armed with clubs and machetes attacked a herder's camp outside Vell, "
            "injuring two, after rumours spread that his cattle had destroyed their crops.",
            R,
            "Mob violence",
        ),
        # unarmed people shot by troops, told in the passive: an attack, not a clash
        (
            "Three unarmed fishermen were gunned down by naval troops off the coast of Orsk "
            "on Thursday, their union said.",
            V,
            "Attack",
        ),
        # one device defused, another exploded: a bombing
        (
            "Police defused a device at the Tarn bus station, but another exploded an hour "
            "later near the ticket office, wounding five passengers.",
            E,
            "Remote explosive/landmine/IED",
        ),
        # reinforcements sent after a fight do not make it a troop movement
        (
            "Rebels and soldiers traded fire for most of the night near the Ossel dam, "
            "leaving four rebels dead. The defence ministry said more troops had been "
            "deployed to the area.",
            B,
            "Armed clash",
        ),
        # a unit that storms into a village is no firm entering a market
        (
            "A company of soldiers stormed into the village of Tarn and fought the rebels "
            "for two hours, leaving five dead.",
            B,
            "Armed clash",
        ),
        # a toll that rose is no yearly trend
        (
            "The death toll from Tuesday's bombings in Orsk rose to 31 on Wednesday, officials "
            "said.",
            E,
            "Remote explosive/landmine/IED",
        ),
        # a battle told beside talks: two armed sides fighting for control
        (
            "While negotiators in Vell discussed a ceasefire text, government troops and "
            "Sable Front rebels were fighting for control of the airport road, where seven "
            "people died.",
            B,
            "Armed clash",
        ),
    ],
)
def test_set_t_families_are_coded(text: str, event_type: str, sub_event_type: str) -> None:
    found = coded(text)
    assert (event_type, sub_event_type) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # firms that storm, invade or raid a market
        "Analysts expect a price war after the budget airline stormed into the domestic "
        "market last spring.",
        "A Korvan start-up is invading the smartphone market with a handset that costs half "
        "as much as its rivals'.",
        "Retail analysts warn of a bloodbath on the high street as the discount giant storms "
        "into Darrow.",
        # a player who is a side's heavy artillery; goals fired in
        "Ossel's centre-forward has been the side's heavy artillery up front, netting 15 "
        "goals this season.",
        "The party brought out the big guns for the final week of the campaign in Darrow.",
        # cells, microbes and insects that attack; the stars that explode
        "Immune cells launch a coordinated attack on the tumour, researchers in Vell found in "
        "a study published this week.",
        "Ants of the Gorran forest raid rival colonies and kill their queens, biologists say.",
        "Viruses hijack the cell and then launch an assault on neighbouring tissue.",
        "Telescopes picked up the blast of a supernova in a neighbouring galaxy on Tuesday.",
        "A massive explosion on the surface of the sun was recorded by the Vell space agency.",
        # drills and demining
        "Army engineers rehearsed bomb-disposal procedures at the Tarn range on Thursday. The "
        "drills end on Sunday.",
        "A demining charity has trained forty women in mine-detection in the Orsk hills.",
        "Engineers practised clearing roadside bombs at the Tarn range.",
        # a documentary or an exhibition about a war
        "A documentary about the civil war, with footage of burnt-out tanks and interviews "
        "with former fighters, opened the film festival in Vell on Friday.",
        # yearly figures of kidnappings and attacks
        "Annual police figures recorded a sharp rise in the number of abductions on the "
        "northern highway.",
        "Kidnappings fell by a third last year in the Ossel valley, the interior ministry said.",
        "Year-end data show attacks on aid convoys in the north dropped sharply.",
        # travel warnings
        "The foreign ministry told travellers to stay away from the Orsk border crossing, "
        "citing a high threat of a terrorist bombing.",
        # election fights
        "After a bitter leadership fight, the former mayor captured the party's nomination "
        "with 61 percent of the delegates.",
        "The incumbent survived a bruising re-election battle in the Tarn district.",
        "The senator won a hard-fought primary in the Tarn district.",
        # a bid beaten off
        "An unsolicited offer for the Darrow shipping line was beaten off by its founders on "
        "Monday.",
        # trials of old crimes
        "A former police chief appeared in court in Vell on murder charges dating from the 1990s.",
        "The ex-commander faces charges of torturing detainees, his lawyer said.",
        # what would have happened
        "Had the rebels not accepted the truce, the army would have shelled the town, a "
        "minister told parliament.",
        "If the police had not arrived in time, the crowd would have lynched the suspect, "
        "a witness said.",
        # animals that snatch and swallow livestock
        "A leopard snatched a calf from a farm outside Gorran overnight.",
        "A python swallowed a goat in a village near the Osse river, startling residents.",
        "Hyenas carried off two sheep from a pen outside Vell.",
    ],
)
def test_set_t_look_alikes_are_no_violence(text: str) -> None:
    assert not current_violence(text), text
