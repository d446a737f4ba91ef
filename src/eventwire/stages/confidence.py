"""Confidence: how likely an event is coded right, from what was found for it.

A logistic model over a few facts about each event (classifier score, stated
date, place precision, actor found, position in the report, ...), trained by
``scripts/calibrate_confidence.py`` on ``train.jsonl`` so that of the events
coded at 0.8 about 80 % have the right event type. Its weights live in
``data/confidence.json``; without them a hand-set fallback is used.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources

FEATURES = (
    "typing_score",
    "date_stated",
    "place_point",
    "place_country_only",
    "has_actor1",
    "has_actor2",
    "first_incident",
    "order",
    "trigger_sentences",
    "claims",
    "current",
)


def confidence_features(
    *,
    typing_score: float,
    date_stated: bool,
    geo_precision: int | None,
    country: str,
    actor1: str,
    actor2: str,
    order: int,
    trigger_sentences: int,
    claims: int,
    current: bool,
) -> list[float]:
    """The model's inputs for one event, in ``FEATURES`` order."""
    return [
        typing_score,
        float(date_stated),
        float(geo_precision in (1, 2)),
        float(bool(country) and geo_precision not in (1, 2)),
        float(bool(actor1)),
        float(bool(actor2)),
        float(order == 0),
        float(min(order, 5)),
        float(min(trigger_sentences, 5)),
        float(min(claims, 5)),
        float(current),
    ]


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights over ``FEATURES``."""

    coef: tuple[float, ...]
    intercept: float

    @classmethod
    def load(cls) -> ConfidenceModel:
        """The trained weights, or the hand-set fallback when none are packaged."""
        try:
            raw = resources.files("eventwire").joinpath("data/confidence.json").read_text("utf-8")
        except OSError:
            return cls.fallback()
        data = json.loads(raw)
        if list(data.get("features", [])) != list(FEATURES):
            return cls.fallback()  # weights of another feature set: do not misuse them
        return cls(tuple(float(c) for c in data["coef"]), float(data["intercept"]))

    @classmethod
    def fallback(cls) -> ConfidenceModel:
        # roughly the trained model's shape, for a checkout whose weights are missing
        return cls((3.0, 0.8, 0.8, 0.3, 0.5, 0.2, 0.6, -0.2, 0.2, 0.1, 1.0), -3.0)

    def score(self, features: list[float]) -> float:
        z = self.intercept + sum(c * x for c, x in zip(self.coef, features, strict=True))
        return round(1.0 / (1.0 + math.exp(-z)), 3)
