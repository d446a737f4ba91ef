"""The confidence model: packaged weights, monotone in what was found, within [0, 1]."""

from __future__ import annotations

from eventwire.stages.confidence import FEATURES, ConfidenceModel, confidence_features


def _features(**over: object) -> list[float]:
    base: dict[str, object] = dict(
        typing_score=0.9,
        date_stated=True,
        geo_precision=1,
        country="Iraq",
        actor1="Islamic State",
        actor2="Civilians (Iraq)",
        order=0,
        trigger_sentences=1,
        claims=1,
        current=True,
    )
    base.update(over)
    return confidence_features(**base)  # type: ignore[arg-type]


def test_packaged_weights_match_features() -> None:
    model = ConfidenceModel.load()
    assert len(model.coef) == len(FEATURES)
    assert model != ConfidenceModel.fallback()  # the trained weights, not the fallback


def test_more_evidence_more_confidence() -> None:
    model = ConfidenceModel.load()
    strong = model.score(_features())
    weak = model.score(
        _features(typing_score=0.3, date_stated=False, geo_precision=None, country="")
    )
    assert 0.0 <= weak < strong <= 1.0
    assert model.score(_features(typing_score=0.2)) < model.score(_features(typing_score=0.95))
