"""Families of a probe of invented-world sentences (set v): a protest whose youths later loot
and burn, supporters who storm an office and set it on fire, police who shoot a boy during a
march, an airfield back under the army's control with the insurgents driven out, a rebel flag
that flies over a district office, soldiers who spray gas into a basement where people choke;
and look-alikes: attacks a group could launch, a role in past strikes cited for sanctions,
compensation for the victims of a shelling, a quarry explosive tested, a national day
fly-past, a tumour attacked with radiation, a truce kept without a shot, a stadium that
exploded with joy, a blast blamed on a transformer, a speech that was an assault on reason, a
shooting no one found evidence of, an offensive with no date, a team's attack blunted.
Invented world (Marrow, Quell, Dastra, Ilsk, Tobrin, Venn); published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a protest that later turns to looting and burning
        (
            "The sit-in outside the Quell ministry started calmly. By evening young men were "
            "looting shops and burning police cars along the main avenue of Quell.",
            R,
            "Violent demonstration",
        ),
        (
            "Backers of the detained opposition mayor stormed the town hall in Ilsk on Tuesday "
            "and set the building on fire.",
            R,
            "Violent demonstration",
        ),
        # police who kill a bystander during a march
        (
            "A rights group said riot police shot and killed a street vendor during a largely "
            "peaceful rally against fuel prices in Dastra.",
            P,
            "Excessive force against protesters",
        ),
        # an airfield back under the army's control, the insurgents pushed out
        (
            "The army said on Sunday that the Tobrin oil terminal was back under the control "
            "of government troops.",
            B,
            "Government regains territory",
        ),
        (
            "The insurgents who had held the Venn garrison since January were chased out by "
            "government troops on Friday, a military statement said.",
            B,
            "Government regains territory",
        ),
        # a rebel flag over an office the army's men ran from
        (
            "Statement of the Quell Free Brigades: since this morning the town of Tobrin is "
            "ours. The army's men ran away and our banner flies over the police station.",
            B,
            "Non-state actor overtakes territory",
        ),
        # soldiers who pump gas into a basement where people choke
        (
            "Survivors said troops pumped a gas into the basement of a school in Marrow where "
            "dozens of villagers had taken shelter, and several of them choked to death.",
            E,
            "Chemical weapon",
        ),
    ],
)
def test_set_v_families_are_coded(text: str, event_type: str, sub_event_type: str) -> None:
    found = coded(text)
    assert (event_type, sub_event_type) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # what a group might do, an offensive with no date
        "Security experts warn that the Grey Wolves of Ilsk may stage fresh raids on "
        "pipelines this winter. The energy firm has hired private guards.",
        "The defence minister said the army was prepared to recapture the valley. He gave no "
        "timetable for the operation. The rebels laughed off his words.",
        # past strikes cited for sanctions; compensation for the victims of an attack
        "A travel ban was imposed on three Dastran colonels over their part in previous air "
        "strikes on markets. The colonels reject the accusation.",
        "Parliament voted to pay compensation to the families of victims of the Quell "
        "bombing. The sums will be paid in two instalments.",
        # medicine
        "Her tumour was blasted with targeted radiotherapy for eight weeks and has now "
        "disappeared, her oncologist in Venn said.",
        # a truce kept without a shot
        "A commander of the Tobrin Front said his men had never fired one shot since the "
        "truce was signed in April.",
        # a crowd that exploded with cheers
        "The arena erupted in cheers when the singer walked on stage in Marrow. The show ran "
        "for three hours.",
        # a blast blamed on a faulty transformer
        "Firefighters said the loud explosion in Ilsk overnight came from a transformer "
        "failure at a substation, not a bomb.",
        # an idiom
        "The new tax law is an attack on common sense, the opposition leader told parliament.",
        # a shooting no one found evidence of
        "Videos online claimed that police had fired on marchers in Dastra. Reporters who went "
        "there found no evidence of any shooting, and the interior ministry called the "
        "reports fabricated.",
        # a fly-past on independence day
        "The Quell air force flew its new attack jets over the capital for the independence "
        "day fly-past. Thousands watched from the river banks.",
        # football
        "The hosts' attack never found a way through, and the match ended goalless at the "
        "Venn stadium.",
    ],
)
def test_set_v_look_alikes_are_no_violence(text: str) -> None:
    assert current_violence(text) == [], text
