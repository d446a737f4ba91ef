"""Families of a probe of invented-world sentences (set q): war words in business, politics
and the kitchen, travel advisories, refugees who fled fighting, jokes, cyber attacks,
memorials and trials are no current violence; places taken after a garrison is routed,
forced recruitment, enforced disappearance, a hidden charge set off, a crowd that burns a
home, a march broken up with batons, a unit that engages guerrillas and strikers who stone
an office are. Places, groups and people are invented; published 2024-03-15.
"""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, V, current_events, current_violence

VIOLENT: list[tuple[str, str]] = [
    # a place taken after its defenders are overwhelmed or routed
    (
        "Rebels of the Sangor Front seized the Matevi airstrip on Wednesday after overwhelming "
        "the soldiers guarding it.",
        B,
    ),
    (
        "Militiamen took over the municipality of Ervan after routing the police detachment "
        "stationed there, residents said.",
        B,
    ),
    (
        "Jihadist fighters overpowered the garrison of the Dorsa barracks on Friday and took "
        "over the compound.",
        B,
    ),
    (
        "Fighters of the Ombe Front captured the Kessel airstrip after routing the gendarmes who "
        "defended it.",
        B,
    ),
    # forced recruitment
    (
        "Militiamen of the Ravo Brotherhood forcibly conscripted 30 boys from a school in "
        "Tendale, parents said.",
        V,
    ),
    (
        "Militia commanders in Drevo forcibly recruited dozens of teenagers from the Ilka "
        "refugee camp this week, aid workers said.",
        V,
    ),
    (
        "Soldiers went door to door in Ombure, taking teenagers away at gunpoint to serve as "
        "recruits.",
        V,
    ),
    # enforced disappearance
    (
        "Two student leaders disappeared after they were picked up by men in civilian clothes "
        "outside the Ostrel university, and their families have not heard from them since.",
        V,
    ),
    (
        "A Tembari lawyer was pushed into a car without plates by intelligence officers and "
        "driven to an undisclosed location.",
        V,
    ),
    (
        "Relatives of a Drovan blogger say he vanished after being stopped at a checkpoint by "
        "soldiers, and the army will not say where he is held.",
        V,
    ),
    # a charge hidden and set off
    (
        "Guerrillas concealed a charge in a drainage pipe under the Velmar road and set it off "
        "as an army truck passed.",
        E,
    ),
    (
        "A charge hidden beneath the railway bridge at Kordun went off as the troop train "
        "crossed, the ministry said.",
        E,
    ),
    # a crowd that burns a home
    (
        "Dozens of residents of Ilvano set ablaze three houses belonging to a family of herders, "
        "wounding two.",
        R,
    ),
    (
        "Hundreds of locals in Marvet set fire to the home of a suspected informer and beat him.",
        R,
    ),
    # a march of displaced people broken up with batons
    (
        "Riot police dispersed a sit-in by displaced farmers outside the Ostrel governorate, "
        "striking several of them with truncheons.",
        P,
    ),
    ("Gendarmes broke up a rally of displaced herders in Kilesso, clubbing participants.", P),
    # a place retaken, told after a lead about celebrations; "since March" is no march
    (
        "Cheering crowds filled the squares of Ostrel on Friday evening. Earlier that day, the "
        "army retook the mountain town of Verko, which the KLA had held since March, the "
        "ministry announced.",
        B,
    ),
    (
        "Horns blared in the streets of Kilesso on Saturday evening. Earlier that day, the army "
        "retook the hill town of Amvar, which the KDF had held since March, the ministry said.",
        B,
    ),
    # a unit that engages an armed group
    (
        "Soldiers of the 4th Brigade engaged a column of Red Dawn militants near Tolbo, "
        "killing 11.",
        B,
    ),
    ("Navy commandos engaged pirates off the coast of Velm on Tuesday, killing four of them.", B),
    # strikers who stone offices
    ("Striking teachers in Ombure stoned the regional education office on Thursday.", R),
    (
        "Laid-off textile workers on strike stoned the factory gates in Ravo and broke the "
        "guardhouse windows.",
        R,
    ),
]

NOT_VIOLENT: list[str] = [
    # war words in politics and business
    "After the court ruling, the Orvalian mining union said it had won a battle but the war "
    "over pensions was far from over.",
    "The Orvalian dockworkers' union has been fighting a long battle over pensions with the "
    "port authority.",
    "Parents and the Drevia school board have fought a long battle over the new uniform rules.",
    # growth that explodes, a hit that is explosive
    "Bookings at hotels along the Velda coast have exploded since the visa rules were eased.",
    "Interest in the new cookery show has exploded, the broadcaster said.",
    "The singer's debut album was an explosive hit across the Tembari islands.",
    # a venture that bombed, a show savaged by critics
    "His food truck bombed in its first summer, the chef says.",
    "Their last musical was massacred by the reviewers, the producer admitted.",
    # travel advisories and risk
    "Kessaly's foreign ministry told nationals to leave Drovan province, pointing to the "
    "danger of abductions and roadside bombs.",
    "Insurers doubled premiums for ships calling at Port Velda, citing the threat of drone "
    "attacks on tankers.",
    "Several airlines suspended flights to Ombure, citing the risk of missile strikes near the "
    "airport.",
    # people who fled fighting elsewhere
    "The president visited a school in Kilesso for children who had fled the fighting in the "
    "north.",
    "A camp outside Tembe now houses 4,000 people who escaped the clashes in neighbouring "
    "Drevia, the refugee agency said.",
    # jokes at talks
    '"I was ambushed by journalists on the way in," the Orvalian envoy joked as the talks opened.',
    '"Nobody has fired a shot in here yet," the chairman quipped as the two delegations sat '
    "down in Ostrel.",
    # cyber attacks
    "The Tembari tax office said its online portal had been knocked offline by a wave of "
    "attacks from a network of hijacked computers.",
    'Orvalia\'s largest bank said its servers came under a "relentless assault" from hackers '
    "overnight.",
    # memorials and trials of past killings
    "Wreaths were laid in Ilvo on Friday at a remembrance ceremony marking five years since the "
    "bombing of the town market, in which insurgents killed 19 shoppers.",
    "A memorial mass was held in Tembe on Sunday, twelve years after the church massacre in "
    "which soldiers shot dead 40 worshippers.",
    "Four former soldiers accused of killing demonstrators in Velda in 2019 went on trial on "
    "Monday.",
    "A court in Lumoro began hearing the case of three police officers charged with killing "
    "protesters in 2020.",
]


@pytest.mark.parametrize(("sentence", "event_type"), VIOLENT, ids=[s[:40] for s, _ in VIOLENT])
def test_violence_is_found_with_its_type(sentence: str, event_type: str) -> None:
    current = current_events(sentence)
    found = [(e.event_type, e.sub_event_type) for e in current]
    assert any(e.event_type == event_type for e in current), found


@pytest.mark.parametrize("sentence", NOT_VIOLENT, ids=[s[:40] for s in NOT_VIOLENT])
def test_look_alike_is_no_current_violence(sentence: str) -> None:
    assert current_violence(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        # the bomb planted by the group is what destroyed the truck: an explosion, not a
        # bomb destroyed by the army
        (
            "An IED planted by rebels destroyed an army supply truck near Olmbrek, "
            "killing the driver.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Mines laid by rebels were destroyed by army engineers near Olmbrek.",
            "Disrupted weapons use",
        ),
    ],
)
def test_a_planted_bomb_that_destroys_something_exploded(
    sentence: str, sub_event_type: str
) -> None:
    assert any(e.sub_event_type == sub_event_type for e in current_events(sentence))
