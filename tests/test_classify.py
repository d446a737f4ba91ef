# ruff: noqa: E501  (the sentence tables read best one row a line)
"""The event detector and typer, on sentences set in an invented world.

Towns (Velmora, Tarsk, Orlin, Kessa, Duvran, Brenmark, Zolvary), countries (Ostravia,
Novaland) and groups (Zarkan Front, Red Hawk Brigade, Crimson Dawn, Marrow Liberation
Army) do not exist: the rows prove that the lexicon and the model code what the words
say, not the names they have seen.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from event_types import VIOLENT, B, E, P, R, S, V

from eventwire.stages.classify import (
    NO_EVENT,
    SUB_EVENT_TYPES,
    EventClassifier,
    TriggerLexicon,
    Typing,
    mask_tokens,
)

# sentence, event_type, sub_event_type
EVENTS: list[tuple[str, str, str]] = [
    ("Fighters of the Zarkan Front clashed with Ostravian army troops near Velmora on Tuesday, leaving six dead.", B, "Armed clash"),
    ("Gunmen ambushed a police patrol outside Tarsk, killing two officers in an exchange of fire.", B, "Armed clash"),
    ("Heavy fighting broke out between the Red Hawk Brigade and government forces in the hills east of Orlin.", B, "Armed clash"),
    ("Ostravian troops recaptured the town of Kessa from Zarkan Front militants after a week-long offensive.", B, "Government regains territory"),
    ("The village of Orlin was retaken by government troops after two days of fighting.", B, "Government regains territory"),
    ("Marrow Liberation Army rebels seized control of Duvran after government soldiers fled their posts.", B, "Non-state actor overtakes territory"),
    ("Insurgents of the Crimson Dawn overran an army base near Brenmark on Sunday.", B, "Non-state actor overtakes territory"),
    ("Novaland warplanes struck Zarkan Front positions near Velmora, killing at least 12 fighters.", E, "Air/drone strike"),
    ("A drone strike hit a car carrying two Red Hawk commanders on the road to Tarsk.", E, "Air/drone strike"),
    ("Rebel artillery shelled residential districts of Orlin overnight, wounding nine people.", E, "Shelling/artillery/missile attack"),
    ("Several rockets fired by the Crimson Dawn landed in the market of Kessa.", E, "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded under a military truck near Duvran, killing three soldiers.", E, "Remote explosive/landmine/IED"),
    ("Two shepherds were killed when their cart hit a landmine outside Brenmark.", E, "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint in Zolvary, killing five guards.", E, "Suicide bomb"),
    ("An attacker hurled a grenade at a police station in Velmora, injuring two officers.", E, "Grenade"),
    ("Medics in Tarsk said dozens were treated after shells filled with chlorine gas hit the district.", E, "Chemical weapon"),
    ("Unknown gunmen shot dead a village elder in his home in Orlin on Friday night.", V, "Attack"),
    ("Red Hawk militiamen executed eleven civilians in the village of Kessa.", V, "Attack"),
    ("Zarkan Front fighters abducted 14 schoolchildren from a boarding school in Duvran.", V, "Abduction/forced disappearance"),
    ("Armed men kidnapped an aid worker on the road between Brenmark and Zolvary.", V, "Abduction/forced disappearance"),
    ("Soldiers of the Ostravian army raped three women in a camp near Velmora, a rights group said.", V, "Sexual violence"),
    ("Hundreds of teachers protested peacefully in front of the ministry in Tarsk, demanding unpaid wages.", P, "Peaceful protest"),
    ("Students held a sit-in at the university of Orlin against rising fees.", P, "Peaceful protest"),
    ("Police fired tear gas to disperse demonstrators who had gathered in central Kessa.", P, "Protest with intervention"),
    ("Security forces arrested 20 protesters during a rally against the governor in Duvran.", P, "Protest with intervention"),
    ("Troops opened fire on protesters in Brenmark, killing four demonstrators.", P, "Excessive force against protesters"),
    ("Rioters threw stones at police and set tyres on fire during a protest over fuel prices in Zolvary.", R, "Violent demonstration"),
    ("Protesters stormed the town hall of Velmora and smashed windows.", R, "Violent demonstration"),
    ("An angry mob lynched a man accused of witchcraft in the village of Tarsk.", R, "Mob violence"),
    ("Villagers armed with sticks and machetes attacked a group of herders near Orlin.", R, "Mob violence"),
    ("The Ostravian government and the Zarkan Front signed a ceasefire agreement in Kessa on Monday.", S, "Agreement"),
    ("Police arrested the leader of the opposition Novaland Unity Party at his home in Duvran.", S, "Arrests"),
    ("Army engineers defused an improvised explosive device planted on a bridge near Brenmark.", S, "Disrupted weapons use"),
    ("Security forces seized a large cache of weapons and ammunition belonging to the Crimson Dawn in Zolvary.", S, "Disrupted weapons use"),
    ("Red Hawk militiamen looted shops and torched houses in the market town of Velmora.", S, "Looting/property destruction"),
    ("The Marrow Liberation Army set up a new military base on the outskirts of Tarsk.", S, "Headquarters or base established"),
    ("Zarkan Front fighters withdrew from Orlin and handed over control of the town to local elders.", S, "Non-violent transfer of territory"),
    ("More than 200 fighters of the Red Hawk Brigade defected to the government side in Kessa.", S, "Change to group/activity"),
    ("Hundreds of Ostravian troops were deployed to Duvran as reinforcements ahead of the elections.", S, "Change to group/activity"),
    ("A girl was killed by unexploded ordnance left from the war near Zolvary.", S, "Other"),
    # "suspected" naming the perpetrators, not a trial of suspects ("suspected of ... in attacks")
    ("Suspected herders killed nine farmers in attacks on settlements near Tarsk on Monday.", V, "Attack"),
    # the blaze is the fire the fighters set, not an accident
    ("Zarkan Front fighters set fire to houses in Orlin; two elderly residents died in the blaze.", S, "Looting/property destruction"),
]  # fmt: skip

# disasters, crime, diplomacy, statements and threats: no conflict event
NEGATIVES: list[str] = [
    "Floods swept through the valley of Velmora on Tuesday, killing 14 people and destroying hundreds of homes.",
    "A magnitude 6.1 earthquake struck Tarsk early on Sunday, killing three people.",
    "Two people died when a bus collided with a truck on the highway near Orlin.",
    "A fire broke out at a chemical factory in Kessa, injuring eight workers.",
    "A chlorine gas leak at a water plant in Brenmark sent 30 people to hospital.",
    "Police in Duvran arrested two men suspected of stealing cars from a dealership, in a case of theft.",
    "Robbers broke into a jewellery shop in Brenmark and escaped with gold worth 50,000 dollars.",
    "The foreign minister of Ostravia met his Novaland counterpart in Zolvary to discuss trade.",
    "Delegations of the two governments held talks in Velmora on a possible ceasefire.",
    "The president of Novaland condemned the attack on the convoy and vowed to bring the perpetrators to justice.",
    "The Zarkan Front threatened to attack the capital if the government did not release its prisoners.",
    "The United Nations envoy visited Tarsk and called for an end to the violence.",
    "Ostravia imposed new sanctions on Novaland over its missile tests.",
    "The ministry warned that militants could strike again during the holidays.",
    "Officials denied that soldiers had shelled the village of Orlin.",
    "Foreign ministers of Ostravia and Novaland signed a trade agreement in Velmora.",
    "The minister expressed condolences to the families of the soldiers killed last week.",
    "Ostravia recalled its ambassador from Novaland in protest at the border incident.",
    "Negotiators from both sides will meet in Kessa next month to discuss a truce.",
    "A spokesman for the Red Hawk Brigade denied any involvement in the bombing.",
    # firefighters are no firefight
    "A house fire killed two elderly residents in Orlin; firefighters said a candle caused the blaze.",
]  # fmt: skip


@pytest.fixture(scope="module")
def classifier() -> EventClassifier:
    return EventClassifier.load()


def _classify(nlp, text: str) -> list[Typing]:  # type: ignore[no-untyped-def]
    """Typings of ``text`` read as one incident (its sentences parsed), best first."""
    return EventClassifier.load().classify(text, sents=list(nlp(text).sents))


def _extract(text: str):  # type: ignore[no-untyped-def]
    import eventwire

    return eventwire.extract(text, publication_date="2024-03-15")


def _current_violence(text: str) -> list[str]:
    """The current violent events (force on protesters included) eventwire codes in ``text``."""
    return [
        e.sub_event_type
        for e in _extract(text).events
        if e.context == "current"
        and (e.event_type in VIOLENT or e.sub_event_type == "Excessive force against protesters")
    ]


def _detect(classifier: EventClassifier, nlp, text: str) -> list[Typing]:  # type: ignore[no-untyped-def]
    return [t for sent in nlp(text).sents for t in classifier.detect_events(sent)]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), EVENTS)
def test_detect_events_types_invented_sentences(  # type: ignore[no-untyped-def]
    classifier: EventClassifier, nlp, text: str, event_type: str, sub_event_type: str
) -> None:
    found = _detect(classifier, nlp, text)
    assert found, "no event found"
    assert (found[0].event_type, found[0].sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), EVENTS)
def test_classify_types_invented_sentences(  # type: ignore[no-untyped-def]
    classifier: EventClassifier, nlp, text: str, event_type: str, sub_event_type: str
) -> None:
    doc = nlp(text)
    ranked = classifier.classify(doc.text, sents=list(doc.sents))
    assert ranked and ranked[0].sub_event_type == sub_event_type
    assert ranked[0].event_type == event_type
    # the text alone (no parse) gives the same answer
    plain = classifier.classify(text)
    assert plain and plain[0].sub_event_type == sub_event_type


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_event_for_disaster_crime_and_talk(  # type: ignore[no-untyped-def]
    classifier: EventClassifier, nlp, text: str
) -> None:
    assert _detect(classifier, nlp, text) == []
    doc = nlp(text)
    assert classifier.classify(doc.text, sents=list(doc.sents)) == []


def test_typing_fields_and_trigger_offsets(classifier: EventClassifier, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peace returned to the hills.\n\nOn Monday a roadside bomb exploded near Kessa."
    doc = nlp(text)
    sents = list(doc.sents)
    found = [t for s in sents for t in classifier.detect_events(s)]
    assert len(found) == 1
    typing = found[0]
    assert typing.sub_event_type == "Remote explosive/landmine/IED"
    assert SUB_EVENT_TYPES[typing.sub_event_type] == typing.event_type
    assert 0.0 < typing.score <= 1.0
    assert typing.trigger is not None
    start, end = typing.trigger
    assert doc.text[start:end].lower() == "roadside bomb"
    ranked = classifier.classify(doc.text, sents=sents[1:])
    assert ranked[0].trigger is not None
    assert doc.text[ranked[0].trigger[0] : ranked[0].trigger[1]].lower() == "roadside bomb"
    assert [t.score for t in ranked] == sorted((t.score for t in ranked), reverse=True)


def test_two_incidents_in_one_sentence(classifier: EventClassifier, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Warplanes bombed Velmora on Monday while rebels clashed with troops in Tarsk.")
    subs = {t.sub_event_type for s in doc.sents for t in classifier.detect_events(s)}
    assert subs == {"Air/drone strike", "Armed clash"}
    # one incident told with several triggers stays one event
    doc = nlp("Gunmen attacked the village of Kessa, killing three farmers and wounding two.")
    assert len([t for s in doc.sents for t in classifier.detect_events(s)]) == 1


def test_every_sub_event_type_is_reachable(classifier: EventClassifier) -> None:
    labels = {rule.label for rule in classifier.lexicon.rules}
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    assert set(SUB_EVENT_TYPES) <= labels | territory
    assert set(classifier.model.classes) == set(SUB_EVENT_TYPES) | {NO_EVENT}
    assert len(SUB_EVENT_TYPES) == 25
    assert len(set(SUB_EVENT_TYPES.values())) == 6


def test_rule_prefilter_skips_nothing_it_should_match(classifier: EventClassifier) -> None:
    full = TriggerLexicon(
        [dataclasses.replace(r, prefixes=None, needs=None) for r in classifier.lexicon.rules]
    )
    sentences = (
        [text for text, _, _ in EVENTS]
        + NEGATIVES
        + [
            "Air-strikes and a VBIED hit the base; an S-VBIED was stopped at the gate.",
            "İstanbul: the mob lynched a thief.",
        ]
    )
    # without lower-case patterns, has_trigger scans with the one combined regex
    combined = TriggerLexicon([dataclasses.replace(r, lower_pattern=None) for r in full.rules])
    for text in sentences:
        assert classifier.lexicon.find(text) == full.find(text)
        assert classifier.lexicon.has_trigger(text) == combined.has_trigger(text)


def test_rule_needs_a_word_every_match_has() -> None:
    lexicon = TriggerLexicon.parse(
        "Shelling/artillery/missile attack\tstrong\t(?:heavy |fierce )?shell(?:ing|ed)\\b\n"
        "Armed clash\tstrong\t(?:fierce|heavy) (?:clashes|gunfight)\n"
        "Armed clash\tweak\tfight\\w*"
    )
    shelling, clash, fight = lexicon.rules
    assert shelling.needs == frozenset({"shell"})
    assert clash.needs == frozenset({"clashes", "gunfight"})  # longer than fierce|heavy
    assert fight.needs == frozenset({"fight"})
    # "fierce" starts a shelling match, but no "shell" follows: the rule is not tried
    assert lexicon.find("Fierce winds hit the coast of Marnavo.") == []
    hits = lexicon.find("Fierce shelling hit Marnavo overnight.")
    assert [(h.label, h.start, h.end) for h in hits] == [
        ("Shelling/artillery/missile attack", 0, 15)
    ]
    hits = lexicon.find("A fierce gunfight broke out in Dolsk.")
    assert [(h.label, h.start, h.end) for h in hits] == [("Armed clash", 2, 17)]
    # a needed word inside another word lets the rule run: its regex decides
    assert lexicon.find("Firefighters reached Dolsk.") == []


def test_masking_hides_names_and_numbers() -> None:
    known = frozenset({"the", "army", "fighters", "of", "killed", "in"})
    toks = mask_tokens("Fighters of the Zarkan Front killed 12 in Velmora.", known)
    assert toks == ["fighters", "of", "the", "<ent>", "killed", "<num>", "in", "<ent>"]


def test_lexicon_rejects_bad_lines() -> None:
    from eventwire.stages.classify import ClassifierDataError

    with pytest.raises(ClassifierDataError, match="unknown label"):
        TriggerLexicon.parse("Shootings\tstrong\tshoot")
    with pytest.raises(ClassifierDataError, match="unknown kind"):
        TriggerLexicon.parse("Armed clash\tmaybe\tclash")
    with pytest.raises(ClassifierDataError, match="lower case"):
        TriggerLexicon.parse("Armed clash\tstrong\tClash")
    assert re.search(
        "clash", TriggerLexicon.parse("Armed clash\tstrong\tclash").rules[0].pattern.pattern
    )


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Karvessa car bombs kill 60; militants storm Orvel university",
            "Explosions/Remote violence",
        ),
        ("17 dead in Veridia violence as elections loom", "Battles"),
    ],
)
def test_headline_register(nlp, headline: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    typings = EventClassifier.load().detect_events(next(iter(nlp(headline).sents)))
    assert typings and typings[0].event_type == expected


def test_a_storm_is_weather_but_storming_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    clf = EventClassifier.load()
    assert (
        clf.detect_events(next(iter(nlp("A severe storm killed five people in Orvel.").sents)))
        == []
    )
    assert clf.detect_events(next(iter(nlp("Militants storm a police post in Orvel.").sents)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Veridian army fired mortars, grenade launchers and small arms at the positions of the Crimson Front near Orvel.",
            "Battles",
        ),
        ("Monitors observed a total of 40 shots involving small arms near Karvessa.", "Battles"),
        (
            "A shell fired by rebel forces fell in the village of Tarvo.",
            "Explosions/Remote violence",
        ),
        (
            "Militiamen confiscated houses and farms belonging to displaced families in Merovel.",
            "Strategic developments",
        ),
    ],
)
def test_front_line_and_monitor_phrasing(nlp, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == expected


def test_shell_company_is_not_shelling(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "The shell company reported higher profits in Orvel."
    assert EventClassifier.load().detect_events(next(iter(nlp(sentence).sents))) == []


def test_a_cancelled_strike_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "The teachers' union cancelled Tuesday's strike in Orvel after talks with the mayor."
    assert EventClassifier.load().detect_events(next(iter(nlp(sentence).sents))) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that ends in "in" before "protested" is not the idiom "in protest"
        (
            "Nurses at the Korvalin hospital protested in Tarsk over unpaid wages.",
            "Peaceful protest",
        ),
        ("Students came out in rejection of the new governor in Velmora.", "Peaceful protest"),
        # the protest and the police action in different sentences of one report
        (
            "Dozens of traders protested outside the town hall in Orlin against new market fees. "
            "Eleven of them were detained by police.",
            "Protest with intervention",
        ),
        ("The Ostravian air force targeted rebel positions near Kessa.", "Air/drone strike"),
        (
            "The bodies of three farmers with gunshot wounds were found on the road to Duvran.",
            "Violence against civilians",
        ),
        ("Unidentified gunmen shot and killed a shepherd near Zolvary.", "Attack"),
        (
            "Unidentified gunmen shot and killed two soldiers at a checkpoint near Zolvary.",
            "Armed clash",
        ),
    ],
)
def test_more_general_phrasings(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    typings = EventClassifier.load().classify(text, sents=list(nlp(text).sents))
    assert typings
    assert expected in (typings[0].sub_event_type, typings[0].event_type)


def test_requires_words_may_be_in_another_sentence_of_the_report() -> None:
    lexicon = TriggerLexicon.load()
    text = "Hundreds protested in Brenmark. Police detained eleven of them."
    labels = {h.label for h in lexicon.find_in_text(text)}
    assert "Protest with intervention" in labels
    alone = {h.label for h in lexicon.find("Police detained eleven of them.")}
    assert "Protest with intervention" not in alone


def test_a_rules_required_words_may_be_in_another_paragraph() -> None:
    from eventwire.pipeline import extract

    text = (
        "Thousands of protesters gathered in the square of Orvel on Monday.\n\n"
        "Police opened fire on the crowd, killing two."
    )
    events = extract(text, publication_date="2024-05-08").events
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A police officer fatally shot a motorcyclist in Orvel who refused to pay him a bribe.",
        "Policemen beat a trader to death in Orvel after accusing him of theft.",
    ],
)
def test_police_violence_in_a_crime_story_is_an_event(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == "Violence against civilians"


def test_robbers_shooting_is_still_a_crime_story(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "Robbers shot dead a shopkeeper in Orvel and escaped with the day's takings."
    assert _classify(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Fierce fighting erupted on Sunday between the Ravel Brigades and army units near Orvel.",
        "Gunfire broke out between customs officers and armed traffickers at the Orvel crossing.",
        "A drone attack on a fuel depot in Orvel sparked a blaze that burned for hours.",
    ],
)
def test_fighting_that_erupts_is_an_event(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type in ("Battles", "Explosions/Remote violence")


@pytest.mark.parametrize(
    "sentence",
    [
        "Marines fired mortars at floating targets during a joint naval exercise off Orvel.",
        "Rocket launchers and armoured vehicles rolled past the stands in a military parade in Orvel.",
        "The defence ministry signed a deal to purchase 30 combat drones and guided missiles.",
        "Ostravia test-fired two cruise missiles from a submarine, state media said.",
        "Rival parties waged a fierce battle for seats in the Orvel city council.",
        "A cyber attack on Orvel's port authority servers halted shipping for a day.",
        "Shops in Orvel closed early ahead of a feared militant offensive on the town.",
        "Mourners gathered for the funeral of the three guards killed at the checkpoint.",
        "The novel opens with a massacre in a mountain village and follows the only survivor.",
    ],
)
def test_weapons_shown_and_violence_told_are_no_violent_event(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not any(t.event_type in VIOLENT for t in typings)


def test_troops_moved_for_a_drill_are_still_a_strategic_development(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "Ostravia deployed 3,000 extra troops to the Orvel border region for large-scale military drills."
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == "Strategic developments"


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed men seized two village elders in Orvel and drove them to an unknown location.",
        "Gunmen stopped a minibus outside Orvel and took the driver to an unknown destination.",
    ],
)
def test_people_seized_and_taken_away_are_abducted(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].sub_event_type == "Abduction/forced disappearance"


def test_arrests_at_a_dispersed_march_are_the_protests(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "Twenty students were arrested when riot police broke up their march in Orvel."
    typings = _classify(nlp, sentence)
    assert typings and typings[0].sub_event_type == "Protest with intervention"


def test_a_crowd_storming_a_building_is_a_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "An angry crowd stormed the Orvel town hall and ransacked the mayor's office."
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == "Riots"


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer in Orvel said a pack of wolves had killed a dozen of his goats overnight.",
        "Hunters shot 40 wild boar in the forests around Orvel during the season.",
        "Health officials said a measles outbreak has killed 12 children in Orvel this month.",
        "The midfielder fired a stunning hat-trick as Orvel United crushed their rivals.",
        "The opposition leader launched a scathing attack on the finance minister in parliament.",
        "The startup has been bombarded with offers from investors since its launch in Orvel.",
        "The movement gave the council a week to resign or face a wave of strikes.",
        "In the forthcoming thriller, a sniper picks off soldiers one by one in a ruined city.",
    ],
)
def test_animals_disease_and_figures_of_speech_are_no_event(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not any(t.event_type in VIOLENT for t in typings)


def test_a_group_named_after_animals_still_kills(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = (
        "Fighters of the Grey Wolves killed two police officers at a checkpoint outside Orvel."
    )
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type in ("Battles", "Violence against civilians")


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        (
            "A man wearing a suicide vest blew open the gate of the Orvel police station.",
            "Suicide bomb",
        ),
        ("A bus driver was gunned down by unknown assailants on the road to Orvel.", None),
        ("Hundreds of supporters rampaged through Orvel, smashing cars and shop windows.", None),
    ],
)
def test_more_ways_to_tell_violence(nlp, sentence: str, sub_event_type: str | None) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings
    if sub_event_type is not None:
        assert typings[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("An army patrol came under heavy fire from insurgents on the Orvel road.", "Battles"),
        ("Two rival militias traded shots for an hour in the market of Orvel.", "Battles"),
        ("A loitering munition struck a radar site outside Orvel.", "Explosions/Remote violence"),
        (
            "Rockets slammed into the Orvel fuel terminal, sparking a fire that raged all night.",
            "Explosions/Remote violence",
        ),
        (
            "Saboteurs blew up a stretch of the Orvel pipeline with explosives overnight.",
            "Explosions/Remote violence",
        ),
        (
            "Plain-clothes agents whisked the journalist away from her home in Orvel.",
            "Violence against civilians",
        ),
        ("Villagers set upon a suspected cattle thief in Orvel and burned him alive.", "Riots"),
    ],
)
def test_less_common_wording_of_violence(nlp, sentence: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == event_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The finance minister came under fire from lawmakers over the budget deficit.",
        "Traders called the sell-off on the Orvel exchange a bloodbath.",
        "Hospitals in Orvel are fighting a losing battle against the flu season.",
        "A winter storm bombarded the Orvel coast with snow and hail.",
        "The new pepper sauce explodes on the tongue, the chef promised.",
        "Critics called the housing shortage a time bomb for the capital.",
        "The Orvel Rovers shot down their rivals 3-1 in the derby.",
        "Police staged a simulated bomb attack at the Orvel metro station to test their response.",
        "Hundreds watched a re-enactment of the siege of Orvel, fought with blank cartridges.",
        "The council approved an arms package of drones and artillery shells for the border guard.",
        "Leaked plans say air strikes would precede any ground offensive on Orvel.",
        "The explosion was caused by a leaking gas pipe, firefighters said.",
        "Wolves attacked a flock of sheep on a farm near Orvel.",
        "Hundreds held a candlelight vigil for the miners shot dead during the 2012 strike.",
    ],
)
def test_more_figures_of_speech_and_non_events(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not typings or typings[0].event_type not in VIOLENT


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        (
            "A trade unionist was seized by men in plain clothes in Orvel and has not been seen since.",
            "Abduction/forced disappearance",
        ),
        (
            "Army units pushed the insurgents out of Orvel after a week of fighting.",
            "Government regains territory",
        ),
        (
            "A crowd dragged a suspected thief from the Orvel bus station and beat him.",
            "Mob violence",
        ),
        (
            "Mourners buried 14 victims of Friday's suicide bombing at the Orvel market.",
            "Suicide bomb",
        ),
    ],
)
def test_abductions_recaptures_mobs_and_burials(nlp, sentence: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in Orvel's banks were hammered after the central bank raised rates.",
        "Gamers can storm enemy bases with tanks in the new strategy game Iron Dawn.",
        "A ruptured gas main caused a loud blast in central Orvel, but no one was hurt.",
        "This year's defence budget includes funds for new drones and artillery.",
        "Refugees fleeing fighting in the north have crowded into camps near Orvel.",
    ],
)
def test_markets_games_pipes_budgets_and_refugees(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not typings or typings[0].event_type not in VIOLENT


def test_a_claimed_attack_is_still_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = (
        "The Ravel Front claimed responsibility for a car bomb that killed six soldiers in Orvel."
    )
    typings = _classify(nlp, sentence)
    assert typings and typings[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "sentence",
    [
        "The young comedian killed it on the opening night of the Orvel festival.",
        "Orvel City fought back from two goals down to win the cup final.",
        "Analysts say the rebels could try to seize Orvel before the rains.",
        "Tanks fired live rounds at targets on the Orvel training range during the annual drills.",
        "The two governments agreed on joint production of artillery shells and drones.",
        "A chemical storage tank ruptured after an electrical fault, sending a loud blast across Orvel.",
    ],
)
def test_idioms_plans_ranges_factories_and_faults(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not typings or typings[0].event_type not in VIOLENT


def test_fire_on_a_march_is_excessive_force(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "Soldiers opened fire on a peaceful march in Orvel, wounding a dozen people."
    typings = _classify(nlp, sentence)
    assert typings and typings[0].sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        "The Orvel garrison held its annual exercises on Monday. Tanks fired at targets across the plain.",
        "A new novel by Dara Quell is set in a frontier town. In one chapter, bandits raid a farm and kill its owner.",
        "A cholera outbreak has spread through three districts of Orvel. Officials said 41 people had died by Sunday.",
    ],
)
def test_what_a_short_story_is_about_holds_for_all_its_sentences(text: str) -> None:
    import eventwire

    article = eventwire.extract(text, publication_date="2024-03-15")
    assert not [e for e in article.events if e.context == "current" and e.event_type in VIOLENT]


def test_an_attack_the_police_call_deliberate_stays_an_attack() -> None:
    import eventwire

    text = "A car bomb killed five people in Orvel on Monday. Police ruled out an accident."
    article = eventwire.extract(text, publication_date="2024-03-15")
    assert any(e.event_type == "Explosions/Remote violence" for e in article.events)


@pytest.mark.parametrize(
    "text",
    [
        "The Orvel Front took the river port of Danzik on Monday after army units pulled back"
        " under mortar fire.",
        "Soldiers retook the hill town of Danzik on Monday. The Orvel Front withdrew after two days"
        " of fierce fighting, the army said.",
    ],
)
def test_a_withdrawal_under_fire_is_no_peaceful_transfer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, text)
    assert typings and typings[0].event_type == "Battles"


def test_who_tells_the_story_is_not_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Army units fought Orvel Front rebels near Danzik through the night, villagers said."
    typings = _classify(nlp, text)
    assert typings and typings[0].sub_event_type == "Armed clash"


def test_an_old_attack_told_beside_this_weeks_news_is_background() -> None:
    import eventwire

    text = (
        "Families gathered in Danzik on Sunday to remember the victims of the market bombing."
        " On 4 June 2017, a car bomb killed 31 shoppers there."
    )
    article = eventwire.extract(text, publication_date="2024-03-15")
    bombing = [e for e in article.events if e.event_type == "Explosions/Remote violence"]
    assert bombing and all(e.context == "historical" for e in bombing)
    # a late report of one dated attack is still that attack
    late = eventwire.extract(
        "On 4 June 2017, a car bomb killed 31 shoppers in Danzik.", publication_date="2024-03-15"
    )
    assert any(e.context == "current" for e in late.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior minister attacked the opposition's record during a heated debate.",
        "Senators fought bitterly over the wording of the new budget.",
        "The bank's chief executive was fired on Friday after the losses came to light.",
        "Her second film bombed at the box office despite glowing reviews.",
        "Shares in the Orvel Shipping Company exploded by 60 percent after the merger.",
        "Orvel United stormed to victory and bombarded the visitors' goal in the second half.",
        "Two airlines have fought a fierce battle for passengers on the Orvel route.",
        "Relatives of the hostages pleaded with the kidnappers to release them before winter.",
        "The army moved tanks and rocket launchers to the Orvel frontier, satellite images showed.",
        "Parliament approved a package that will send artillery shells to Orvel.",
    ],
)
def test_words_of_war_about_politics_business_sport_and_logistics(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not typings or typings[0].event_type not in VIOLENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers cleared 800 landmines from farmland near Orvel last month.",
        "Deminers lifted 3,000 mines from the fields around Orvel this winter.",
    ],
)
def test_clearing_old_mines_is_no_explosion(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert not typings or typings[0].event_type not in VIOLENT


def test_an_attack_after_moving_artillery_is_still_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(
        nlp, "Troops moved artillery up to Orvel and shelled rebel trenches, killing four."
    )
    assert typings and typings[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Orvel was flattened by shelling during the border war of the 1980s.", "historical"),
        # a year after "since" is a yardstick, not the event's date
        (
            "Orvel and Danzik troops traded artillery fire on Tuesday, the worst clash since a 2019"
            " truce.",
            "current",
        ),
    ],
)
def test_decades_and_since_years(text: str, context: str) -> None:
    import eventwire

    events = eventwire.extract(text, publication_date="2024-03-15").events
    assert events and events[0].context == context


def test_an_undated_sentence_about_an_old_attack_is_part_of_it() -> None:
    import eventwire

    text = (
        "A documentary revisits the 2003 truck bombing of the Orvel police academy."
        " The attack killed 40 cadets."
    )
    events = eventwire.extract(text, publication_date="2024-03-15").events
    assert events and all(e.context == "historical" for e in events)


def test_a_date_in_march_is_no_march(nlp) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, "Police arrested four smugglers in Orvel on 12 March.")
    assert not typings or typings[0].event_type != "Protests"


def test_killings_are_the_event_where_people_then_fled(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen raided the Orvel camp on 2 March and shot dead four displaced men."
        " Aid agencies say 3,000 people have since fled the camp."
    )
    typings = _classify(nlp, text)
    assert typings and typings[0].sub_event_type == "Attack"
    # a mortar fire that also destroyed pens of livestock is still a shelling
    article = _extract(
        "Villages near Orvel came under mortar fire on 3 March. One farmer was killed and"
        " several livestock pens were destroyed."
    )
    assert any(e.event_type == "Explosions/Remote violence" for e in article.events)


def test_an_old_mine_that_kills_stays_acleds_other(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A boy was killed near Orvel when he stepped on a landmine laid during the 1990s war."
    typings = _classify(nlp, text)
    assert not typings or typings[0].sub_event_type != "Attack"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Orvel market hit by car bomb attack", "Explosions/Remote violence"),
        ("Orvel attacks kill 12 as soldiers vote early", "Battles"),
        (
            "Villagers went on the rampage in Orvel after an elephant killed a boy, torching the"
            " ranger post.",
            "Riots",
        ),
    ],
)
def test_markets_votes_and_crowds_still_count(text: str, event_type: str) -> None:
    assert any(e.event_type == event_type for e in _extract(text).events)


def test_a_disaster_story_keeps_an_attack_by_gunmen() -> None:
    text = (
        "Floods cut the Orvel road on Monday. Gunmen later attacked a relief convoy, killing two."
    )
    assert any(e.context == "current" and e.event_type in VIOLENT for e in _extract(text).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Army helicopter gunships fired rockets at Orvel Front positions on Sunday, killing six.",
        "A drone launched two missiles at a car near Orvel, killing its driver.",
    ],
)
def test_rockets_fired_from_the_air_are_an_air_strike(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, sentence)
    assert typings and typings[0].sub_event_type == "Air/drone strike"


def test_rockets_fired_from_the_ground_stay_a_shelling(nlp) -> None:  # type: ignore[no-untyped-def]
    typings = _classify(nlp, "Rebels fired rockets at Orvel on Tuesday, killing three.")
    assert typings and typings[0].sub_event_type == "Shelling/artillery/missile attack"


#: Short stories that tell of arms, death or force and report no current violent event.
NO_CURRENT_VIOLENCE = [
    # an accident named as such in any sentence of a short story
    "A blast ripped through a restaurant in Orvel on Friday, killing four diners. Firefighters"
    " said a faulty gas cylinder caused it and ruled out foul play.",
    "Two warehouses exploded on the edge of Orvel overnight. Police said there was no sign of"
    " sabotage: the fertiliser inside had been improperly stored.",
    # ceremonies with arms: a parade and a salute are no shelling and no force
    "Armoured vehicles, missile launchers and marching bands paraded along Orvel's main avenue.",
    "Veterans laid wreaths in Orvel on Sunday. A 19-gun salute was fired over the graves.",
    # aircraft that land or spray, old ordnance, hoaxes, suspects, road deaths
    "An army transport helicopter made an emergency landing near Orvel on Sunday because of"
    " fog. Nobody on board was hurt.",
    "Crop-dusting aircraft were sent to Orvel to fight a plague of grasshoppers.",
    "Farmers near Orvel found two unexploded rockets in a field, and army engineers removed"
    " them on Monday.",
    "Shoppers left the Orvel mall after a bomb threat, but the alarm turned out to be a hoax.",
    "Police in Orvel detained three men suspected of involvement in the 2021 bombing of a"
    " bus depot.",
    "An army truck ran over and killed a cyclist in Orvel on Friday, police said.",
    # denied rumours, weapons tests, celebrations, crashes, animals, pay rows, releases
    "Posts claimed that gunmen had attacked Orvel, but police said no attack had taken place.",
    "The ministry dismissed as false rumours reports that a bomb had exploded at the port.",
    "The navy said it had successfully tested a new cruise missile off Orvel. The missile hit"
    " its target 300 km away.",
    "Troops fired into the air in Orvel to celebrate the end of the football final.",
    "The air force held a parade over Orvel on Sunday to celebrate Victory Day, flying jets and"
    " showing tanks and rocket launchers.",
    "A cargo plane came down near Orvel on Monday. All six crew were killed. Officials blamed"
    " engine failure.",
    "A rogue elephant went on the rampage near Orvel, trampling crops and killing a farmer.",
    "Shares in Orvel Steel fell after a bitter battle over the chairman's pay.",
    "The Orvel Front released nine hostages on Friday after talks with elders.",
    # figurative warning shots and onslaughts, outbreaks, arms orders, anniversaries
    "Orvel's central bank fired a warning shot over rising prices.",
    "Orvel City survived a late onslaught to reach the cup final.",
    "Nurses are battling a measles outbreak across Orvel.",
    "A goods train left the rails near Orvel, killing two workers. Inspectors blamed a faulty"
    " track.",
    "The defence ministry ordered 12 new attack helicopters for the Orvel air wing.",
    "Mourners gathered in Orvel to mark 30 years since soldiers killed 200 villagers there.",
    "A rebel leader was extradited to Orvel to face charges over massacres in the 2012 war.",
    "Two engineers held by the Orvel Front since 2021 were freed on Monday.",
    # rebuilt places, verdicts, aid flights, arms fairs, storms, forecasts
    "The Orvel library, which was destroyed by shelling during the war, reopened on Monday.",
    "Twelve years after militiamen burned it down, the Orvel mosque has been rebuilt.",
    "A court sentenced two men to life in prison on Monday for the 2015 bombing of the Orvel"
    " bus station.",
    "Soldiers are delivering blankets by helicopter to villages cut off by snow near Orvel.",
    "An arms maker unveiled a new armed drone at the Orvel defence fair.",
    "A typhoon struck Orvel on Sunday. Eleven people were killed and thousands lost their homes.",
    "An analyst said the rebels could launch a missile attack on Orvel within weeks.",
]


@pytest.mark.parametrize("text", NO_CURRENT_VIOLENCE)
def test_look_alikes_are_no_current_violence(text: str) -> None:
    assert not _current_violence(text)


def test_a_series_of_raids_is_no_tv_series(nlp) -> None:  # type: ignore[no-untyped-def]
    import eventwire

    text = "Gunmen abducted 40 people, including women and children, in a series of raids."
    events = eventwire.extract(text, publication_date="2024-03-15").events
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    text = "In the new series, rebels attack a village and take its children."
    assert eventwire.extract(text, publication_date="2024-03-15").events == []


def test_a_headline_torching_is_property_destruction(nlp) -> None:  # type: ignore[no-untyped-def]
    import eventwire

    events = eventwire.extract(
        "Separatist fighters torch school in Kumba", publication_date="2024-03-15"
    ).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
    assert (
        eventwire.extract(
            "Fans carry the Olympic torch through Paris", publication_date="2024-03-15"
        ).events
        == []
    )


#: Everyday English for protests, riots, property destruction and missile fire (sentence,
#: event type, sub-event type): crowds in protests, burning, blocking roads named by a code,
#: demanding and dispersed; herds killed by gunmen; a killing told beside a flood; ATGMs.
GENERAL_ENGLISH_EVENTS: list[tuple[str, str, str]] = [
    ("Dozens of activists took part in protests in Velmora on Sunday.", P, "Peaceful protest"),
    ("Hundreds of farmers joined in protests in Tarsk against the new land tax.", P, "Peaceful protest"),
    ("Angry riders burnt one vehicle in Kessa on Monday.", R, "Violent demonstration"),
    ("Police arrested youths who were burning debris in the streets of Duvran.", R, "Violent demonstration"),
    ("Villagers blockaded the Orlin road for six hours on Tuesday.", P, "Peaceful protest"),
    ("Truck drivers blocked the RN 7 near Kessa on Wednesday.", P, "Peaceful protest"),
    ("Police dispersed around 200 people in Velmora on Monday.", P, "Protest with intervention"),
    ("Dozens of contract employees demanded permanent contracts at the Orlin water company.", P, "Peaceful protest"),
    ("About 300 nurses demanded unpaid bonuses in Kessa on Monday.", P, "Peaceful protest"),
    ("Unknown persons smashed the glass front of a bank in Duvran.", S, "Looting/property destruction"),
    ("Youths smashed windows of shops in Brenmark overnight.", S, "Looting/property destruction"),
    ("Unidentified gunmen killed 40 cows in the village of Zolvary.", S, "Looting/property destruction"),
    ("The air force killed 14 militants after they were driven out by flooding near Velmora.", E, "Air/drone strike"),
    ("Army units targeted two excavators using ATGMs near Tarsk, destroying both.", E, "Shelling/artillery/missile attack"),
    ("Rebels hit an army truck with an ATGM near Orlin on Friday.", E, "Shelling/artillery/missile attack"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), GENERAL_ENGLISH_EVENTS)
def test_general_english_forms_of_events(text: str, event_type: str, sub_event_type: str) -> None:
    events = _extract(text).events
    assert events, text
    assert (events[0].event_type, events[0].sub_event_type) == (event_type, sub_event_type)


def test_people_injured_in_protests_are_a_protest_event() -> None:
    events = _extract("Three people were injured in protests in Orlin on Friday.").events
    assert events and events[0].event_type in (P, R)


#: Look-alikes of the forms above that report no event: a gesture "in protest at", a
#: minister's demand, a petition, a house fire, a flood's toll, a wolf, a storm, arms sent.
GENERAL_ENGLISH_NON_EVENTS = [
    "The minister resigned in protest at the decision to close the Velmora port.",
    "The Ostravian delegation walked out of the talks in protest at the remarks.",
    "The minister demanded an apology from the Novaland ambassador.",
    "Hundreds of residents signed a petition demanding a new school in Tarsk.",
    "A house fire burned a car and a shed in Orlin on Monday.",
    "Farmers burned crop residue in the fields near Kessa.",
    "Floods killed 14 people in the Duvran valley on Tuesday.",
    "Police said floods killed 14 people in the Duvran valley.",
    "A wolf killed 12 sheep in the village of Brenmark.",
    "The storm smashed windows of shops in Zolvary.",
    "The Ostravian government sent 200 ATGMs to its army units in the north.",
]


@pytest.mark.parametrize("text", GENERAL_ENGLISH_NON_EVENTS)
def test_look_alikes_of_general_english_forms_are_no_event(text: str) -> None:
    assert _extract(text).events == [], text


def test_an_arrest_for_past_protests_is_no_protest() -> None:
    text = "Security agents arrested a teacher in Velmora over his participation in protests."
    assert [e.sub_event_type for e in _extract(text).events] == ["Arrests"]


#: Events in wording an invented-world probe (set o) missed (sentence, event type, sub-type):
#: a forced disappearance, travellers led away or held for ransom, aircraft that bomb a camp
#: and an air force that "conducted raids", a base overrun while troops pulled back, insurgent
#: rule ended, a firefight the raiders were drawn into, and the villagers of a place who
#: attack their neighbours.
PROBE_O_EVENTS: list[tuple[str, str, str]] = [
    ("Plain-clothes agents seized two journalists at a cafe in Lenvik on Tuesday, and the authorities have refused to disclose where they are being held.", V, "Abduction/forced disappearance"),
    ("An opposition activist in Moratz has been held incommunicado since intelligence officers picked him up on Sunday.", V, "Abduction/forced disappearance"),
    ("Gunmen halted a minibus outside Elbrin on Monday and led away six passengers.", V, "Abduction/forced disappearance"),
    ("Bandits broke into a farmhouse near Castrel on Friday night and are holding the owner's two sons for ransom.", V, "Abduction/forced disappearance"),
    ("Warplanes bombed a militia training camp in the hills above Moratz on Thursday, killing nine.", E, "Air/drone strike"),
    ("The Ostrelian air force said it had conducted 'targeted raids' against ammunition depots of the Grey Lantern Brigade near Lenvik.", E, "Air/drone strike"),
    ("Fighters of the Grey Lantern Brigade overran a gendarmerie barracks outside Castrel. The gendarmes pulled back to the coast.", B, "Non-state actor overtakes territory"),
    ("Government troops returned to Elbrin on Friday, ending a year of militant rule over the town.", B, "Government regains territory"),
    ("A gunman fired at a guard in Sarnoch on Monday. Separately, insurgents raided a border post near Lenvik and engaged the guards in a firefight that lasted an hour.", B, "Armed clash"),
    ("Villagers of the upper Moratz valley attacked and torched the huts of migrant herders on Sunday after a quarrel at a well. Five people were hurt.", R, "Mob violence"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), PROBE_O_EVENTS)
def test_disappearances_air_raids_and_places_taken_by_force(
    text: str, event_type: str, sub_event_type: str
) -> None:
    current = [e for e in _extract(text).events if e.context == "current"]
    assert any((e.event_type, e.sub_event_type) == (event_type, sub_event_type) for e in current), [
        (e.event_type, e.sub_event_type) for e in current
    ]


#: Look-alikes of the probe's kinds: a TV season and a thriller, an arrest without a shot, a
#: mock hostage-taking, an "explosive" mood, a murder charge in a family quarrel, freed
#: captives, a mine collapse, a modelled strike, a batch of rockets, a lorry overturned, and a
#: speech that refers to an earlier bombing.
PROBE_O_LOOK_ALIKES = [
    "The second season of the crime series 'Harbour Lights', out next week, is centred on the kidnapping of a judge's daughter.",
    "Ilse Marren's bestselling thriller describes a sarin attack on the metro of a fictional capital.",
    "Gendarmes detained a suspected arms dealer in Elbrin without a single shot being fired.",
    "Firefighters and paramedics staged a mock hostage-taking at Lenvik airport on Thursday to test their emergency procedures. Cadets played the wounded. The exercise ended at noon.",
    "Talks on the Castrel budget have turned into trench warfare, and deputies say the mood in the chamber is 'explosive'.",
    "A man in Moratz stabbed his brother-in-law to death after a quarrel over money, police said. He has been charged with murder.",
    "The Grey Lantern Brigade freed four aid workers on Tuesday. The released workers, abducted near Sarnoch in January, were flown to the capital.",
    "Seven miners died when a gallery collapsed at a tin mine near Elbrin on Monday.",
    "A think tank study modelled what a drone attack on the Castrel dam would do to power supplies in the north.",
    "The second batch of rockets for the army's launchers arrived at Lenvik harbour on Tuesday.",
    "A military lorry carrying twenty soldiers overturned near Sarnoch on Friday. Six soldiers were killed. Police said the driver lost control on a wet road.",
    # a speech that refers to an earlier attack
    "'We will not be intimidated,' the governor of Lenvik said on Friday, referring to the bombing of the Sarnoch courthouse last month.",
]  # fmt: skip


@pytest.mark.parametrize("text", PROBE_O_LOOK_ALIKES)
def test_probe_o_look_alikes_are_no_current_violence(text: str) -> None:
    assert not _current_violence(text)


#: The real events beside those look-alikes stay events: an arrest after a shootout, a
#: kidnapping with a partial release the same day, a driver shot before the crash, and a
#: town taken after a peaceful withdrawal stays a non-violent transfer; an attack the speaker
#: refers to in the same sentence is still told as news.
PROBE_O_KEPT: list[tuple[str, str]] = [
    ("Police arrested two gunmen in Castrel after a shootout that left one officer dead.", B),
    ("Gunmen kidnapped eleven passengers from a bus near Elbrin on Monday and released two elderly women hours later.", V),
    ("A roadside bomb hit a bus near the Elbrin copper mine on Friday, killing four miners.", E),
    ("An army truck overturned near Sarnoch after gunmen shot the driver, who lost control; four soldiers were killed.", B),
    ("Gunmen attacked a police post in Lenvik on Friday, the governor said, referring to it as a cowardly act.", B),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type"), PROBE_O_KEPT)
def test_real_events_beside_probe_o_look_alikes_stay(text: str, event_type: str) -> None:
    current = [e for e in _extract(text).events if e.context == "current"]
    assert any(e.event_type == event_type for e in current), [
        (e.event_type, e.sub_event_type) for e in current
    ]


def test_a_novels_air_strikes_stay_no_event_and_a_peaceful_takeover_stays_peaceful() -> None:
    assert not _current_violence(
        "The novel, set in a fictional desert kingdom, describes air strikes on a refugee camp."
    )
    assert not _current_violence(
        "The air force said it had not carried out any strikes near Lenvik."
    )
    text = "Rebels took control of Castrel on Sunday after the army withdrew without a fight."
    assert [e.sub_event_type for e in _extract(text).events] == [
        "Non-violent transfer of territory"
    ]


#: Rarer violent verbs and protest forms (probe p's families): gunmen who mow people down, a
#: man kneecapped, a helicopter strafing a road, gunfire between two militias, police
#: kettling or teargassing a march, nurses picketing or staging a walkout, and detainees
#: abused by police (a protest's detainees are no act of detaining).
PROBE_P_EVENTS: list[tuple[str, str]] = [
    ("Gunmen on horseback mowed down nine herders at a well near Dravno on Sunday.", V),
    ("Two masked men kneecapped a shopkeeper in Ostrel on Tuesday night.", V),
    ("A military helicopter strafed a line of lorries on the Vennor road on Friday, killing two drivers.", E),
    ("Sporadic gunfire between the Ember Guard and the Ridge Watch was heard near Tolvash overnight.", B),
    ("Riot police kettled about 200 students outside the Marloh ministry and arrested 15.", P),
    ("Cops teargassed a farmers' march on Quay Road in Velm, and several marchers were arrested.", P),
    ("Bus drivers in Orsk are picketing the central depot over unpaid wages.", P),
    ("Teachers at two Brennick schools staged a one-day walkout on Wednesday over class sizes.", P),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type"), PROBE_P_EVENTS)
def test_probe_p_event_forms(text: str, event_type: str) -> None:
    current = [e for e in _extract(text).events if e.context == "current"]
    assert any(e.event_type == event_type for e in current), [
        (e.event_type, e.sub_event_type) for e in current
    ]


def test_riot_police_are_no_riot() -> None:
    text = "Riot police kettled about 200 students outside the Marloh ministry and arrested 15."
    assert not [e for e in _extract(text).events if e.event_type == R]


#: Look-alikes: a team that ran riot, a killer app, a recipe, a named storm, a complaint
#: bombardment, a tested rocket, a parade salute, a plant blast from a faulty valve, an online
#: rumour, a threat to "shoot up" an office, an arms deal, a novel's chapter, a minister who
#: shot back at critics.
PROBE_P_LOOK_ALIKES = [
    "The Harlow Foxes ran riot in the second half and won the cup final 31-6 on Sunday.",
    "Brisk Mobile says its new chat tool is the killer app the market has waited for.",
    "Sear the lamb in a hot wok, add two tablespoons of soy and fire the onions into the pan.",
    "Storm Berna lashed the Osk coast on Friday, tearing roofs off houses in three villages.",
    "Angry fans bombarded the Tarrow club's ticket office lines with complaints on Monday.",
    "The navy of Celvar tested a locally assembled cruise missile off its coast on Thursday.",
    "Tanks and 3,000 goose-stepping cadets rolled past the palace as President Ulm took the salute.",
    "A blast at the Morrin fertiliser works killed two workers; inspectors blamed a faulty valve.",
    "Posts circulating online that said militants had entered Fenby were false, police said, and warned people not to spread rumours.",
    "A teenager in Hask who wrote online that he would 'shoot up' his old school was questioned by police.",
    "Pelland signed a contract worth 900 million florins on Monday for 12 attack helicopters and anti-tank missiles.",
    "In the last chapter of Oren Voll's novel, soldiers storm a mountain monastery.",
    "Trade Minister Ada Krell shot back that her critics had no plan of their own.",
]  # fmt: skip


@pytest.mark.parametrize("text", PROBE_P_LOOK_ALIKES)
def test_probe_p_look_alikes_are_no_current_violence(text: str) -> None:
    assert not _current_violence(text)


#: Real events beside them stay: a storming of a town, a clash after a storm, a deal's
#: signing that came with an attack, soldiers who shot back at attackers.
PROBE_P_KEPT: list[tuple[str, str]] = [
    ("Rebels stormed a police post in Fenby on Friday, killing three officers.", B),
    ("Soldiers shot back at gunmen who ambushed their patrol near Hask on Monday.", B),
    ("A gunman killed four people at a Morrin market on Friday.", V),
    ("Protesters threw stones at riot police in Velm and set tyres ablaze.", R),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event_type"), PROBE_P_KEPT)
def test_real_events_beside_probe_p_look_alikes_stay(text: str, event_type: str) -> None:
    current = [e for e in _extract(text).events if e.context == "current"]
    assert any(e.event_type == event_type for e in current), [
        (e.event_type, e.sub_event_type) for e in current
    ]


def test_the_coding_does_not_change_with_the_hash_seed() -> None:
    # the overrides between sub-types were applied in a set's order, which Python's string
    # hash seed changes from run to run: a takeover after fighting came out as either type
    import json
    import os
    import subprocess
    import sys

    text = (
        "Ulmar rebels said they had taken full control of Vessk on Thursday. Government "
        "troops were seen retreating south after a day of fighting."
    )
    code = (
        "import sys, eventwire; r = eventwire.extract(sys.argv[1], publication_date="
        "'2024-03-15'); print([(e.event_type, e.sub_event_type) for e in r.events])"
    )
    outs = set()
    for seed in ("0", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code, text], capture_output=True, text=True, env=env, check=True
        )
        outs.add(run.stdout.strip())
    assert len(outs) == 1, outs
    assert "Non-state actor overtakes territory" in json.dumps(sorted(outs))
