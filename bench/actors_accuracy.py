"""Actor accuracy of the actors stage alone, scored like ../shared/eval/score.py.

For each ACLED record: spaCy parses the text, every sentence goes to
``assign_actors`` with the GOLD event_type / sub_event_type and the GOLD
country as hints (the full pipeline predicts these itself), and actor1/actor2
are matched as score.py matches them (actor1 against actor1 + assoc_actor_1).
Other datasets with gold actors (UCDP, FA-KES, ISAF) are scored with the
event type left to the record's dataset default ("Battles"/"Armed clash") and
country from the gold where available.

usage: python bench/actors_accuracy.py [--split dev|train] [--limit N] [--show N]
Writes bench/results/actors.json (dev) or prints only (train).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load ../shared/eval/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print N ACLED actor1 misses")
    ap.add_argument("--datasets", default="acled,ucdp_ged_iraq,fa_kes_syria,isaf_press_releases")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from eventwire.stages.actors import ActorTable, assign_actors
    from eventwire.stages.nlp import load_nlp

    score = _scorer()
    wanted = set(args.datasets.split(","))
    rows = [json.loads(line) for line in open(SHARED / f"{args.split}.jsonl")]
    rows = [r for r in rows if r["dataset"] in wanted]
    if args.limit:
        per: dict[str, int] = defaultdict(int)
        kept = []
        for r in rows:
            if per[r["dataset"]] < args.limit:
                per[r["dataset"]] += 1
                kept.append(r)
        rows = kept
    nlp = load_nlp()
    table = ActorTable.load()
    tallies: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: list[str] = []
    t0 = time.perf_counter()
    texts = [r["text"] for r in rows]
    for r, doc in zip(rows, nlp.pipe(texts, batch_size=64), strict=True):
        gold, avail = r["gold"], set(r.get("gold_available") or [])
        ev = gold.get("event_type") or "Battles"
        sub = gold.get("sub_event_type") or "Armed clash"
        if r["dataset"] != "acled":
            ev, sub = "Battles", "Armed clash"
        country = gold.get("country") if "country" in avail or r["dataset"] == "acled" else None
        if r["dataset"] == "isaf_press_releases":
            country = "Afghanistan"
        roles = assign_actors(
            list(doc.sents), table=table, country=country, event_type=ev, sub_event_type=sub
        )
        t = tallies[r["dataset"]]
        for role, assoc in (("actor1", roles.assoc_actor_1), ("actor2", roles.assoc_actor_2)):
            if role in avail and gold.get(role):
                names = [getattr(roles, role)] + list(assoc)
                names = [n for n in names if n]
                ok = any(score.similar(n, gold[role]) for n in names)
                t[role].append(ok)
                if (
                    role == "actor1"
                    and not ok
                    and r["dataset"] == "acled"
                    and len(misses) < args.show
                ):
                    misses.append(
                        f"- {sub} | gold {gold['actor1']!r} / {gold.get('actor2')!r}"
                        f" | got {roles.actor1!r}"
                        f" +{roles.assoc_actor_1} / {roles.actor2!r}\n  {r['text'][:260]}"
                    )
        if r["dataset"] == "acled":
            gi = (r.get("extra") or {}).get("inter1")
            if gi:
                t["inter1"].append(str(roles.inter1) == str(gi))
    secs = time.perf_counter() - t0
    report: dict[str, Any] = {
        "split": args.split,
        "n_records": len(rows),
        "seconds": round(secs, 1),
        "hints": "gold event_type/sub_event_type and gold country are given to assign_actors "
        "(ACLED); non-ACLED records are coded as Battles/Armed clash with the gold country",
        "command": "python bench/actors_accuracy.py --split "
        + args.split
        + (f" --limit {args.limit}" if args.limit else ""),
        "datasets": {},
    }
    for ds, t in sorted(tallies.items()):
        report["datasets"][ds] = {
            k: {"n": len(v), "match": round(sum(v) / len(v), 3)} for k, v in sorted(t.items()) if v
        }
    print(json.dumps(report, indent=1))
    for m in misses:
        print(m)
    if args.split == "dev" and not args.limit:
        out = ROOT / "bench" / "results" / "actors.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
