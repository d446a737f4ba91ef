"""Whole-pipeline coding of short sentences set in an invented world.

Towns, militias and people below do not exist (the countries do, so that the
rules for "Iraqi soldiers" or "gunmen" have a country to name). Each row is a
sentence and its expected coding; the publication date is Friday 2021-03-05.
A row with event_type None expects no current event.
"""

from __future__ import annotations

import pytest
from event_types import B, E, P, R, S, V

import eventwire

PUB = "2021-03-05"

# sentence, event_type, sub_event_type, actor1 (substring of actor1 or assoc_actor_1), event_date
ROWS: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    (
        "Fighters of the Crimson Front clashed with Iraqi soldiers near the village of Karvessa in Diyala province on Tuesday.",
        B,
        "Armed clash",
        "Crimson Front",
        "2021-03-02",
    ),
    (
        "Syrian government troops battled militants of the Ashen Banner outside the town of Merovel in Syria on Monday, a monitor said.",
        B,
        "Armed clash",
        "Military Forces of Syria",
        "2021-03-01",
    ),
    (
        "Heavy fighting broke out between Somali soldiers and Al Shabaab militants near the village of Qorvaale in Somalia on Wednesday.",
        B,
        "Armed clash",
        None,
        "2021-03-03",
    ),
    (
        "Gunmen exchanged fire with police at a checkpoint outside the town of Tavrin in Nigeria's Kaduna state on Thursday.",
        B,
        "Armed clash",
        None,
        "2021-03-04",
    ),
    (
        "Afghan forces recaptured the district of Zarbolak from the Taliban on Sunday, the defence ministry said.",
        B,
        "Government regains territory",
        "Military Forces of Afghanistan",
        "2021-02-28",
    ),
    (
        "Yemeni government troops retook the town of Harfeen in Yemen from Houthi fighters on Tuesday after two days of fighting.",
        B,
        "Government regains territory",
        "Military Forces of Yemen",
        "2021-03-02",
    ),
    (
        "Taliban fighters seized control of the district centre of Qalmir in Afghanistan on Tuesday after government troops fled.",
        B,
        "Non-state actor overtakes territory",
        "Taliban",
        "2021-03-02",
    ),
    (
        "Militants of the Crimson Front captured the town of Vessari in northern Mali on Monday.",
        B,
        "Non-state actor overtakes territory",
        "Crimson Front",
        "2021-03-01",
    ),
    (
        "A Turkish drone strike hit a vehicle near the village of Sarnik in northern Iraq on Wednesday, killing two PKK members.",
        E,
        "Air/drone strike",
        "Military Forces of Turkey",
        "2021-03-03",
    ),
    (
        "Russian warplanes bombed the town of Kafr Tarsa in Syria's Idlib province on Monday, a monitor said.",
        E,
        "Air/drone strike",
        "Military Forces of Russia",
        "2021-03-01",
    ),
    (
        "Coalition aircraft struck Islamic State positions near the village of Umm Dalil in Iraq on Tuesday.",
        E,
        "Air/drone strike",
        None,
        "2021-03-02",
    ),
    (
        "A suicide bomber blew himself up at a market in the town of Garvesh in Afghanistan on Thursday, killing nine people.",
        E,
        "Suicide bomb",
        None,
        "2021-03-04",
    ),
    (
        "Two female suicide bombers detonated their explosive vests at a mosque in Nigeria's Borno state on Monday.",
        E,
        "Suicide bomb",
        None,
        "2021-03-01",
    ),
    (
        "Russian forces shelled the village of Ostrivka in Ukraine's Kharkiv region overnight, local officials said.",
        E,
        "Shelling/artillery/missile attack",
        "Military Forces of Russia",
        "2021-03-04",
    ),
    (
        "Mortar rounds fired by rebels landed on a residential area of the town of Belmora in Syria on Sunday.",
        E,
        "Shelling/artillery/missile attack",
        None,
        "2021-02-28",
    ),
    (
        "Militants fired rockets at an army base near the town of Tarvas in Somalia on Tuesday.",
        E,
        "Shelling/artillery/missile attack",
        None,
        "2021-03-02",
    ),
    (
        "A roadside bomb struck an army patrol near the town of Kelvar in Iraq's Salahuddin province on Monday, killing two soldiers.",
        E,
        "Remote explosive/landmine/IED",
        None,
        "2021-03-01",
    ),
    (
        "A landmine exploded under a car near the village of Drovna in Ukraine on Wednesday, killing a farmer.",
        E,
        "Remote explosive/landmine/IED",
        None,
        "2021-03-03",
    ),
    (
        "An improvised explosive device planted by the Ashen Banner militia detonated near a police station in Pakistan's Balochistan province on Tuesday.",
        E,
        "Remote explosive/landmine/IED",
        "Ashen Banner",
        "2021-03-02",
    ),
    (
        "Unidentified men threw a grenade into a bar in the town of Malvek in Burundi on Saturday, wounding five people.",
        E,
        "Grenade",
        None,
        "2021-02-27",
    ),
    (
        "A hand grenade was hurled at a police post in the town of Sopvar in India's Kashmir region on Tuesday.",
        E,
        "Grenade",
        None,
        "2021-03-02",
    ),
    (
        "Government forces dropped barrels filled with chlorine gas on the village of Tell Morad in Syria on Monday, rescuers said.",
        E,
        "Chemical weapon",
        None,
        "2021-03-01",
    ),
    (
        "Soldiers raped three women in the village of Nyakira in the Democratic Republic of Congo on Sunday, a local rights group said.",
        V,
        "Sexual violence",
        None,
        "2021-02-28",
    ),
    (
        "Gunmen shot dead a village chief in the town of Dorvo in Nigeria's Zamfara state on Tuesday.",
        V,
        "Attack",
        "Unidentified Armed Group (Nigeria)",
        "2021-03-02",
    ),
    (
        "Militiamen killed seven civilians in an attack on the village of Kebri in Ethiopia on Monday.",
        V,
        "Attack",
        None,
        "2021-03-01",
    ),
    (
        "Al Shabaab militants executed two men accused of spying in the town of Barwaaq in Somalia on Thursday.",
        V,
        "Attack",
        "Al Shabaab",
        "2021-03-04",
    ),
    (
        "Gunmen kidnapped 20 students from a school in the town of Faskari in Nigeria on Friday.",
        V,
        "Abduction/forced disappearance",
        None,
        "2021-03-05",
    ),
    (
        "Armed men abducted a local journalist in the town of Kolvar in Mali on Wednesday.",
        V,
        "Abduction/forced disappearance",
        None,
        "2021-03-03",
    ),
    (
        "Hundreds of protesters marched through the streets of the town of Harvel in Iraq on Tuesday to demand jobs.",
        P,
        "Peaceful protest",
        "Protesters (Iraq)",
        "2021-03-02",
    ),
    (
        "Teachers held a peaceful demonstration outside parliament in Nairobi on Monday over unpaid salaries.",
        P,
        "Peaceful protest",
        None,
        "2021-03-01",
    ),
    (
        "Residents staged a sit-in in front of the governor's office in the town of Qarvan in Yemen on Wednesday.",
        P,
        "Peaceful protest",
        None,
        "2021-03-03",
    ),
    (
        "Police dispersed a protest by students in the town of Torvel in Iraq with tear gas on Thursday.",
        P,
        "Protest with intervention",
        None,
        "2021-03-04",
    ),
    (
        "Security forces arrested dozens of demonstrators at a rally in the city of Mandalay in Myanmar on Sunday.",
        P,
        "Protest with intervention",
        None,
        "2021-02-28",
    ),
    (
        "Soldiers opened fire on peaceful protesters in the city of Mandalay in Myanmar on Saturday, killing four.",
        P,
        "Excessive force against protesters",
        None,
        "2021-02-27",
    ),
    (
        "Police shot dead two demonstrators during a peaceful march in the town of Rovna in Sudan on Monday.",
        P,
        "Excessive force against protesters",
        None,
        "2021-03-01",
    ),
    (
        "Rioters set fire to a police station and threw stones at officers in the town of Kessel in Kenya on Tuesday.",
        R,
        "Violent demonstration",
        "Rioters (Kenya)",
        "2021-03-02",
    ),
    (
        "Angry protesters torched government vehicles and blocked roads with burning tyres in the town of Mirva in Iraq on Wednesday.",
        R,
        "Violent demonstration",
        None,
        "2021-03-03",
    ),
    (
        "A mob lynched a man accused of theft in the village of Ganvi in India on Sunday.",
        R,
        "Mob violence",
        None,
        "2021-02-28",
    ),
    (
        "A mob attacked and beat two women accused of witchcraft in the village of Tarvo in Tanzania on Monday.",
        R,
        "Mob violence",
        None,
        "2021-03-01",
    ),
    (
        "The government and the Crimson Front signed a ceasefire agreement in the town of Vessari in Mali on Tuesday.",
        S,
        "Agreement",
        None,
        "2021-03-02",
    ),
    (
        "The two rival militias agreed to a prisoner exchange in the town of Merovel in Libya on Wednesday.",
        S,
        "Agreement",
        None,
        "2021-03-03",
    ),
    (
        "Police arrested a senior member of the Ashen Banner in the town of Kelvar in Iraq on Monday.",
        S,
        "Arrests",
        None,
        "2021-03-01",
    ),
    (
        "Security forces detained 15 suspected members of the Crimson Front in the town of Tavrin in Pakistan on Thursday.",
        S,
        "Arrests",
        None,
        "2021-03-04",
    ),
    (
        "Army engineers defused a roadside bomb planted near the village of Drovna in Iraq on Wednesday.",
        S,
        "Disrupted weapons use",
        None,
        "2021-03-03",
    ),
    (
        "Police seized a large weapons cache hidden in a house in the town of Harvel in Iraq on Tuesday.",
        S,
        "Disrupted weapons use",
        None,
        "2021-03-02",
    ),
    (
        "The Crimson Front established a new base in the village of Sarnik in Mali on Monday.",
        S,
        "Headquarters or base established",
        "Crimson Front",
        "2021-03-01",
    ),
    (
        "Militiamen looted shops and burned houses in the village of Nyakira in the Democratic Republic of Congo on Sunday.",
        S,
        "Looting/property destruction",
        None,
        "2021-02-28",
    ),
    (
        "Government troops withdrew from the town of Qalmir in Afghanistan and handed it over to the Taliban without a fight on Monday.",
        S,
        "Non-violent transfer of territory",
        None,
        "2021-03-01",
    ),
    (
        "Hundreds of fighters of the Ashen Banner defected to the Crimson Front in the town of Merovel in Syria on Tuesday, the group said.",
        S,
        "Change to group/activity",
        None,
        "2021-03-02",
    ),
    (
        "Israeli soldiers shot dead a Palestinian man at a checkpoint near the village of Beit Qarma in the West Bank on Tuesday.",
        V,
        "Attack",
        "Military Forces of Israel",
        "2021-03-02",
    ),
    (
        "Boko Haram fighters attacked a military base in the town of Gajiram in Nigeria's Borno state on Wednesday.",
        B,
        "Armed clash",
        "Boko Haram",
        "2021-03-03",
    ),
    (
        "Myanmar military aircraft bombed a village held by an ethnic armed group in Myanmar's Kayin state on Sunday.",
        E,
        "Air/drone strike",
        "Military Forces of Myanmar",
        "2021-02-28",
    ),
    (
        "Houthi forces fired a ballistic missile at the city of Marib in Yemen on Thursday.",
        E,
        "Shelling/artillery/missile attack",
        "Supreme Political Council",
        "2021-03-04",
    ),
    # no conflict event
    (
        "Floods destroyed hundreds of homes in the town of Harvel on Tuesday, officials said.",
        None,
        None,
        None,
        None,
    ),
    (
        "The foreign minister met his counterpart in the capital on Monday to discuss trade and tourism.",
        None,
        None,
        None,
        None,
    ),
    (
        "An earthquake killed 30 people in the mountain village of Ostrivka on Wednesday.",
        None,
        None,
        None,
        None,
    ),
    (
        "Officials held talks on a new trade deal in the capital on Thursday.",
        None,
        None,
        None,
        None,
    ),
    (
        "A bus crashed into a truck on the highway near Orvel on Sunday, killing 12 passengers.",
        None,
        None,
        None,
        None,
    ),
    (
        "The UN envoy called on both sides to respect the ceasefire and return to negotiations.",
        None,
        None,
        None,
        None,
    ),
    (
        "The army will launch an offensive against the rebels next month, a spokesman said.",
        None,
        None,
        None,
        None,
    ),
    ("In 2014, the Crimson Front seized the town of Vessari.", None, None, None, None),
    (
        "Officials denied that an air strike hit a hospital in the town of Belmora on Monday.",
        None,
        None,
        None,
        None,
    ),
    (
        "If the ceasefire collapses, hundreds of people could die in the fighting, aid agencies warned.",
        None,
        None,
        None,
        None,
    ),
]


def _top(report: eventwire.Report) -> eventwire.Event | None:
    current = [e for e in report.events if e.context == "current"]
    return max(current, key=lambda e: e.confidence) if current else None


@pytest.mark.parametrize(
    ("text", "etype", "sub", "actor1", "day"), ROWS, ids=[r[0][:40] for r in ROWS]
)
def test_sentence_coding(
    text: str, etype: str | None, sub: str | None, actor1: str | None, day: str | None
) -> None:
    report = eventwire.extract(text, publication_date=PUB)
    top = _top(report)
    if etype is None:
        assert top is None, (
            f"coded {top.sub_event_type if top else ''} from a sentence with no current event"
        )
        return
    assert top is not None, "no event found"
    assert (top.event_type, top.sub_event_type) == (etype, sub)
    if actor1 is not None:
        assert actor1 in f"{top.actor1}; {top.assoc_actor_1}"
    assert top.event_date == day
    # every coded field points back into the text
    for spans in top.evidence.values():
        for ev in spans:
            assert 0 <= ev.start < ev.end <= len(report.article.text)


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 60
    assert {r[1] for r in ROWS if r[1]} == {B, E, V, P, R, S}
