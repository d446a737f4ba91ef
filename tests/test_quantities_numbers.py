"""The number-word parser and ACLED's per-claim figure: no spaCy needed."""

from __future__ import annotations

import pytest

from eventwire.model import Claim
from eventwire.stages.quantities import acled_value, parse_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("14", 14),
        ("1,200", 1200),
        ("12,500", 12500),
        ("1.5 million", 1_500_000),
        ("seven", 7),
        ("twenty-three", 23),
        ("twenty three", 23),
        ("three hundred and twelve", 312),
        ("a hundred", 100),
        ("two thousand five hundred", 2500),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("zero", 0),
    ],
)
def test_parse_number(words: str, value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["", "dozens", "several", "Tuesday", "AK-47x", "the"])
def test_parse_number_rejects_non_numbers(words: str) -> None:
    assert parse_number(words) is None


def _claim(low: int | None, high: int | None, best: int | None, qualifier: str) -> Claim:
    return Claim(
        claim_id="c-00000000",
        article_id="a",
        quantity="fatalities",
        low=low,
        high=high,
        best=best,
        qualifier=qualifier,
        text="x",
        start=0,
        end=1,
    )


@pytest.mark.parametrize(
    ("low", "high", "best", "qualifier", "acled"),
    [
        (14, 14, 14, "", 14),
        (12, None, None, "at least", 12),
        (201, None, None, "more than", 200),
        (45, 55, 50, "about", 50),
        (90, 99, None, "nearly", 100),
        (None, 40, None, "up to", 40),
        (40, 60, None, "between", 40),
        (24, 99, None, "dozens", 12),
        (20, 99, None, "tens", 10),
        (200, 999, None, "hundreds", 100),
        (0, 0, 0, "", 0),
        (0, 3, None, "killed or injured", 0),
    ],
)
def test_acled_value(
    low: int | None, high: int | None, best: int | None, qualifier: str, acled: int
) -> None:
    assert acled_value(_claim(low, high, best, qualifier)) == acled
