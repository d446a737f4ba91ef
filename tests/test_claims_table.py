"""A table of invented-world sentences, each with the claims a careful analyst reads in it.

Towns, groups and people here do not exist: the rules must generalize beyond real names.
Each row: a text (one sentence, or a short paragraph when attribution or updates need
neighbours) and what must be true of its claims, context and summary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from spacy.language import Language

from eventwire.model import Claim
from eventwire.stages.attribution import find_hedges, find_source
from eventwire.stages.context import classify_context
from eventwire.stages.quantities import extract_claims
from eventwire.stages.reconcile import summarize_claims

PUB = dt.date(2024, 3, 15)


@dataclass
class Row:
    text: str
    #: (quantity, low, high, best, qualifier) per expected claim, in text order
    claims: list[tuple[str, int | None, int | None, int | None, str]] = field(default_factory=list)
    role: str | None = None  # role of the first claim, when it matters
    source: tuple[str, str] | None = None  # (name, kind) of the first claim's source
    hedges: list[str] = field(default_factory=list)  # hedges the first claim must carry
    context: str = "current"  # of the first sentence
    fatalities: int | None = None  # ACLED figure of the whole text, when it matters
    flags: list[str] = field(default_factory=list)


ROWS: dict[str, Row] = {
    # --- digits and number words
    "digits": Row(
        "Gunmen killed 14 villagers in Tarvosk on Monday.",
        [("fatalities", 14, 14, 14, "")],
        fatalities=14,
    ),
    "digits_thousands": Row(
        "The floods of fighting displaced 12,500 people from the Merrow valley.",
        [("displaced", 12500, 12500, 12500, "")],
    ),
    "words": Row(
        "Seven soldiers were wounded when a mine exploded near Quellin.",
        [("injured", 7, 7, 7, "")],
    ),
    "hyphen_words": Row(
        "Twenty-three fighters of the Ashvar Brigade were captured by the army.",
        [("arrested", 23, 23, 23, "")],
    ),
    "hundreds_words": Row(
        "The raid left three hundred and twelve families homeless and killed two men.",
        [("fatalities", 2, 2, 2, "")],
    ),
    "passive_headline": Row(
        "Four people killed and nine wounded in Dranmoor market blast.",
        [("fatalities", 4, 4, 4, ""), ("injured", 9, 9, 9, "")],
    ),
    "shot_dead": Row(
        "Police shot dead two protesters in Valsk.",
        [("fatalities", 2, 2, 2, "")],
    ),
    "to_death": Row(
        "A shopkeeper was beaten to death by a mob in Orlenburg.",
        [("fatalities", 1, 1, 1, "")],
    ),
    "deaths_noun": Row(
        "The shelling of Kestrel Ridge caused 8 deaths.",
        [("fatalities", 8, 8, 8, "")],
    ),
    "abducted": Row(
        "Kemari Front gunmen kidnapped 11 aid workers on the Sorrin road.",
        [("abducted", 11, 11, 11, "")],
    ),
    "vehicles": Row(
        "The strikes destroyed 30 vehicles belonging to the Kemari Front.",
        [("vehicles_destroyed", 30, 30, 30, "")],
    ),
    "buildings": Row(
        "Militiamen torched 45 houses in the village of Bexley Fen.",
        [("buildings_destroyed", 45, 45, 45, "")],
    ),
    "aircraft": Row(
        "Rebels shot down two helicopters over the Harrow plateau.",
        [("aircraft_downed", 2, 2, 2, "")],
    ),
    # --- ranges and qualifiers
    "between": Row(
        "Between 40 and 60 people died in the attack on Morvane.",
        [("fatalities", 40, 60, None, "between")],
        fatalities=40,
    ),
    "to_range": Row(
        "The bombing killed 15 to 20 worshippers in Kelloway.",
        [("fatalities", 15, 20, None, "between")],
    ),
    "at_least": Row(
        "At least 12 civilians were killed in the Dorrin shelling.",
        [("fatalities", 12, None, None, "at least")],
        fatalities=12,
    ),
    "more_than": Row(
        "The Varro militia abducted more than 30 students from a school in Pellin.",
        [("abducted", 31, None, None, "more than")],
    ),
    "over": Row(
        "Over 200 people were arrested after the Tamsin riots.",
        [("arrested", 201, None, None, "more than")],
    ),
    "about": Row(
        "About 50 fighters were killed in the battle for Ostrava Gap.",
        [("fatalities", 45, 55, 50, "about")],
        fatalities=50,
    ),
    "nearly": Row(
        "Nearly 100 houses were destroyed in the fire set by raiders in Calloway.",
        [("buildings_destroyed", 90, 99, None, "nearly")],
    ),
    "up_to": Row(
        "Up to 40 policemen were injured during the clashes in Wexham.",
        [("injured", None, 40, None, "up to")],
    ),
    "or_more": Row(
        "Ten or more soldiers were killed in the Fennick ambush.",
        [("fatalities", 10, None, None, "at least")],
    ),
    "a_dozen": Row(
        "A dozen insurgents were killed in an air strike near Tolvar.",
        [("fatalities", 12, 12, 12, "a dozen")],
        fatalities=12,
    ),
    "more_than_a_dozen": Row(
        "Troops arrested more than a dozen suspects in Hollin.",
        [("arrested", 13, None, None, "more than")],
    ),
    # --- vague amounts
    "dozens": Row(
        "Air strikes killed dozens of Vardan militants near Kessel.",
        [("fatalities", 24, 99, None, "dozens")],
        fatalities=12,
        flags=["vague_count"],
    ),
    "tens": Row(
        "Tens of people were wounded in the blast at the Orrin bus station.",
        [("injured", 20, 99, None, "tens")],
    ),
    "hundreds": Row(
        "Hundreds of families fled the fighting around Marrowgate.",
        [("displaced", 200, 999, None, "hundreds")],
    ),
    "scores": Row(
        "Scores of civilians were killed in the siege of Lanthorn.",
        [("fatalities", 40, 99, None, "scores")],
    ),
    "several": Row(
        "Several soldiers were killed when the Sable Front stormed the checkpoint.",
        [("fatalities", 3, 9, None, "several")],
    ),
    "a_number_of": Row(
        "Police detained a number of protesters in central Ferrowby.",
        [("arrested", 2, 9, None, "a number of")],
    ),
    # --- enumerations and single people
    "enumeration": Row(
        "A commander and his three bodyguards were killed when their car hit a mine near Zell.",
        [("fatalities", 4, 4, 4, "")],
        fatalities=4,
    ),
    "enumeration_two_groups": Row(
        "Nine soldiers and two civilians were killed in the Arrowfield attack.",
        [("fatalities", 11, 11, 11, "")],
        fatalities=11,
    ),
    "single_person": Row(
        "A farmer was killed by unidentified gunmen in Kessingham.",
        [("fatalities", 1, 1, 1, "")],
        fatalities=1,
    ),
    "two_clauses_add_up": Row(
        "Six soldiers were killed, and four Vardan fighters were also killed.",
        [("fatalities", 6, 6, 6, ""), ("fatalities", 4, 4, 4, "")],
        fatalities=10,
    ),
    "breakdown_in_parenthesis": Row(
        "Five villagers were killed (three with knives and two shot) in Pelloway.",
        [("fatalities", 5, 5, 5, "")],
        fatalities=5,
    ),
    # --- explicit zero
    "no_casualties": Row(
        "Drones struck a Kemari Front depot near Sallow; no casualties were reported.",
        [("fatalities", 0, 0, 0, ""), ("injured", 0, 0, 0, "")],
        fatalities=0,
    ),
    "no_one": Row(
        "No one was killed in the grenade attack on the Brisk council office.",
        [("fatalities", 0, 0, 0, "")],
    ),
    "no_fatalities_nor_injuries": Row(
        "No fatalities nor injuries reported.",
        [("fatalities", 0, 0, 0, ""), ("injured", 0, 0, 0, "")],
    ),
    # --- growing tolls and running totals
    "toll_risen": Row(
        "Militants stormed the Harlow barracks, killing 20 soldiers. "
        "The death toll has since risen to 31, the Gorvan defence ministry said.",
        fatalities=31,
    ),
    "toll_climbed_role": Row(
        "The toll from the Dunmore bombing climbed to 45 on Tuesday.",
        [("fatalities", 45, 45, 45, "")],
        role="update",
    ),
    "running_total_since": Row(
        "The Sable Front has killed more than 1,000 people since January, monitors say.",
        [("fatalities", 1001, None, None, "more than")],
        role="running_total",
        fatalities=0,
    ),
    "running_total_so_far": Row(
        "Some 300 soldiers have died so far this year in the Kessel campaign.",
        [("fatalities", 270, 330, 300, "about")],
        role="running_total",
    ),
    "running_total_beside_event": Row(
        "Gunmen killed 3 traders in Mell. The group has killed more than 400 civilians since 2021.",
        fatalities=3,
    ),
    # --- not counts
    "age": Row("A 34-year-old teacher was killed in Pardell.", [("fatalities", 1, 1, 1, "")]),
    "age_aged": Row("The victim, aged 52, was a trader from Honniford.", []),
    "date": Row("On 12 March 2024, the army entered Vossberg.", []),
    "calibre": Row("Rebels fired 120mm mortar rounds at the Crail garrison.", []),
    "unit_number": Row("The 45th Brigade attacked positions of the Ferran Guard near Tull.", []),
    "percentage": Row("Turnout was 64 percent in the Ambrel district vote.", []),
    "money": Row("Kidnappers demanded $50,000 for the release of the Elvin engineer.", []),
    "year_alone": Row(
        "The Ashvar Brigade was founded in 2011 in Morrow.", [], context="historical"
    ),
    # --- attribution forms
    "x_said": Row(
        "Twelve fighters were killed, the Gorvan army said.",
        [("fatalities", 12, 12, 12, "")],
        source=("Gorvan army", "military"),
    ),
    "according_to": Row(
        "According to the Tessaly Observatory for Human Rights, 17 civilians were killed.",
        [("fatalities", 17, 17, 17, "")],
        source=("Tessaly Observatory for Human Rights", "ngo"),
    ),
    "told_reporters": Row(
        "Governor Hanna Velk told reporters that 9 policemen were wounded.",
        [("injured", 9, 9, 9, "")],
        source=("Governor Hanna Velk", "official"),
    ),
    "claimed_armed_group": Row(
        "The Kemari Front claimed it killed 25 soldiers in Dosk.",
        [("fatalities", 25, 25, 25, "")],
        source=("Kemari Front", "rebel"),
        hedges=["claimed"],
    ),
    "anonymous": Row(
        "Eight guards were killed, a security official said on condition of anonymity.",
        [("fatalities", 8, 8, 8, "")],
        source=("security official", "anonymous"),
    ),
    "witness": Row(
        "Residents said at least 6 bodies lay in the street in Varnholt.",
        [("fatalities", 6, None, None, "at least")],
        source=("Residents", "witness"),
    ),
    "media": Row(
        "State television reported that 14 rebels were captured near Ombray.",
        [("arrested", 14, 14, 14, "")],
        source=("State television", "media"),
    ),
    "quote_then_speaker": Row(
        "“Our men destroyed 12 of their tanks,” said Colonel Ardin Maske.",
        [("vehicles_destroyed", 12, 12, 12, "")],
        source=("Colonel Ardin Maske", "military"),
    ),
    "pronoun_speaker": Row(
        "The attack happened at dawn, according to Petra Lumis. "
        "She estimates the raiders burned 40 homes.",
        source=("Petra Lumis", "official"),
    ),
    # --- hedges
    "reportedly": Row(
        "Vardan militants reportedly killed 5 herders near Cald.",
        [("fatalities", 5, 5, 5, "")],
        hedges=["reportedly"],
        flags=["hedged"],
    ),
    "not_verified": Row(
        "Activists said 22 people were killed, a figure that could not be independently verified.",
        [("fatalities", 22, 22, 22, "")],
        hedges=["could not be independently verified"],
    ),
    "allegedly": Row(
        "Soldiers allegedly executed 4 detainees in Brannock.",
        [("fatalities", 4, 4, 4, "")],
        hedges=["allegedly"],
    ),
    # --- contexts that are not current
    "historical": Row(
        "In 2015 the Ashvar Brigade seized Palmoor and killed 300 people.",
        context="historical",
    ),
    "historical_height": Row(
        "At the height of its power, in 2016, the group controlled half of Tessaly.",
        context="historical",
    ),
    "future": Row("The army will launch an offensive on Kessel next week.", context="future"),
    "future_plans": Row("The Sable Front plans to attack the Dorrin dam.", context="future"),
    "hypothetical": Row(
        "If the ceasefire collapses, hundreds could die in Marrowgate.",
        context="hypothetical",
    ),
    "negated": Row(
        "Officials denied that a strike hit the hospital in Vellmark.",
        context="negated",
    ),
    "negated_did_not": Row(
        "The Kemari Front did not attack the Ostin garrison, its spokesman said.",
        context="negated",
    ),
    "zero_is_current": Row(
        "No one was hurt when the rocket struck an empty field near Sallow.",
        [("injured", 0, 0, 0, "")],
        context="current",
    ),
    # --- ordinary wire copy
    "wire_car_bomb": Row(
        "A car bomb exploded outside a police station in Tarrow on Sunday, killing at least "
        "eight people and wounding 21, police said.",
        [("fatalities", 8, None, None, "at least"), ("injured", 21, 21, 21, "")],
        source=("police", "official"),
        fatalities=8,
    ),
    "wire_left_dead": Row(
        "The attack left at least 17 dead and 40 wounded in Brannock, officials said.",
        [("fatalities", 17, None, None, "at least"), ("injured", 40, 40, 40, "")],
    ),
    "wire_put_toll_at": Row(
        "Hospital officials put the death toll at 23.",
        [("fatalities", 23, 23, 23, "")],
        role="event",
        source=("Hospital officials", "official"),
    ),
    "wire_two_sources_disagree": Row(
        "An army officer said four soldiers had been killed, while a rebel commander said "
        "20 had died.",
        [("fatalities", 4, 4, 4, ""), ("fatalities", 20, 20, 20, "")],
        source=("army officer", "military"),
        fatalities=4,
        flags=["contradiction"],
    ),
    "wire_including_subset": Row(
        "Hospital sources said nine people, including a child, were killed in Orrin.",
        [("fatalities", 9, 9, 9, "")],
        source=("Hospital sources", "anonymous"),
        fatalities=9,
    ),
    "wire_a_third_succumbed": Row(
        "Two policemen died on the spot and a third succumbed to his injuries in hospital.",
        [("fatalities", 2, 2, 2, ""), ("fatalities", 1, 1, 1, "")],
        fatalities=3,
    ),
    "wire_set_fire": Row(
        "The attackers set fire to 23 homes in Kessingham and looted shops.",
        [("buildings_destroyed", 23, 23, 23, "")],
    ),
    "wire_campaign_total": Row(
        "Fighting on Monday killed 18, bringing the number of people killed in the "
        "week-long offensive to 200.",
        [("fatalities", 18, 18, 18, ""), ("fatalities", 200, 200, 200, "")],
        fatalities=18,
    ),
    "wire_responsibility_not_hedge": Row(
        "The Vardan Front claimed responsibility for the attack, which killed 14 people.",
        [("fatalities", 14, 14, 14, "")],
        fatalities=14,
    ),
    "wire_killed_or_injured": Row(
        "Three militants were killed or injured in the Dorrin air strike.",
        [("fatalities", 0, 3, None, "killed or injured")],
        fatalities=0,
    ),
    "acled_note_current": Row(
        "On 5 May 2020, Kemari Front militants killed 3 soldiers in Ardle (Brisk, Tessaly).",
        [("fatalities", 3, 3, 3, "")],
        context="current",
    ),
}


def _claims(nlp: Language, text: str) -> tuple[list[Claim], list[str]]:
    doc = nlp(text)
    claims: list[Claim] = []
    contexts: list[str] = []
    for sent in doc.sents:
        ctx = classify_context(sent, publication_date=PUB)
        contexts.append(ctx)
        if ctx == "current":
            claims.extend(extract_claims(sent, article_id="a-test"))
    return claims, contexts


def test_table_is_big_enough() -> None:
    assert len(ROWS) >= 50


@pytest.mark.parametrize("name", sorted(ROWS))
def test_row(nlp: Language, name: str) -> None:
    row = ROWS[name]
    claims, contexts = _claims(nlp, row.text)
    assert contexts[0] == row.context, contexts
    got = [(c.quantity, c.low, c.high, c.best, c.qualifier) for c in claims]
    if row.claims or not (row.fatalities is not None or row.source or row.context != "current"):
        assert got == row.claims, got
    for c in claims:
        assert row.text[c.start - 0 : c.end] == c.text
        assert c.claim_id.startswith("c-") and len(c.claim_id) >= 10
        assert c.event_id_cnty == ""
    if row.role is not None:
        assert claims[0].role == row.role
    if row.source is not None:
        src = claims[0].source
        assert src is not None
        assert (src.name, src.kind) == row.source
    for h in row.hedges:
        assert h in claims[0].hedges
    if row.fatalities is not None or row.flags:
        summary = summarize_claims(claims)
        if row.fatalities is not None:
            assert summary.fatalities == row.fatalities
        for flag in row.flags:
            assert flag in summary.flags


def test_find_source_and_hedges_on_sentences(nlp: Language) -> None:
    doc = nlp("If confirmed, it would be the deadliest raid this year, Mayor Ilse Varn said.")
    sent = next(iter(doc.sents))
    src = find_source(sent)
    assert src is not None
    assert src[0].name == "Mayor Ilse Varn"
    assert doc.text[src[1][0] : src[1][1]] == "Mayor Ilse Varn"
    assert "If confirmed" in find_hedges(sent)


def test_pronoun_speakers_are_resolved_in_linear_time(nlp) -> None:  # type: ignore[no-untyped-def]
    # each "They said" looks back for a named speaker; a pronoun met on the way is not
    # resolved again (that made twenty such sentences take minutes)
    import time

    doc = nlp(" ".join(["They said the attack on the Orvel market was bad."] * 20))
    started = time.perf_counter()
    assert find_source(list(doc.sents)[-1]) is None
    assert time.perf_counter() - started < 2.0
    doc = nlp(
        "Arlo Venn, a police spokesman, said 55 vehicles were destroyed. "
        "They said the road was closed. He estimates that 40 militants died."
    )
    found = find_source(list(doc.sents)[-1])
    assert found is not None and found[0].name == "Arlo Venn"
