"""Toponym resolution on the standard geoparsing corpora (LGL, GeoWebNews, TR-News).

Feeds ../shared/eval/geoparse_dev.jsonl through ``eventwire geocode --jsonl`` (the real
CLI; each line: the toponym as ``text`` and its sentence as ``context``) and reports the
share of toponyms placed within 161 km of gold, per corpus. Writes bench/results/geoparse.json.

    python bench/geoparse.py [--limit N] [--errors FILE] [--in-process]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "bench" / "results"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", default="")
    ap.add_argument("--in-process", action="store_true", help="skip the CLI (faster to iterate)")
    args = ap.parse_args()
    gold = [json.loads(line) for line in (EVAL / "geoparse_dev.jsonl").open()]
    if args.limit:
        gold = gold[: args.limit]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("w") as fh:
            for g in gold:
                fh.write(
                    json.dumps({"id": g["id"], "text": g["place_name"], "context": g["text"]})
                    + "\n"
                )
        if args.in_process:
            from eventwire.stages.places import Geocoder, geocode_jsonl

            geo = Geocoder.open()
            with src.open() as fin, out.open("w") as fout:
                geocode_jsonl(geo, fin, fout)
        else:
            env = dict(os.environ)
            env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from eventwire.cli import main; main()",
                    "geocode",
                    "--jsonl",
                    str(src),
                    "--output",
                    str(out),
                ],
                check=True,
                env=env,
            )
        got = {r["id"]: r for r in map(json.loads, out.open())}
    elapsed = time.perf_counter() - t0
    hits: dict[str, list[bool]] = defaultdict(list)
    errors = []
    for g in gold:
        r = got.get(g["id"]) or {}
        exp = g["expected"]
        ok = False
        if r.get("latitude") is not None and exp.get("lat") is not None:
            ok = km(r["latitude"], r["longitude"], float(exp["lat"]), float(exp["lon"])) <= 161
        hits[g["dataset"]].append(ok)
        hits["all"].append(ok)
        if not ok:
            errors.append(
                {
                    "id": g["id"],
                    "name": g["place_name"],
                    "context": g["text"][:200],
                    "expected": exp,
                    "got": {
                        k: r.get(k)
                        for k in (
                            "location",
                            "admin1",
                            "country",
                            "latitude",
                            "longitude",
                            "feature_type",
                        )
                    },
                }
            )
    report = {k: {"n": len(v), "within_161km": round(sum(v) / len(v), 3)} for k, v in hits.items()}
    print(json.dumps(report, indent=1))
    print(f"{len(gold)} toponyms in {elapsed:.1f} s")
    if args.errors:
        with open(args.errors, "w") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if not args.limit:
        RESULTS.mkdir(parents=True, exist_ok=True)
        payload = {
            "file": "../shared/eval/geoparse_dev.jsonl",
            "command": "python bench/geoparse.py",
            "results": report,
        }
        (RESULTS / "geoparse.json").write_text(json.dumps(payload, indent=1) + "\n")


if __name__ == "__main__":
    main()
