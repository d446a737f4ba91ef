"""Cross-report merging, measured: pairwise precision and recall over report pairs.

The set (bench/data/merge/reports.jsonl) is the project's own: invented
incidents at real places, each told by 2-4 differently worded reports from
different publishers, plus near-miss distractors (same place another day, same
day another town, same day and place but another kind of event). Every report
goes through the real extraction pipeline, then into a fresh SQLite store
through the same chunked writer that ``eventwire ingest`` uses.

A pair of reports is *predicted* together when their articles share a merged
(current) event, and *gold* together when they tell the same incident.

    python bench/merge_eval.py [--out bench/results/merge.json] [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

from eventwire.corpus import doc_key
from eventwire.pipeline import BatchResult, extract_batch
from eventwire.stages.dedup import MergeConfig, Merger
from eventwire.stages.ingest import InputDoc
from eventwire.store import ChunkItem, EventFilter, EventStore

DATA = Path(__file__).parent / "data" / "merge" / "reports.jsonl"


def load(path: Path) -> tuple[list[InputDoc], dict[str, str]]:
    docs, gold = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        docs.append(
            InputDoc(
                id=rec["id"],
                text=rec["text"],
                publication_date=rec.get("publication_date"),
                title=rec.get("title"),
                publisher=rec.get("publisher"),
            )
        )
        gold[rec["id"]] = rec["incident"]
    return docs, gold


def evaluate(
    docs: list[InputDoc],
    results: list[BatchResult],
    gold: dict[str, str],
    *,
    merger: Merger | None,
    chunk: int = 8,
    verbose: bool = False,
) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore.open(str(Path(tmp) / "merge.db"))
        items = [
            ChunkItem(
                doc_key=doc_key(d),
                doc_id=d.id,
                source=str(DATA),
                article=r.article,
                events=r.events,
                error=r.error,
            )
            for d, r in zip(docs, results, strict=True)
        ]
        started = time.perf_counter()
        for i in range(0, len(items), chunk):
            store.write_chunk(items[i : i + chunk], merger=merger)
        seconds = time.perf_counter() - started
        events = list(store.events(EventFilter()))
        store.close()
    article_of = {
        d.id: r.article.article_id for d, r in zip(docs, results, strict=True) if r.article
    }
    events_of: dict[str, set[str]] = {}
    for ev in events:
        for aid in ev.article_ids:
            events_of.setdefault(aid, set()).add(ev.event_id_cnty)
    tp = fp = fn = 0
    mistakes: list[str] = []
    ids = [d.id for d in docs]
    for a, b in itertools.combinations(ids, 2):
        same_gold = gold[a] == gold[b]
        ea = events_of.get(article_of.get(a, ""), set())
        eb = events_of.get(article_of.get(b, ""), set())
        same_pred = bool(ea & eb)
        if same_pred and same_gold:
            tp += 1
        elif same_pred:
            fp += 1
            mistakes.append(f"FP {a} ~ {b}")
        elif same_gold:
            fn += 1
            mistakes.append(f"FN {a} / {b}")
    if verbose:
        by_id = {e.event_id_cnty: e for e in events}
        for m in mistakes:
            print(m, file=sys.stderr)
        for d in docs:
            for eid in sorted(events_of.get(article_of.get(d.id, ""), set())):
                e = by_id[eid]
                print(
                    f"  {d.id:5} {gold[d.id]:6} {eid:14} {e.event_date} tp{e.time_precision} "
                    f"{e.sub_event_type[:22]:22} {e.location[:18]:18} gp{e.geo_precision} "
                    f"{e.actor1[:25]:25} x{e.corroboration}",
                    file=sys.stderr,
                )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pairs_gold": tp + fn,
        "pairs_predicted": tp + fp,
        "true_positive_pairs": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
        "merged_events": len(events),
        "store_seconds": round(seconds, 2),
        "mistakes": mistakes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path("bench/results/merge.json"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    docs, gold = load(args.data)
    started = time.perf_counter()
    results = list(extract_batch(docs, workers=1))
    extract_seconds = time.perf_counter() - started
    if args.verbose:
        for d, r in zip(docs, results, strict=True):
            for e in r.events:
                print(
                    f"R {d.id:5} {gold[d.id]:6} {e.event_date} tp{e.time_precision} "
                    f"{e.sub_event_type[:22]:22} {e.location[:18]:18} gp{e.geo_precision} "
                    f"{e.latitude},{e.longitude} {e.actor1[:22]:22}|{e.actor2[:22]:22} "
                    f"c{e.confidence:.2f}",
                    file=sys.stderr,
                )
    with_events = sum(1 for r in results if any(e.context == "current" for e in r.events))
    incidents = {g for g in gold.values()}
    report = {
        "data": str(args.data),
        "reports": len(docs),
        "incidents": len([g for g in incidents if g.startswith("inc")]),
        "distractors": len([g for g in incidents if g.startswith("dis")]),
        "reports_with_a_current_event": with_events,
        "extract_seconds": round(extract_seconds, 1),
        "definition": "pairs of reports; predicted together = share a merged current event",
        "merge_with_embeddings": evaluate(
            docs,
            results,
            gold,
            merger=Merger(MergeConfig(use_embeddings=True)),
            verbose=args.verbose,
        ),
        "merge_without_embeddings": evaluate(
            docs, results, gold, merger=Merger(MergeConfig(use_embeddings=False))
        ),
        "default": "merge_without_embeddings (MergeConfig().use_embeddings is False)",
        "no_merge_baseline": evaluate(docs, results, gold, merger=None),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for key, value in report.items():
        if isinstance(value, dict):
            print(key, value["precision"], value["recall"], value["mistakes"])


if __name__ == "__main__":
    main()
