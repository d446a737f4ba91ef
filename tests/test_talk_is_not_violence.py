"""Diplomacy, statements, threats, trials and background are not coded as current events.

Invented world (Veridia, Ostland, the Crimson Front, Orvel); published 2021-03-05.
"""

from __future__ import annotations

import pytest

import eventwire

TALK = [
    "The foreign ministers of Veridia and Ostland met in Orvel on Tuesday to discuss border security.",
    "The president of Veridia condemned the attack on the market and promised an investigation.",
    "Rebel leaders threatened to attack the capital if the government refused to negotiate.",
    "The UN Security Council called for an immediate ceasefire in the Karvessa region.",
    "Officials said peace talks between the government and the Crimson Front would resume next week.",
    "The defence minister visited troops stationed near the border on Monday.",
    "The army warned that it would respond forcefully to any new incursion.",
    "The prime minister said the offensive against the rebels would continue until victory.",
    "The militia's spokesman denied that its fighters had attacked the village.",
    "Veridia's parliament approved a bill to increase the defence budget on Wednesday.",
    "The government accused the Crimson Front of preparing a new wave of attacks.",
    "Analysts say the conflict has killed more than 10,000 people since 2015.",
    "The minister commemorated the victims of the 2014 massacre at a ceremony in Orvel.",
    "A court in Orvel sentenced a former militia commander to 20 years in prison on Monday.",
    "Aid agencies warned that fighting could displace thousands more people in the coming weeks.",
    "The general told reporters that his forces were ready to retake the city if ordered.",
    "Heavy rain caused floods in the south of Veridia on Monday, killing four people.",
]


@pytest.mark.parametrize("sentence", TALK, ids=[t[:40] for t in TALK])
def test_no_current_event(sentence: str) -> None:
    report = eventwire.extract(sentence, publication_date="2021-03-05")
    current = [e for e in report.events if e.context == "current"]
    assert current == [], f"coded {current[0].sub_event_type}" if current else ""
