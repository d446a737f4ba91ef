"""Geocoding accuracy on labelled event records, before (and beside) the full pipeline.

Runs spaCy + ``Geocoder.locate_event`` over each record's whole text as the event
focus and scores country, admin1 and distance the way ../shared/eval/score.py does,
per dataset. Tune with ``--split train``; report on dev (the default).

    python bench/geo_events.py [--split dev|train] [--limit N] [--datasets acled,ucdp_ged_iraq]
        [--errors FILE] [--hints]
``--hints`` passes the home countries of the armed groups the actor table finds in the text
(what the pipeline may pass as ``locate_event(..., hints=...)``).
Writes bench/results/geo_events.json (dev only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "bench" / "results"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ew_score", EVAL / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--datasets", default="acled,ucdp_ged_iraq,fa_kes_syria,isaf_press_releases")
    ap.add_argument("--errors", default="")
    ap.add_argument("--hints", action="store_true", help="actor home countries as hints")
    args = ap.parse_args()

    from eventwire.stages.nlp import load_nlp
    from eventwire.stages.places import Geocoder

    sc = _scorer()
    wanted = set(args.datasets.split(","))
    recs = []
    for line in (EVAL / f"{args.split}.jsonl").open():
        r = json.loads(line)
        if r["dataset"] in wanted:
            recs.append(r)
    per_ds: dict[str, int] = defaultdict(int)
    if args.limit:
        kept = []
        for r in recs:
            if per_ds[r["dataset"]] < args.limit:
                kept.append(r)
                per_ds[r["dataset"]] += 1
        recs = kept
    nlp = load_nlp()
    actors = None
    if args.hints:
        from eventwire.stages.actors import ActorTable

        actors = ActorTable.load()
    geo = Geocoder.open()
    tallies: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    errors = []
    t0 = time.perf_counter()
    docs = nlp.pipe((r["text"] for r in recs), batch_size=64)
    for r, doc in zip(recs, docs, strict=True):
        hints: list[str] = []
        if actors is not None:
            for hit in actors.find(r["text"]):
                home = actors.home_country(hit.entries[0].name) if hit.entries else None
                if home and home not in hints:
                    hints.append(home)
        place, _ev = geo.locate_event(doc, focus=(0, len(doc.text)), hints=hints)
        g, avail = r["gold"], set(r["gold_available"])
        t = tallies[r["dataset"]]
        row = {
            "id": r["id"],
            "text": r["text"][:400],
            "gold": {
                k: g.get(k) for k in ("country", "admin1", "location", "latitude", "longitude")
            },
            "prec": (r.get("extra") or {}).get("geo_precision"),
            "got": place.model_dump(
                include={
                    "country",
                    "admin1",
                    "admin2",
                    "location",
                    "latitude",
                    "longitude",
                    "geo_precision",
                    "flags",
                }
            ),
        }
        bad = False
        if "country" in avail and g.get("country"):
            ok = sc.norm(place.country) == sc.norm(g["country"])
            t["country"].append(ok)
            bad |= not ok
        if "admin1" in avail and g.get("admin1"):
            ok = sc.similar(place.admin1, g["admin1"])
            t["admin1"].append(ok)
            bad |= not ok
        if "latitude" in avail and g.get("latitude") is not None:
            if place.latitude is None or place.longitude is None:
                d = float("inf")
            else:
                d = sc.km(
                    place.latitude, place.longitude, float(g["latitude"]), float(g["longitude"])
                )
            t["km"].append(d)
            if str((r.get("extra") or {}).get("geo_precision")) == "1":
                t["km_prec1"].append(d)
            row["km"] = round(d, 1) if d != float("inf") else None
            bad |= d > 50
        if bad:
            errors.append(row)
    elapsed = time.perf_counter() - t0
    report: dict[str, dict[str, float]] = {}
    for ds, t in sorted(tallies.items()):
        out: dict[str, float] = {"n": float(max(len(v) for v in t.values()))}
        for k in ("country", "admin1"):
            if t[k]:
                out[k] = round(sum(t[k]) / len(t[k]), 3)
        for k in ("km", "km_prec1"):
            if t[k]:
                for lim in (10, 25, 50):
                    suffix = "_prec1" if k == "km_prec1" else ""
                    out[f"within_{lim}km{suffix}"] = round(
                        sum(d <= lim for d in t[k]) / len(t[k]), 3
                    )
        report[ds] = out
    print(json.dumps(report, indent=1))
    print(f"{len(recs)} records in {elapsed:.1f} s")
    if args.errors:
        with open(args.errors, "w") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.split == "dev" and not args.limit and not args.hints:
        RESULTS.mkdir(parents=True, exist_ok=True)
        payload = {"split": "dev", "command": "python bench/geo_events.py", "datasets": report}
        (RESULTS / "geo_events.json").write_text(json.dumps(payload, indent=1) + "\n")


if __name__ == "__main__":
    main()
