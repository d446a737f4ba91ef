"""Accuracy and speed benchmark of the event coder (issue 2's figures).

Runs the batch extraction on ../shared/eval/dev.jsonl (inputs only: id, text,
publication_date), scores it with the reference scorer ../shared/eval/score.py,
times batch extraction of ../shared/eval/news_dev.jsonl against bare spaCy
on the same texts, and writes bench/results/accuracy.json.

    python bench/accuracy.py [--limit N] [--workers 2] [--skip-speed | --speed-only]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "bench" / "results"


def _inputs(path: Path, limit: int | None) -> list[dict[str, object]]:
    rows = []
    with path.open() as handle:
        for line in handle:
            rec = json.loads(line)
            rows.append(
                {
                    "id": rec["id"],
                    "text": rec["text"],
                    "publication_date": rec.get("publication_date"),
                }
            )
    if limit and limit < len(rows):
        stride = len(rows) / limit  # an even sample across the datasets
        rows = [rows[int(i * stride)] for i in range(limit)]
    return rows


def run_accuracy(
    limit: int | None, workers: int, keep: Path | None = None
) -> tuple[dict[str, object], float]:
    from eventwire.pipeline import extract_batch
    from eventwire.stages.ingest import InputDoc

    rows = _inputs(EVAL / "dev.jsonl", limit)
    docs = [
        InputDoc(id=str(r["id"]), text=str(r["text"]), publication_date=r["publication_date"])
        for r in rows
    ]  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev_output.jsonl"
        gold = Path(tmp) / "gold.jsonl"
        t0 = time.perf_counter()
        with out.open("w") as handle:
            for result in extract_batch(docs, workers=workers, progress=True, total=len(docs)):
                handle.write(result.model_dump_json() + "\n")
        elapsed = time.perf_counter() - t0
        wanted = {str(r["id"]) for r in rows}
        with gold.open("w") as g, (EVAL / "dev.jsonl").open() as src:
            for line in src:
                if json.loads(line)["id"] in wanted:
                    g.write(line)
        scored = subprocess.run(
            [sys.executable, str(EVAL / "score.py"), str(gold), str(out), "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        scores = json.loads(scored.stdout)
        scores["_calibration"] = _reliability(gold, out)
        isaf = _isaf_min_killed(gold, out)
        if isaf and "isaf_press_releases" in scores:
            scores["isaf_press_releases"].update(isaf)
        if keep is not None:  # outputs quote third-party text: keep them outside the repo
            keep.write_text(out.read_text())
    return scores, elapsed


def _top_event(events: list[dict[str, object]]) -> dict[str, object] | None:
    current = [e for e in events if (e.get("context") or "current") == "current"]
    return max(current, key=lambda e: float(e.get("confidence") or 0.0)) if current else None  # type: ignore[arg-type]


def _isaf_min_killed(gold_path: Path, out_path: Path) -> dict[str, object]:
    """ISAF's own label: the top event's fatalities against extra.isaf_gold.min_killed."""
    want = {}
    for line in gold_path.open():
        rec = json.loads(line)
        isaf = (rec.get("extra") or {}).get("isaf_gold") or {}
        if rec["dataset"] == "isaf_press_releases" and isaf.get("min_killed") is not None:
            want[rec["id"]] = int(isaf["min_killed"])
    hits = []
    for line in out_path.open():
        row = json.loads(line)
        if row["id"] in want:
            top = _top_event(row["events"])
            # as in score.py, a record with no current event is wrong
            hits.append(top is not None and int(top["fatalities"]) == want[row["id"]])  # type: ignore[call-overload]
    return {"min_killed_exact": round(sum(hits) / len(hits), 3)} if hits else {}


def _reliability(gold_path: Path, out_path: Path) -> dict[str, object]:
    """Of the current events coded at confidence c, the share whose event_type is right
    (ACLED and CASE 2021 records, where event_type is labelled)."""
    gold = {}
    for line in gold_path.open():
        rec = json.loads(line)
        if rec["dataset"] in ("acled", "case2021_task2"):
            gold[rec["id"]] = rec["gold"].get("event_type")
    bins: dict[str, list[tuple[float, int]]] = {}
    for line in out_path.open():
        row = json.loads(line)
        if row["id"] not in gold:
            continue
        for ev in row["events"]:
            if ev["context"] != "current":
                continue
            right = int(gold[row["id"]] is not None and ev["event_type"] == gold[row["id"]])
            key = f"{min(int(ev['confidence'] * 10), 9) / 10:.1f}"
            bins.setdefault(key, []).append((ev["confidence"], right))
    return {
        k: {
            "n": len(v),
            "mean_confidence": round(sum(c for c, _ in v) / len(v), 3),
            "share_right": round(sum(r for _, r in v) / len(v), 3),
        }
        for k, v in sorted(bins.items())
    }


def run_speed(workers: int) -> dict[str, object]:
    from eventwire.pipeline import extract_batch
    from eventwire.stages.ingest import InputDoc
    from eventwire.stages.nlp import load_nlp
    from eventwire.stages.places import Geocoder

    # the gazetteer is built once per machine (about 30 s): build it before the clock starts,
    # or a first run on a fresh machine times the build as well
    Geocoder.open().close()
    rows = _inputs(EVAL / "news_dev.jsonl", None)
    texts = [str(r["text"]) for r in rows]
    nlp = load_nlp()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0
    docs = [
        InputDoc(id=str(r["id"]), text=str(r["text"]), publication_date=r["publication_date"])
        for r in rows
    ]  # type: ignore[arg-type]
    t0 = time.perf_counter()
    n_events = 0
    errors = 0
    for result in extract_batch(docs, workers=workers):
        n_events += len(result.events)
        errors += result.error is not None
    full_s = time.perf_counter() - t0
    return {
        "documents": len(texts),
        "workers": workers,
        "bare_spacy_docs_per_s": round(len(texts) / spacy_s, 2),
        "eventwire_docs_per_s": round(len(texts) / full_s, 2),
        "ratio_to_spacy": round(spacy_s / full_s, 3),
        "events": n_events,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev records")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="also write the raw output here")
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="only time news_dev against bare spaCy and print it (writes nothing): for timing "
        "two checkouts side by side on the same machine",
    )
    args = parser.parse_args()
    if args.speed_only:
        print(json.dumps(run_speed(args.workers), indent=1, sort_keys=True))
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d"), "limit": args.limit}
    scores, elapsed = run_accuracy(args.limit, args.workers, args.keep)
    report["dev"] = scores
    report["dev_seconds"] = round(elapsed, 1)
    if not args.skip_speed:
        report["speed_news_dev"] = run_speed(args.workers)
    path = RESULTS / ("accuracy.json" if args.limit is None else "accuracy.partial.json")
    path.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    print(json.dumps(report, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
