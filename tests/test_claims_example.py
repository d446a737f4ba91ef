"""An invented report shaped like a messy real one: conflicting vehicle counts from several
sources, a vague and hedged toll, a pronoun speaker, and a background paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.model import Claim
from eventwire.stages.attribution import find_hedges
from eventwire.stages.context import classify_context
from eventwire.stages.quantities import extract_claims
from eventwire.stages.reconcile import summarize_claims

REPORT = """Gorvan jets and allied drones hammered Sable Front columns retreating from Kessel \
on Wednesday, destroying more than 150 vehicles and killing dozens of fighters, officials said.

A second wave of allied sorties hit the column at dusk, bringing the number of Sable Front \
vehicles destroyed to 120.

Gorvan officials estimated that about 40 of the vehicles had been destroyed.

Brig. Gen. Tomas al-Verdani, who leads the Gorvan army in Kessel province, said: \
"They are running towards Ombray." If the figure is confirmed, it would be the heaviest loss \
the Front has suffered. It was not clear how the toll was compiled.

In 2019 the Sable Front captured Ombray and killed 300 people.

"They will not escape us," Mr Verdany said.

The column was first spotted near the Tull crossing, according to Ilse Brandt.

She estimates that 40 vehicles were wrecked.
"""


def _run(nlp: Language, text: str, pub: dt.date) -> tuple[list[Claim], list[str], list[str]]:
    doc = nlp(text)
    claims: list[Claim] = []
    hedges: list[str] = []
    contexts: list[str] = []
    for sent in doc.sents:
        ctx = classify_context(sent, publication_date=pub)
        contexts.append(ctx)
        if ctx != "current":
            continue
        claims.extend(extract_claims(sent, article_id="a-example"))
        hedges.extend(h for h in find_hedges(sent) if h not in hedges)
    return claims, hedges, contexts


def test_invented_convoy_report(nlp: Language) -> None:
    claims, hedges, contexts = _run(nlp, REPORT, dt.date(2024, 7, 5))
    vehicles = [c for c in claims if c.quantity == "vehicles_destroyed"]
    assert [(c.low, c.high, c.best, c.qualifier) for c in vehicles] == [
        (151, None, None, "more than"),
        (120, 120, 120, ""),
        (36, 44, 40, "about"),
        (40, 40, 40, ""),
    ]
    sources = [c.source.name if c.source else None for c in vehicles]
    assert sources[0] == "officials"
    assert sources[2] == "Gorvan officials"
    assert sources[3] == "Ilse Brandt"  # "She estimates", after the named speaker
    assert vehicles[1].role == "update"
    assert REPORT[vehicles[0].start : vehicles[0].end] == "destroying more than 150 vehicles"

    fatal = [c for c in claims if c.quantity == "fatalities"]
    assert [(c.low, c.high, c.best, c.qualifier) for c in fatal] == [(24, 99, None, "dozens")]
    assert "historical" in contexts  # the 2019 paragraph gives no claim
    assert "If the figure is confirmed" in hedges
    assert "It was not clear how" in hedges

    summary = summarize_claims(claims, hedges=hedges)
    assert summary.fatalities == 12
    assert (summary.fatalities_low, summary.fatalities_best) == (24, None)
    for flag in ("contradiction", "hedged", "vague_count"):
        assert flag in summary.flags


def test_same_speaker_two_spellings(nlp: Language) -> None:
    from eventwire.stages.attribution import find_source
    from eventwire.stages.reconcile import dedupe_sources

    doc = nlp(REPORT)
    found = [find_source(s) for s in doc.sents]
    names = [f[0] for f in found if f is not None]
    merged = dedupe_sources(names)
    verdani = [s for s in merged if "Verda" in s.name]
    assert len(verdani) == 1
    assert verdani[0].kind == "military"


def test_real_example_if_present(nlp: Language, shared_dir: Path) -> None:
    """The acceptance example (read at run time, never copied)."""
    path = shared_dir / "examples" / "fallujah-convoy-2016.txt"
    if not path.exists():
        pytest.skip("example not present")
    claims, hedges, _ = _run(nlp, path.read_text(encoding="utf-8"), dt.date(2016, 7, 1))
    vehicles = [c for c in claims if c.quantity == "vehicles_destroyed"]
    figures = {(c.low, c.best) for c in vehicles}
    assert (201, None) in figures and (175, 175) in figures and (50, 55) in figures
    assert (55, 55) in figures
    by_fig = {c.best or c.low: c for c in vehicles}
    assert by_fig[201].source is not None and by_fig[201].source.name == "officials"
    assert by_fig[55].source is not None
    fatal = [c for c in claims if c.quantity == "fatalities"]
    assert fatal and fatal[0].low == 24 and fatal[0].best is None
    summary = summarize_claims(claims, hedges=hedges)
    assert "contradiction" in summary.flags
    assert summary.fatalities == 12
    assert any(h.lower().startswith("if the figure is confirmed") for h in hedges)
    assert "it was not clear how" in hedges
