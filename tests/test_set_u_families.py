"""Families of a probe of invented-world sentences (set u): factions that turn their guns on
each other or go at each other, "entered into confrontation" and "heavy combats" of translated
reports, a bomber who sets off his belt, a girl "violated" by militiamen, people seized from a
gathering by fighters or never seen again, soldiers who shoot dead fishermen accused of a
crime, a man set upon by a crowd, an unauthorised assembly ordered to disperse, marchers
dispersed by the forces of order, live bullets fired on manifestants, barricades put up to
protest a death, a road cleared of those blocking it, a march in protest, a mine left over
from old fighting, a plant hit by missiles; and look-alikes: a site bombarded with traffic or a
goal bombarded, hackers, a boss on the offensive, mourning and memorials, questions about an
abduction, an earlier report referred to, a novel's battle scenes, a team that storms a line,
a virus that attacks cells.
Invented world (Darrow, Vell, Orsk, Tarn, Ossel, Gorran); published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, V, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # two armed sides that turn their guns on each other or go at each other
        (
            "Two wings of the Tarn Liberation Army turned their weapons on one another near "
            "Orsk on Saturday, leaving nine fighters dead.",
            B,
            "Armed clash",
        ),
        (
            "Border guards and Ossel Front gunmen went at each other for most of Friday over "
            "the customs post at Gorran.",
            B,
            "Armed clash",
        ),
        (
            "Government soldiers and the Red Ridge Brigade fought for three hours over the "
            "bridge at Vell on Monday.",
            B,
            "Armed clash",
        ),
        # translated press: a confrontation entered into, heavy combats
        (
            "The defence forces entered into confrontation with unidentified armed men near "
            "Tarn on Sunday night, the governor indicated.",
            B,
            "Armed clash",
        ),
        # a bomber who sets off his vest
        (
            "A young man walked up to the checkpoint in Darrow and detonated his explosive vest, "
            "killing four police officers.",
            E,
            "Suicide bomb",
        ),
        # a girl violated by armed men
        (
            "Two women were violated by armed men of a militia on the road to Gorran, a local "
            "women's association said on Monday.",
            V,
            "Sexual violence",
        ),
        # seized from a gathering by fighters; detained and never seen again
        (
            "Three elders were snatched from a wedding in Vell on Saturday by fighters of the "
            "Ossel Front.",
            V,
            "Abduction/forced disappearance",
        ),
        (
            "Her husband was picked up by soldiers at the Orsk market last May and has never "
            "been seen again, she told reporters.",
            V,
            "Abduction/forced disappearance",
        ),
        # soldiers who shoot dead civilians accused of a crime
        (
            "Troops shot dead three herders near Tarn on Wednesday, accusing them of smuggling "
            "cattle for the militants, villagers said.",
            V,
            "Attack",
        ),
        # a man set upon by a crowd, told in the passive
        (
            "A tax collector was set upon by a mob in the Darrow market on Tuesday and left "
            "with head injuries.",
            R,
            "Mob violence",
        ),
        # an unauthorised assembly ordered to disperse; a march dispersed by the forces of order
        (
            "An unauthorised gathering of some 200 traders outside the Vell town hall was "
            "ordered to disperse by police, and eight were arrested.",
            P,
            "Protest with intervention",
        ),
        (
            "The rally of the teachers' union in Gorran was dispersed by the forces of order, "
            "who fired lachrymogenic gas, the union said.",
            P,
            "Protest with intervention",
        ),
        # live bullets fired on manifestants
        (
            "The police fired live bullets on the manifestants in Orsk on Friday, killing two "
            "students, a rights group said.",
            P,
            "Excessive force against protesters",
        ),
        # barricades and a burnt car to protest a death
        (
            "Angry youths put up barricades and set fire to a police car in Tarn on Monday to "
            "protest the killing of a trader by a soldier.",
            R,
            "Violent demonstration",
        ),
        # a road cleared of those blocking it
        (
            "Gendarmes cleared the bridge that farmers had been blocking in Ossel for two days, "
            "and eleven were held.",
            P,
            "Protest with intervention",
        ),
        # a march or a sailing "in protest"
        (
            "Dozens of taxi drivers drove slowly through central Darrow in protest at the new "
            "fuel levy on Thursday.",
            P,
            "Peaceful protest",
        ),
        # a mine left over from old fighting goes off today
        (
            "Two children were wounded on Sunday when a landmine left over from last year's "
            "fighting exploded in a field near Gorran.",
            E,
            "Remote explosive/landmine/IED",
        ),
        # an armed group's flag over the public buildings of a town
        (
            "By noon on Thursday the banner of the Gorran Free Militia was fluttering over the "
            "police station of Vell, and the last gendarmes had fled.",
            B,
            "Non-state actor overtakes territory",
        ),
        # a man beaten by villagers, told in the passive
        (
            "A suspected thief was beaten to death by villagers in Tarn on Saturday, police said.",
            R,
            "Mob violence",
        ),
        # a plant hit by missiles, in the passive
        (
            "The Orsk water plant was struck by three cruise missiles before dawn, cutting "
            "supplies to the city, the utility said.",
            E,
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_set_u_families_are_coded(text: str, event_type: str, sub_event_type: str) -> None:
    found = coded(text)
    assert (event_type, sub_event_type) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # a website bombarded with traffic, officials with questions, a goal with shots
        "The ministry's switchboard was bombarded with calls from angry pensioners on Monday.",
        "Vell City bombarded the Darrow net all afternoon before their striker finally found "
        "a way through.",
        # hackers
        "Hackers attacked the Gorran port authority's computer systems on Friday, delaying "
        "shipments for a day.",
        # a boss on the offensive
        "The airline's founder went on the offensive at the shareholders' meeting, accusing "
        "the board of timidity.",
        # mourning, memorials and questions about an attack
        "Candles were lit across Tarn on Sunday in mourning for the victims of last week's "
        "bombing at the bus station.",
        "A plaque bearing the names of the forty miners killed in the uprising was unveiled "
        "in Orsk on Friday.",
        "Senators grilled the defence minister with questions about the kidnapping of the "
        "Ossel aid workers.",
        # an earlier report referred to
        "The bishop of Darrow, referring to the massacre reported in these pages last month, "
        "called for a day of prayer.",
        # a novel's battle scenes
        "In Arlo Venn's debut novel, a young conscript deserts on the eve of a siege; its "
        "battle scenes are short and brutal.",
        # a team that storms a line
        "Ossel's rugby side stormed the Tarn try line twice before half an hour was up.",
        # a virus that attacks cells
        "The virus attacks the lining of the lungs, the hospital's doctors explained.",
    ],
)
def test_set_u_look_alikes_are_no_violence(text: str) -> None:
    assert current_violence(text) == [], text
