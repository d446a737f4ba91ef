"""The country a report's wording points to, where it names no place the gazetteer knows.

Many reports name only a village no packaged gazetteer holds ("protesters blocked the
main road in Taalabaya"). Their country is still in the wording: the names of places,
people, groups and banks around it, the way their names are spelt, the issues of the
day. A linear model over the report's words, word pairs and the letter groups of its
words (``data/country_text.npz``, trained by ``scripts/train_country_text.py`` on the
ACLED notes of ``../shared/eval/train.jsonl``) reads it.

It is a last resort: the geocoder and the actors' home countries speak first. Its answer
is used only where it is confident (:data:`MIN_PROBABILITY`), the event keeps its
``unknown_place`` flag, gains ``country_inferred``, and gets no point and no province.
The words that weighed most for the country are its evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwire.stages.classify import load_weights

# Chosen by 5-fold cross-validation on train: at 0.3 the model answered 18 of the 30
# ACLED train notes the geocoder left without a country, 17 of them right.
MIN_PROBABILITY = 0.3
N_EVIDENCE = 3  # the words shown as the country's evidence

_WORD = re.compile(r"(?u)\b\w\w+\b")
_NOT_NAME_CHAR = re.compile(r"[^\w'-]")
_CHAR_N = (3, 4, 5)


def _word_grams(word: str) -> list[str]:
    """The letter groups of one lower-case word, padded with a space each side."""
    padded = " " + _NOT_NAME_CHAR.sub("", word) + " "
    grams: list[str] = []
    for n in _CHAR_N:
        grams.extend("c:" + padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return grams


def features(text: str) -> Counter[str]:
    """Feature counts of a text: ``w:`` words, ``b:`` word pairs, ``c:`` letter groups."""
    low = text.lower()
    words = _WORD.findall(low)
    feats: Counter[str] = Counter("w:" + w for w in words)
    feats.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in low.split():
        feats.update(_word_grams(word))
    return feats


@dataclass(frozen=True)
class CountryGuess:
    """The country (its name as ACLED writes it), the model's probability, the evidence."""

    country: str
    probability: float
    spans: list[tuple[int, int]]


class CountryTextModel:
    """A multinomial logistic regression over TF-IDF features (no scikit-learn needed)."""

    def __init__(
        self,
        vocab: list[str],
        idf: npt.NDArray[np.float32],
        coef: npt.NDArray[np.float32],
        intercept: npt.NDArray[np.float32],
        classes: list[str],
    ) -> None:
        self.index = {v: i for i, v in enumerate(vocab)}
        self.idf = idf
        self.coef_t = np.ascontiguousarray(coef.T)  # (features, classes)
        self.intercept = intercept
        self.classes = tuple(classes)
        self._last: tuple[str, list[int], npt.NDArray[np.float32], npt.NDArray[Any]] | None = None

    @classmethod
    def load(cls) -> CountryTextModel:
        """Read ``data/country_text.npz`` from the package."""
        data = load_weights("country_text.npz", "the country text model")
        return cls(
            vocab=[str(v) for v in data["vocab"]],
            idf=data["idf"].astype(np.float32),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
            classes=[str(c) for c in data["classes"]],
        )

    def _vector(self, feats: Counter[str]) -> tuple[list[int], npt.NDArray[np.float32]]:
        idx: list[int] = []
        vals: list[float] = []
        for feat, count in feats.items():
            i = self.index.get(feat)
            if i is not None:
                idx.append(i)
                vals.append((1.0 + math.log(count)) * float(self.idf[i]))
        arr = np.asarray(vals, dtype=np.float32)
        norm = float(np.sqrt((arr * arr).sum())) or 1.0
        return idx, arr / norm

    def _read(self, text: str) -> tuple[list[int], npt.NDArray[np.float32], npt.NDArray[Any]]:
        """Feature indices, their weights and each country's probability; the last text's
        reading is kept, since every event of a report asks about the same text."""
        if self._last is None or self._last[0] != text:
            idx, vals = self._vector(features(text))
            logits = self.intercept + (vals @ self.coef_t[idx] if idx else 0.0)
            probs = np.exp(logits - logits.max())
            self._last = (text, idx, vals, probs / probs.sum())
        return self._last[1], self._last[2], self._last[3]

    def probabilities(self, text: str) -> dict[str, float]:
        """Each country's probability for the text."""
        probs = self._read(text)[2]
        return {c: float(p) for c, p in zip(self.classes, probs, strict=True)}

    def guess(self, text: str, *, min_probability: float = MIN_PROBABILITY) -> CountryGuess | None:
        """The country the wording points to, or None where the model is not sure."""
        idx, vals, probs = self._read(text)
        best = int(probs.argmax())
        if not idx or float(probs[best]) < min_probability:
            return None
        weight = dict(zip(idx, (vals * self.coef_t[idx, best]).tolist(), strict=True))
        return CountryGuess(self.classes[best], float(probs[best]), self._evidence(text, weight))

    def _evidence(self, text: str, weight: dict[int, float]) -> list[tuple[int, int]]:
        """The words whose features weighed most for the country, as text spans."""
        scored: dict[str, tuple[float, tuple[int, int]]] = {}  # word -> weight, first span
        for m in _WORD.finditer(text):
            word = m.group().lower()
            if word in scored:
                continue
            feats = ["w:" + word, *_word_grams(word)]
            total = sum(weight.get(self.index.get(f, -1), 0.0) for f in feats)
            scored[word] = (total, (m.start(), m.end()))
        ranked = sorted(scored.values(), key=lambda ws: -ws[0])
        spans = [span for w, span in ranked if w > 0][:N_EVIDENCE]
        return sorted(spans)


@cache
def country_text_model() -> CountryTextModel:
    """The packaged model, loaded once per process."""
    return CountryTextModel.load()
