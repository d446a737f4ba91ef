"""classify_context: current, historical, future, hypothetical, negated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventwire.stages.context import classify_context

PUB = dt.date(2024, 3, 15)


def _ctx(nlp: Language, text: str, pub: dt.date | None = PUB, index: int = 0) -> str:
    sents = list(nlp(text).sents)
    return classify_context(sents[index], publication_date=pub)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 4 traders in Varnholt on Tuesday.", "current"),
        ("In 2015 the Ashvar Brigade seized Palmoor.", "historical"),
        ("Two years ago the militia burned the market in Dosk.", "historical"),
        ("The army will launch an offensive on Kessel.", "future"),
        ("The Sable Front is planning to attack the Dorrin dam.", "future"),
        ("The governor said troops would retake Ombray within weeks.", "future"),
        ("If the ceasefire collapses, hundreds could die in Marrowgate.", "hypothetical"),
        ("Aid groups warned that thousands could be displaced.", "hypothetical"),
        ("Officials denied that a strike hit the hospital in Vellmark.", "negated"),
        ("The Kemari Front did not attack the Ostin garrison.", "negated"),
        ("The ministry rejected reports that troops shelled Brisk.", "negated"),
        ("No one was killed in the blast at the Brisk market.", "current"),
        ("No fatalities nor injuries reported.", "current"),
        ("If the figure is confirmed, the raid would be the deadliest this year.", "current"),
        ("Militants may have killed 12 soldiers near Tull.", "current"),
    ],
)
def test_context(nlp: Language, text: str, expected: str) -> None:
    assert _ctx(nlp, text) == expected


def test_no_publication_date_keeps_acled_notes_current(nlp: Language) -> None:
    note = "On 5 May 2020, Kemari Front militants attacked a checkpoint in Ardle (Brisk)."
    assert _ctx(nlp, note, pub=None) == "current"


def test_late_upload_is_still_current(nlp: Language) -> None:
    # ACLED notes are uploaded months after the event: the note's own date is the reference
    note = "On 25 July 2019, gunmen killed 2 herders in Cald. The herders were from Tull."
    assert _ctx(nlp, note, pub=dt.date(2020, 6, 1)) == "current"


def test_background_year_in_a_current_report(nlp: Language) -> None:
    text = (
        "Rebels attacked Vossberg on Monday, a spokesman said. "
        "At the height of its power, in 2016, the group held half of Tessaly."
    )
    assert _ctx(nlp, text, index=0) == "current"
    assert _ctx(nlp, text, index=1) == "historical"
