"""Violence that a crime, disaster or talk word used to hide: mob justice on a suspected
thief, communal killings over land, a reporter beaten by smugglers, an armed attack on a
flood team's escort, police who kick and slap villagers, a peace march. Invented world
(Tarvok, Mirasso, Kessaro, Ombara, Norrow, Osto); published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import current_violence, top_event


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a crowd catches a suspected thief and beats him: mob justice, not a crime story
        (
            "On 3 March 2024, residents of Tarvok village captured a suspected thief, tied him "
            "to a tree and beat him.",
            "Riots",
            "Mob violence",
        ),
        (
            "Villagers in Mirovan caught two men accused of stealing goats and beat them to "
            "death on Sunday.",
            "Riots",
            "Mob violence",
        ),
        (
            "On 2 March 2024, police broke up a fight between several dozen people in "
            "Brannock and arrested five.",
            "Riots",
            "Mob violence",
        ),
        # communal groups who kill over land: communal violence, not a neighbours' quarrel
        (
            "On 5 March 2024, a member of the Velani community was stabbed and killed by "
            "members of the Orun community over a land dispute in Mirasso.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "A farmer of the Tessu clan was hacked to death by Kaldi herdsmen in a land "
            "dispute near Brenwick on Friday.",
            "Violence against civilians",
            "Attack",
        ),
        # a journalist hurt by a smuggling ring: an attack on the press
        (
            "On 6 March 2024, a journalist was assaulted and injured by members of a timber "
            "smuggling ring in Kessaro.",
            "Violence against civilians",
            "Attack",
        ),
        # an armed attack on the escort of a flood or quake team: the disaster is no veto
        (
            "On 7 March 2024, militants of the Red Dune Front attacked soldiers escorting a "
            "flood-prevention engineering team near Ombara.",
            "Battles",
            "Armed clash",
        ),
        (
            "Armed men attacked security forces protecting earthquake relief workers in "
            "Tasso district on Monday.",
            "Battles",
            "Armed clash",
        ),
        # police who hit, kick and slap people who are not protesting
        (
            "Police officers kicked and slapped two indigenous women at a checkpoint in Norrow "
            "on Tuesday.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "On 8 March 2024, police hit indigenous women with batons in Palu Verde.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "A man molested a schoolgirl at a bus stop in Kelvar before fleeing, residents said.",
            "Violence against civilians",
            "Sexual violence",
        ),
        # a march for peace, a sit-in that denounces the violence: protests, not riots
        (
            "On 19 March 2024, a march for peace took place in Osto to denounce the war in the "
            "neighbouring country.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "On 19 March 2024, religious leaders led a peace walk in Tamsin denouncing the "
            "killings of civilians by armed groups.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "On 13 March 2024, members of civil society held a sit-in in Marrow to demand peace "
            "and denounce the violence.",
            "Protests",
            "Peaceful protest",
        ),
    ],
)
def test_violence_once_dropped_is_coded(text: str, event_type: str, sub_event_type: str) -> None:
    top = top_event(text)
    assert top is not None, text
    assert (top.event_type, top.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Thieves beat a shopkeeper and stole cash from his store in Dorran on Tuesday.",
        "Residents caught a thief breaking into a shop and handed him over to police.",
        "Villagers captured a leopard that had killed goats and handed it to wildlife officers.",
        "A man stabbed his neighbour to death over a land dispute in Kelso village.",
        "A journalist reported that robbers shot a trader during a robbery in Hollin.",
        "Floods killed 20 people in Ombara, and soldiers rescued hundreds of villagers.",
        "The striker kicked the ball past the goalkeeper in the final minute.",
        "The children kicked a football around the square in Tolla.",
        "The governor kicked off the campaign in Norvel with a speech.",
        "The fight between the two parties over the budget continued in parliament in Velm.",
        "A court in Osto sentenced a child molester to ten years in prison.",
        "Members of the Orun community celebrated the harvest festival in Mirasso.",
    ],
)
def test_look_alikes_stay_without_violence(text: str) -> None:
    assert current_violence(text) == [], text
