"""Train the confidence model (``src/eventwire/data/confidence.json``) on train.jsonl.

Runs the pipeline over the ACLED and CASE 2021 records of
``../shared/eval/train.jsonl`` (never dev), labels each coded event right when it
is current and its event_type is the record's gold type (every event of a CASE
"no conflict event" record is wrong), and fits a logistic regression on the
features of ``eventwire.stages.confidence``. Prints a reliability table.

    python scripts/calibrate_confidence.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from eventwire.pipeline import _Prepared, default_resources
from eventwire.stages.confidence import FEATURES
from eventwire.stages.events import extract_events
from eventwire.stages.ingest import InputDoc

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "train.jsonl"
OUT = ROOT / "src" / "eventwire" / "data" / "confidence.json"


def collect(limit: int | None) -> tuple[list[list[float]], list[int]]:
    res = default_resources()
    xs: list[list[float]] = []
    ys: list[int] = []
    records = [json.loads(line) for line in TRAIN.open()]
    records = [r for r in records if r["dataset"] in ("acled", "case2021_task2")]
    if limit:
        records = records[:: max(1, len(records) // limit)][:limit]
    for rec in records:
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
                f"({len(ys)} coded events); label: current and event_type right",
            },
            indent=1,
        )
        + "\n"
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
