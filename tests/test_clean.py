"""Cleaning: page furniture, paragraphs, HTML, language."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.stages.clean import article_id_of, clean_input, detect_language

SCRAPED = """Share

Militia fighters clash with border guards in Karvessa

Fighters of the Ashen Banner militia clashed with border guards near Karvessa on Monday, \
a regional official said.

Advertisement

Sign up for our newsletter to get the latest updates

The fighting lasted several hours.

Video
   Border Guards Under Fire
"""


def test_scraped_text_loses_furniture_and_keeps_paragraphs() -> None:
    cleaned = clean_input(SCRAPED)
    assert cleaned.furniture[:2] == ["Share", "Advertisement"]
    assert "Video" in cleaned.furniture
    assert "Border Guards Under Fire" in cleaned.furniture  # a caption after a media label
    assert any("newsletter" in f for f in cleaned.furniture)
    assert "Advertisement" not in cleaned.text and "Share" not in cleaned.text
    assert cleaned.title == "Militia fighters clash with border guards in Karvessa"
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[-1] == "The fighting lasted several hours."
    assert len(paragraphs) == 3


def test_wrapped_lines_are_joined() -> None:
    cleaned = clean_input("Gunmen attacked a checkpoint near\nthe village of Orvel on Friday.")
    assert cleaned.text == "Gunmen attacked a checkpoint near the village of Orvel on Friday."


def test_html_page_is_reduced_to_its_article() -> None:
    page = (
        "<html><head><title>Clash in Orvel</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav><article><h1>Clash in Orvel</h1>"
        "<p>Soldiers of the Veridian army clashed with rebels of the Crimson Front in the town "
        "of Orvel on Tuesday, killing four fighters, a military spokesman said.</p>"
        "<p>The rebels withdrew to the hills north of the town after the fighting, residents "
        "told reporters by telephone on Wednesday.</p></article>"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    )
    cleaned = clean_input(page)
    assert "Crimson Front" in cleaned.text
    assert "Home" not in cleaned.text and "Copyright" not in cleaned.text


def test_only_furniture_is_an_error() -> None:
    with pytest.raises(InputError):
        clean_input("Share\n\nAdvertisement\n")


def test_same_text_same_article_id() -> None:
    assert article_id_of("a b c") == article_id_of("a b c") != article_id_of("a b d")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebels attacked an army post in the north of the country on Monday, officials said.",
            "en",
        ),
        (
            "Las fuerzas del gobierno atacaron la ciudad durante la noche y murieron diez personas.",
            "es",
        ),
        (
            "Les forces gouvernementales ont attaqué la ville pendant la nuit, selon des témoins.",
            "fr",
        ),
        (
            "Regierungstruppen haben die Stadt in der Nacht angegriffen, sagten Zeugen am Montag.",
            "de",
        ),
        ("قتل عشرة اشخاص في هجوم على قرية في شمال البلاد", "ar"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "headline",
    [
        "IS attacks kill 13 Iraqi troops; Syrian oil field retaken",
        "Wave of Orvel blasts kills at least 25: officials; car bombs kill 60",
        "Militants storm Karvessa university, police say",
    ],
)
def test_english_headlines_are_english(headline: str) -> None:
    assert detect_language(headline) == "en"


def test_empty_text_is_an_error() -> None:
    with pytest.raises(InputError, match="empty"):
        clean_input("   \n  ")
