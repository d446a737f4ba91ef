"""Families of a probe of invented-world sentences (set y): a gas strike condemned under the
speaker's own name for it, victims with symptoms of nerve gas poisoning, armed men who burn
people alive, an aid worker or a journalist shot dead at a checkpoint, a person seized by
armed men, villagers armed with machetes who attack a family, relatives who gather silently
with photographs of the missing; and look-alikes: a treaty banning landmines, a retail
battle over shoppers, critics who shoot down a film, a coach whose team was ambushed by its
opponent, rebels in a party. Invented world (Talvor, Quend, Osk, Brimmel, Varrow); published
2024-03-15."""

from __future__ import annotations

import pytest
from event_types import E, P, R, V, assert_coded, current_violence

CHEM = "Chemical weapon"


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # a strike condemned under the speaker's name for it, dated: news
        (
            "The Talvor interior ministry condemned what it called a poison gas attack on the "
            "market town of Quend on Monday.",
            E,
            CHEM,
        ),
        (
            "The council denounced what it termed a chlorine bombing of the Osk clinic yesterday.",
            E,
            CHEM,
        ),
        # victims with the symptoms of a named war gas
        (
            "A spokesman for the Brimmel health board confirmed that victims of Sunday's "
            "shelling of Osk showed symptoms of nerve gas poisoning.",
            E,
            CHEM,
        ),
        (
            "Doctors said patients from Friday's missile strike on Quend suffered chlorine gas "
            "poisoning, and blamed the rebels.",
            E,
            CHEM,
        ),
        # armed men who burn people alive
        (
            "Armed men set fire to a farmhouse in Osk on Sunday, burning a shepherd and his "
            "wife alive.",
            V,
            "Attack",
        ),
        (
            "Militiamen torched the huts of Varrow on Friday, burning two old women alive.",
            V,
            "Attack",
        ),
        # an aid worker, a journalist shot dead (a checkpoint is no clash)
        (
            "A relief worker carrying medicine to Quend was shot dead at a checkpoint on Tuesday.",
            V,
            "Attack",
        ),
        (
            "A nurse driving a clinic van under the ceasefire deal was gunned down at an army "
            "checkpoint near Osk on Monday.",
            V,
            "Attack",
        ),
        # a person seized by armed men
        (
            "A nurse on her way to peace negotiations in Osk was herself seized by armed men on "
            "Friday.",
            V,
            "Abduction/forced disappearance",
        ),
        (
            "An envoy heading to prisoner-exchange talks in Quend was himself snatched by "
            "gunmen on Sunday.",
            V,
            "Abduction/forced disappearance",
        ),
        # villagers armed with machetes or clubs who attack a family
        (
            "Villagers armed with machetes attacked a family accused of sorcery near Osk "
            "yesterday. Three people died of their wounds.",
            R,
            "Mob violence",
        ),
        (
            "Townspeople armed with spears and axes attacked a family accused of cursing the "
            "harvest in Quend on Sunday. A child died.",
            R,
            "Mob violence",
        ),
        # relatives who gather silently with photographs of the missing
        (
            "Mothers holding portraits of their disappeared sons gathered quietly outside the "
            "Quend courthouse on Thursday.",
            P,
            "Peaceful protest",
        ),
        (
            "Families of the detained gathered silently in front of the Brimmel prison on Monday.",
            P,
            "Peaceful protest",
        ),
    ],
)
def test_set_y_families_are_coded(text: str, event_type: str, sub_event_type: str | None) -> None:
    assert_coded(text, event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty or a convention banning a weapon
        "Brimmel formally acceded to the treaty banning anti-personnel mines on Monday.",
        "Quend became the latest state to ratify the convention prohibiting anti-personnel "
        "landmines.",
        # a commercial battle over shoppers
        "Supermarkets in Brimmel are bracing for a battle over holiday shoppers this winter.",
        "Bookshops in Quend are gearing up for a battle over Christmas shoppers.",
        # critics who shoot down a film, a proposal
        "Critics shot down the new musical at its opening night in Varrow.",
        "Reviewers shot down the author's latest novel within days of its release.",
        # a coach whose team was ambushed by its opponent
        "The head coach said his team had been ambushed by a hungrier opponent on Saturday.",
        "Quend's champions were ambushed by the underdogs in the cup final.",
        # rebels in a party
        "The premier survived a no-confidence motion after rebels within his own party abstained.",
        "Party rebels forced the leader of Talvor's ruling coalition to delay the reform.",
    ],
)
def test_set_y_look_alikes_are_no_violence(text: str) -> None:
    assert current_violence(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a strike named by a speaker with no date, a treaty signed, a figure of speech:
        # talk before the rules above and after them
        "The ministry condemned what it called a planned gas attack on the capital.",
        "Talvor signed the Osk treaty banning cluster munitions on Tuesday.",
        "The actors are burning alive in this heat, the director said.",
    ],
)
def test_set_y_guards_stay_talk(text: str) -> None:
    assert current_violence(text) == [], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # rebels who are fighters, a mine that blew up a lorry: still news
        ("Rebels attacked an army post near Varrow on Monday, killing four soldiers.", "Battles"),
        (
            "A landmine blew up a lorry on the Osk road yesterday, a week after Talvor signed "
            "a treaty.",
            E,
        ),
        # an aid worker caught in a clash: the clash is the event
        (
            "An aid worker was shot dead in crossfire as troops clashed with rebels near "
            "Quend on Friday.",
            "Battles",
        ),
    ],
)
def test_set_y_news_beside_look_alikes(text: str, event_type: str) -> None:
    assert_coded(text, event_type)
