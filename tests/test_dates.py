"""Dates resolved against the publication date (2016-07-01 is a Friday)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import DateError
from eventwire.stages.dates import find_dates, infer_article_date, parse_iso_date, resolve_date

FRIDAY = dt.date(2016, 7, 1)


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [
        ("on Tuesday", "2016-06-28", 1),
        ("on Friday", "2016-07-01", 1),  # the publication weekday means the publication day
        ("Wednesday night", "2016-06-29", 1),
        ("Tuesday's bombing", "2016-06-28", 1),
        ("overnight", "2016-06-30", 1),
        ("yesterday", "2016-06-30", 1),
        ("earlier today", "2016-07-01", 1),
        ("three days ago", "2016-06-28", 1),
        ("last week", "2016-06-23", 2),
        ("two weeks ago", "2016-06-16", 2),
        ("last month", "2016-06-15", 3),
        ("On 5 June 2016", "2016-06-05", 1),
        ("On June 5", "2016-06-05", 1),
        ("on Dec. 14", "2015-12-14", 1),  # never after publication: last year's December
        ("2016-06-20", "2016-06-20", 1),
        ("On 03 06 2016", "2016-06-03", 1),  # numbers and spaces: day first
        ("On 20 06 2016", "2016-06-20", 1),
        ("On 06 20 2016", "2016-06-20", 1),  # day first is impossible: month first
        ("On 06 07 2016", "2016-06-07", 1),  # day first would be after publication
    ],
)
def test_phrases(phrase: str, day: str, precision: int) -> None:
    found = find_dates(f"The attack happened {phrase}.", anchor=FRIDAY)
    assert found, phrase
    assert found[0].date.isoformat() == day
    assert found[0].precision == precision


def test_no_date_after_publication() -> None:
    assert find_dates("On 5 August 2016 the town fell.", anchor=FRIDAY) == []


def test_month_names_need_a_number() -> None:
    assert (
        find_dates("Maj. Gen. Orlan said the army may advance in the spring.", anchor=FRIDAY) == []
    )


def test_article_date_from_header() -> None:
    assert infer_article_date(
        "ORVEL, Veridia (Aug. 23, 2012)\nTroops detained two men."
    ) == dt.date(2012, 8, 23)
    assert infer_article_date("2012-09-S-027\n\nORVEL, Veridia (Sept. 19)\nText.") == dt.date(
        2012, 9, 19
    )
    assert infer_article_date("No date here at all.") is None


def test_resolve_prefers_the_date_linked_to_the_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Footage uploaded on Friday showed the convoy. "
        "Rebels attacked the convoy near Orvel on Tuesday, a spokesman said."
    )
    sents = list(doc.sents)
    trig = doc.text.index("attacked")
    got = resolve_date([sents[1]], publication_date=FRIDAY, trigger=(trig, trig + 8))
    assert got.date == dt.date(2016, 6, 28) and got.precision == 1
    assert got.span is not None and doc.text[got.span[0] : got.span[1]] == "Tuesday"


def test_resolve_without_words_codes_publication_week(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked the convoy near Orvel.")
    got = resolve_date(list(doc.sents), publication_date=FRIDAY)
    assert got.date == FRIDAY and got.precision == 2 and got.span is None


@pytest.mark.parametrize("bad", ["2016-02-30", "yesterday", "16/07/01"])
def test_impossible_user_dates(bad: str) -> None:
    with pytest.raises(DateError):
        parse_iso_date(bad)


def test_background_years_and_months() -> None:
    found = find_dates(
        "In 2014, the militia seized the town. In May the army returned.", anchor=FRIDAY
    )
    assert [(m.date.isoformat(), m.precision) for m in found] == [
        ("2014-07-01", 4),
        ("2016-05-15", 3),
    ]


def test_header_dates_are_absolute_datelines_only() -> None:
    from eventwire.stages.dates import header_dates

    text = "ORVEL, Veridia (July 1, 2016) - Rebels attacked a checkpoint on Friday, police said."
    spans = header_dates(text, FRIDAY)
    assert [text[s:e] for s, e in spans] == ["July 1, 2016"]  # "on Friday" stays an event date
