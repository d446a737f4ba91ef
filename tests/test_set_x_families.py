"""Families of a probe of invented-world sentences (set x): troops that push a group with a
long name out of its last positions, gunmen who open fire on traders and burn their stalls,
crowds that burn an office and loot shops, fans who fight running battles with bottles, a
man seized by men in uniform whose custody the army denies; and look-alikes: posts about a
blast called false, the obituary of a general who died of old age, a verdict on shootings in
riots named by their year, a witness's testimony, an index of a decade's kidnappings, a fort
shelled in an old year, weapons handed in under a disarmament deal, landmines left from an old
war, a memoir, a video game, a sports page, a market's bloodbath and a firm that will fight
back, a battle in parliament, the immune system, a recipe, a bomb on a menu, a killer phone,
locusts. Invented world (Vessa, Dorro, Kesh, Ilvar, Morrit, Ossel); published 2024-03-15."""

from __future__ import annotations

import pytest
from event_types import B, E, R, V, assert_coded, coded, current_violence


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # troops who push a group with a long name out of its last positions
        (
            "The town had been held by the rebels since autumn until Monday, when army units "
            "pushed the Red Dawn Liberation Front out of its last positions near the dam.",
            B,
            "Government regains territory",
        ),
        (
            "Soldiers drove the Kesh Valley People's Militia from their remaining strongholds "
            "in the hills above Dorro on Sunday, the defence ministry said.",
            B,
            "Government regains territory",
        ),
        # gunmen who open fire on traders or worshippers and burn what they leave
        (
            "The cattle market in Dorro reopened last year after a long lull. Yesterday "
            "militiamen on motorbikes rode in and opened fire on traders, killing six and "
            "torching several stalls.",
            V,
            "Attack",
        ),
        (
            "Militiamen opened fire on pilgrims near the Ossel shrine on Sunday and burned their "
            "tents.",
            V,
            "Attack",
        ),
        # crowds that burn an office or a town hall and loot shops
        (
            "The bread price rise took effect on Monday. That night crowds in Vessa set fire to "
            "the regional revenue office and looted shops along the harbour road.",
            R,
            "Violent demonstration",
        ),
        (
            "Crowds in Morrit torched the courthouse and looted banks on Thursday after the "
            "mayor was arrested.",
            R,
            None,
        ),
        # fans who fight running battles with bottles and stones
        (
            "Fans of Dorro Athletic and Kesh Rangers fought running battles with bottles and "
            "iron bars near the ground after Sunday's cup tie, police said.",
            R,
            "Mob violence",
        ),
        (
            "Youths from the two estates fought pitched battles with bottles and flares in Ilvar "
            "on Saturday night; nine people were hurt.",
            R,
            "Mob violence",
        ),
        # a man seized by men in uniform whose custody the army denies: a disappearance
        (
            "On Friday, his wife said, the teacher was seized at a checkpoint near Ossel by "
            "men in uniform, and the army has denied holding him.",
            V,
            "Abduction/forced disappearance",
        ),
    ],
)
def test_set_x_families_are_coded(text: str, event_type: str, sub_event_type: str | None) -> None:
    assert_coded(text, event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        # posts and messages about a blast, called false
        "Social media posts claiming that a bomb had gone off at the Vessa ferry terminal on "
        "Monday were false, police said. Nobody was hurt.",
        "Messages saying that gunmen had attacked the Kesh bus station overnight were false, "
        "the governor said.",
        # the obituary of a general who died of old age
        "Obituary: Colonel Irna Voss, who led the raid that recaptured the Dorro pass, has "
        "died at 88 of natural causes. She stormed the pass with two companies.",
        # a verdict on shootings during riots named by their year
        "An appeals court in Vessa upheld the acquittal of two police officers accused of "
        "shooting protesters during the 2020 harvest riots.",
        # a witness's testimony in court
        "Witnesses told the tribunal on Tuesday how soldiers raided their village eight years "
        "ago. 'They shot at anyone who ran,' a farmer testified.",
        # an index of a decade
        "The Kesh Peace Monitor's index counts shootings, massacres and kidnappings recorded "
        "over the past decade in Dorro province.",
        # a fort shelled in an old year, now a sight
        "The old fort of Ossel, shelled by the royal navy in 1862, is now a museum.",
        # weapons handed in under a disarmament deal
        "Fighters of the Dorro Front surrendered their mortars and rocket launchers at a "
        "cantonment site on Tuesday.",
        "The first lorries of rifles and mortars arrived at the cantonment site in Morrit on "
        "Monday.",
        # landmines left from an old war
        "Landmines left over from the 1970s war still contaminate grazing land in Ilvar, a "
        "charity said.",
        # a memoir and a video game
        "A former child soldier describes in his new memoir how he was abducted by the Iron "
        "Sons and made to fight.",
        "Gaming: 'Ashfall' drops players into a siege where they must ambush patrols and "
        "plant IEDs. The sequel came out on Friday.",
        # a sports page and a scoreline
        "Sports: It was a massacre at the Dorvan Arena. The Ilvar Hawks crushed the visitors "
        "101-70.",
        "It was a massacre at the Dorvan Arena on Saturday night. The Ilvar Hawks crushed the "
        "visitors 101-70, with their guard scoring 35 points.",
        # markets, business, politics
        "The airline's chief executive insisted the company would fight back after its shares "
        "fell.",
        "The prime minister survived a no-confidence vote after a bruising battle in "
        "parliament on Tuesday.",
        # the immune system
        "White blood cells act as shock troops, engulfing and killing pathogens, researchers "
        "in Kesh said.",
        # a recipe, a menu, a phone
        "Add the sugar, then beat the mixture hard for three minutes.",
        "The Dorro diner's 'chilli bomb' burger is worth the queue, our critic says.",
        "The new Vessa phone is a killer device, and its battery life is explosive.",
        # pests
        "Swarms of locusts invaded orchards around Morrit on Thursday in an onslaught not "
        "seen in years.",
    ],
)
def test_set_x_look_alikes_are_no_violence(text: str) -> None:
    assert current_violence(text) == [], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # what the rules above must not catch: a remnant mine that explodes today, a denial
        # that the army abducted someone is no abduction, a quote that is only said
        (
            "Two boys were killed on Sunday when a landmine left over from the war exploded "
            "in a field near Kesh.",
            E,
        ),
        (
            "'They burned every house on our street,' a farmer in Dorro said on Tuesday after "
            "militiamen raided the village and shot three men.",
            V,
        ),
        # people gathered at a well are no protest when gunmen open fire on them
        (
            "Gunmen opened fire on villagers gathered at a spring near Dorro at dawn, killing "
            "seven.",
            V,
        ),
        # a boy killed by an old shell left from the war: a remnant that kills today
        (
            "A boy was killed by an unexploded shell left from the war near Morrit on Monday.",
            "Strategic developments",
        ),
        # an obituary of one shot dead is news
        (
            "Obituary: Olek Varn, 41, the only teacher in Morrit, was shot dead by gunmen "
            "outside his school on Monday, colleagues said.",
            V,
        ),
        (
            "Rioters in Vessa set fire to the tax office on Wednesday during protests against "
            "the 2024 budget.",
            R,
        ),
    ],
)
def test_set_x_news_beside_look_alikes(text: str, event_type: str) -> None:
    assert_coded(text, event_type)


def test_set_x_immune_system_named_in_an_arson_report() -> None:
    # a story that names the immune system is no science story: the arson stands
    text = (
        "Unknown arsonists set fire to a phone mast in Vessa on Monday after online posts "
        "claimed that its signals weaken the immune system."
    )
    assert ("Strategic developments", "Looting/property destruction") in coded(text), coded(text)


def test_set_x_denial_of_an_abduction_is_no_abduction() -> None:
    text = "The army denied that its soldiers abducted the teacher in Ossel on Friday."
    assert current_violence(text) == [], text
