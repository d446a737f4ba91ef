"""Actors: roles from the parse, names from the alias table and rules.

Sentences are set in an invented country (Veridia) with invented groups and
towns, so that they test the rules rather than remembered names; the alias
cases use real names because the alias table is what they test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.stages.actors import ActorRoles, ActorTable, assign_actors

BATTLE = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
VAC = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
RIOT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ARREST = ("Strategic developments", "Arrests")
LOOT = ("Strategic developments", "Looting/property destruction")

UAG = "Unidentified Armed Group (Veridia)"
MIL = "Military Forces of Veridia"
POL = "Police Forces of Veridia"
CIV = "Civilians (Veridia)"

# text, (event_type, sub_event_type), actor1, actor2 ("" none, None unchecked), assoc1 subset
CASES: list[tuple[str, tuple[str, str], str, str | None, list[str]]] = [
    ("Gunmen attacked a checkpoint in Lorvale, killing two soldiers.", BATTLE, UAG, MIL, []),
    ("Unidentified assailants shot dead a farmer near Brask.", VAC, UAG, CIV, []),
    (
        "The Crimson Front attacked government troops in Lorvale on Tuesday.",
        BATTLE,
        "Crimson Front",
        MIL,
        [],
    ),
    (
        "Crimson Front fighters ambushed a police patrol outside Tamsk.",
        BATTLE,
        "Crimson Front",
        POL,
        [],
    ),
    (
        "Government forces clashed with the Crimson Front near Brask.",
        BATTLE,
        MIL,
        "Crimson Front",
        [],
    ),
    (
        "Two soldiers were killed by Crimson Front militants in Orrin.",
        BATTLE,
        "Crimson Front",
        MIL,
        [],
    ),
    ("The army shelled positions of the Sable Army near Keld.", SHELL, MIL, "Sable Army", []),
    (
        "Veridian troops repelled an assault by the Sable Army in Keld.",
        BATTLE,
        "Sable Army",
        MIL,
        [],
    ),
    (
        "Turkish warplanes struck Crimson Front positions near Lorvale.",
        AIR,
        "Military Forces of Turkey",
        "Crimson Front",
        [],
    ),
    ("Soldiers and police raided a Sable Army hideout in Orrin.", BATTLE, MIL, "Sable Army", [POL]),
    ("A roadside bomb wounded three policemen in Tamsk.", IED, UAG, POL, []),
    (
        "An explosive device planted by the Crimson Front killed a shepherd near Brask.",
        IED,
        "Crimson Front",
        CIV,
        [],
    ),
    ("Militants abducted five villagers from Varnholt overnight.", ABDUCT, UAG, CIV, []),
    ("Crimson Front fighters kidnapped two teachers near Orrin.", ABDUCT, "Crimson Front", CIV, []),
    ("Police shot dead a man in Tamsk during a search operation.", VAC, POL, CIV, []),
    (
        "Hundreds of protesters gathered in Lorvale to demand higher wages.",
        PEACEFUL,
        "Protesters (Veridia)",
        "",
        [],
    ),
    (
        "Residents of Brask held a sit-in against power cuts.",
        PEACEFUL,
        "Protesters (Veridia)",
        "",
        [],
    ),
    (
        "Members of the Azure Workers Union marched in Tamsk against the new tax.",
        PEACEFUL,
        "Protesters (Veridia)",
        "",
        ["Azure Workers Union"],
    ),
    (
        "Police dispersed demonstrators with tear gas in Keld.",
        INTERVENTION,
        "Protesters (Veridia)",
        POL,
        [],
    ),
    (
        "Rioters set fire to the town hall in Orrin and threw stones at police.",
        RIOT,
        "Rioters (Veridia)",
        POL,
        [],
    ),
    (
        "An angry mob beat a suspected thief to death in Varnholt.",
        MOB,
        "Rioters (Veridia)",
        CIV,
        [],
    ),
    (
        "Police arrested four suspected Crimson Front members in Lorvale.",
        ARREST,
        POL,
        "Crimson Front",
        [],
    ),
    ("Crimson Front militants looted shops in Brask.", LOOT, "Crimson Front", None, []),
    (
        "Veridian and allied aircraft bombed a Sable Army convoy near Keld.",
        AIR,
        MIL,
        "Sable Army",
        [],
    ),
    (
        "Unknown armed men opened fire on a minibus near Tamsk, killing three passengers.",
        VAC,
        UAG,
        CIV,
        [],
    ),
    (
        "Clashes broke out between the Crimson Front and the Sable Army in Orrin.",
        BATTLE,
        "Crimson Front",
        "Sable Army",
        [],
    ),
    ("Sable Army rebels overran a military outpost near Keld.", BATTLE, "Sable Army", MIL, []),
    (
        "A drone strike by Veridian forces killed two Crimson Front commanders in Orrin.",
        AIR,
        MIL,
        "Crimson Front",
        [],
    ),
    (
        "Three civilians were killed when Sable Army shells hit a market in Tamsk.",
        SHELL,
        "Sable Army",
        CIV,
        [],
    ),
    (
        "Security forces killed four militants in a raid on a hideout near Brask.",
        BATTLE,
        MIL,
        UAG,
        [],
    ),
    (
        "Bandits stormed the village of Ulm and abducted a woman and her children.",
        ABDUCT,
        UAG,
        CIV,
        [],
    ),
    (
        "Tribal fighters clashed with soldiers near Varnholt.",
        BATTLE,
        "Unidentified Tribal Militia (Veridia)",
        MIL,
        [],
    ),
    (
        "The Azure Brigades attacked Crimson Front positions in Keld.",
        BATTLE,
        "Azure Brigades",
        "Crimson Front",
        [],
    ),
    ("Korvan raiders attacked herders near Tamsk.", VAC, "Korvan Militia", CIV, []),
    (
        "The 12th Mountain Brigade shelled Crimson Front positions near Keld.",
        SHELL,
        MIL,
        "Crimson Front",
        [],
    ),
    (
        "Riot police fired on protesters in Lorvale.",
        ("Protests", "Excessive force against protesters"),
        "Protesters (Veridia)",
        POL,
        [],
    ),
]


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def _code(
    nlp: Language,
    table: ActorTable,
    text: str,
    kind: tuple[str, str],
    country: str | None = "Veridia",
) -> ActorRoles:
    doc = nlp(text)
    return assign_actors(
        list(doc.sents), table=table, country=country, event_type=kind[0], sub_event_type=kind[1]
    )


@pytest.mark.parametrize(
    ("text", "kind", "actor1", "actor2", "assoc1"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_invented_world_roles(
    nlp: Language,
    table: ActorTable,
    text: str,
    kind: tuple[str, str],
    actor1: str,
    actor2: str | None,
    assoc1: list[str],
) -> None:
    roles = _code(nlp, table, text, kind)
    assert roles.actor1 == actor1, roles
    if actor2 is not None:
        assert roles.actor2 == actor2, roles
    for name in assoc1:
        assert name in roles.assoc_actor_1, roles


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    "alias",
    [
        "ISIS",
        "ISIL",
        "IS",
        "Daesh",
        "Islamic State",
        "the Islamic State group",
        "Islamic State of Iraq and the Levant",
    ],
)
def test_islamic_state_aliases_are_one_actor(table: ActorTable, alias: str) -> None:
    assert table.normalize(alias, country="Iraq") == "Islamic State"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Iraqi army", None, "Military Forces of Iraq"),
        ("Iraqi forces", "Iraq", "Military Forces of Iraq"),
        ("Afghan security forces", None, "Military Forces of Afghanistan"),
        ("government troops", "Syria", "Military Forces of Syria"),
        ("Syrian regime forces", None, "Military Forces of Syria"),
        ("police", "Iraq", "Police Forces of Iraq"),
        ("Philippine police", None, "Police Forces of the Philippines"),
        ("gunmen", "Iraq", "Unidentified Armed Group (Iraq)"),
        ("unidentified assailants", "Somalia", "Unidentified Armed Group (Somalia)"),
        ("protesters", "Veridia", "Protesters (Veridia)"),
        ("Palestinian protesters", "Israel", "Protesters (Israel)"),
        ("Palestinian protesters", None, "Protesters (Palestine)"),
        ("Israeli police", "Palestine", "Police Forces of Israel"),
        ("rioters", "Lebanon", "Rioters (Lebanon)"),
        ("villagers", "Nigeria", "Civilians (Nigeria)"),
        ("a woman", "Yemen", "Civilians (Yemen)"),
        ("Taleban", None, "Taliban"),
        ("al-Shabab", "Somalia", "Al Shabaab"),
        ("Ansar Allah", "Yemen", "Military Forces of Yemen Supreme Political Council"),
        ("the Tatmadaw", "Myanmar", "Military Forces of Myanmar"),
        ("Hizbollah", "Lebanon", "Hezbollah"),
        ("Kurdistan Workers' Party", "Turkey", "PKK: Kurdistan Workers Party"),
        ("US-led coalition", "Iraq", "Global Coalition Against Daesh"),
        ("Saudi-led coalition", "Yemen", "Operation Restoring Hope"),
        ("the coalition", "Yemen", "Operation Restoring Hope"),
        ("US-led coalition", "Veridia", "Coalition Forces"),
        ("the Crimson Front", "Veridia", "Crimson Front"),
        ("the weather", "Veridia", None),
        ("drones", "Veridia", None),
        ("Turkish drones", "Iraq", "Military Forces of Turkey"),
    ],
)
def test_normalize(table: ActorTable, name: str, country: str | None, expected: str | None) -> None:
    assert table.normalize(name, country=country) == expected


def test_inter_codes_and_interaction(nlp: Language, table: ActorTable) -> None:
    roles = _code(
        nlp, table, "Government forces clashed with the Crimson Front near Brask.", BATTLE
    )
    assert (roles.inter1, roles.inter2, roles.interaction) == (1, 2, 12)
    roles = _code(nlp, table, "Hundreds of protesters gathered in Lorvale.", PEACEFUL)
    assert (roles.inter1, roles.inter2, roles.interaction) == (6, None, 60)
    roles = _code(nlp, table, "Gunmen shot dead a farmer near Brask.", VAC)
    assert (roles.inter1, roles.inter2, roles.interaction) == (3, 7, 37)
    assert roles.civilian_targeting == "Civilian targeting"
    roles = _code(nlp, table, "Turkish warplanes struck Crimson Front positions near Lorvale.", AIR)
    assert roles.inter1 == 8  # state forces outside their own country are external


def test_evidence_points_at_the_words(nlp: Language, table: ActorTable) -> None:
    text = "Crimson Front fighters ambushed a police patrol outside Tamsk."
    roles = _code(nlp, table, text, BATTLE)
    ((s1, e1),) = roles.evidence["actor1"]
    assert "Crimson Front" in text[s1:e1]
    ((s2, e2),) = roles.evidence["actor2"]
    assert "police" in text[s2:e2]


def test_real_alias_in_sentence(nlp: Language, table: ActorTable) -> None:
    roles = _code(
        nlp,
        table,
        "Iraqi and US-led coalition aircraft struck a Daesh convoy near Ramadi.",
        AIR,
        country="Iraq",
    )
    names = {roles.actor1, *roles.assoc_actor_1}
    assert names == {"Military Forces of Iraq", "Global Coalition Against Daesh"}
    assert roles.actor2 == "Islamic State"


def test_country_guessed_when_not_given(nlp: Language, table: ActorTable) -> None:
    roles = _code(
        nlp, table, "Gunmen killed two Somali soldiers in a village.", BATTLE, country=None
    )
    assert roles.actor1 == "Unidentified Armed Group (Somalia)"
    assert roles.actor2 == "Military Forces of Somalia"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Police Forces of Iraq", "Iraq"),
        ("Rioters (Kenya)", "Kenya"),
        ("Military Forces of the Democratic Republic of Congo", "Democratic Republic of Congo"),
        ("Taliban", "Afghanistan"),
        ("Islamic State", None),  # active in many countries: no guess
        ("Crimson Front", None),
    ],
)
def test_home_country(name: str, country: str | None) -> None:
    assert ActorTable.load().home_country(name) == country


def test_state_forces_of_an_unnamed_state(nlp: Language, table: ActorTable) -> None:
    roles = _code(
        nlp,
        table,
        "A police officer shot and wounded a street vendor in Orvel.",
        ("Violence against civilians", "Attack"),
        country=None,
    )
    assert roles.actor1 == "Police Forces"  # not an unidentified armed group


def test_a_currency_is_not_a_party(nlp: Language, table: ActorTable) -> None:
    roles = _code(
        nlp,
        table,
        "Protesters blocked roads in Orvel over the fall of the US dollar exchange rate.",
        ("Protests", "Peaceful protest"),
        country=None,
    )
    assert roles.actor1 == "Protesters"
