"""Train the confidence model (``src/eventwire/data/confidence.json``) on train.jsonl.

Runs the pipeline over the records of ``../shared/eval/train.jsonl`` (never dev)
that carry an event_type label (ACLED and CASE 2021), labels each coded event
right when it is current and its event_type is the record's gold type (every
event of a CASE "no conflict event" record is wrong), and fits a logistic
regression on the features of ``eventwire.stages.confidence``. Each record is
typed by the event classifier of the 5-fold split that did not see it
(``scripts/train_event_classifier.py``'s folds), so the confidence learns how
the classifier does on text it was not trained on. Prints a reliability table.

    python scripts/calibrate_confidence.py [--limit N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from eventwire.pipeline import _Prepared, default_resources
from eventwire.stages.classify import EventClassifier, TriggerLexicon
from eventwire.stages.confidence import FEATURES
from eventwire.stages.events import extract_events
from eventwire.stages.ingest import InputDoc

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "train.jsonl"
OUT = ROOT / "src" / "eventwire" / "data" / "confidence.json"


def _fold_classifiers() -> dict[str, EventClassifier]:
    """Record id -> the classifier of the CV fold that held that record out."""
    spec = importlib.util.spec_from_file_location(
        "train_cls", ROOT / "scripts" / "train_event_classifier.py"
    )
    assert spec is not None and spec.loader is not None
    train_cls = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_cls)
    texts, labels, all_texts, datasets = train_cls.load_records(TRAIN)
    ids = [
        r["id"]
        for r in map(json.loads, TRAIN.open())
        if "event_type" in (r.get("gold_available") or [])
    ]
    lexicon = TriggerLexicon.load()
    known = train_cls.known_words(all_texts)
    weights = np.array([train_cls.NEWS_WEIGHT if d != "acled" else 1.0 for d in datasets])
    folds = train_cls.cv_models(texts, labels, lexicon, known, train_cls.DEFAULT_C, weights)
    by_id: dict[str, EventClassifier] = {}
    for test_idx, model in folds:
        classifier = EventClassifier(lexicon, model)
        for i in test_idx:
            by_id[ids[i]] = classifier
    return by_id


def collect(limit: int | None) -> tuple[list[list[float]], list[int]]:
    res = default_resources()
    fold_of = _fold_classifiers()
    xs: list[list[float]] = []
    ys: list[int] = []
    records = [json.loads(line) for line in TRAIN.open()]
    records = [r for r in records if r["id"] in fold_of]
    if limit:
        records = records[:: max(1, len(records) // limit)][:limit]
    for rec in records:
        res.__dict__["classifier"] = fold_of[rec["id"]]  # this record's held-out classifier
        doc = InputDoc(id=rec["id"], text=rec["text"], publication_date=rec.get("publication_date"))
        prepared = _Prepared(doc)
        if prepared.article.skipped:
            continue
        parsed = res.nlp(prepared.article.text)
        feats: list[list[float]] = []
        events = extract_events(
            parsed, article=prepared.article, res=res, anchor=prepared.anchor, features_out=feats
        )
        gold = rec["gold"].get("event_type")
        for event, f in zip(events, feats, strict=True):
            xs.append(f)
            ys.append(
                int(gold is not None and event.context == "current" and event.event_type == gold)
            )
    return xs, ys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    xs, ys = collect(args.limit)
    model = LogisticRegression(C=1.0, max_iter=1000).fit(xs, ys)
    probs = model.predict_proba(xs)[:, 1]
    print(f"{len(ys)} events, {sum(ys)} right")
    print("bin      n   mean conf  share right")
    for lo in [i / 10 for i in range(10)]:
        idx = [i for i, p in enumerate(probs) if lo <= p < lo + 0.1 or (lo == 0.9 and p == 1.0)]
        if idx:
            conf = sum(probs[i] for i in idx) / len(idx)
            right = sum(ys[i] for i in idx) / len(idx)
            print(f"{lo:.1f}-{lo + 0.1:.1f} {len(idx):5d}   {conf:.3f}      {right:.3f}")
    OUT.write_text(
        json.dumps(
            {
                "features": list(FEATURES),
                "coef": [round(float(c), 4) for c in model.coef_[0]],
                "intercept": round(float(model.intercept_[0]), 4),
                "trained_on": "shared/eval/train.jsonl, ACLED and CASE 2021 records "
                f"({len(ys)} coded events, each record typed by the classifier of the CV fold that "
                "held it out); label: current and event_type right",
            },
            indent=1,
        )
        + "\n"
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
