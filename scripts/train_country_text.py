"""Train the country-from-wording model shipped as ``src/eventwire/data/country_text.npz``.

usage: python scripts/train_country_text.py [--train ../shared/eval/train.jsonl] [--cv]

Trains on the ACLED notes of ``train.jsonl`` (their gold country); never point it at
dev.jsonl. Features are those of :mod:`eventwire.stages.country_text` (words, word
pairs, letter groups of words; TF-IDF, sublinear tf, l2-normalized), so training and
inference share one featurizer. ``--cv`` reports 5-fold cross-validation instead of
writing the model. Needs scikit-learn (a dev dependency).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from eventwire.stages.country_text import MIN_PROBABILITY, features

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "country_text.npz"
MIN_DF = 2  # a feature seen in one note only is left out
C = 30.0  # chosen by --cv among 10, 30, 100 (accuracy on all notes and on the confident ones)


def _vocab(feats: list[Counter[str]]) -> tuple[dict[str, int], np.ndarray]:
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
    kept = sorted(k for k, v in df.items() if v >= MIN_DF)
    n = len(feats)
    idf = np.array([math.log((1 + n) / (1 + df[k])) + 1 for k in kept], dtype=np.float32)
    return {k: i for i, k in enumerate(kept)}, idf


def _matrix(feats: list[Counter[str]], vocab: dict[str, int], idf: np.ndarray) -> sparse.csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, f in enumerate(feats):
        items = [
            (vocab[k], (1 + math.log(c)) * float(idf[vocab[k]])) for k, c in f.items() if k in vocab
        ]
        norm = math.sqrt(sum(v * v for _, v in items)) or 1.0
        for c, v in items:
            rows.append(r)
            cols.append(c)
            vals.append(v / norm)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(vocab)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "eval" / "train.jsonl")
    ap.add_argument("--cv", action="store_true", help="report 5-fold cross-validation only")
    args = ap.parse_args()
    if "dev" in args.train.name:
        raise SystemExit("train_country_text.py: never train on the dev set")
    recs = [json.loads(line) for line in args.train.open()]
    recs = [
        r
        for r in recs
        if r["dataset"] == "acled" and r["gold"].get("country") and "country" in r["gold_available"]
    ]
    feats = [features(r["text"]) for r in recs]
    y = np.array([r["gold"]["country"] for r in recs])
    if args.cv:
        pred = np.empty(len(y), dtype=object)
        conf = np.zeros(len(y))
        for tr, te in KFold(5, shuffle=True, random_state=0).split(feats):
            vocab, idf = _vocab([feats[i] for i in tr])
            model = LogisticRegression(C=C, max_iter=3000)
            model.fit(_matrix([feats[i] for i in tr], vocab, idf), y[tr])
            p = model.predict_proba(_matrix([feats[i] for i in te], vocab, idf))
            pred[te] = model.classes_[p.argmax(1)]
            conf[te] = p.max(1)
        sure = conf >= MIN_PROBABILITY
        print(
            f"5-fold CV on {len(y)} ACLED train notes: accuracy {np.mean(pred == y):.3f}; "
            f"answered at p >= {MIN_PROBABILITY}: {sure.mean():.3f}, "
            f"right among those {np.mean(pred[sure] == y[sure]):.3f}"
        )
        return
    vocab, idf = _vocab(feats)
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(_matrix(feats, vocab, idf), y)
    names = sorted(vocab, key=vocab.__getitem__)
    np.savez_compressed(
        OUT,
        vocab=np.array(names),
        idf=idf,
        coef=model.coef_.astype(np.float16),
        intercept=model.intercept_.astype(np.float32),
        classes=np.array([str(c) for c in model.classes_]),
    )
    print(
        f"wrote {OUT} ({OUT.stat().st_size // 1024} KB): {len(names)} features, "
        f"{len(model.classes_)} countries, {len(y)} notes"
    )


if __name__ == "__main__":
    main()
