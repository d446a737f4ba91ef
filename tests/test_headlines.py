"""Headlines and short analysts' notes: the forms that used to yield no current event.

Headline grammar drops articles and auxiliaries and uses the present tense ("Troops enter
rebel-held town", "Governor vows crackdown as 9 killed"); several headlines are often
joined by ";" into one parsed sentence. Notes tell protests, police violence during an
epidemic and strategic developments in few words. Towns, groups and people below are
invented; a row with event_type None expects no current event.
"""

from __future__ import annotations

import pytest

import eventwire

PUB = "2021-03-05"
B, E, V, P, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Strategic developments",
)

# text, event_type (None: no current event), sub_event_type (None: any of the type)
ROWS: list[tuple[str, str | None, str | None]] = [
    # headline grammar
    ("Insurgents fight troops in Merovel", B, "Armed clash"),
    ("Heavy fighting as soldiers push into Crimson Front-held Tavrin", B, "Armed clash"),
    ("Troops enter rebel-held town of Karvessa", B, None),
    ("Army makes fresh gains in western Merovel", B, "Government regains territory"),
    ("Crimson Front counterattacks target army posts near Tavrin", B, "Armed clash"),
    ("Militia repels Ashen Banner fighters in eastern Karvessa", B, "Armed clash"),
    ("Governor vows crackdown as 9 killed in Karvessa market attack", V, None),
    ("Minister vows revenge after gunmen killed five in Tavrin", V, None),
    ("Jets pound rebel positions near Tavrin;Minister says talks will resume next week", E, None),
    ("Minister says talks will resume next week;Jets pound rebel positions near Tavrin", E, None),
    ("Ashen Banner executes five for smuggling in Merovel", V, None),
    ("Tougher fighting as Crimson Front hits back in Tavrin", B, None),
    # notes: violence, protests and strategic developments
    ("On 2 March 2021, Crimson Front militants robbed and wounded a trader in Karvessa.", V, None),
    (
        "On 2 March 2021, police beat a street vendor in Tavrin for not wearing a face mask "
        "during the coronavirus lockdown.",
        V,
        "Attack",
    ),
    (
        "On 2 March 2021, a fighter of the Ashen Banner shot and killed his sister in the "
        "village of Qorvaale after her husband joined a rival militia.",
        V,
        "Attack",
    ),
    (
        "On 2 March 2021, a civilian was killed by Crimson Front fighters after being accused "
        "of theft in Qorvaale.",
        V,
        "Attack",
    ),
    (
        "On 2 March 2021, a small group of Ashen Banner supporters gathered and chanted "
        "slogans in Merovel.",
        P,
        "Peaceful protest",
    ),
    (
        "On 2 March 2021, residents of Tavrin staged a protest against the closure of the "
        "clinic, fearing that the disease could spread.",
        P,
        "Peaceful protest",
    ),
    (
        "On 2 March 2021, teachers across Merovel joined a nationwide strike demanding unpaid "
        "salaries.",
        P,
        "Peaceful protest",
    ),
    (
        "On 2 March 2021, a group of neighbours blocked the sector of Karvessa market to keep "
        "out unlicensed traders.",
        P,
        "Peaceful protest",
    ),
    (
        "On 2 March 2021, the governor of Karvessa province imposed a ban on all travel "
        "between districts.",
        S,
        "Change to group/activity",
    ),
    # not conflict events
    ("Coronavirus kills 5 in Tavrin as hospitals fill up", None, None),
    ("Storms kill 12 in Merovel", None, None),
    ("Three dead as bus plunges into river near Tavrin", None, None),
    ("Two planes landed at Merovel airport carrying food aid", None, None),
    ("Army plans to retake Tavrin from rebels", None, None),
    ("The minister condemned the attack as cowardly", None, None),
]


def _top(text: str, pub: str = PUB) -> eventwire.Event | None:
    report = eventwire.extract(text, publication_date=pub)
    current = [e for e in report.events if e.context == "current"]
    return max(current, key=lambda e: e.confidence) if current else None


@pytest.mark.parametrize(("text", "etype", "sub"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_headline_and_note_coding(text: str, etype: str | None, sub: str | None) -> None:
    top = _top(text)
    if etype is None:
        assert top is None, f"coded {top.sub_event_type if top else ''} from a non-event"
        return
    assert top is not None, "no current event found"
    assert top.event_type == etype
    if sub is not None:
        assert top.sub_event_type == sub


def test_note_uploaded_months_after_its_hyphenated_date_is_current() -> None:
    # analysts' notes are uploaded long after "On 22-December-2020": still the current event
    top = _top(
        "On 22-December-2020, around 100 villagers protested in Karvessa township.", "2021-09-01"
    )
    assert top is not None and top.sub_event_type == "Peaceful protest"


def test_relative_clause_dates_and_cues_do_not_make_background() -> None:
    text = (
        "On 2 March 2021, residents of Tavrin held a vigil protesting the killing of a "
        "teacher who had been arrested two years ago."
    )
    top = _top(text)
    assert top is not None and top.event_type == P


def test_a_month_without_a_year_is_not_an_earlier_year() -> None:
    text = (
        "On 2 March 2021, members of the Ashen Banner party protested in Merovel against the "
        "decision to hold elections in June."
    )
    top = _top(text)
    assert top is not None and top.event_type == P
