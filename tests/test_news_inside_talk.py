"""Families of a probe of invented-world sentences (set r): a recent event told inside a
sentence of talk ("condemned Tuesday's ambush, in which gunmen killed four", "called for the
release of the girls abducted on Monday", "urged calm, but fighting raged") is a current
event; so is one told right after a summit or a truce, or in the pluperfect after the news
it caused. Killings of people who broke a curfew or of displaced people, a place retaken
after an assault and a bomb that derails a train are violence of their type; quoted
metaphors, a bruising match, remarks about lost provinces, a defence pact and an airspace
protest are not. Places, groups and people are invented; published 2024-03-15.
"""

from __future__ import annotations

import pytest
from event_types import B, E, V, current_events, current_violence

VIOLENT: list[tuple[str, str]] = [
    # a dated event in a relative clause of talk
    (
        "The governor of Kelmora denounced Monday's raid on Ostel, in which militiamen shot dead "
        "nine farmers in their fields.",
        V,
    ),
    (
        "Opposition leaders condemned Sunday's ambush outside Brask, in which insurgents killed "
        "three soldiers at a checkpoint.",
        B,
    ),
    (
        "The president vowed to punish those behind Friday's bombing, in which an explosive "
        "device hidden in a cart killed seven shoppers at the Dravo market.",
        E,
    ),
    (
        "The envoy deplored last week's shelling of Dunmore, where artillery rounds killed five "
        "children in a schoolyard.",
        E,
    ),
    # a participle of a recent event after talk
    (
        "Church leaders appealed for the return of the 20 seminarians abducted by the Red Lynx "
        "militia from their college in Ferrow on Monday night.",
        V,
    ),
    (
        "Relatives demanded the release of the farm workers taken hostage by gunmen at a plantation "
        "near Tolvik last week.",
        V,
    ),
    (
        "Ministers called for the release of the nurses kidnapped by gunmen from a clinic in "
        "Ostvar on Tuesday.",
        V,
    ),
    # what investigators found, told after a demand
    (
        "A rights group called for sanctions on Monday. Its researchers documented the killing "
        "of 40 villagers by militia fighters in Orvane last week.",
        V,
    ),
    (
        "The commission demanded accountability. Its monitors documented the rape of nine women "
        "by soldiers near Ulvar on Tuesday.",
        V,
    ),
    # talk, but fighting
    (
        "The regional bloc appealed for restraint, but clashes between the army and Tavor rebels "
        "raged through the night near Essmark, leaving ten dead.",
        B,
    ),
    (
        "Elders urged both clans to lay down their arms, but gunfights between the two militias "
        "erupted again in Kovall on Monday.",
        B,
    ),
    (
        "The island council urged calm, but fighting between navy patrol boats and armed "
        "smugglers raged off Cape Venn, with two sailors killed.",
        B,
    ),
    # an attack right after a summit or despite a truce
    (
        "Days after the rival factions signed a truce in Pellmar, an air strike destroyed a rebel "
        "depot near Ostvik, killing four fighters.",
        E,
    ),
    (
        "Despite a peace agreement signed last month, missiles launched from the coast struck a "
        "fuel depot in Korva on Monday.",
        E,
    ),
    (
        "Only a day after the two presidents shook hands in Corrin, an air strike hit a training "
        "camp of the Sable Front in the northern hills, killing nine.",
        E,
    ),
    # the pluperfect of the event behind the news
    (
        "The president of Velmora cancelled a trip abroad on Sunday. A suicide bomber had struck "
        "a graduation parade at the army college in Karst, killing 12 officers.",
        E,
    ),
    (
        "The king returned early from a summit in Ostreva. Gunmen had stormed a wedding in Halm "
        "on Friday, killing nine guests.",
        V,
    ),
    # a killing of someone said to have broken a rule
    (
        "A policeman shot dead a street vendor who had broken the curfew in Ormath.",
        V,
    ),
    (
        "A soldier shot dead a teenager who had broken the curfew in Dassan.",
        V,
    ),
    # displaced people hacked to death
    (
        "Gunmen hacked to death six displaced women at a camp outside Rello.",
        V,
    ),
    (
        "Bandits hacked to death four displaced farmers at a shelter in Ferrol, local officials "
        "said.",
        V,
    ),
    # a place retaken after an assault
    (
        "Following a night assault, government troops recaptured the Velta border crossing from "
        "insurgents. Witnesses said the insurgents withdrew into the hills.",
        B,
    ),
    (
        "After a dawn attack, soldiers retook the hill town of Ossel from rebel fighters. The "
        "rebels withdrew to the east, residents said.",
        B,
    ),
    # a bomb that derails a train
    (
        "An explosive device planted on the tracks derailed a passenger train near Kirrow on "
        "Monday.",
        E,
    ),
    (
        "A bomb hidden under a viaduct derailed a goods train in the Vessa gorge overnight.",
        E,
    ),
]

NOT_VIOLENT: list[str] = [
    # quoted metaphors
    "Opposition deputies called the pension reform a 'time bomb' for retirees in Ralvik.",
    "Bankers described the surprise levy as a 'shot across the bows' of the insurers.",
    "Farmers say the import quota is a 'landmine' for growers in the Essel valley.",
    # a rough match
    "In a bruising hockey clash, Varn outfought Tessel, and three players left the ice injured.",
    "A bruising cup clash between Mordale and Eskin ended with two players in hospital.",
    # remarks about lost land
    "Ostmark summoned the Dravian ambassador to explain a minister's comments about 'reclaiming "
    "the southern marshes'.",
    "The foreign ministry demanded an explanation for remarks by a deputy about 'recapturing "
    "lost territories'.",
    # a defence pact
    "Drelland and Usk signed a treaty obliging each to defend the other if it is attacked.",
    "Velm and Ostrigo signed a defence accord committing each to come to the other's aid if "
    "attacked.",
    # an airspace protest
    "Tessaly lodged a formal protest with Morra over the alleged violation of its airspace by "
    "a reconnaissance drone.",
    "Sarnia filed a complaint with Kesh over the violation of its airspace by a reconnaissance "
    "aircraft on Monday.",
]


@pytest.mark.parametrize(("sentence", "event_type"), VIOLENT, ids=[s[:40] for s, _ in VIOLENT])
def test_violence_is_found_with_its_type(sentence: str, event_type: str) -> None:
    current = current_events(sentence)
    found = [(e.event_type, e.sub_event_type) for e in current]
    assert any(e.event_type == event_type for e in current), found


@pytest.mark.parametrize("sentence", NOT_VIOLENT, ids=[s[:40] for s in NOT_VIOLENT])
def test_look_alike_is_no_current_violence(sentence: str) -> None:
    assert current_violence(sentence) == []
